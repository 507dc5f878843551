"""NetBox configuration for development, tests and CI of netbox-custom-objects.

Everything that differs between machines comes from the environment (set by ``dev/bootstrap.sh``):

- ``NCO_PG_HOST`` / ``NCO_PG_PORT`` / ``NCO_PG_USER`` / ``NCO_PG_PASSWORD`` / ``NCO_DB_NAME``
- ``NCO_REDIS_HOST`` / ``NCO_REDIS_PORT`` / ``NCO_REDIS_DB``
- ``NCO_BRANCHING`` — ``1`` (default) enables netbox-branching, ``0`` runs NetBox without it
- ``NCO_PLUGINS`` — ``0`` leaves this plugin out (used to build the shared NetBox-only template database)
"""

import os
from pathlib import Path

_env = os.environ.get
_root = Path(_env('NETBOX_ROOT', Path(__file__).resolve().parent))

BRANCHING = _env('NCO_BRANCHING', '1') == '1'
WITH_PLUGIN = _env('NCO_PLUGINS', '1') == '1'

ALLOWED_HOSTS = ['*']

_database = {
    'ENGINE': 'django.db.backends.postgresql',
    'NAME': _env('NCO_DB_NAME', 'netbox_custom_objects'),
    'USER': _env('NCO_PG_USER', 'postgres'),
    'PASSWORD': _env('NCO_PG_PASSWORD', ''),
    'HOST': _env('NCO_PG_HOST', '127.0.0.1'),
    'PORT': _env('NCO_PG_PORT', '5432'),
    'CONN_MAX_AGE': 300,
}

if BRANCHING:
    from netbox_branching.utilities import DynamicSchemaDict

    DATABASES = DynamicSchemaDict({'default': _database})
    DATABASE_ROUTERS = ['netbox_branching.database.BranchAwareRouter']
else:
    DATABASES = {'default': _database}

_redis = {
    'HOST': _env('NCO_REDIS_HOST', '127.0.0.1'),
    'PORT': int(_env('NCO_REDIS_PORT', '6379')),
    'USERNAME': '',
    'PASSWORD': '',
    'SSL': False,
}
REDIS = {
    'tasks': {**_redis, 'DATABASE': int(_env('NCO_REDIS_DB', '0'))},
    'caching': {**_redis, 'DATABASE': int(_env('NCO_REDIS_DB', '0')) + 1},
}

_secret_file = _root / 'secret_key'
SECRET_KEY = _secret_file.read_text().strip() if _secret_file.exists() else 'x' * 60
API_TOKEN_PEPPERS = {1: SECRET_KEY}

DEBUG = _env('NCO_DEBUG', '0') == '1'
DEVELOPER = _env('NCO_DEVELOPER', '0') == '1'
CENSUS_REPORTING_ENABLED = False
RELEASE_CHECK_URL = None

PLUGINS = []
if WITH_PLUGIN:
    PLUGINS.append('netbox_custom_objects')
if BRANCHING:
    PLUGINS.append('netbox_branching')

PLUGINS_CONFIG = {
    'netbox_custom_objects': {},
}
