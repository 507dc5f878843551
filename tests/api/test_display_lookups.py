"""A list fetches the relations the display expression names, not every relation of the type: the expression renders
only the fields it names."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework import status

from dcim.models import Site
from utilities.testing import APITestCase

from . import base
from .fixtures import create_inventory, make_items


class DisplayLookupsTest(base.CustomObjectAPITestMixin, APITestCase):

    @classmethod
    def setUpTestData(cls):
        cls.inventory = create_inventory(cls)
        cls.cot = cls.inventory.cot
        make_items(cls.cot.get_model(), cls.inventory, 5)

    def list_queries(self):
        url = f'{self._get_list_url()}?limit=100&fields=id,display'
        self.client.get(url, **self.header)  # warm-up
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url, **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        return response.json()['results'], [q['sql'] for q in queries.captured_queries]

    def test_only_the_named_relations_are_fetched(self):
        base.grant(self.user, self.model, ['view'])
        base.grant(self.user, Site, ['view'])
        self.cot.display_expression = '{{ name }} at {{ site }}'
        self.cot.full_clean()
        self.cot.save()
        results, queries = self.list_queries()
        self.assertEqual(results[0]['display'], 'Item 1 at Site 2')
        self.assertFalse([sql for sql in queries if '_sites' in sql])  # the multiobject link table is not read
        self.cot.display_expression = '{{ name }} ({{ sites }})'
        self.cot.full_clean()
        self.cot.save()
        results, queries = self.list_queries()
        self.assertEqual(results[0]['display'], 'Item 1 (Site 1, Site 2)')
        self.assertEqual(len([sql for sql in queries if '_sites' in sql]), 1)
