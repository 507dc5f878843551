#!/usr/bin/env bash
# One-command set-up for development, tests and CI. Usage: dev/bootstrap.sh {run|test|setup}
#
#   setup  venv + packages, PostgreSQL and Redis, NetBox configuration (what `run` and `test` share)
#   run    setup, then the dev database (migrated), admin user + API token, demo data, NetBox on :8000 + RQ worker
#   test   setup, then ruff and the test suite (with netbox-branching, then without it)
#
# PostgreSQL and Redis come from NCO_PG_HOST/NCO_PG_PORT/NCO_PG_USER/NCO_PG_PASSWORD and
# NCO_REDIS_HOST/NCO_REDIS_PORT when set; otherwise the local servers on the default ports when they answer;
# otherwise private servers started under .dev/ from the machine's binaries.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
DEV="$ROOT/.dev"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"
PINS=(netbox==4.7.3 netboxlabs-netbox-branching==1.2.2 pytest==9.2.0 pytest-django==4.14.0 ruff==0.17.6
      pynetbox mkdocs)
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
    "$PY" -m pip install -q "${PINS[@]}" 2>&1 | grep -v '^WARNING: Location' || true
    "$PY" -m pip install -q --no-deps -e . 2>&1 | grep -v '^WARNING: Location' || true
    "$PY" -c 'import netbox_custom_objects, netbox_branching' || die "package installation failed"
    echo "$stamp" > "$VENV/.nco-stamp"
  fi
}

# -------------------------------------------------------------------------------------------------------- Services
pg_bin() {  # the machine's PostgreSQL server binaries
  local b
  for b in /usr/lib/postgresql/*/bin; do [ -x "$b/initdb" ] && { echo "$b"; return 0; }; done
  command -v initdb >/dev/null && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

start_private_pg() {
  local bin; bin=$(pg_bin) || die "PostgreSQL is not running on 127.0.0.1:5432 and its server binaries are missing: install them with 'apt-get install postgresql' (or set NCO_PG_HOST/NCO_PG_PORT)."
  export NCO_PG_HOST=127.0.0.1 NCO_PG_PORT=54329 NCO_PG_USER=postgres
  if ! "$PY" dev/dbtool.py wait-pg 1; then
    say "Starting a private PostgreSQL under .dev/pg (port 54329)"
    if [ ! -f "$DEV/pg/PG_VERSION" ]; then
      local runas=(); [ "$(id -u)" = 0 ] && { mkdir -p "$DEV/pg"; chown -R postgres "$DEV/pg" 2>/dev/null || true; runas=(runuser -u postgres --); }
      "${runas[@]}" "$bin/initdb" -D "$DEV/pg" -U postgres --auth=trust >/dev/null
    fi
    local runas=(); [ "$(id -u)" = 0 ] && runas=(runuser -u postgres --)
    "${runas[@]}" "$bin/pg_ctl" -D "$DEV/pg" -o "-p 54329 -k $DEV/pg -c listen_addresses=127.0.0.1" -l "$DEV/pg.log" -w start >/dev/null
  fi
}

start_private_redis() {
  command -v redis-server >/dev/null || die "Redis is not running on 127.0.0.1:6379 and redis-server is missing: install it with 'apt-get install redis-server' (or set NCO_REDIS_HOST/NCO_REDIS_PORT)."
  export NCO_REDIS_HOST=127.0.0.1 NCO_REDIS_PORT=63799
  if ! "$PY" dev/dbtool.py wait-redis 1; then
    say "Starting a private Redis under .dev/ (port 63799)"
    mkdir -p "$DEV/redis"
    redis-server --port 63799 --bind 127.0.0.1 --daemonize yes --save '' --appendonly no --dir "$DEV/redis" \
      --logfile "$DEV/redis.log" >/dev/null
  fi
}

setup_services() {
  if [ -n "${NCO_PG_HOST:-}" ]; then
    "$PY" dev/dbtool.py wait-pg 10 || die "PostgreSQL at $NCO_PG_HOST:${NCO_PG_PORT:-5432} does not answer."
  elif NCO_PG_HOST=127.0.0.1 NCO_PG_PORT=5432 "$PY" dev/dbtool.py wait-pg 1; then
    export NCO_PG_HOST=127.0.0.1 NCO_PG_PORT=5432
  else
    start_private_pg
  fi
  if [ -z "${NCO_PG_USER:-}" ]; then
    export NCO_PG_USER=postgres
    "$PY" -c 'import psycopg,os; psycopg.connect(host=os.environ["NCO_PG_HOST"], port=os.environ["NCO_PG_PORT"], user="postgres", dbname="postgres", connect_timeout=3).close()' 2>/dev/null \
      || export NCO_PG_USER=$(id -un)
  fi
  if [ -n "${NCO_REDIS_HOST:-}" ]; then
    "$PY" dev/dbtool.py wait-redis 10 || die "Redis at $NCO_REDIS_HOST:${NCO_REDIS_PORT:-6379} does not answer."
  elif NCO_REDIS_HOST=127.0.0.1 NCO_REDIS_PORT=6379 "$PY" dev/dbtool.py wait-redis 1; then
    export NCO_REDIS_HOST=127.0.0.1 NCO_REDIS_PORT=6379
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
}

setup() { setup_venv; setup_services; setup_config; }

# ------------------------------------------------------------------------------------------------------- Commands
cmd_run() {
  setup
  export NCO_DB_NAME=${NCO_DB_NAME:-netbox_custom_objects}
  say "Database $NCO_DB_NAME"
  "$PY" dev/dbtool.py ensure-db "$NCO_DB_NAME" >/dev/null
  "$VENV/bin/netbox" migrate --no-input -v 0
  say "Admin user, API token and demo data"
  DJANGO_SETTINGS_MODULE=netbox.settings "$PY" dev/demo.py
  say "Serving NetBox on http://127.0.0.1:8000 (RQ worker in the background; Ctrl-C stops both)"
  "$VENV/bin/netbox" rqworker high default low >"$DEV/rqworker.log" 2>&1 &
  local worker=$!
  trap 'kill $worker 2>/dev/null || true' EXIT INT TERM
  "$VENV/bin/netbox" runserver --insecure 127.0.0.1:8000
}

cmd_test() {
  setup
  say "ruff"
  "$VENV/bin/ruff" check .
  say "Test database (template copy)"
  export NCO_DB_NAME; NCO_DB_NAME=$("$PY" dev/dbtool.py test-db)
  mkdir -p test-artifacts
  say "Test suite with netbox-branching"
  NCO_BRANCHING=1 "$VENV/bin/pytest" "$@"
  say "Test suite without netbox-branching"
  NCO_BRANCHING=0 "$VENV/bin/pytest" -m 'not branching' -p no:cacheprovider "$@"
}

case "${1:-}" in
  run) shift; cmd_run "$@" ;;
  test) shift; cmd_test "$@" ;;
  setup) shift; setup ;;
  *) echo "usage: $0 {run|test|setup}" >&2; exit 2 ;;
esac
