"""The objects of a custom object type: NetBox's API test family on a generated model with every field type, plus
representation, relations, filters and the serializer resolver."""

from django.urls import reverse
from rest_framework import status

from extras.models import Tag
from users.models import Owner, OwnerGroup
from utilities.api import get_serializer_for_model
from utilities.testing import APITestCase

from netbox_custom_objects.api import serializers as api_serializers
from netbox_custom_objects.api.serializers import get_serializer_class

from ..base import CustomObjectsTestMixin
from . import base
from .fixtures import FIELD_KEYS

BASE_KEYS = ('id', 'url', 'display', 'owner', 'created', 'last_updated', 'tags')


class CustomObjectTest(base.InventoryAPITestMixin, base.APIViewTestCase):
    query_count_model_label = 'inventory_item'
    brief_fields = ['display', 'id', 'url']
    # datetimes come back normalized; the assertions compare raw values
    validation_excluded_fields = ['seen']
    bulk_update_data = {'count': 7, 'status': 'b', 'labels': ['c']}
    bulk_update_invalid_data = {'count': -1}

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        sites = [site.pk for site in cls.inventory.sites]
        vendors = [vendor.pk for vendor in cls.inventory.vendors]
        cls.create_data = [
            {
                'name': 'Router', 'code': 'R1', 'notes': '**bold**', 'count': 3, 'price': 12.5, 'active': True,
                'bought': '2024-01-02', 'seen': '2024-01-02T03:04:05Z', 'homepage': 'https://example.com/r1',
                'extra': {'a': [1, 2]}, 'status': 'a', 'labels': ['a', 'c'], 'site': sites[0],
                'sites': sorted(sites[:2]), 'vendor': vendors[0], 'location_latitude': 45.5,
                'location_longitude': -73.25,
            },
            {'name': 'Switch', 'code': 'S1', 'active': False, 'site': None, 'sites': [], 'vendor': vendors[1]},
            {'name': 'Patch panel', 'count': 0, 'labels': [], 'sites': [sites[2]]},
        ]

    def test_representation_keys(self):
        self.add_permissions(f'netbox_custom_objects.view_{self.model._meta.model_name}')
        response = self.client.get(self._get_detail_url(self._get_queryset().first()), **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(list(response.data), [*BASE_KEYS, *FIELD_KEYS])

    def test_relations_are_nested(self):
        # (`_context` of a related object to whom may view it: tests/api/test_permissions.py)
        vendor_model = self.inventory.vendor_type.get_model()
        self.add_permissions(f'netbox_custom_objects.view_{self.model._meta.model_name}',
                             f'netbox_custom_objects.view_{vendor_model._meta.model_name}')
        item = self._get_queryset().first()
        data = self.client.get(self._get_detail_url(item), **self.header).data
        self.assertEqual(data['site']['id'], item.site_id)
        self.assertEqual(data['site']['url'], f'http://testserver/api/dcim/sites/{item.site_id}/')
        self.assertEqual(sorted(s['id'] for s in data['sites']), sorted(s.pk for s in item.sites.all()))
        vendor = item.vendor
        self.assertEqual(data['vendor'], {
            'id': vendor.pk, 'display': vendor.name, '_context': {'display': vendor.country},
            'url': f'http://testserver/api/plugins/custom-objects/vendors/{vendor.pk}/',
        })
        self.assertEqual(data['location_latitude'], 1.5)
        self.assertEqual(data['status'], {'value': 'a', 'label': 'Choice A'})
        self.assertEqual(data['labels'], [{'value': 'a', 'label': 'Choice A'}, {'value': 'b', 'label': 'Choice B'}])

    def test_null_and_empty_clear_relations(self):
        self.add_permissions(f'netbox_custom_objects.change_{self.model._meta.model_name}')
        item = self._get_queryset().first()
        url = self._get_detail_url(item)
        for value in (None, []):
            item.sites.set(self.inventory.sites)
            response = self.client.patch(url, {'sites': value, 'site': None}, format='json', **self.header)
            self.assertHttpStatus(response, status.HTTP_200_OK)
            self.assertEqual(response.data['sites'], [])
            self.assertIsNone(response.data['site'])
            self.assertFalse(item.sites.exists())
        response = self.client.patch(url, {'sites': [None, self.inventory.sites[0].pk]}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)

    def test_relations_by_attributes(self):
        self.add_permissions(f'netbox_custom_objects.change_{self.model._meta.model_name}', 'dcim.view_site')
        item = self._get_queryset().first()
        response = self.client.patch(self._get_detail_url(item), {
            'site': {'slug': 'site-2'}, 'sites': [{'name': 'Site 3'}, self.inventory.sites[0].pk],
        }, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(response.data['site']['name'], 'Site 2')
        self.assertEqual(sorted(s['name'] for s in response.data['sites']), ['Site 1', 'Site 3'])

    def test_tags_owner_and_changelog(self):
        tag = Tag.objects.create(name='Blue', slug='blue')
        self.add_permissions(f'netbox_custom_objects.add_{self.model._meta.model_name}', 'extras.view_tag')
        response = self.client.post(self._get_list_url(), {
            'name': 'Tagged', 'tags': [{'name': 'Blue'}], 'changelog_message': 'hello',
        }, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_201_CREATED)
        self.assertEqual([t['id'] for t in response.data['tags']], [tag.pk])
        self.assertEqual(list(self.model.objects.get(pk=response.data['id']).tags.all()), [tag])

    def test_brief_fields_and_omit(self):
        self.add_permissions(f'netbox_custom_objects.view_{self.model._meta.model_name}')
        url = self._get_list_url()
        data = self.client.get(f'{url}?fields=id,name,site', **self.header).data['results'][0]
        self.assertEqual(sorted(data), ['id', 'name', 'site'])
        data = self.client.get(f'{url}?omit=sites,site,vendor', **self.header).data['results'][0]
        self.assertNotIn('sites', data)
        self.assertIn('name', data)

    def test_filters_and_ordering(self):
        self.add_permissions(f'netbox_custom_objects.view_{self.model._meta.model_name}')
        url = self._get_list_url()
        site = self.inventory.sites[1]
        for query, expected in (
            ('count__gte=2', ['Item 2', 'Item 3']),
            (f'site_id={site.pk}', ['Item 1']),
            ('status=a', ['Item 1', 'Item 2', 'Item 3']),
            ('status=b', []),
            ('q=Item 2', ['Item 2']),
            (f'vendor_id={self.inventory.vendors[0].pk}', ['Item 2']),
            (f'id={self._get_queryset().first().pk}', ['Item 1']),
        ):
            response = self.client.get(f'{url}?{query}', **self.header)
            self.assertHttpStatus(response, status.HTTP_200_OK)
            self.assertEqual(sorted(o['name'] for o in response.data['results']), expected, query)
        response = self.client.get(f'{url}?ordering=-count', **self.header)
        self.assertEqual([o['name'] for o in response.data['results']], ['Item 3', 'Item 2', 'Item 1'])

    def test_pagination(self):
        self.add_permissions(f'netbox_custom_objects.view_{self.model._meta.model_name}')
        response = self.client.get(f'{self._get_list_url()}?limit=2&offset=1', **self.header)
        self.assertEqual(response.data['count'], 3)
        self.assertEqual([o['name'] for o in response.data['results']], ['Item 2', 'Item 3'])
        self.assertIsNone(response.data['next'])

    def test_context_fields_in_brief_form(self):
        vendor_model = self.inventory.vendor_type.get_model()
        self.add_permissions(f'netbox_custom_objects.view_{vendor_model._meta.model_name}')
        url = reverse(f'{base.API_NAMESPACE}:customobject-list', kwargs={'custom_object_type': 'vendors'})
        results = self.client.get(f'{url}?brief=1', **self.header).data['results']
        self.assertEqual(results[0]['_context'], {'display': 'C1'})
        detail = self.client.get(f'{url}{results[0]["id"]}/', **self.header).data
        self.assertEqual(list(detail)[:5], ['id', 'url', 'display', '_context', 'owner'])  # (upstream's order)
        self.assertEqual(sorted(results[0]), ['_context', 'display', 'id', 'url'])

    def test_owner(self):
        owner = Owner.objects.create(name='Team A', group=OwnerGroup.objects.create(name='Teams'))
        self.add_permissions(f'netbox_custom_objects.change_{self.model._meta.model_name}')
        item = self._get_queryset().first()
        response = self.client.patch(self._get_detail_url(item), {'owner': owner.pk}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(response.data['owner']['id'], owner.pk)
        item.refresh_from_db()
        self.assertEqual(item.owner, owner)

    def test_unknown_type_is_answered_as_a_type_without_permission(self):
        # (404 only to whom every type is open: tests/api/test_exposure.py)
        self.add_permissions(f'netbox_custom_objects.view_{self.model._meta.model_name}')
        url = reverse(f'{base.API_NAMESPACE}:customobject-list', kwargs={'custom_object_type': 'nothing'})
        self.assertHttpStatus(self.client.get(url, **self.header), status.HTTP_403_FORBIDDEN)
        self.assertHttpStatus(self.client.get(url), status.HTTP_403_FORBIDDEN)

    def test_serializer_resolver(self):
        serializer_class = get_serializer_for_model(self.model)
        self.assertIs(serializer_class, get_serializer_class(self.model))
        self.assertIs(getattr(api_serializers, f'Table{self.cot.pk}ModelSerializer'), serializer_class)
        item = self._get_queryset().first()
        data = serializer_class(item, nested=True, context={'request': None}).data
        self.assertEqual(data['display'], 'Item 1')

    def test_new_field_appears_after_definition_change(self):
        self.add_permissions(f'netbox_custom_objects.view_{self.model._meta.model_name}')
        self.create_custom_object_type_field(self.cot, name='serial')
        response = self.client.get(self._get_detail_url(self._get_queryset().first()), **self.header)
        self.assertIn('serial', response.data)


class SelfReferenceTest(CustomObjectsTestMixin, APITestCase):
    """A type referring to itself (object and multiobject): serializers build and values nest."""

    def test_self_reference(self):
        cot = self.create_custom_object_type(name='node')
        self.create_custom_object_type_field(cot, name='name', primary=True)
        own_type = cot.object_type
        self.create_custom_object_type_field(cot, name='parent', type='object', related_object_type=own_type)
        self.create_custom_object_type_field(cot, name='peers', type='multiobject', related_object_type=own_type)
        model = cot.get_model()
        root = model.objects.create(name='root')
        self.add_permissions(f'netbox_custom_objects.add_{model._meta.model_name}')
        url = reverse(f'{base.API_NAMESPACE}:customobject-list', kwargs={'custom_object_type': cot.slug})
        response = self.client.post(url, {'name': 'leaf', 'parent': root.pk, 'peers': [root.pk]}, format='json',
                                    **self.header)
        self.assertHttpStatus(response, status.HTTP_201_CREATED)
        self.assertEqual(response.data['display'], 'leaf')
        self.assertEqual(response.data['parent']['id'], root.pk)
        self.assertEqual([p['id'] for p in response.data['peers']], [root.pk])
