"""The record of a field's deletion (`held_values`, models/held_values.py): read in batches, the same values the
change record of each object holds, for every field type; the number of queries does not grow with the objects."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from core.choices import ObjectChangeActionChoices
from core.models import ObjectChange
from dcim.models import Site
from tenancy.models import Tenant
from users.models import User

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.field_types import held
from netbox_custom_objects.models import CustomObjectTypeField

from ..base import CustomObjectsTestMixin

EMPTY = (None, '', [], {})


class HeldValuesTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.user = User.objects.create_user(username='deleter')
        cls.sites = [Site.objects.create(name=f'Site {i}', slug=f'site-{i}') for i in range(3)]
        cls.tenant = Tenant.objects.create(name='T', slug='t')
        site_type, tenant_type = cls.object_type_of('dcim', 'site'), cls.object_type_of('tenancy', 'tenant')
        choices = cls.create_choice_set()
        cls.cot = cls.create_custom_object_type(name='thing')
        cls.add_field_of_every_type(cls.cot, choices, site_type, polymorphic_types=[site_type, tenant_type])

    def make_objects(self, count):
        model = self.cot.get_model()
        for i in range(count):
            obj = model.objects.create(
                text_f=f't{i}', longtext_f='long\ntext', integer_f=i, decimal_f='1.50', boolean_f=i % 2 == 0,
                date_f='2024-02-03', datetime_f='2024-02-03T04:05:06.789123+00:00', url_f='https://example.com',
                url_f_title='Example', json_f={'i': i, 'l': [1, 2]}, select_f='a', multiselect_f=['a', 'c'],
                object_f=self.sites[i % 3], coords_latitude='1.25', coords_longitude='-2.5',
            )
            obj.multiobject_f.set(self.sites[: 1 + i % 3])
            obj.thing_f = self.sites[0] if i % 2 else self.tenant
            obj.things_f = [self.sites[1], self.tenant]
            obj.save()
        model.objects.create(text_f='empty')  # holds nothing in most fields

    def serialized(self, field):
        """What the per-object change records hold for `field`: {pk: {key: value}} (as the record used to be built,
        by serializing every object)."""
        model = self.cot.get_model()
        keys = {*field.field_type.value_attributes(field), *field.field_type.model_attributes(field)}
        expected = {}
        for obj in model.objects.all():
            data = obj.serialize_object()
            if entry := {key: data[key] for key in keys if data.get(key) not in EMPTY}:
                expected[str(obj.pk)] = entry
        return expected

    def delete_field(self, name):
        field = CustomObjectTypeField.objects.get(custom_object_type=self.cot, name=name)
        field_id = field.pk
        with self.tracked():
            field.snapshot()
            field.delete()
        change = ObjectChange.objects.get(changed_object_id=field_id, action=ObjectChangeActionChoices.ACTION_DELETE,
                                          changed_object_type__model='customobjecttypefield')
        return change.prechange_data.get('held_values', {})

    def test_held_values_equal_the_change_records_of_the_objects(self):
        self.make_objects(7)
        for field in CustomObjectTypeField.objects.filter(custom_object_type=self.cot).order_by('pk'):
            with self.subTest(field=field.name):
                expected = self.serialized(field)
                self.assertTrue(expected)
                if field.name == 'multiobject_f':  # (a link list's order is not kept)
                    expected = {pk: {k: sorted(v) for k, v in entry.items()} for pk, entry in expected.items()}
                self.assertEqual(self.delete_field(field.name), expected)

    def test_reads_do_not_grow_with_the_objects(self):
        """The rows are read in batches (one query per 5,000 objects), not object by object."""
        table = table_name(self.cot.pk)

        def reads_to_delete(name):
            field = CustomObjectTypeField.objects.get(custom_object_type=self.cot, name=name)
            with self.tracked(), CaptureQueriesContext(connection) as queries:
                field.snapshot()
                field.delete()
            sql = [query['sql'] for query in queries.captured_queries]
            return [q for q in sql if f'"{table}' in q and 'pg_tables' not in q and not q.startswith(('ALTER', 'DROP'))]

        self.make_objects(4)
        self.assertEqual(len(reads_to_delete('text_f')), 1)
        self.assertEqual(len(reads_to_delete('multiobject_f')), 1)
        model = self.cot.get_model()
        for i in range(20):  # more objects holding the next fields
            model.objects.create(integer_f=i)
        self.assertEqual(len(reads_to_delete('integer_f')), 1)
        self.assertEqual(len(reads_to_delete('things_f')), 1)

    def test_batches(self):
        self.make_objects(5)
        batch_size, held.BATCH_SIZE = held.BATCH_SIZE, 2
        try:
            expected = self.serialized(CustomObjectTypeField.objects.get(custom_object_type=self.cot, name='coords'))
            self.assertEqual(self.delete_field('coords'), expected)
        finally:
            held.BATCH_SIZE = batch_size
