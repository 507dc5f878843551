"""Acceptance matrix K1: a plugin upgrade with open branches. A branch provisioned before the plugin's migrations
0002 (the shared object id sequence, RunSQL) and 0003 (a column on the field table) is simulated: its copy of
django_migrations loses their rows, its field table the column, and a type's schema_document takes the shape it had
before 0005 (a data migration). netbox-branching then reports the migrations pending, marks the branch
pending-migrations at post_migrate, and `Branch.migrate()` applies them to the branch schema only; the branch — with
a type that exists only in it — keeps working and merges."""

import json

from django.apps import apps
from django.db import connection

from netbox_branching.signal_receivers import check_pending_migrations

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.ddl.operations import ID_SEQUENCE
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField, CustomObjectTypeUniqueConstraint

from .base import BranchingTestCase, current_model, edit, rename, schema_columns, schema_tables

FIELD_TABLE = CustomObjectTypeField._meta.db_table
TYPE_TABLE = CustomObjectType._meta.db_table
UNIQUE_TABLE = CustomObjectTypeUniqueConstraint._meta.db_table
OLD_DOCUMENT = {'name': 'gadget', 'slug': 'gadget', 'removed_fields': [{'id': 7, 'name': 'old', 'type': 'text'}]}
# Every migration from 0002 on: a history with 0002/0003 missing but a later one applied is not one Django can plan.
UPGRADE = ('0002_object_id_sequence', '0003_field_previous_names', '0004_adopt_upstream',
           '0005_upstream_accessors_and_schema_document', '0006_unique_constraints', '0007_type_features')
# What 0006 and 0007 add, undone in the branch so that they can be applied again.
FEATURE_COLUMNS = ('journal_enabled', 'contacts_enabled', 'image_attachments_enabled', 'change_logging_enabled',
                   'menu_weight', 'menu_name')


def id_sequence_schema(schema, table):
    """The schema of the sequence the `id` default of `schema`.`table` draws from."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT sn.nspname FROM pg_attrdef d "
            "JOIN pg_depend dep ON dep.classid = 'pg_attrdef'::regclass AND dep.objid = d.oid "
            "AND dep.refclassid = 'pg_class'::regclass "
            "JOIN pg_class s ON s.oid = dep.refobjid AND s.relkind = 'S' "
            "JOIN pg_namespace sn ON sn.oid = s.relnamespace "
            "WHERE d.adrelid = %s::regclass", [f'"{schema}"."{table}"'])
        return [row[0] for row in cursor.fetchall()]


def sequences(schema):
    with connection.cursor() as cursor:
        cursor.execute("SELECT relname FROM pg_class WHERE relkind = 'S' AND relnamespace = %s::regnamespace",
                       [schema])
        return {row[0] for row in cursor.fetchall()}


class PendingMigrationsTest(BranchingTestCase):

    def test_migrate_then_merge(self):
        widget = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(widget, name='code')
        widget.refresh_from_db()
        old = widget.get_model().objects.create(code='main')
        branch = self.provision()
        with self.tracked(branch):
            gadget = self.create_custom_object_type(name='gadget')
            self.create_custom_object_type_field(gadget, name='code')
            made_before = current_model(gadget).objects.create(code='before upgrade')

        with connection.cursor() as cursor:  # the branch as it was before the upgrade
            cursor.execute(f'ALTER TABLE "{branch.schema_name}"."{FIELD_TABLE}" DROP COLUMN "previous_names"')
            cursor.execute(f'DROP TABLE "{branch.schema_name}"."{UNIQUE_TABLE}"')
            for column in FEATURE_COLUMNS:
                cursor.execute(f'ALTER TABLE "{branch.schema_name}"."{TYPE_TABLE}" DROP COLUMN "{column}"')
            cursor.execute(f'UPDATE "{branch.schema_name}"."{TYPE_TABLE}" SET schema_document = %s WHERE id = %s',
                           [json.dumps(OLD_DOCUMENT), gadget.pk])  # the document entry alone, as before 0005
            cursor.execute(f'DELETE FROM "{branch.schema_name}"."django_migrations" '
                           "WHERE app = 'netbox_custom_objects' AND name = ANY(%s)", [list(UPGRADE)])
        main_columns = schema_columns('public', FIELD_TABLE)
        main_tables = schema_tables('public')

        check_pending_migrations(sender=apps.get_app_config('netbox_branching'), using='default')
        branch.refresh_from_db()
        self.assertEqual(branch.status, 'pending-migrations')
        self.assertEqual(branch.pending_migrations, [('netbox_custom_objects', name) for name in UPGRADE])
        self.assert_branch_pages(branch, 'Gadget')  # the migrate form included

        branch.migrate(user=self.user)
        branch.refresh_from_db()
        self.assertEqual(branch.status, 'ready')
        self.assertIn('previous_names', schema_columns(branch.schema_name, FIELD_TABLE))
        with connection.cursor() as cursor:
            cursor.execute(f'SELECT schema_document FROM "{branch.schema_name}"."{TYPE_TABLE}" WHERE id = %s',
                           [gadget.pk])
            self.assertEqual(json.loads(cursor.fetchone()[0]), {'schema_version': '1', 'types': [OLD_DOCUMENT]})
        self.assertEqual((schema_columns('public', FIELD_TABLE), schema_tables('public')), (main_columns, main_tables))
        self.assertNotIn(
            ID_SEQUENCE, sequences(branch.schema_name), 'the id sequence stays main-only (branch-local-id-sequences)'
        )

        with self.tracked(branch):
            rename(gadget, 'code', 'serial')
            made_after = current_model(gadget).objects.create(serial='after upgrade')
            edit(current_model(widget), old.pk, code='edited after upgrade')
            thing = self.create_custom_object_type(name='thing')
            self.create_custom_object_type_field(thing, name='code')
            made_thing = current_model(thing).objects.create(code='new type')
        self.assertEqual(id_sequence_schema(branch.schema_name, table_name(thing.pk)), ['public'])
        self.assert_branch_pages(branch, 'Gadget', 'Thing', 'serial', 'after upgrade', 'edited after upgrade')

        branch.merge(user=self.user, commit=True)
        self.assert_branch_pages(branch, 'Gadget', 'Thing', 'serial')
        self.assertEqual(sorted(current_model(gadget).objects.values_list('pk', 'serial')),
                         [(made_before.pk, 'before upgrade'), (made_after.pk, 'after upgrade')])
        self.assertEqual(list(current_model(thing).objects.values_list('pk', 'code')), [(made_thing.pk, 'new type')])
        self.assertEqual(current_model(widget).objects.get(pk=old.pk).code, 'edited after upgrade')
        self.assertEqual(CustomObjectType.objects.filter(pk__in=(gadget.pk, thing.pk)).count(), 2)
