"""bulk_create of generated models: Django's fast UNNEST insert unless a multiselect (array) column has values."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from ..base import CustomObjectsTestMixin


class BulkCreateTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='gadget')
        cls.create_custom_object_type_field(cls.cot, name='serial')
        cls.create_custom_object_type_field(cls.cot, name='labels', type='multiselect',
                                            choice_set=cls.create_choice_set())

    def bulk_create(self, objs):
        model = self.cot.get_model()
        with CaptureQueriesContext(connection) as queries:
            created = model.objects.bulk_create(objs)
        inserts = [q['sql'] for q in queries.captured_queries if q['sql'].startswith('INSERT')]
        return created, inserts

    def test_rows_without_multiselect_values_take_the_unnest_insert(self):
        model = self.cot.get_model()
        created, inserts = self.bulk_create([model(serial=f's{i}') for i in range(3)])
        self.assertEqual(len(inserts), 1)
        self.assertIn('UNNEST', inserts[0])
        self.assertNotIn('labels', inserts[0])
        self.assertEqual(
            list(model.objects.filter(pk__in=[o.pk for o in created]).values_list('serial', 'labels')),
            [('s0', None), ('s1', None), ('s2', None)],
        )

    def test_multiselect_values_are_inserted(self):
        model = self.cot.get_model()
        created, inserts = self.bulk_create([model(serial='s0'), model(serial='s1', labels=['a', 'b'])])
        self.assertIn('"labels"', inserts[0])
        values = dict(model.objects.filter(pk__in=[o.pk for o in created]).values_list('serial', 'labels'))
        self.assertEqual(values, {'s0': None, 's1': ['a', 'b']})
