"""Bulk at scale (issue 17 item 3): a REST bulk create, update or delete costs the same queries for each object it
holds, however many it holds (no query that grows with the batch, such as a lookup per object of what the others
already fetched), and exports of many objects cost a fixed number of queries. benchmarks/bulk.py measures the same
operations with 10,000 and 1,000,000 objects."""

from unittest import mock

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from rest_framework import status

from core.models import ObjectType
from dcim.models import Site
from extras.models import ExportTemplate
from utilities.testing import APITestCase

from ..base import without_timed_refreshes
from . import base
from .fixtures import make_items

SIZES = (2, 4, 8)


def payload(inventory, n):
    """An object with a value in every field type the REST API takes (relations included)."""
    sites = inventory.sites
    return {
        'name': f'Bulk {n}', 'code': f'B{n}', 'notes': 'long', 'count': n, 'price': '2.5', 'active': True,
        'bought': '2024-01-02', 'seen': '2024-01-02T03:04:05Z', 'homepage': 'https://example.com',
        'extra': {'n': n}, 'status': 'a', 'labels': ['a', 'b'], 'site': sites[n % len(sites)].pk,
        'sites': [site.pk for site in sites[:2]], 'vendor': inventory.vendors[n % len(inventory.vendors)].pk,
        'location_latitude': '1.5', 'location_longitude': '2.5',
    }


class BulkWriteQueryCountTest(base.InventoryAPITestMixin, APITestCase):
    item_count = 0

    def setUp(self):
        super().setUp()
        base.grant(self.user, self.model, ['view', 'add', 'change', 'delete'])
        self.url = self._get_list_url()
        # NetBox indexes the objects for search inline, or queues a job per object when an RQ worker is alive on the
        # tasks' Redis database (its own queries, not ours): inline, whatever runs on the machine.
        patcher = mock.patch('netbox.search.deferred.any_workers_for_queue', return_value=False)
        patcher.start()
        self.addCleanup(patcher.stop)
        without_timed_refreshes(self)
        self.next = iter(range(1, 10 ** 6))

    def _queries(self, method, body, expected):
        with CaptureQueriesContext(connection) as queries:
            response = getattr(self.client, method)(self.url, body, format='json', **self.header)
        self.assertHttpStatus(response, expected)
        return len(queries.captured_queries), response

    def _create(self, size):
        return self._queries('post', [payload(self.inventory, next(self.next)) for _ in range(size)],
                             status.HTTP_201_CREATED)

    def assert_same_cost_per_object(self, counts):
        """`counts` {batch size: queries}: each object adds as many queries as any other (linear in the batch)."""
        sizes = sorted(counts)
        steps = {(counts[b] - counts[a]) / (b - a) for a, b in zip(sizes, sizes[1:], strict=False)}
        self.assertEqual(len(steps), 1, f'queries per batch size: {counts}')
        return steps.pop()

    def test_bulk_create(self):
        self._create(1)  # warm-up: one-off lookups (content types, the model cache)
        counts = {size: self._create(size)[0] for size in SIZES}
        per_object = self.assert_same_cost_per_object(counts)
        self.assertEqual(self.model.objects.count(), 1 + sum(SIZES))
        created = self.model.objects.get(name='Bulk 2')
        self.assertEqual(sorted(created.sites.values_list('pk', flat=True)),
                         sorted(site.pk for site in self.inventory.sites[:2]))
        # A site costs about as much (its INSERT, its change record, its search cache); a custom object adds the
        # links of its multiobject field (one INSERT) and the checks of its relations.
        self.assertLessEqual(per_object, 16, counts)

    def test_bulk_update(self):
        self._create(sum(SIZES) + 1)
        pks = iter(self.model.objects.order_by('pk').values_list('pk', flat=True))
        self._queries('patch', [{'id': next(pks), 'count': 5}], status.HTTP_200_OK)
        counts = {}
        for size in SIZES:
            # (a value no object holds yet: an object left unchanged is not change-logged, which costs less)
            body = [{'id': next(pks), 'count': 500, 'sites': [self.inventory.sites[2].pk]} for _ in range(size)]
            counts[size] = self._queries('patch', body, status.HTTP_200_OK)[0]
        self.assert_same_cost_per_object(counts)
        self.assertEqual(self.model.objects.filter(count=500).count(), sum(SIZES))

    def test_bulk_delete(self):
        warm_up = max(SIZES)
        self._create(sum(SIZES) + warm_up)
        pks = iter(self.model.objects.order_by('pk').values_list('pk', flat=True))
        # warm-up: a batch as big as the biggest, so that one-off lookups (of each related object's type, seen in a
        # CI run on a fresh database: 3 more queries in the first measured batch) are behind us
        self._queries('delete', [{'id': next(pks)} for _ in range(warm_up)], status.HTTP_204_NO_CONTENT)
        counts = {}
        for size in SIZES:
            body = [{'id': next(pks)} for _ in range(size)]
            counts[size] = self._queries('delete', body, status.HTTP_204_NO_CONTENT)[0]
        self.assert_same_cost_per_object(counts)
        self.assertEqual(self.model.objects.count(), 0)


class ExportQueryCountTest(base.InventoryAPITestMixin, APITestCase):
    """Every export of a type's objects (the REST API's and the UI's export templates, the UI's table export,
    buffered and streamed, and the YAML export) costs the same queries for 5 objects as for 25."""
    item_count = 5

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.template = ExportTemplate.objects.create(
            name='names', template_code='{% for o in queryset %}{{ o.pk }},{{ o }},{{ o.site }}\n{% endfor %}')
        cls.template.object_types.set([ObjectType.objects.get_for_model(cls.cot.get_model())])

    def setUp(self):
        super().setUp()
        base.grant(self.user, self.model, ['view'])
        base.grant(self.user, Site, ['view'])
        self.add_permissions('extras.view_exporttemplate')
        without_timed_refreshes(self)
        self.client.force_login(self.user)
        ui_list = reverse('plugins:netbox_custom_objects:customobject_list',
                          kwargs={'custom_object_type': self.cot.slug})
        self.exports = {
            'REST export template': (f'{self._get_list_url()}?export=names', self.header),
            'UI export template': (f'{ui_list}?export=names', {}),
            'UI table export': (f'{ui_list}?export=table', {}),
            'UI YAML export': (f'{ui_list}?export', {}),
        }

    def _queries(self, url, header):
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url, **header)
            self.assertHttpStatus(response, status.HTTP_200_OK)
            content = b''.join(response.streaming_content) if response.streaming else response.content
        return len(queries.captured_queries), content

    def _counts(self):
        for url, header in self.exports.values():  # warm-up: one-off lookups
            self._queries(url, header)
        return {label: self._queries(url, header)[0] for label, (url, header) in self.exports.items()}

    def _assert_constant(self):
        few = self._counts()
        make_items(self.model, self.inventory, 20, start=self.item_count + 1)
        many = self._counts()
        self.assertEqual(few, many)
        return self._queries(*self.exports['UI table export'])[1].decode()

    def test_exports_cost_the_same_for_more_objects(self):
        table = self._assert_constant()
        self.assertEqual(len(table.strip().splitlines()), 1 + 25)
        template = self._queries(*self.exports['REST export template'])[1].decode()
        self.assertIn(',Item 25,Site ', template)

    @override_settings(STREAMING_EXPORTS=True)
    def test_streamed_exports_cost_the_same_for_more_objects(self):
        table = self._assert_constant()
        self.assertEqual(len(table.strip().splitlines()), 1 + 25)
        self.assertIn('Item 25', table)
