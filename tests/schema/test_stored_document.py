"""A type's stored schema_document in upstream's shape, `{"schema_version": "1", "types": [entry]}`: migration 0005
converts the entries ours stored alone (and back), and the readers take both shapes."""

import importlib

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import TestCase

from netbox_custom_objects.migrations._upstream import converted_document
from netbox_custom_objects.models import CustomObjectType
from netbox_custom_objects.schema import apply_document, export_cot
from netbox_custom_objects.schema.stored import stored_document, stored_entry

from ..base import CustomObjectsTestMixin

MIGRATION = ('netbox_custom_objects', '0005_upstream_accessors_and_schema_document')
TOMBSTONE = {'id': 5, 'name': 'gone', 'type': 'text'}
ENTRY = {'name': 'widget', 'slug': 'widget', 'fields': [], 'removed_fields': [TOMBSTONE]}


def documents():
    return dict(CustomObjectType.objects.values_list('name', 'schema_document'))


class MigrationTest(CustomObjectsTestMixin, TestCase):
    def run_migration_function(self, name):
        module = importlib.import_module(f'{MIGRATION[0]}.migrations.{MIGRATION[1]}')
        state = MigrationExecutor(connection).loader.project_state(MIGRATION)
        with connection.schema_editor() as editor:
            getattr(module, name)(state.apps, editor)

    def test_entries_are_wrapped_and_unwrapped(self):
        for name in ('widget', 'gadget', 'thing'):
            self.create_custom_object_type(name=name)
        wrapped = {'schema_version': '1', 'types': [{**ENTRY, 'name': 'gadget', 'slug': 'gadget'}]}
        CustomObjectType.objects.filter(name='widget').update(schema_document=ENTRY)
        CustomObjectType.objects.filter(name='gadget').update(schema_document=wrapped)

        self.run_migration_function('wrap_documents')
        self.assertEqual(
            documents(),
            {
                'widget': {'schema_version': '1', 'types': [ENTRY]},
                'gadget': wrapped,
                'thing': None,
            },
        )
        self.run_migration_function('unwrap_documents')
        self.assertEqual(documents(), {'widget': ENTRY, 'gadget': wrapped['types'][0], 'thing': None})


class ReadersTest(CustomObjectsTestMixin, TestCase):
    def test_both_shapes_are_read(self):
        self.assertEqual(stored_entry(ENTRY), ENTRY)
        self.assertEqual(stored_entry({'schema_version': '1', 'types': [ENTRY]}), ENTRY)
        self.assertEqual(stored_entry(None), {})
        self.assertEqual(stored_entry({'schema_version': '1', 'types': []}), {})

    def test_other_keys_of_a_stored_document_are_kept(self):
        previous = {'schema_version': '1', 'types': [ENTRY], 'kept': [1]}
        self.assertEqual(
            stored_document({'slug': 'x'}, previous), {'kept': [1], 'schema_version': '1', 'types': [{'slug': 'x'}]}
        )
        self.assertEqual(stored_document({'slug': 'x'}, ENTRY), {'schema_version': '1', 'types': [{'slug': 'x'}]})

    def test_an_entry_alone_is_saved_in_upstream_shape_replays_included(self):
        cot = self.create_custom_object_type(name='widget')
        cot.schema_document = ENTRY
        cot.save()
        cot.refresh_from_db()
        self.assertEqual(cot.schema_document, {'schema_version': '1', 'types': [ENTRY]})
        # A merge replays the creation of a type recorded in a branch before migration 0005, as netbox-branching does
        data = {**cot.serialize_object(), 'name': 'gadget', 'slug': 'gadget', 'schema_document': ENTRY}
        CustomObjectType.deserialize_object(data).save()
        gadget = CustomObjectType.objects.get(slug='gadget')
        self.assertEqual(gadget.schema_document, {'schema_version': '1', 'types': [ENTRY]})

    def test_tombstones_of_an_entry_stored_alone_survive_the_next_apply(self):
        cot = self.create_custom_object_type(name='widget')
        CustomObjectType.objects.filter(pk=cot.pk).update(schema_document=ENTRY)
        cot.refresh_from_db()
        self.assertEqual(export_cot(cot)['removed_fields'], [TOMBSTONE])
        apply_document(
            {
                'schema_version': '1',
                'types': [
                    {'name': 'widget', 'slug': 'widget', 'fields': [{'id': 1, 'name': 'serial', 'type': 'text'}]}
                ],
            }
        )
        cot.refresh_from_db()
        self.assertEqual(cot.schema_document['types'][0]['removed_fields'], [TOMBSTONE])
        self.assertEqual(cot.schema_document['schema_version'], '1')


class AdoptionTest(TestCase):
    """Adopting an upstream database (migrations/_upstream.py) keeps an applied document as upstream stored it, less
    upstream's snapshot of its base columns, which ours does not keep."""

    def test_documents_of_an_upstream_database(self):
        columns = [{'name': 'id', 'field_class': 'BigAutoField', 'null': False}]
        self.assertEqual(
            converted_document({'schema_version': '1', 'types': [ENTRY], 'base_columns': columns}),
            {'schema_version': '1', 'types': [ENTRY]},
        )
        self.assertIsNone(converted_document({'base_columns': columns}))
        self.assertIsNone(converted_document(None))
