// What a local PostgreSQL server does while workers ingest into it (bench/scale.js): its CPU seconds
// (the postmaster's own and its reaped backends' from /proc/PID/stat, plus the live backends'), its
// peak memory (the sum of every server process's proportional set size, /proc/PID/smaps_rollup,
// so the shared buffers count once), and what Dyad's connections were doing, sampled from
// pg_stat_activity (running a statement, waiting on a lock — `Lock:advisory` is a bucket's
// reconcile lock held by another worker —, or idle in a transaction while the worker computes).
// Reads /proc, so the server must run on this machine (scripts/pg-test-server.sh); elsewhere
// `watchServer` gives null figures and the samples alone.
import { readFileSync, readdirSync } from 'node:fs';

const TICK = 100; // clock ticks a second (getconf CLK_TCK on Linux)

const stat = (pid) => {
  // After the command in parentheses: state, ppid, …; utime, stime, cutime, cstime are fields 14–17.
  const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return { ppid: Number(f[1]), own: Number(f[11]) + Number(f[12]), reaped: Number(f[13]) + Number(f[14]) };
};

const pssKb = (pid) => {
  const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
  return m ? Number(m[1]) : 0;
};

/** The server's processes: the postmaster and its children. */
function processes(postmaster) {
  const children = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (stat(d).ppid === postmaster) children.push(Number(d));
    } catch {
      // gone meanwhile
    }
  }
  return children;
}

/** CPU ticks of the server so far: the postmaster's own and reaped children's, and the live children's. */
function cpuTicks(postmaster) {
  const p = stat(postmaster);
  let ticks = p.own + p.reaped;
  for (const c of processes(postmaster)) {
    try {
      ticks += stat(c).own;
    } catch {
      // exited between the listing and the read: its time is in the postmaster's reaped count next time
    }
  }
  return ticks;
}

function memoryKb(postmaster) {
  let kb = pssKb(postmaster);
  for (const c of processes(postmaster)) {
    try {
      kb += pssKb(c);
    } catch {
      // gone meanwhile
    }
  }
  return kb;
}

/**
 * Starts sampling the server of `url` every `everyMs`; `stop()` resolves with its CPU seconds
 * and peak memory over the interval (null when its processes cannot be read) and the share of
 * samples of Dyad's connections in each state.
 */
export async function watchServer(url, everyMs = 250) {
  const { default: pg } = await import('pg');
  const base = new URL(url);
  base.search = '';
  const client = new pg.Client({ connectionString: base.href, application_name: 'dyad-bench' });
  await client.connect();
  const backend = (await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
  let postmaster = null;
  try {
    postmaster = stat(backend).ppid;
    cpuTicks(postmaster);
  } catch {
    postmaster = null;
  }
  const ticks0 = postmaster ? cpuTicks(postmaster) : 0;
  let peakKb = 0;
  const states = new Map();
  let samples = 0;
  let busy = false;
  const sample = async () => {
    if (busy) return;
    busy = true;
    try {
      if (postmaster) peakKb = Math.max(peakKb, memoryKb(postmaster));
      const r = await client.query(
        `SELECT state || coalesce(' ' || wait_event_type || ':' || wait_event, '') AS s FROM pg_stat_activity WHERE application_name = 'dyad' AND state IS NOT NULL AND state <> 'idle'`,
      );
      samples++;
      for (const { s } of r.rows) states.set(s, (states.get(s) ?? 0) + 1);
    } catch {
      // a sample lost to a process that ended meanwhile
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(sample, everyMs);
  return {
    async stop() {
      clearInterval(timer);
      while (busy) await new Promise((r) => setTimeout(r, 10));
      const cpu = postmaster ? (cpuTicks(postmaster) - ticks0) / TICK : null;
      await client.end();
      // Connections in each state, on average over the samples (2.0 = two connections at every sample).
      const busyIn = Object.fromEntries([...states].sort((a, b) => b[1] - a[1]).map(([s, n]) => [s, Number((n / Math.max(1, samples)).toFixed(2))]));
      return { cpu, peakMb: postmaster ? peakKb / 1024 : null, samples, busyIn };
    },
  };
}
