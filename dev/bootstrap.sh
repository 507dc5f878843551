#!/usr/bin/env bash
# One-command set-up for development, tests and CI. Usage: dev/bootstrap.sh {run|test|setup|docs|load|bigtable|bulk}
#
#   setup  venv + packages, PostgreSQL and Redis, NetBox configuration (what `run` and `test` share)
#   run    setup, then the dev database (a copy of the migrated template, migrated again only when the plugin's
#          migrations change), admin user + API token, demo data, NetBox on 127.0.0.1:${NCO_PORT:-8000} + RQ worker
#   test   setup, then ruff and the test suite twice: with netbox-branching, then without it (-m 'not branching');
#          extra arguments go to pytest
#   docs   the venv, then `mkdocs build --strict` (into site/)
#
# PostgreSQL and Redis come from NCO_PG_HOST/NCO_PG_PORT/NCO_PG_USER/NCO_PG_PASSWORD and
# NCO_REDIS_HOST/NCO_REDIS_PORT when set; otherwise the local servers on the default ports when they answer;
# otherwise private servers started under .dev/ from the machine's binaries. Every step is skipped when its result
# is already there (package stamp, running servers, existing databases).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
DEV="$ROOT/.dev"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"
PINS=(netbox==4.7.3 netboxlabs-netbox-branching==1.2.2 pytest==9.2.0 pytest-django==4.14.0 ruff==0.17.6
      pynetbox==7.9.0 schemathesis==4.32.5 hypothesis==6.170.27 mkdocs==1.6.1 mkdocs-material==9.7.7
      playwright==1.65.2)
mkdir -p "$DEV"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------------------- Python
find_python() {
  local candidates=(python3.13 python3.12 python3)
  local root; root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
  for v in "$root"/versions/3.1[2-9]*; do [ -x "$v/bin/python3" ] && candidates+=("$v/bin/python3"); done
  for p in /usr/bin/python3.1[2-9] /usr/local/bin/python3.1[2-9]; do [ -x "$p" ] && candidates+=("$p"); done
  for c in "${candidates[@]}"; do
    # A pyenv shim may exist without a usable interpreter behind it: run it to be sure.
    if "$c" -c 'import sys, venv; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1; then
      echo "$c"; return 0
    fi
  done
  return 1
}

setup_venv() {
  if [ ! -x "$PY" ] || ! "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
    local python; python=$(find_python) || die "Python >= 3.12 not found. Install it (e.g. 'apt-get install python3.12 python3.12-venv' or 'pyenv install 3.12')."
    say "Creating .venv with $python"
    rm -rf "$VENV"; "$python" -m venv "$VENV"
    "$PY" -m pip install -q --upgrade pip
  fi
  local stamp; stamp=$(cat pyproject.toml <(printf '%s\n' "${PINS[@]}") | sha1sum | cut -c1-12)
  if [ "$(cat "$VENV/.nco-stamp" 2>/dev/null)" != "$stamp" ]; then
    say "Installing NetBox 4.7.3, netbox-branching 1.2.2 and the plugin"
    { "$PY" -m pip install "${PINS[@]}" && "$PY" -m pip install --no-deps -e .; } >"$DEV/pip.log" 2>&1 \
      || { tail -30 "$DEV/pip.log" >&2; die "package installation failed (log: .dev/pip.log)"; }
    "$PY" -c 'import netbox_custom_objects, netbox_branching' || die "package installation failed"
    echo "$stamp" > "$VENV/.nco-stamp"
  fi
}

# -------------------------------------------------------------------------------------------------------- Services
# The servers looked for first, and the ports of the private ones (variables so a check can point them elsewhere).
LOCAL_PG_PORT=5432 LOCAL_REDIS_PORT=6379 PRIVATE_PG_PORT=54329 PRIVATE_REDIS_PORT=63799

answers() { timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }  # host port: accepts a connection now?

wait_for() {  # host port seconds
  local i
  for ((i = 0; i < $3 * 4; i++)); do answers "$1" "$2" && return 0; sleep 0.25; done
  answers "$1" "$2"
}

executable() { local p; p=$(command -v "$1") && [ -x "$p" ] && echo "$p"; }  # its path, if it can run

pg_bin() {  # the directory of the machine's PostgreSQL server binaries
  local b
  for b in /usr/lib/postgresql/*/bin /usr/local/opt/postgresql*/bin /opt/homebrew/opt/postgresql*/bin; do
    [ -x "$b/initdb" ] && { echo "$b"; return 0; }
  done
  b=$(executable initdb) && { dirname "$b"; return 0; }
  return 1
}

