"""Database helpers for the dev environment and the test suite (run with the project's .venv Python).

    dbtool.py ensure-db NAME                     create NAME as a copy of the migrated template, or migrate it when
                                                 the migrations changed since it was last migrated; print NAME
    dbtool.py test-db                            (re)create the test database NCO_TEST_DB (default nco_test) from the
                                                 plugin template; print its name
    dbtool.py drop-db NAME                       drop NAME (e.g. to start the dev database afresh)

Templates (PostgreSQL `CREATE DATABASE ... TEMPLATE`, seconds instead of the ~6 minutes of a full NetBox
migration):
- `nco_tpl_nb<netbox>_br<branching>`: NetBox and netbox-branching migrated, without this plugin (built once per
  machine and version pair: the slow one);
- `<that>_<hash of this plugin's migrations>`: the above plus this plugin's migrations. A changed or new migration
  changes the hash, so a stale database is never reused; the few most recent ones are kept (several checkouts may
  share a server), older ones are dropped.
The prefix `nco_tpl` comes from NCO_TEMPLATE_PREFIX. Builds are serialized by an advisory lock, so concurrent runs
(two checkouts, CI) neither build twice nor drop each other's work.

A database made from a template, or migrated by `ensure-db`, carries the name of the plugin template it matches as
its comment: `ensure-db` runs `migrate` only when that changes.
"""

import hashlib
import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
MIGRATIONS = ROOT / 'netbox_custom_objects' / 'migrations'
KEEP_TEMPLATES = 3


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
    return '{}_nb{}_br{}'.format(
        env('NCO_TEMPLATE_PREFIX', 'nco_tpl'),
        version('netbox').replace('.', ''),
        version('netboxlabs-netbox-branching').replace('.', ''),
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
    plugin = plugin_template()
    if database_exists(plugin):
        return plugin
    with connect() as lock:
        # One builder at a time (per server): the others wait, then find the template built.
        lock.execute('SELECT pg_advisory_lock(hashtext(%s))', ['nco_templates'])
        base = base_template()
        if not database_exists(base):
            build(base, None, with_plugin=False)
        if not database_exists(plugin):
            build(plugin, base, with_plugin=True)
            drop_stale_templates()
    return plugin


def drop_stale_templates():
    """Keep the most recent plugin templates of this NetBox/branching pair (by creation order), drop the rest."""
    with connect() as conn:
        rows = conn.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE %s AND datname NOT LIKE '%%\\_building' "
            'ORDER BY oid DESC',
            [base_template().replace('_', '\\_') + '\\_%'],
        ).fetchall()
    for (name,) in rows[KEEP_TEMPLATES:]:
        drop_database(name)


def stamp(name, value=None):
    """Read (or, with `value`, write) the template stamp of database `name`: its comment."""
    with connect() as conn:
        if value is not None:
            conn.execute(f'COMMENT ON DATABASE "{name}" IS \'{value}\'')  # our own name: letters, digits, _
            return value
        row = conn.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        return row[0] if row else None


def ensure_db(name):
    """The development database: created once from the template; migrated when the migrations changed."""
    if not database_exists(name):
        copy_database(ensure_templates(), name)
        stamp(name, plugin_template())
    elif stamp(name) != plugin_template():
        try:
            migrate(name, with_plugin=True)
        except subprocess.CalledProcessError:
            sys.exit(f'migrate failed on database {name} (above). To start it afresh from the template: '
                     f'python dev/dbtool.py drop-db {name}')
        stamp(name, plugin_template())
    print(name)


def test_db():
    name = env('NCO_TEST_DB', 'nco_test')
    copy_database(ensure_templates(), name)
    print(name)


def main(argv):
    command = argv[1] if len(argv) > 1 else ''
    if command == 'ensure-db':
        ensure_db(argv[2])
        return 0
    if command == 'test-db':
        test_db()
        return 0
    if command == 'drop-db' and len(argv) > 2:
        drop_database(argv[2])
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
