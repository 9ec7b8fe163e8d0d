#!/usr/bin/env bash
# A private PostgreSQL cluster for tests: `install`, `start` (prints the connection URL),
# `url`, `stop`. Data lives in $DYAD_PG_DIR (default /tmp/dyad-pg-test-$PORT) and is thrown
# away by `stop`. PostgreSQL refuses to run as root: as root the server runs as the `postgres`
# user (created by Debian's package) through runuser.
# Usage: export DYAD_TEST_PG=$(scripts/pg-test-server.sh start); ...; scripts/pg-test-server.sh stop
set -euo pipefail
PORT="${DYAD_PG_PORT:-5433}"
DIR="${DYAD_PG_DIR:-/tmp/dyad-pg-test-$PORT}"
SOCK="$DIR/sock"
BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
URL="postgres://dyad@127.0.0.1:$PORT/dyad"

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install_pg() {
  if [ ! -x "$BIN/initdb" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
  fi
}

start_pg() {
  install_pg
  if [ -f "$DIR/data/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    echo "$URL"; return
  fi
  rm -rf "$DIR"; mkdir -p "$SOCK"
  [ "$(id -u)" = 0 ] && chown -R postgres "$DIR"
  as_owner "$BIN/initdb" -D "$DIR/data" -U dyad --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
  # Tests only: no fsync, so a test run does not wait on the disk.
  as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
    -o "-p $PORT -k $SOCK -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$DIR/server.log" >&2; exit 1; }
  as_owner "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U dyad dyad
  echo "$URL"
}

stop_pg() {
  if [ -d "$DIR/data" ]; then as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$DIR"
}

case "${1:-}" in
  install) install_pg ;;
  start) start_pg ;;
  url) echo "$URL" ;;
  stop) stop_pg ;;
  *) echo "usage: $0 install|start|url|stop" >&2; exit 2 ;;
esac
