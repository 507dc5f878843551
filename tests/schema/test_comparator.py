"""The comparator: every kind of difference between a document and the database, and what it never does (write)."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from netbox_custom_objects.constants import model_name
from netbox_custom_objects.models import CustomObjectTypeField
from netbox_custom_objects.schema import (
    SchemaValidationError,
    UnknownChoiceSetError,
    UnknownObjectTypeError,
    diff_cot,
    diff_document,
    export_cot,
)

from ..base import CustomObjectsTestMixin


class ComparatorTestMixin(CustomObjectsTestMixin):

    @classmethod
    def setUpTestData(cls):
        cls.choices = cls.create_choice_set(name='Colours')
        cls.cot = cls.create_custom_object_type(name='widget', slug='widgets', description='Widgets')
        cls.serial = cls.create_custom_object_type_field(cls.cot, name='serial', label='Serial')
        cls.count = cls.create_custom_object_type_field(cls.cot, name='count', type='integer')
        cls.colour = cls.create_custom_object_type_field(cls.cot, name='colour', type='select', choice_set=cls.choices)

    def current(self):
        """The document entry of the widget type as the database holds it."""
        self.cot.refresh_from_db()
        return export_cot(self.cot)

    def document(self, *type_defs, **extra):
        return {'schema_version': '1', 'types': list(type_defs), **extra}

    def field_def(self, type_def, name):
        return next(f for f in type_def['fields'] if f['name'] == name)


class DiffTest(ComparatorTestMixin, TestCase):

    def test_an_exported_type_has_no_changes(self):
        [diff] = diff_document(self.document(self.current()))
        self.assertFalse(diff.has_changes)
        self.assertEqual((diff.field_changes, diff.cot_changes, diff.warnings), ([], {}, []))
        self.assertFalse(diff.is_new)

    def test_a_new_type(self):
        type_def = {'name': 'gadget', 'slug': 'gadgets', 'verbose_name': 'Gadget',
                    'fields': [{'id': 1, 'name': 'code', 'type': 'text'},
                               {'id': 2, 'name': 'widget', 'type': 'object',
                                'related_object_type': 'custom-objects/widgets'},
                               {'id': 3, 'name': 'parent', 'type': 'object',
                                'related_object_type': 'custom-objects/gadgets'}]}
        [diff] = diff_document(self.document(type_def))
        self.assertTrue(diff.is_new)
        self.assertEqual(diff.cot_changes, {})  # (as upstream's plan: a new type has no attribute changes)
        self.assertEqual(diff.created_attrs, {'name': (None, 'gadget'), 'verbose_name': (None, 'Gadget')})
        self.assertEqual([(c.op, c.schema_id, c.name) for c in diff.field_changes],
                         [('add', 1, 'code'), ('add', 2, 'widget'), ('add', 3, 'parent')])
        self.assertEqual(diff.adds, diff.field_changes)
        self.assertTrue(diff.has_changes)
        self.assertFalse(diff.has_destructive_changes)

    def test_a_type_attribute_change(self):
        type_def = {**self.current(), 'description': 'Better widgets', 'config_context_enabled': True}
        [diff] = diff_document(self.document(type_def))
        self.assertEqual(diff.cot_changes, {'description': ('Widgets', 'Better widgets'),
                                            'config_context_enabled': (False, True)})
        self.assertEqual(diff.field_changes, [])

    def test_an_attribute_left_out_means_its_default(self):
        type_def = self.current()
        del type_def['description']
        self.field_def(type_def, 'serial').pop('label')
        [diff] = diff_document(self.document(type_def))
        self.assertEqual(diff.cot_changes, {'description': ('Widgets', '')})
        self.assertEqual(diff.alters[0].changed_attrs, {'label': ('Serial', '')})

    def test_an_added_field(self):
        type_def = self.current()
        type_def['fields'].append({'id': 9, 'name': 'site', 'type': 'object', 'related_object_type': 'dcim/site'})
        [diff] = diff_document(self.document(type_def))
        [change] = diff.adds
        self.assertEqual((change.op, change.schema_id, change.name, change.db_name), ('add', 9, 'site', None))
        self.assertEqual(change.definition['related_object_type'], 'dcim/site')
        self.assertEqual(change.definition['weight'], 100)

    def test_an_altered_field(self):
        type_def = self.current()
        self.field_def(type_def, 'count').update(validation_minimum=0, required=True)
        [diff] = diff_document(self.document(type_def))
        [change] = diff.alters
        self.assertEqual(change.changed_attrs, {'required': (False, True), 'validation_minimum': (None, 0)})
        self.assertFalse(change.is_rename or change.is_type_change or change.is_destructive)

    def test_a_renamed_field_is_an_alter(self):
        type_def = self.current()
        self.field_def(type_def, 'serial')['name'] = 'serial_number'
        [diff] = diff_document(self.document(type_def))
        [change] = diff.field_changes
        self.assertEqual((change.op, change.db_name, change.name), ('alter', 'serial', 'serial_number'))
        self.assertTrue(change.is_rename)
        self.assertEqual(change.changed_attrs, {'name': ('serial', 'serial_number')})

    def test_a_type_change(self):
        type_def = self.current()
        self.field_def(type_def, 'serial')['type'] = 'longtext'
        [diff] = diff_document(self.document(type_def))
        [change] = diff.alters
        self.assertTrue(change.is_type_change)
        self.assertEqual(change.changed_attrs, {'type': ('text', 'longtext')})

    def test_a_tombstone_removes_the_field(self):
        type_def = self.current()
        type_def['fields'] = [f for f in type_def['fields'] if f['name'] != 'count']
        type_def['removed_fields'] = [{'id': self.count.schema_id, 'name': 'count', 'type': 'integer'},
                                      {'id': 99, 'name': 'long_gone', 'type': 'text'}]
        [diff] = diff_document(self.document(type_def))
        [change] = diff.field_changes
        self.assertEqual((change.op, change.schema_id, change.db_name), ('remove', self.count.schema_id, 'count'))
        self.assertTrue(change.is_destructive)
        self.assertTrue(diff.has_destructive_changes)
        self.assertEqual(diff.removes, [change])
        self.assertEqual(diff.warnings, [])

    def test_fields_missing_from_the_document_are_warnings(self):
        type_def = self.current()
        type_def['fields'] = [f for f in type_def['fields'] if f['name'] != 'count']
        CustomObjectTypeField.objects.filter(pk=self.colour.pk).update(schema_id=None)
        [diff] = diff_document(self.document(type_def))
        self.assertFalse(diff.has_destructive_changes)
        count_warning, colour_warning = sorted(diff.warnings, key=lambda w: '"colour"' in w)
        self.assertIn('"count" (id 2) is not in the document', count_warning)
        self.assertIn('"colour" has no schema id', colour_warning)

    def test_a_removed_type_is_a_destructive_deletion(self):
        self.cot.get_model().objects.create(serial='A')
        doc = self.document(removed_types=[{'slug': 'widgets'}, {'slug': 'never-existed'}])
        [diff] = diff_document(doc)
        self.assertTrue(diff.is_delete and diff.has_destructive_changes and diff.has_changes)
        self.assertEqual(diff.warnings, ['Deleting widgets deletes its 1 object(s).'])

    def test_values_compare_by_their_json_spelling(self):
        field = self.create_custom_object_type_field(self.cot, name='flag', type='integer', default=1)
        type_def = self.current()
        self.field_def(type_def, 'flag')['default'] = True
        [diff] = diff_document(self.document(type_def))
        self.assertEqual(diff.alters[0].changed_attrs, {'default': (1, True)})
        self.assertEqual(diff.alters[0].schema_id, field.schema_id)

    def test_the_plan_as_a_dict(self):
        type_def = self.current()
        self.field_def(type_def, 'serial')['name'] = 'serial_number'
        [diff] = diff_document(self.document(type_def))
        data = diff.to_dict()
        self.assertEqual(data['slug'], 'widgets')
        self.assertEqual(data['field_changes'][0]['changed_attrs'],
                         {'name': ['serial', 'serial_number']})
        self.assertTrue(data['field_changes'][0]['is_rename'])
        self.assertTrue(data['has_changes'])

    def test_comparing_writes_nothing(self):
        type_def = self.current()
        type_def['fields'] = [f for f in type_def['fields'] if f['name'] != 'count']
        type_def['fields'].append({'id': 9, 'name': 'extra', 'type': 'text'})
        type_def['removed_fields'] = [{'id': self.count.schema_id, 'name': 'count', 'type': 'integer'}]
        with CaptureQueriesContext(connection) as queries:
            diff_document(self.document(type_def, {'name': 'gadget', 'slug': 'gadgets'}))
        writes = [q['sql'] for q in queries if q['sql'].split()[0].upper() in ('INSERT', 'UPDATE', 'DELETE',
                                                                               'ALTER', 'CREATE', 'DROP')]
        self.assertEqual(writes, [])


class ReferenceTest(ComparatorTestMixin, TestCase):

    def test_an_unknown_choice_set(self):
        type_def = self.current()
        self.field_def(type_def, 'colour')['choice_set'] = 'Flavours'
        with self.assertRaisesMessage(UnknownChoiceSetError, 'Unknown choice set "Flavours"'):
            diff_document(self.document(type_def))

    def test_unknown_object_types(self):
        for reference in ('dcim/spaceship', 'custom-objects/nothing', 'nowhere/site'):
            with self.subTest(reference):
                type_def = self.current()
                type_def['fields'].append({'id': 9, 'name': 'ref', 'type': 'object', 'related_object_type': reference})
                with self.assertRaisesMessage(UnknownObjectTypeError, reference):
                    diff_document(self.document(type_def))

    def test_an_unknown_polymorphic_target(self):
        type_def = {'name': 'gadget', 'slug': 'gadgets', 'fields': [
            {'id': 1, 'name': 'refs', 'type': 'multiobject', 'is_polymorphic': True,
             'related_object_types': ['dcim/site', 'dcim/nothing']}]}
        with self.assertRaises(UnknownObjectTypeError):
            diff_document(self.document(type_def))

    def test_aliases_of_custom_object_references_are_the_same_reference(self):
        target = self.create_custom_object_type(name='gadget', slug='gadgets')
        self.create_custom_object_type_field(self.cot, name='gadget', type='object',
                                             related_object_type=self.object_type_of('netbox_custom_objects',
                                                                                     model_name(target.pk)))
        type_def = self.current()
        self.assertEqual(self.field_def(type_def, 'gadget')['related_object_type'], 'custom-objects/gadgets')
        for alias in (f'netbox_custom_objects/table{target.pk}model', 'netbox_custom_objects/gadgets',
                      f'custom-objects/table{target.pk}model'):
            with self.subTest(alias):
                self.field_def(type_def, 'gadget')['related_object_type'] = alias
                self.assertFalse(diff_cot(type_def).has_changes)

    def test_an_invalid_document_is_refused_before_comparing(self):
        with self.assertRaises(SchemaValidationError):
            diff_document({'schema_version': '1', 'types': [{'name': 'x'}]})
