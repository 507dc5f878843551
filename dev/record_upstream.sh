#!/usr/bin/env bash
# Record the upstream contract (dev/contract.py) against netboxlabs-netbox-custom-objects 0.7.1, from scratch.
#
#   dev/record_upstream.sh [OUT]        # OUT defaults to tests/contract/recordings
#
# A lab tool, run by hand, never in CI; upstream is never a dependency of this project. It uses:
#   UPSTREAM_VENV  (/work/upstream-venv)   a Python 3.12 virtualenv of its own, made here when missing, holding
#                                          netbox==4.7.3 netboxlabs-netbox-branching==1.2.2
#                                          netboxlabs-netbox-custom-objects==0.7.1 (the pins of dev/bootstrap.sh)
#   UPSTREAM_ROOT  (/work/upstream-root)   its NETBOX_ROOT (conf/configuration.py is written here when missing)
#   UPSTREAM_DB    (nco_contract_upstream) a database made afresh from the template nco_tpl_nb473_br122 (NetBox and
#                                          netbox-branching migrated; built by dev/dbtool.py), then migrated
#   UPSTREAM_REDIS_DB (12), UPSTREAM_PORT (8071)
# It starts `netbox runserver` and `netbox rqworker` (webhooks are sent by the worker), runs the script with a
# superuser's v2 token, and stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-tests/contract/recordings}
VENV=${UPSTREAM_VENV:-/work/upstream-venv} ROOT=${UPSTREAM_ROOT:-/work/upstream-root}
DB=${UPSTREAM_DB:-nco_contract_upstream} REDIS_DB=${UPSTREAM_REDIS_DB:-12} PORT=${UPSTREAM_PORT:-8071}
PG=(-h "${NCO_PG_HOST:-127.0.0.1}" -p "${NCO_PG_PORT:-5432}" -U "${NCO_PG_USER:-postgres}")

if [ ! -x "$VENV/bin/netbox" ]; then
  "$(pyenv root)"/versions/3.12.*/bin/python3.12 -m venv "$VENV"
  "$VENV/bin/pip" install -q netbox==4.7.3 netboxlabs-netbox-branching==1.2.2 \
    netboxlabs-netbox-custom-objects==0.7.1
fi
mkdir -p "$ROOT/conf"
[ -f "$ROOT/secret_key" ] || python3 -c 'import secrets; print(secrets.token_urlsafe(50))' > "$ROOT/secret_key"
if [ ! -f "$ROOT/conf/configuration.py" ]; then
  cat > "$ROOT/conf/configuration.py" <<EOF
"""Upstream 0.7.1 for dev/contract.py (written by dev/record_upstream.sh; modelled on dev/configuration.py)."""
from pathlib import Path
ALLOWED_HOSTS = ['*']
DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': '$DB', 'USER': '${NCO_PG_USER:-postgres}',
                         'PASSWORD': '${NCO_PG_PASSWORD:-}', 'HOST': '${NCO_PG_HOST:-127.0.0.1}',
                         'PORT': '${NCO_PG_PORT:-5432}', 'CONN_MAX_AGE': 300}}
_redis = {'HOST': '${NCO_REDIS_HOST:-127.0.0.1}', 'PORT': ${NCO_REDIS_PORT:-6379}, 'USERNAME': '', 'PASSWORD': '',
          'SSL': False}
REDIS = {'tasks': {**_redis, 'DATABASE': $REDIS_DB}, 'caching': {**_redis, 'DATABASE': $((REDIS_DB + 1))}}
SECRET_KEY = (Path(__file__).resolve().parent.parent / 'secret_key').read_text().strip()
API_TOKEN_PEPPERS = {1: SECRET_KEY}
CENSUS_REPORTING_ENABLED = False
RELEASE_CHECK_URL = None
PLUGINS = ['netbox_custom_objects']
PLUGINS_CONFIG = {'netbox_custom_objects': {}}
EOF
fi

export NETBOX_ROOT="$ROOT" DJANGO_SETTINGS_MODULE=netbox.settings
psql "${PG[@]}" -qc "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" -c "CREATE DATABASE \"$DB\" TEMPLATE nco_tpl_nb473_br122"
"$VENV/bin/netbox" migrate --no-input -v 0
TOKEN=$("$VENV/bin/netbox" shell -c "
from users.constants import TOKEN_PREFIX
from users.models import Token, User
user = User.objects.create_superuser('admin', 'admin@example.com', 'admin')
token = Token(user=user, description='dev/contract.py'); token.full_clean(); token.save()
print(f'{TOKEN_PREFIX}{token.key}.{token.token}')" 2>/dev/null | tail -n 1)

"$VENV/bin/netbox" runserver "127.0.0.1:$PORT" --noreload > "$ROOT/runserver.log" 2>&1 & SERVER=$!
"$VENV/bin/netbox" rqworker > "$ROOT/rqworker.log" 2>&1 & WORKER=$!
trap 'kill $SERVER $WORKER 2>/dev/null; wait' EXIT
for _ in $(seq 1 90); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 2; done
rm -f "$OUT"/*.json
"$VENV/bin/python" dev/contract.py --url "http://127.0.0.1:$PORT" --token "$TOKEN" --out "$OUT"
