"""Text fields end to end: column added, renamed with data kept, dropped; and validation of field definitions."""

from django.core.exceptions import ValidationError
from django.test import TestCase

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.models import CustomObjectTypeField

from ..base import CustomObjectsTestMixin, column_names, column_type


class TextFieldLifecycleTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='widget')
        cls.table = table_name(cls.cot.pk)

    def test_adding_a_text_field_adds_its_column(self):
        self.create_custom_object_type_field(self.cot, name='serial')
        self.assertIn('serial', column_names(self.table))
        self.assertEqual(column_type(self.table, 'serial'), 'character varying')

    def test_objects_can_be_created_queried_updated_and_deleted(self):
        self.create_custom_object_type_field(self.cot, name='serial')
        model = self.cot.get_model()
        obj = model.objects.create(serial='A1')
        self.assertEqual(model.objects.get(serial='A1').pk, obj.pk)
        obj.serial = 'B2'
        obj.save()
        self.assertEqual(model.objects.get(pk=obj.pk).serial, 'B2')
        obj.delete()
        self.assertFalse(model.objects.exists())

    def test_renaming_a_field_renames_its_column_and_keeps_data(self):
        field = self.create_custom_object_type_field(self.cot, name='serial')
        model = self.cot.get_model()
        obj = model.objects.create(serial='A1')
        field.name = 'serial_number'
        field.full_clean()
        field.save()
        columns = column_names(self.table)
        self.assertIn('serial_number', columns)
        self.assertNotIn('serial', columns)
        self.cot.refresh_from_db()
        model = self.cot.get_model()
        self.assertEqual(model.objects.get(pk=obj.pk).serial_number, 'A1')

    def test_deleting_a_field_drops_its_column(self):
        field = self.create_custom_object_type_field(self.cot, name='serial')
        field.delete()
        self.assertNotIn('serial', column_names(self.table))
        self.cot.refresh_from_db()
        self.assertFalse(hasattr(self.cot.get_model(), 'serial'))

    def test_a_definition_change_refreshes_the_cached_model(self):
        model = self.cot.get_model()
        self.create_custom_object_type_field(self.cot, name='serial')
        self.cot.refresh_from_db()
        new_model = self.cot.get_model()
        self.assertIsNot(new_model, model)
        self.assertTrue(hasattr(new_model, 'serial'))

    def test_regex_validation_applies_to_values(self):
        self.create_custom_object_type_field(self.cot, name='code', validation_regex=r'^[A-Z]+$')
        model = self.cot.get_model()
        with self.assertRaisesMessage(ValidationError, '^[A-Z]+$'):
            model(code='abc').full_clean()
        model(code='ABC').full_clean()

    def test_required_applies_to_values(self):
        self.create_custom_object_type_field(self.cot, name='code', required=True)
        with self.assertRaises(ValidationError):
            self.cot.get_model()(code='').full_clean()

    def test_schema_ids_are_allocated_per_type_and_never_reused(self):
        first = self.create_custom_object_type_field(self.cot, name='one')
        second = self.create_custom_object_type_field(self.cot, name='two')
        self.assertEqual((first.schema_id, second.schema_id), (1, 2))
        second.delete()
        third = self.create_custom_object_type_field(self.cot, name='three')
        self.assertEqual(third.schema_id, 3)


class FieldValidationTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='widget')

    def assertInvalid(self, attribute, **kwargs):
        kwargs.setdefault('type', 'text')
        with self.assertRaises(ValidationError) as cm:
            CustomObjectTypeField(custom_object_type=self.cot, **kwargs).full_clean()
        self.assertIn(attribute, cm.exception.message_dict, cm.exception.message_dict)

    def test_bad_field_names_are_refused(self):
        for name in ('1abc', 'Serial', 'a__b', '_a', 'a_', 'a-b', 'x' * 51):
            with self.subTest(name=name):
                self.assertInvalid('name', name=name)

    def test_reserved_names_are_refused(self):
        for name in ('id', 'tags', 'created', 'owner', 'pk', 'objects', 'custom_object_type'):
            with self.subTest(name=name):
                self.assertInvalid('name', name=name)

    def test_duplicate_field_names_are_refused(self):
        self.create_custom_object_type_field(self.cot, name='serial')
        with self.assertRaises(ValidationError):
            CustomObjectTypeField(custom_object_type=self.cot, name='serial', type='text').full_clean()

    def test_options_of_other_types_are_refused(self):
        self.assertInvalid('validation_minimum', name='serial', validation_minimum=1)

    def test_primary_and_context_are_exclusive(self):
        self.assertInvalid('context', name='serial', primary=True, context=True)

    def test_default_is_validated_against_the_type(self):
        self.assertInvalid('default', name='code', validation_regex=r'^[A-Z]+$', default='abc')


class RelatedNameFormatTest(CustomObjectsTestMixin, TestCase):
    """The related name's format is checked by the relation field types (field_types/relations/rules.py), for every
    relation type, polymorphic ones included, new or stored."""

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='widget')

    def test_a_related_name_that_is_no_identifier_is_refused(self):
        site = self.object_type_of('dcim', 'site')
        rows = (
            CustomObjectTypeField(custom_object_type=self.cot, name='a', type='object', related_object_type=site),
            CustomObjectTypeField(custom_object_type=self.cot, name='b', type='multiobject', related_object_type=site),
            CustomObjectTypeField(custom_object_type=self.cot, name='c', type='object', is_polymorphic=True),
            CustomObjectTypeField(custom_object_type=self.cot, name='d', type='multiobject', is_polymorphic=True),
        )
        for row in rows:
            for name in ('Widgets', 'two__parts', '_widgets', '1widgets'):
                row.related_name = name
                with self.subTest(type=row.type, polymorphic=row.is_polymorphic, name=name):
                    with self.assertRaises(ValidationError) as raised:
                        row.full_clean()
                    self.assertEqual(raised.exception.message_dict['related_name'], [
                        'Use lowercase letters, digits and single underscores, starting with a letter.'])
