# Source this for a shell with the dev environment: `source dev/env.sh` (after `make run`, `make test` or
# `make setup`, which record the PostgreSQL and Redis servers they found in .dev/services.env).
_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export NETBOX_ROOT="$_root/.dev"
[ -f "$NETBOX_ROOT/services.env" ] && . "$NETBOX_ROOT/services.env"
export NCO_PG_HOST=${NCO_PG_HOST:-127.0.0.1} NCO_PG_PORT=${NCO_PG_PORT:-5432} NCO_PG_USER=${NCO_PG_USER:-postgres}
export NCO_REDIS_HOST=${NCO_REDIS_HOST:-127.0.0.1} NCO_REDIS_PORT=${NCO_REDIS_PORT:-6379}
export DJANGO_SETTINGS_MODULE=netbox.settings
export PATH="$_root/.venv/bin:$PATH"
unset _root
