"""Hyperlinks in object representations: built from per-request templates (api/serializers_/urls.py), they must be
exactly what `reverse()` gives, for the object, nested NetBox objects and nested custom objects."""

from django.urls import reverse
from rest_framework import status

from dcim.api.serializers import SiteSerializer
from utilities.testing import APITestCase

from netbox_custom_objects.api.serializers_.urls import with_templated_url

from . import base


class HyperlinkTest(base.InventoryAPITestMixin, APITestCase):

    def setUp(self):
        super().setUp()
        base.grant(self.user, self.model, ['view'])

    def expected_urls(self, item, suffix=''):
        host = 'http://testserver'
        own = reverse(f'{base.API_NAMESPACE}:customobject-detail',
                      kwargs={'custom_object_type': self.cot.slug, 'pk': item.pk})
        vendor = reverse(f'{base.API_NAMESPACE}:customobject-detail',
                         kwargs={'custom_object_type': self.inventory.vendor_type.slug, 'pk': item.vendor_id})
        return {
            'url': f'{host}{own}{suffix}',
            'site': f'{host}{reverse("dcim-api:site-detail", kwargs={"pk": item.site_id})}{suffix}',
            'sites': sorted(f'{host}{reverse("dcim-api:site-detail", kwargs={"pk": site.pk})}{suffix}'
                            for site in item.sites.all()),
            'vendor': f'{host}{vendor}{suffix}',
        }

    def test_list_urls_are_reverse_urls(self):
        for query, suffix in (('', ''), ('?format=json', '?format=json')):
            with self.subTest(query=query):
                response = self.client.get(f'{self._get_list_url()}{query}', **self.header)
                self.assertHttpStatus(response, status.HTTP_200_OK)
                results = response.json()['results']
                self.assertEqual(len(results), 3)
                for data in results:
                    item = self.model.objects.get(pk=data['id'])
                    self.assertEqual({
                        'url': data['url'], 'site': data['site']['url'], 'vendor': data['vendor']['url'],
                        'sites': sorted(site['url'] for site in data['sites']),
                    }, self.expected_urls(item, suffix))

    def test_detail_url(self):
        item = self.model.objects.first()
        response = self.client.get(self._get_detail_url(item), **self.header)
        self.assertEqual(response.data['url'], self.expected_urls(item)['url'])

    def test_templated_class_keeps_netbox_serializer_shape(self):
        templated = with_templated_url(SiteSerializer)
        self.assertTrue(issubclass(templated, SiteSerializer))
        self.assertIs(with_templated_url(SiteSerializer), templated)
        self.assertEqual(templated.__name__, SiteSerializer.__name__)
        self.assertEqual(set(templated(nested=True).fields), set(SiteSerializer(nested=True).fields))
