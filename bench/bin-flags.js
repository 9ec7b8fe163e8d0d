// The V8 flags the `dyad` command starts node with: those its `#!` line gives after `node`
// (`#!/usr/bin/env -S node --no-regexp-tier-up`). A bench that runs `node … bin/dyad.js` passes them
// too, so it measures what the command runs (another build's bin gives its own, none for `#!/usr/bin/env node`).
import { readFileSync } from 'node:fs';

/**
 * The node flags of a bin's `#!` line, in order; none when it names no flags or is no `#!` line.
 * @example binFlags('bin/dyad.js') // → ['--no-regexp-tier-up']
 */
export function binFlags(bin) {
  const first = readFileSync(bin, 'utf8').split('\n', 1)[0];
  const m = /^#!.*?\bnode((?:[ \t]+--[\w-]+(?:=\S+)?)*)[ \t]*$/.exec(first);
  return m ? m[1].split(/[ \t]+/).filter(Boolean) : [];
}
