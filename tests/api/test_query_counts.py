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
        for url in urls:  # warm-up: one-off lookups (content types, model cache sync, a filter's choices)
            self._queries(url)
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


class CreateQueryCountTest(base.CustomObjectAPITestMixin, APITestCase):
    """Creating an object with links costs the same queries however many objects it links to, and logs it once:
    the links are written with the row (field_types/relations/pending_links.py), not by a second pass that rewrites
    the change."""

    @classmethod
    def setUpTestData(cls):
        cls.inventory = create_inventory(cls, sites=6)
        cls.cot = cls.inventory.cot

    def _post(self, name, sites):
        data = {'name': name, 'site': sites[0].pk, 'sites': [site.pk for site in sites]}
        with CaptureQueriesContext(connection) as queries:
            response = self.client.post(self._get_list_url(), data, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_201_CREATED)
        return response.data['id'], len(queries.captured_queries)

    def test_create_with_links(self):
        from core.models import ObjectChange

        base.grant(self.user, self.model, ['add', 'view'])
        sites = self.inventory.sites
        self._post('warm-up', sites[:1])
        _, with_one = self._post('one', sites[:1])
        pk, with_six = self._post('six', sites)
        self.assertEqual(with_one, with_six)
        self.assertEqual(sorted(self.model.objects.get(pk=pk).sites.values_list('pk', flat=True)),
                         sorted(site.pk for site in sites))
        changes = ObjectChange.objects.filter(changed_object_id=pk,
                                              changed_object_type__model=self.model._meta.model_name)
        self.assertEqual(changes.count(), 1)
        self.assertEqual(sorted(changes.get().postchange_data['sites']), sorted(site.pk for site in sites))

    def test_missing_link_target_is_a_field_error(self):
        base.grant(self.user, self.model, ['add', 'view'])
        data = {'name': 'x', 'sites': [self.inventory.sites[0].pk, 999999]}
        response = self.client.post(self._get_list_url(), data, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn('sites', response.data)
        self.assertFalse(self.model.objects.filter(name='x').exists())
