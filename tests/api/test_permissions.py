"""Object permissions (with constraints) on the object endpoints, and the linked-objects endpoint."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from rest_framework import status

from dcim.models import Site
from users.constants import TOKEN_PREFIX
from users.models import Token
from utilities.testing import APITestCase

from netbox_custom_objects.models import CustomObjectType

from . import base


class InventoryTestData(base.InventoryAPITestMixin):
    """Three items; Item 2 has status b, the others a."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        item = cls.cot.get_model().objects.get(name='Item 2')
        item.status = 'b'
        item.save()


class ObjectPermissionTest(InventoryTestData, APITestCase):

    def _items(self, **filters):
        return self.model.objects.filter(**filters).order_by('pk')

    def test_view_constraint_limits_list_and_detail(self):
        base.grant(self.user, self.model, ['view'], {'status': 'a'})
        response = self.client.get(self._get_list_url(), **self.header)
        self.assertEqual([o['name'] for o in response.data['results']], ['Item 1', 'Item 3'])
        hidden = self._items(status='b').get()
        self.assertHttpStatus(self.client.get(self._get_detail_url(hidden), **self.header), status.HTTP_404_NOT_FOUND)

    def test_change_constraint_refuses_moving_an_object_out(self):
        base.grant(self.user, self.model, ['view', 'change'], {'status': 'a'})
        item = self._items(status='a').first()
        response = self.client.patch(self._get_detail_url(item), {'status': 'b', 'sites': []}, format='json',
                                     **self.header)
        self.assertHttpStatus(response, status.HTTP_403_FORBIDDEN)
        item.refresh_from_db()
        self.assertEqual(item.status, 'a')
        self.assertEqual(item.sites.count(), 2)

    def test_add_constraint(self):
        base.grant(self.user, self.model, ['add'], {'status': 'a'})
        allowed = self.client.post(self._get_list_url(), {'name': 'Ok', 'status': 'a'}, format='json', **self.header)
        self.assertHttpStatus(allowed, status.HTTP_201_CREATED)
        refused = self.client.post(self._get_list_url(), {'name': 'No', 'status': 'b'}, format='json', **self.header)
        self.assertHttpStatus(refused, status.HTTP_403_FORBIDDEN)
        self.assertFalse(self.model.objects.filter(name='No').exists())

    def test_bulk_operations_respect_constraints(self):
        base.grant(self.user, self.model, ['change', 'delete'], {'status': 'a'})
        ids = list(self.model.objects.values_list('pk', flat=True))
        response = self.client.patch(self._get_list_url(), [{'id': pk, 'count': 9} for pk in ids], format='json',
                                     **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertFalse(self.model.objects.filter(count=9).exists())
        response = self.client.delete(self._get_list_url(), [{'id': pk} for pk in ids], format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertEqual(self.model.objects.count(), 3)
        permitted = [{'id': pk} for pk in self._items(status='a').values_list('pk', flat=True)]
        response = self.client.delete(self._get_list_url(), permitted, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_204_NO_CONTENT)
        self.assertEqual(list(self.model.objects.values_list('status', flat=True)), ['b'])

    def test_permissions_are_per_type(self):
        vendor_model = self.inventory.vendor_type.get_model()
        base.grant(self.user, vendor_model, ['view', 'add', 'change', 'delete'])
        self.assertHttpStatus(self.client.get(self._get_list_url(), **self.header), status.HTTP_403_FORBIDDEN)
        response = self.client.post(self._get_list_url(), {'name': 'x'}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_403_FORBIDDEN)
        vendors_url = reverse(f'{base.API_NAMESPACE}:customobject-list', kwargs={'custom_object_type': 'vendors'})
        self.assertHttpStatus(self.client.get(vendors_url, **self.header), status.HTTP_200_OK)

    def test_read_only_token_cannot_write(self):
        base.grant(self.user, self.model, ['view', 'add'])
        token = Token.objects.create(user=self.user, write_enabled=False)
        header = {'HTTP_AUTHORIZATION': f'Bearer {TOKEN_PREFIX}{token.key}.{token.token}'}
        self.assertHttpStatus(self.client.get(self._get_list_url(), **header), status.HTTP_200_OK)
        response = self.client.post(self._get_list_url(), {'name': 'x'}, format='json', **header)
        self.assertHttpStatus(response, status.HTTP_403_FORBIDDEN)

    def test_nested_objects_are_shown_as_netbox_does(self):
        # NetBox renders related objects in brief form whatever the caller's permissions on their model
        # (a device shows its site without dcim.view_site); custom objects do the same.
        base.grant(self.user, self.model, ['view'])
        data = self.client.get(self._get_detail_url(self._items().first()), **self.header).data
        self.assertEqual(data['site']['name'], 'Site 2')
        self.assertEqual(data['vendor']['display'], 'Vendor 2')


class LinkedObjectsTest(InventoryTestData, APITestCase):

    def setUp(self):
        super().setUp()
        self.url = reverse(f'{base.API_NAMESPACE}:linked-objects')

    def _get(self, object_type, object_id):
        return self.client.get(f'{self.url}?object_type={object_type}&object_id={object_id}', **self.header)

    def test_objects_linking_to_a_site(self):
        base.grant(self.user, Site, ['view'])
        base.grant(self.user, self.model, ['view'])
        base.grant(self.user, CustomObjectType, ['view'])
        site = self.inventory.sites[0]
        response = self._get('dcim.site', site.pk)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        links = sorted((r['field_name'], r['object']['name']) for r in response.data['results'])
        # every item lists sites 1 and 2; item 3 points at site 1 by its object field
        self.assertEqual(links, [('site', 'Item 3'), ('sites', 'Item 1'), ('sites', 'Item 2'), ('sites', 'Item 3')])
        self.assertEqual(response.data['count'], 4)
        self.assertEqual(response.data['results'][0]['custom_object_type']['slug'], 'inventory-items')

    def test_the_type_is_shown_to_whom_may_view_it(self):
        base.grant(self.user, Site, ['view'])
        base.grant(self.user, self.model, ['view'])
        base.grant(self.user, CustomObjectType, ['view'], {'slug': 'vendors'})
        response = self._get('dcim.site', self.inventory.sites[0].pk)
        self.assertEqual(response.data['count'], 4)
        self.assertEqual({r['custom_object_type'] for r in response.data['results']}, {None})
        self.assertEqual({r['object']['name'] for r in response.data['results']}, {'Item 1', 'Item 2', 'Item 3'})

    def test_only_viewable_objects_are_listed(self):
        base.grant(self.user, Site, ['view'])
        base.grant(self.user, self.model, ['view'], {'status': 'b'})
        response = self._get('dcim.site', self.inventory.sites[0].pk)
        self.assertEqual(sorted(r['object']['name'] for r in response.data['results']), ['Item 2'])

    def test_types_without_permission_are_left_out(self):
        base.grant(self.user, Site, ['view'])
        response = self._get('dcim.site', self.inventory.sites[0].pk)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(response.data, {'count': 0, 'results': []})

    def test_custom_object_target(self):
        vendor = self.inventory.vendors[0]
        base.grant(self.user, self.inventory.vendor_type.get_model(), ['view'])
        base.grant(self.user, self.model, ['view'])
        response = self._get(f'netbox_custom_objects.{vendor._meta.model_name}', vendor.pk)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual([(r['field_name'], r['object']['name']) for r in response.data['results']],
                         [('vendor', 'Item 2')])

    def test_bad_queries(self):
        base.grant(self.user, self.model, ['view'])
        site = self.inventory.sites[0].pk
        self.assertHttpStatus(self.client.get(self.url, **self.header), status.HTTP_400_BAD_REQUEST)
        for object_type, object_id, expected in (
            ('dcim', site, status.HTTP_400_BAD_REQUEST),
            ('dcim.nothing', site, status.HTTP_400_BAD_REQUEST),
            ('dcim.site', 'x', status.HTTP_400_BAD_REQUEST),
            ('dcim.site', 999999, status.HTTP_404_NOT_FOUND),
            ('dcim.site', site, status.HTTP_404_NOT_FOUND),  # exists, but the caller may not view sites
        ):
            with self.subTest(object_type=object_type, object_id=object_id):
                self.assertHttpStatus(self._get(object_type, object_id), expected)


class NestedContextTest(InventoryTestData, APITestCase):
    """`_context` of a related custom object holds the values of its context fields: it is shown to users who may
    view that object (security review finding 22); id, url and display are shown to all, as NetBox shows related
    objects. Items 1 and 3 refer to Vendor 2, item 2 to Vendor 1."""

    def _list(self):
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(self._get_list_url(), **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        # (NetBox records a token's last use at most once a minute)
        counted = [q for q in queries.captured_queries if not q['sql'].startswith('UPDATE "users_token"')]
        return {item['name']: item['vendor'] for item in response.data['results']}, len(counted)

    def test_context_of_related_objects_follows_their_view_permission(self):
        base.grant(self.user, self.model, ['view'])
        vendors, unpermitted = self._list()
        self.assertEqual({name: sorted(vendor) for name, vendor in vendors.items()},
                         dict.fromkeys(('Item 1', 'Item 2', 'Item 3'), ['display', 'id', 'url']))

        permission = base.grant(self.user, self.inventory.vendor_type.get_model(), ['view'])
        vendors, permitted = self._list()
        self.assertEqual({name: vendor['_context'] for name, vendor in vendors.items()},
                         {'Item 1': {'display': 'C2'}, 'Item 2': {'display': 'C1'}, 'Item 3': {'display': 'C2'}})
        self.assertEqual(permitted, unpermitted)  # no query for the check

        permission.constraints = {'name': 'Vendor 1'}
        permission.save()
        vendors, constrained = self._list()
        self.assertEqual({name: vendor.get('_context') for name, vendor in vendors.items()},
                         {'Item 1': None, 'Item 2': {'display': 'C1'}, 'Item 3': None})
        self.assertEqual(vendors['Item 1']['display'], 'Vendor 2')
        self.assertEqual(constrained, permitted + 2)  # NetBox's check of one object, once per distinct object

    def test_listed_objects_keep_their_context(self):
        vendor_model = self.inventory.vendor_type.get_model()
        base.grant(self.user, vendor_model, ['view'], {'name': 'Vendor 1'})
        url = reverse(f'{base.API_NAMESPACE}:customobject-list', kwargs={'custom_object_type': 'vendors'})
        results = self.client.get(f'{url}?brief=1', **self.header).data['results']
        self.assertEqual([vendor['_context'] for vendor in results], [{'display': 'C1'}])