start_private_pg() {
  local bin data="$DEV/pg" runas=()
  export NCO_PG_HOST=127.0.0.1 NCO_PG_PORT=$PRIVATE_PG_PORT NCO_PG_USER=postgres
  answers 127.0.0.1 "$PRIVATE_PG_PORT" && return 0
  bin=$(pg_bin) || die "PostgreSQL does not answer on 127.0.0.1:$LOCAL_PG_PORT and its server binaries are missing: install them with 'apt-get install postgresql' (or set NCO_PG_HOST/NCO_PG_PORT/NCO_PG_USER/NCO_PG_PASSWORD)."
  if [ "$(id -u)" = 0 ]; then
    # PostgreSQL refuses to run as root: run it as the postgres user, in a directory that user can reach.
    id postgres >/dev/null 2>&1 || die "Running as root, a private PostgreSQL needs the 'postgres' user (created by 'apt-get install postgresql')."
    runas=(runuser -u postgres -- env -C /)  # (from / : the checkout may be closed to that user)
    "${runas[@]}" test -x "$DEV" || data="/var/tmp/nco-pg-$(printf %s "$ROOT" | sha1sum | cut -c1-10)"
  fi
  say "Starting a private PostgreSQL in $data (port $PRIVATE_PG_PORT)"
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data"; chmod 700 "$data"
    [ ${#runas[@]} = 0 ] || chown postgres "$data"
    "${runas[@]}" "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --no-instructions >/dev/null \
      || die "initdb failed for $data"
  fi
  # TCP only (no Unix socket: its path length and directory rights vary); pg_ctl -w waits until it accepts.
  "${runas[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
    -o "-p $PRIVATE_PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" start >/dev/null \
    || die "The private PostgreSQL did not start; see $data/server.log"
}

start_private_redis() {
  executable redis-server >/dev/null || die "Redis does not answer on 127.0.0.1:$LOCAL_REDIS_PORT and redis-server is missing: install it with 'apt-get install redis-server' (or set NCO_REDIS_HOST/NCO_REDIS_PORT)."
  export NCO_REDIS_HOST=127.0.0.1 NCO_REDIS_PORT=$PRIVATE_REDIS_PORT
  answers 127.0.0.1 "$PRIVATE_REDIS_PORT" && return 0
  say "Starting a private Redis in $DEV/redis (port $PRIVATE_REDIS_PORT)"
  mkdir -p "$DEV/redis"
  redis-server --port "$PRIVATE_REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save '' --appendonly no \
    --dir "$DEV/redis" --logfile "$DEV/redis/redis.log" >/dev/null || die "redis-server did not start"
  wait_for 127.0.0.1 "$PRIVATE_REDIS_PORT" 10 || die "The private Redis does not answer; see $DEV/redis/redis.log"
}

setup_services() {
  if [ -n "${NCO_PG_HOST:-}" ]; then
    wait_for "$NCO_PG_HOST" "${NCO_PG_PORT:=5432}" 10 || die "PostgreSQL at $NCO_PG_HOST:${NCO_PG_PORT:-5432} does not answer."
  elif answers 127.0.0.1 "$LOCAL_PG_PORT"; then
    export NCO_PG_HOST=127.0.0.1 NCO_PG_PORT=$LOCAL_PG_PORT
  else
    start_private_pg
  fi
  if [ -z "${NCO_PG_USER:-}" ]; then
    export NCO_PG_USER=postgres
    "$PY" -c 'import psycopg,os; psycopg.connect(host=os.environ["NCO_PG_HOST"], port=os.environ["NCO_PG_PORT"], user="postgres", dbname="postgres", connect_timeout=3).close()' 2>/dev/null \
      || export NCO_PG_USER=$(id -un)
  fi
  if [ -n "${NCO_REDIS_HOST:-}" ]; then
    wait_for "$NCO_REDIS_HOST" "${NCO_REDIS_PORT:=6379}" 10 || die "Redis at $NCO_REDIS_HOST:${NCO_REDIS_PORT:-6379} does not answer."
  elif answers 127.0.0.1 "$LOCAL_REDIS_PORT"; then
    export NCO_REDIS_HOST=127.0.0.1 NCO_REDIS_PORT=$LOCAL_REDIS_PORT
  else
    start_private_redis
  fi
}

# --------------------------------------------------------------------------------------------------- Configuration
setup_config() {
  mkdir -p "$DEV/conf" "$DEV/media" "$DEV/reports" "$DEV/scripts"
  cp dev/configuration.py "$DEV/conf/configuration.py"
  [ -s "$DEV/secret_key" ] || "$PY" -c 'import secrets; print(secrets.token_urlsafe(64))' > "$DEV/secret_key"
  export NETBOX_ROOT="$DEV"
  # What setup_services found, for `source dev/env.sh` (variables already set in that shell win).
  local v
  for v in NCO_PG_HOST NCO_PG_PORT NCO_PG_USER NCO_PG_PASSWORD NCO_REDIS_HOST NCO_REDIS_PORT; do
    printf 'export %s=${%s:-%q}\n' "$v" "$v" "${!v:-}"
  done > "$DEV/services.env"
}

setup() { setup_venv; setup_services; setup_config; }

# ----------------------------------------------------------------------------------------------- Browser (tests)
setup_browser() {  # Debian's chromium for the Playwright browser test; the test skips, saying why, without it.
  [ -x /usr/bin/chromium ] && return 0
  local sudo=''
  [ "$(id -u)" = 0 ] || { command -v sudo >/dev/null && sudo -n true 2>/dev/null && sudo='sudo -n'; } || true
  if command -v apt-get >/dev/null && { [ "$(id -u)" = 0 ] || [ -n "$sudo" ]; }; then
    say "Installing Debian's chromium for the browser test (log: .dev/apt.log)"
    { $sudo apt-get install -y -q chromium || { $sudo apt-get update -q && $sudo apt-get install -y -q chromium; }; } \
      >"$DEV/apt.log" 2>&1 || say "chromium could not be installed (see .dev/apt.log): the browser test will be skipped"
  else
    say "chromium is not installed and apt-get cannot run here: the browser test will be skipped"
  fi
}

# ------------------------------------------------------------------------------------------------------- Commands
cmd_run() {
  setup
  export NCO_DB_NAME=${NCO_DB_NAME:-netbox_custom_objects} NCO_PORT=${NCO_PORT:-8000}
  say "Database $NCO_DB_NAME"
  "$PY" dev/dbtool.py ensure-db "$NCO_DB_NAME" >/dev/null
  say "Admin user, API token and demo data"
  DJANGO_SETTINGS_MODULE=netbox.settings "$PY" dev/demo.py
  say "Serving NetBox on http://127.0.0.1:$NCO_PORT (RQ worker in the background, log in .dev/rqworker.log; Ctrl-C stops both)"
  nice -n 10 "$VENV/bin/netbox" rqworker high default low >"$DEV/rqworker.log" 2>&1 &  # low priority: the server starts first
  local worker=$!
  trap 'kill $worker 2>/dev/null || true' EXIT INT TERM
  "$VENV/bin/netbox" runserver --insecure "127.0.0.1:$NCO_PORT"
}

cmd_test() {
  setup
  setup_browser
  # A Redis database of its own (and the next one, for the cache), so tests leave the dev server's alone.
  export NCO_REDIS_DB=${NCO_REDIS_DB:-4}
  say "ruff"
  "$VENV/bin/ruff" check .
  local failed=''
  say "Test suite with netbox-branching (database ${NCO_TEST_DB:-nco_test}, a copy of the migrated template)"
  pytest_on_fresh_db 1 "$@" || failed='with netbox-branching'
  say "Test suite without netbox-branching (a fresh copy)"
  pytest_on_fresh_db 0 -m 'not branching' "$@" || failed="${failed:+$failed, }without netbox-branching"
  [ -z "$failed" ] || die "tests failed ($failed)"
  say "All tests passed, with and without netbox-branching"
}

pytest_on_fresh_db() {  # NCO_BRANCHING value, pytest arguments. "No tests collected" (5) is no failure.
  local db rc=0
  db=$("$PY" dev/dbtool.py test-db) || return 1  # (set -e is off here: the caller tests the result)
  NCO_DB_NAME=$db NCO_BRANCHING=$1 "$VENV/bin/pytest" "${@:2}" || rc=$?
  [ $rc = 0 ] || [ $rc = 5 ]
}

cmd_load() {  # benchmarks/load.py: gunicorn workers on a scratch database; arguments go to the script
  setup
  export NCO_REDIS_DB=${NCO_REDIS_DB:-6}  # tasks and cache of their own (6 and 7)
  "$PY" benchmarks/load.py "$@"
}

cmd_bigtable() {  # benchmarks/big_table.py: schema changes on a type with 1,000,000 objects (minutes; not in `make test`)
  setup
  export NCO_REDIS_DB=${NCO_REDIS_DB:-6}
  "$PY" benchmarks/big_table.py "$@"
}

cmd_bulk() {  # benchmarks/bulk.py: bulk writes of 10,000 objects, reads of 1,000,000 (minutes; not in `make test`)
  setup
  export NCO_REDIS_DB=${NCO_REDIS_DB:-6}
  "$PY" benchmarks/bulk.py "$@"
}

cmd_docs() {
  setup_venv
  NO_MKDOCS_2_WARNING=1 "$VENV/bin/mkdocs" build --strict "$@"
}

# Run as a command; sourcing the file only defines the functions (for checks of single steps).
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-}" in
    run) shift; cmd_run "$@" ;;
    test) shift; cmd_test "$@" ;;
    setup) shift; setup ;;
    docs) shift; cmd_docs "$@" ;;
    load) shift; cmd_load "$@" ;;
    bigtable) shift; cmd_bigtable "$@" ;;
    bulk) shift; cmd_bulk "$@" ;;
    *) echo "usage: $0 {run|test|setup|docs|load|bigtable|bulk}" >&2; exit 2 ;;
  esac
fi
