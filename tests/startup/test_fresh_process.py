"""Start-up in fresh processes: generated models resolve through Django's registries, `migrate` of the plugin
onto a NetBox database runs cleanly, and the healing command repairs tables that lack a base column."""

import importlib.util
import os
import subprocess
import sys
import textwrap
import uuid

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import TestCase

from netbox_custom_objects.constants import table_name

from ..base import CustomObjectsTestMixin, column_names

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DBTOOL = os.path.join(ROOT, 'dev', 'dbtool.py')


def load_dbtool():
    spec = importlib.util.spec_from_file_location('nco_dbtool', DBTOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_python(code, **env):
    """Run `code` in a fresh Django process against the test database; return its stdout."""
    script = 'import django; django.setup()\n' + textwrap.dedent(code)
    result = subprocess.run(
        [sys.executable, '-c', script], capture_output=True, text=True, timeout=300,
        env={**os.environ, 'DJANGO_SETTINGS_MODULE': 'netbox.settings', **env},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


@pytest.mark.django_db
def test_models_resolve_in_a_fresh_process():
    name = f'fresh_{uuid.uuid4().hex[:8]}'
    setup = f'''
        from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField
        cot = CustomObjectType(name='{name}', slug='{name}'); cot.full_clean(); cot.save()
        f = CustomObjectTypeField(custom_object_type=cot, name='code', type='text'); f.full_clean(); f.save()
        cot.refresh_from_db(); cot.get_model().objects.create(code='X1')
        print(cot.pk)
    '''
    type_id = int(run_python(setup).strip())
    try:
        out = run_python(f'''
            from django.apps import apps
            from django.contrib.contenttypes.models import ContentType
            # The first listing of the process already has the type (Django's relation graph is built from it).
            first_listing = {{m._meta.model_name for m in apps.get_models()}}
            assert 'table{type_id}model' in first_listing, 'generated models missing from the first get_models()'
            model = apps.get_model('netbox_custom_objects', 'table{type_id}model')
            ct = ContentType.objects.get(app_label='netbox_custom_objects', model='table{type_id}model')
            assert ct.model_class() is model
            assert model in apps.get_models()
            print(model.__name__, list(model.objects.values_list('code', flat=True)))
        ''')
        assert out.strip() == f"Table{type_id}Model ['X1']"
    finally:
        run_python(f'''
            from netbox_custom_objects.models import CustomObjectType
            CustomObjectType.objects.filter(pk={type_id}).first().delete()
        ''')


@pytest.mark.slow
def test_migrate_onto_a_netbox_database_and_check():
    """The plugin's migrations on a NetBox-only database (what `pip install` + `migrate` does): no failure."""
    dbtool = load_dbtool()
    scratch = f'nco_scratch_{uuid.uuid4().hex[:6]}'
    dbtool.copy_database(dbtool.base_template(), scratch)
    try:
        env = {**os.environ, 'NCO_DB_NAME': scratch}
        for command in (['migrate', '--no-input'], ['check'], ['upgrade_custom_objects', '--dry-run']):
            result = subprocess.run([os.path.join(os.path.dirname(sys.executable), 'netbox'), *command], env=env,
                                    capture_output=True, text=True, timeout=600)
            assert result.returncode == 0, result.stderr[-3000:]
    finally:
        dbtool.drop_database(scratch)


class HealingTest(CustomObjectsTestMixin, TestCase):

    def test_missing_base_column_is_added_back(self):
        cot = self.create_custom_object_type(name='widget')
        table = table_name(cot.pk)
        with connection.cursor() as cursor:
            cursor.execute(f'ALTER TABLE "{table}" DROP COLUMN "owner_id"')
        call_command('upgrade_custom_objects', '--dry-run', stdout=open(os.devnull, 'w'))
        self.assertNotIn('owner_id', column_names(table))
        call_command('upgrade_custom_objects', stdout=open(os.devnull, 'w'))
        self.assertIn('owner_id', column_names(table))

    def test_unknown_type_is_an_error(self):
        from django.core.management import CommandError

        with self.assertRaises(CommandError):
            call_command('upgrade_custom_objects', '--cot', 'no_such_type')


@pytest.mark.django_db
def test_netbox_graphql_loads_after_our_schema_builder_was_imported():
    """Importing our GraphQL schema builder first (a script, a shell) must not break NetBox's own GraphQL schema: the
    plugin's root queries are named by a resource path, never taken from an attribute of our graphql package."""
    out = run_python('''
        import netbox_custom_objects.graphql.builder
        from netbox.graphql.schema import schema
        print('Query' in str(schema))
    ''')
    assert out.strip().endswith('True')
