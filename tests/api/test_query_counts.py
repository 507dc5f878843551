"""Listing custom objects costs a fixed number of queries, however many objects there are (upstream #340)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from rest_framework import status

from dcim.models import Site
from utilities.testing import APITestCase

from . import base
from .fixtures import create_inventory, make_items

QUERIES = ('', 'brief=1', 'fields=id,display,site,sites,vendor', 'status=a&ordering=-count')


class ListQueryCountTest(base.CustomObjectAPITestMixin, APITestCase):

    @classmethod
    def setUpTestData(cls):
        cls.inventory = create_inventory(cls)
        cls.cot = cls.inventory.cot
        # the display reads relations, so brief lists need them too
        cls.cot.display_expression = '{{ name }} at {{ site }} ({{ sites }}) from {{ vendor }}'
        cls.cot.full_clean()
        cls.cot.save()
        make_items(cls.cot.get_model(), cls.inventory, 10)

    def _queries(self, url):
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url, **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        return len(queries.captured_queries)

    def _counts(self, urls):
        self._queries(urls[0])  # warm-up: one-off lookups (content types, model cache sync)
        return [self._queries(url) for url in urls]

    def test_list_queries_do_not_depend_on_the_number_of_objects(self):
        base.grant(self.user, self.model, ['view'])
        base.grant(self.user, Site, ['view'])
        list_url = self._get_list_url()
        linked = reverse(f'{base.API_NAMESPACE}:linked-objects')
        urls = [f'{list_url}?limit=1000&{query}' for query in QUERIES]
        urls.append(f'{linked}?object_type=dcim.site&object_id={self.inventory.sites[0].pk}')
        with_10 = self._counts(urls)
        make_items(self.model, self.inventory, 90, start=11)
        with_100 = self._counts(urls)
        self.assertEqual(with_10, with_100)
        response = self.client.get(f'{list_url}?limit=1000', **self.header)
        self.assertEqual(response.data['count'], 100)
        self.assertEqual(response.data['results'][0]['display'], 'Item 1 at Site 2 (Site 1, Site 2) from Vendor 2')
