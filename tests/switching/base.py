"""A database that upstream netboxlabs-netbox-custom-objects 0.7.1 left, switched to this plugin, for the tests.

`upstream_071.sql` (made by dev/upstream_fixture.py with upstream's own plugin) is loaded onto a fresh copy of the
NetBox template database (NetBox and netbox-branching migrated, no custom objects plugin): the state a user has
before the switch. `netbox migrate` then runs in a subprocess, with this plugin, as the user would run it. The test
class then points this process's connection at that database for its tests and back afterwards.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg
from django.contrib.contenttypes.models import ContentType
from django.db import connections
from django.test import SimpleTestCase

from netbox_custom_objects.dynamic_models import model_cache
from netbox_custom_objects.dynamic_models.loader import reset

__all__ = (
    'FIXTURE',
    'SwitchedDatabaseTestCase',
    'load_fixture',
    'raw_rows',
    'run_migrate',
    'scratch_database',
)

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).resolve().parent / 'upstream_071.sql'
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / 'dev'))
import dbtool  # noqa: E402  (dev/dbtool.py: the template names and the server's address)

sys.path.pop(0)


def scratch_database(suffix):
    """A fresh copy of the NetBox-only template named after the test database (`nco_switch_` prefix)."""
    name = f'nco_switch_{os.environ.get("NCO_DB_NAME", "nco_test")}_{suffix}'[:63]
    dbtool.ensure_templates()
    dbtool.copy_database(dbtool.base_template(), name)
    return name


def load_fixture(name, path=FIXTURE):
    with dbtool.connect(name) as conn:
        conn.execute(path.read_text())


def raw_rows(name, sql):
    with psycopg.connect(**dbtool.pg_params(name)) as conn:
        return conn.execute(sql).fetchall()


def run_migrate(name, *args):
    """`netbox migrate` on database `name` in a fresh process; (seconds, output)."""
    started = time.monotonic()
    result = subprocess.run(
        [str(BIN / 'netbox'), 'migrate', '--no-input', '--skip-checks', *args], env={**os.environ, 'NCO_DB_NAME': name},
        capture_output=True, text=True,
    )
    elapsed = time.monotonic() - started
    if result.returncode:
        raise AssertionError(f'migrate failed:\n{result.stdout}\n{result.stderr}')
    return elapsed, result.stdout


def run_command(name, *args):
    result = subprocess.run(
        [str(BIN / 'netbox'), *args], env={**os.environ, 'NCO_DB_NAME': name}, capture_output=True, text=True,
    )
    return result.returncode, result.stdout + result.stderr


class SwitchedDatabaseTestCase(SimpleTestCase):
    """Tests on a database switched from upstream (`database`), this process connected to it meanwhile."""

    databases = '__all__'
    suffix = 'main'
    fixture = FIXTURE
    database = None
    migrate_seconds = None

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.database = scratch_database(cls.suffix)
        load_fixture(cls.database, cls.fixture)
        cls.before = cls.snapshot_before_switch()
        cls.migrate_seconds, cls.migrate_output = run_migrate(cls.database)
        cls.original_name = connections['default'].settings_dict['NAME']
        cls.switch_connection(cls.database)

    @classmethod
    def tearDownClass(cls):
        cls.switch_connection(cls.original_name)
        dbtool.drop_database(cls.database)
        super().tearDownClass()

    @classmethod
    def snapshot_before_switch(cls):
        """Rows to compare with after the switch (read with plain SQL from upstream's tables)."""
        return {}

    @classmethod
    def switch_connection(cls, name):
        for alias in list(connections):
            connections[alias].close()
        connections['default'].settings_dict['NAME'] = name
        # Content types are cached by id per alias: the ids of one database mean other types in another.
        ContentType.objects.clear_cache()
        # Generated models follow the database: forget those of the previous one, load this one's.
        reset()
        model_cache.sync()
