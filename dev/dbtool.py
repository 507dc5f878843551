"""Database helpers for the dev environment and the test suite (run with the project's .venv Python).

    dbtool.py wait-pg | wait-redis               exit 0 when the server answers
    dbtool.py ensure-db NAME                     create NAME as a copy of the migrated template
    dbtool.py test-db                            (re)create the test database from the plugin template; print its name

Templates (PostgreSQL `CREATE DATABASE ... TEMPLATE`, seconds instead of the ~6 minutes of a full NetBox
migration):
- `nco_tpl_<netbox>_<branching>`: NetBox and netbox-branching migrated, without this plugin;
- `nco_tpl_<that>_<hash of this plugin's migrations>`: the above plus this plugin's migrations. A changed or new
  migration changes the hash, so a stale database is never reused.
"""

import hashlib
import os
import socket
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
MIGRATIONS = ROOT / 'netbox_custom_objects' / 'migrations'


def env(name, default):
    return os.environ.get(name) or default


def pg_params(dbname='postgres'):
    return {
        'host': env('NCO_PG_HOST', '127.0.0.1'),
        'port': env('NCO_PG_PORT', '5432'),
        'user': env('NCO_PG_USER', 'postgres'),
        'password': env('NCO_PG_PASSWORD', ''),
        'dbname': dbname,
    }


def connect(dbname='postgres'):
    return psycopg.connect(**pg_params(dbname), autocommit=True, connect_timeout=3)


def database_exists(name):
    with connect() as conn:
        return conn.execute('SELECT 1 FROM pg_database WHERE datname = %s', [name]).fetchone() is not None


def drop_database(name):
    with connect() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def copy_database(template, name):
    with connect() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        # A template must have no other sessions; end stray ones (e.g. a server left running).
        conn.execute(
            'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()',
            [template],
        )
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


def migrate(dbname, with_plugin):
    environ = {**os.environ, 'NCO_DB_NAME': dbname, 'NCO_BRANCHING': '1', 'NCO_PLUGINS': '1' if with_plugin else '0'}
    netbox = Path(sys.executable).parent / 'netbox'
    subprocess.run([str(netbox), 'migrate', '--no-input', '-v', '1'], env=environ, check=True,
                   stdout=sys.stderr)


def base_template():
    return 'nco_tpl_nb{}_br{}'.format(
        version('netbox').replace('.', ''), version('netboxlabs-netbox-branching').replace('.', '')
    )


def plugin_template():
    digest = hashlib.sha1()
    for path in sorted(MIGRATIONS.glob('*.py')):
        digest.update(path.name.encode() + path.read_bytes())
    return f'{base_template()}_{digest.hexdigest()[:10]}'


def build(name, template, with_plugin):
    """Build database `name` from `template` (or from scratch) by migrating; atomic by rename."""
    building = f'{name}_building'
    if template:
        copy_database(template, building)
    else:
        drop_database(building)
        with connect() as conn:
            conn.execute(f'CREATE DATABASE "{building}"')
    print(f'Migrating {name} (this takes a while the first time) ...', file=sys.stderr)
    migrate(building, with_plugin)
    with connect() as conn:
        conn.execute(f'ALTER DATABASE "{building}" RENAME TO "{name}"')


def ensure_templates():
    base = base_template()
    if not database_exists(base):
        build(base, None, with_plugin=False)
    plugin = plugin_template()
    if not database_exists(plugin):
        build(plugin, base, with_plugin=True)
        drop_stale_templates(keep=plugin)
    return plugin


def drop_stale_templates(keep):
    prefix = f'{base_template()}_'
    with connect() as conn:
        names = [r[0] for r in conn.execute('SELECT datname FROM pg_database WHERE datname LIKE %s', [prefix + '%'])]
    for name in names:
        if name != keep and not name.endswith('_building'):
            drop_database(name)


def ensure_db(name):
    """The development database: created once from the template, then migrated by the caller."""
    if not database_exists(name):
        copy_database(ensure_templates(), name)
    print(name)


def test_db():
    name = env('NCO_TEST_DB', 'nco_test')
    copy_database(ensure_templates(), name)
    print(name)


def wait(host, port, seconds=15):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection((host, int(port)), timeout=1).close()
            return True
        except OSError:
            time.sleep(0.3)
    return False


def main(argv):
    command = argv[1] if len(argv) > 1 else ''
    if command == 'wait-pg':
        ok = wait(env('NCO_PG_HOST', '127.0.0.1'), env('NCO_PG_PORT', '5432'), int(argv[2]) if len(argv) > 2 else 1)
        return 0 if ok else 1
    if command == 'wait-redis':
        ok = wait(env('NCO_REDIS_HOST', '127.0.0.1'), env('NCO_REDIS_PORT', '6379'),
                  int(argv[2]) if len(argv) > 2 else 1)
        return 0 if ok else 1
    if command == 'ensure-db':
        ensure_db(argv[2])
        return 0
    if command == 'test-db':
        test_db()
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
