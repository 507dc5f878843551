"""Network field types (issue 19 item 2): mac_address (a `macaddr` column, NetBox's MACAddressField), ip_address
(`inet`) and ip_prefix (`cidr`, NetBox's ipam fields) through the REST API (write, read, filters, bad values), the UI
(add form, CSV import, list filters), GraphQL, type changes, uniqueness, held values and the portable schema."""

import json

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from drf_spectacular.views import SpectacularAPIView
from rest_framework import status
from rest_framework.test import APIRequestFactory, force_authenticate

from users.models import User
from utilities.testing import APITestCase, TestCase

from netbox_custom_objects.constants import model_name, table_name
from netbox_custom_objects.models import CustomObjectType
from netbox_custom_objects.schema import apply_document, dump_document, export_cots, load_document

from ..api.base import API_NAMESPACE
from ..base import CustomObjectsTestMixin, column_type

MAC_A, MAC_B, MAC_C = 'AA:BB:CC:DD:EE:01', 'AA:BB:CC:DD:EE:02', '08:00:2B:01:02:03'


class NetworkTypeMixin(CustomObjectsTestMixin):
    """A type `nic` (primary `name`) with a mac_address field `mac`."""

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='nic', slug='nics')
        cls.create_custom_object_type_field(cls.cot, name='name', primary=True)
        cls.mac_field = cls.create_custom_object_type_field(cls.cot, name='mac', type='mac_address', label='MAC')

    def setUp(self):
        super().setUp()
        self.model = self.cot.get_model()
        self.add_permissions(
            'netbox_custom_objects.add_customobjecttypefield', 'netbox_custom_objects.change_customobjecttypefield',
            'netbox_custom_objects.view_customobjecttype',
            *(f'netbox_custom_objects.{action}_{model_name(self.cot.pk)}' for action in ('view', 'add', 'change')),
        )


class MACAddressAPITest(NetworkTypeMixin, APITestCase):

    def list_url(self, **query):
        return reverse(f'{API_NAMESPACE}:customobject-list', kwargs={'custom_object_type': self.cot.slug})

    def get_list(self, query):
        response = self.client.get(f'{self.list_url()}?{query}', **self.header)
        return response

    def names(self, query):
        response = self.get_list(query)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        return sorted(item['name'] for item in response.data['results'])

    def test_column_is_macaddr(self):
        self.assertEqual(column_type(table_name(self.cot.pk), 'mac'), 'macaddr')

    def test_write_and_read_in_netbox_format(self):
        response = self.client.post(self.list_url(), {'name': 'eth0', 'mac': 'aa-bb-cc-dd-ee-01'}, format='json',
                                    **self.header)
        self.assertHttpStatus(response, status.HTTP_201_CREATED)
        self.assertEqual(response.data['mac'], MAC_A)
        obj = self.model.objects.get(name='eth0')
        self.assertEqual(str(obj.mac), MAC_A)
        response = self.client.get(obj.get_absolute_url().replace('/plugins/', '/api/plugins/'), **self.header)
        self.assertEqual(response.data['mac'], MAC_A)
        response = self.client.patch(f'{self.list_url()}{obj.pk}/', {'mac': None}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertIsNone(response.data['mac'])

    def test_bad_values_are_refused_with_netbox_message(self):
        for value in ('aa:bb:cc:dd:ee', 'gg:bb:cc:dd:ee:ff', 'not a mac', 'aa:bb:cc:dd:ee:ff:00', 12):
            with self.subTest(value=value):
                response = self.client.post(self.list_url(), {'name': 'x', 'mac': value}, format='json',
                                            **self.header)
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                self.assertIn('Invalid MAC address format', str(response.data['mac']))
        self.assertFalse(self.model.objects.exists())

    def test_filters(self):
        for name, mac in (('a', MAC_A), ('b', MAC_B), ('c', MAC_C), ('none', None)):
            self.model.objects.create(name=name, mac=mac)
        self.assertEqual(self.names('mac=aa:bb:cc:dd:ee:01&mac=08-00-2b-01-02-03'), ['a', 'c'])
        self.assertEqual(self.names('mac__n=aa:bb:cc:dd:ee:01'), ['b', 'c', 'none'])  # (as NetBox's exclude)
        self.assertEqual(self.names('mac__ic=aa:bb'), ['a', 'b'])
        self.assertEqual(self.names('mac__nic=aa:bb'), ['c', 'none'])
        self.assertEqual(self.names('mac__isw=08:00'), ['c'])
        self.assertEqual(self.names('mac__iew=ee:02'), ['b'])
        self.assertEqual(self.names('mac__ie=AA:BB:CC:DD:EE:02'), ['b'])
        self.assertEqual(self.names('mac__empty=true'), ['none'])
        self.assertEqual(self.names('mac__empty=false'), ['a', 'b', 'c'])
        self.assertEqual(self.names('mac__regex=^08'), ['c'])
        self.assertEqual(self.names('q=ee:02'), ['b'])
        response = self.get_list('mac=zz:bb:cc:dd:ee:01')
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn('Invalid MAC address format', str(response.data))

    def test_list_queries_do_not_grow_with_its_length(self):
        self.model.objects.create(name='a', mac=MAC_A)
        self.names('mac__ic=aa')  # (first request: caches warm up)
        with CaptureQueriesContext(connection) as one:
            self.assertEqual(self.names('mac__ic=aa'), ['a'])
        for index in range(2, 7):
            self.model.objects.create(name=f'n{index}', mac=f'AA:00:00:00:00:0{index}')
        with CaptureQueriesContext(connection) as many:
            self.assertEqual(len(self.names('mac__ic=aa')), 6)
        self.assertEqual(len(many.captured_queries), len(one.captured_queries))

    def test_unique(self):
        self.mac_field.unique = True
        self.mac_field.full_clean()
        self.mac_field.save()
        self.assertHttpStatus(self.client.post(self.list_url(), {'name': 'a', 'mac': MAC_A}, format='json',
                                               **self.header), status.HTTP_201_CREATED)
        response = self.client.post(self.list_url(), {'name': 'b', 'mac': 'aa-bb-cc-dd-ee-01'}, format='json',
                                    **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn('mac', response.data)

    def field_url(self, field):
        return reverse(f'{API_NAMESPACE}:customobjecttypefield-detail', kwargs={'pk': field.pk})

    def test_text_converts_to_mac_address_and_back(self):
        text = self.create_custom_object_type_field(self.cot, name='hw')
        model = self.cot.get_model()
        good = model.objects.create(name='good', hw='aa-bb-cc-dd-ee-01')
        model.objects.create(name='empty')
        bad = model.objects.create(name='bad', hw='aa:bb:cc:dd:ee')
        odd = model.objects.create(name='odd', hw='0x8:0:2b:1:2:3')  # PostgreSQL reads it, NetBox does not
        response = self.client.patch(self.field_url(text), {'type': 'mac_address'}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        message = str(response.data['type'])
        self.assertIn('cannot be converted to mac_address', message)
        self.assertIn(f'#{bad.pk}', message)
        self.assertIn(f'#{odd.pk}', message)
        self.assertNotIn(f'#{good.pk}', message)
        self.assertEqual(column_type(table_name(self.cot.pk), 'hw'), 'character varying')

        model.objects.filter(pk__in=[bad.pk, odd.pk]).delete()
        response = self.client.patch(self.field_url(text), {'type': 'mac_address'}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(column_type(table_name(self.cot.pk), 'hw'), 'macaddr')
        self.assertEqual(str(self.cot.get_model().objects.get(name='good').hw), MAC_A)

        response = self.client.patch(self.field_url(text), {'type': 'text'}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(self.cot.get_model().objects.get(name='good').hw, 'aa:bb:cc:dd:ee:01')

    def test_a_non_text_field_cannot_become_a_mac_address(self):
        number = self.create_custom_object_type_field(self.cot, name='count', type='integer')
        response = self.client.patch(self.field_url(number), {'type': 'mac_address'}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn('type', response.data)

    def test_default_value_is_validated(self):
        response = self.client.post(reverse(f'{API_NAMESPACE}:customobjecttypefield-list'), {
            'custom_object_type': self.cot.pk, 'name': 'other', 'type': 'mac_address', 'default': 'nope',
        }, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn('default', response.data)


class MACAddressGraphQLTest(NetworkTypeMixin, APITestCase):

    def test_query_and_filter(self):
        self.model.objects.create(name='a', mac=MAC_A)
        self.model.objects.create(name='b', mac=MAC_B)
        root = 'custom_objects_nics_list'
        query = f'{{ {root}(filters: {{mac: {{exact: "aa:bb:cc:dd:ee:02"}}}}) {{ name mac }} }}'
        response = self.client.post(reverse('graphql'), {'query': query}, format='json', **self.header)
        body = response.json()
        self.assertNotIn('errors', body, body.get('errors'))
        self.assertEqual(body['data'][root], [{'name': 'b', 'mac': MAC_B}])
        query = f'{{ {root} {{ name mac }} }}'
        body = self.client.post(reverse('graphql'), {'query': query}, format='json', **self.header).json()
        self.assertEqual(sorted(item['mac'] for item in body['data'][root]), [MAC_A, MAC_B])


class MACAddressUITest(NetworkTypeMixin, TestCase):

    def url(self, action, obj=None):
        kwargs = {'custom_object_type': self.cot.slug, **({'pk': obj.pk} if obj is not None else {})}
        return reverse(f'plugins:netbox_custom_objects:customobject{action}', kwargs=kwargs)

    def test_add_form_renders_and_saves(self):
        response = self.client.get(self.url('_add'))
        self.assertHttpStatus(response, 200)
        self.assertContains(response, 'name="mac"')
        response = self.client.post(self.url('_add'), {'name': 'eth0', 'mac': 'aabb.ccdd.ee01'})
        self.assertHttpStatus(response, 302)
        obj = self.model.objects.get(name='eth0')
        self.assertEqual(str(obj.mac), MAC_A)
        response = self.client.get(obj.get_absolute_url())
        self.assertContains(response, MAC_A)
        response = self.client.get(self.url('_edit', obj))
        self.assertContains(response, f'value="{MAC_A}"')
        response = self.client.post(self.url('_add'), {'name': 'eth1', 'mac': 'aa:bb:cc:dd:ee'})
        self.assertHttpStatus(response, 200)
        self.assertContains(response, 'Invalid MAC address format')
        self.assertFalse(self.model.objects.filter(name='eth1').exists())

    def test_csv_import(self):
        response = self.client.post(self.url('_bulk_import'), {
            'data': f'name,mac\nA,aa-bb-cc-dd-ee-01\nB,{MAC_C}\nC,', 'format': 'csv', 'csv_delimiter': ',',
        })
        self.assertHttpStatus(response, 302)
        values = {name: mac and str(mac) for name, mac in self.model.objects.values_list('name', 'mac')}
        self.assertEqual(values, {'A': MAC_A, 'B': MAC_C, 'C': None})
        response = self.client.post(self.url('_bulk_import'), {
            'data': 'name,mac\nD,bad', 'format': 'csv', 'csv_delimiter': ',',
        })
        self.assertHttpStatus(response, 200)
        self.assertFalse(self.model.objects.filter(name='D').exists())

    def test_list_filter_and_field_add_form(self):
        self.model.objects.create(name='a', mac=MAC_A)
        self.model.objects.create(name='b', mac=MAC_B)
        response = self.client.get(f'{self.url("_list")}?mac={MAC_B}')
        self.assertHttpStatus(response, 200)
        self.assertContains(response, MAC_B)
        self.assertNotContains(response, MAC_A)
        self.add_permissions('netbox_custom_objects.add_customobjecttypefield',
                             'netbox_custom_objects.view_customobjecttype')
        url = reverse('plugins:netbox_custom_objects:customobjecttypefield_add')
        response = self.client.get(f'{url}?custom_object_type={self.cot.pk}&type=mac_address')
        self.assertHttpStatus(response, 200)
        self.assertContains(response, 'MAC address')
        response = self.client.post(url, {
            'custom_object_type': self.cot.pk, 'name': 'bmc_mac', 'type': 'mac_address', 'weight': 100,
            'search_weight': 500, 'filter_logic': 'loose', 'ui_visible': 'always', 'ui_editable': 'yes',
        })
        self.assertHttpStatus(response, 302)
        self.assertEqual(column_type(table_name(self.cot.pk), 'bmc_mac'), 'macaddr')


class MACAddressSchemaTest(CustomObjectsTestMixin, TestCase):

    def test_export_delete_apply_round_trip(self):
        cot = self.create_custom_object_type(name='nic', slug='nics')
        self.create_custom_object_type_field(cot, name='name', primary=True)
        self.create_custom_object_type_field(cot, name='mac', type='mac_address', unique=True, required=True,
                                             default=MAC_C)
        document = export_cots(CustomObjectType.objects.all())
        field = document['types'][0]['fields'][1]
        self.assertEqual((field['type'], field['unique'], field['default']), ('mac_address', True, MAC_C))
        cot.delete()
        apply_document(load_document(dump_document(document)))
        cot = CustomObjectType.objects.get(slug='nics')
        self.assertEqual(export_cots(CustomObjectType.objects.all()), document)
        self.assertEqual(column_type(table_name(cot.pk), 'mac'), 'macaddr')
        self.assertEqual(str(cot.get_model().objects.create(name='x').mac), MAC_C)


class IPTypeMixin(CustomObjectsTestMixin):
    """A type `subnet` (primary `name`) with an ip_address field `gateway` and an ip_prefix field `prefix`."""

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='subnet', slug='subnets')
        cls.create_custom_object_type_field(cls.cot, name='name', primary=True)
        cls.gateway_field = cls.create_custom_object_type_field(cls.cot, name='gateway', type='ip_address')
        cls.prefix_field = cls.create_custom_object_type_field(cls.cot, name='prefix', type='ip_prefix')

    def setUp(self):
        super().setUp()
        self.model = self.cot.get_model()
        self.add_permissions(
            'netbox_custom_objects.add_customobjecttypefield', 'netbox_custom_objects.change_customobjecttypefield',
            'netbox_custom_objects.view_customobjecttype',
            *(f'netbox_custom_objects.{action}_{model_name(self.cot.pk)}' for action in ('view', 'add', 'change')),
        )

    def create_subnets(self):
        for name, gateway, prefix in (
            ('a', '10.0.0.1/24', '10.0.0.0/24'), ('b', '10.0.1.1/24', '10.0.1.0/24'),
            ('big', '10.0.0.254/16', '10.0.0.0/16'), ('v6', '2001:db8::1/64', '2001:db8::/64'), ('none', None, None),
        ):
            self.model.objects.create(name=name, gateway=gateway, prefix=prefix)


class IPAPITest(IPTypeMixin, APITestCase):

    def list_url(self):
        return reverse(f'{API_NAMESPACE}:customobject-list', kwargs={'custom_object_type': self.cot.slug})

    def names(self, query):
        response = self.client.get(f'{self.list_url()}?{query}', **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        return sorted(item['name'] for item in response.data['results'])

    def test_columns_are_inet_and_cidr(self):
        self.assertEqual(column_type(table_name(self.cot.pk), 'gateway'), 'inet')
        self.assertEqual(column_type(table_name(self.cot.pk), 'prefix'), 'cidr')

    def test_write_and_read_as_strings(self):
        response = self.client.post(self.list_url(), {'name': 'a', 'gateway': '192.0.2.1/24',
                                                      'prefix': '2001:DB8::/32'}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_201_CREATED)
        self.assertEqual((response.data['gateway'], response.data['prefix']), ('192.0.2.1/24', '2001:db8::/32'))
        response = self.client.get(f'{self.list_url()}{response.data["id"]}/', **self.header)
        self.assertEqual((response.data['gateway'], response.data['prefix']), ('192.0.2.1/24', '2001:db8::/32'))
        response = self.client.post(self.list_url(), {'name': 'host', 'gateway': '192.0.2.9'}, format='json',
                                    **self.header)
        self.assertEqual((response.data['gateway'], response.data['prefix']), ('192.0.2.9/32', None))

    def test_bad_values_are_refused_with_netbox_messages(self):
        cases = (
            ({'gateway': '300.0.0.1'}, 'gateway', 'Invalid IP address format'),
            ({'gateway': 'nope'}, 'gateway', 'Invalid IP address format'),
            ({'prefix': '10.0.0.0/33'}, 'prefix', 'Invalid IP address format'),
            ({'prefix': '10.0.0.1/24'}, 'prefix', '10.0.0.1/24 is not a valid prefix. Did you mean 10.0.0.0/24?'),
        )
        for data, key, message in cases:
            with self.subTest(data=data):
                response = self.client.post(self.list_url(), {'name': 'x', **data}, format='json', **self.header)
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                self.assertIn(message, str(response.data[key]))
        self.assertFalse(self.model.objects.exists())

    def test_filters(self):
        self.create_subnets()
        self.assertEqual(self.names('prefix=10.0.0.0/24&prefix=2001:db8::/64'), ['a', 'v6'])
        self.assertEqual(self.names('prefix__n=10.0.0.0/24'), ['b', 'big', 'none', 'v6'])
        self.assertEqual(self.names('gateway=10.0.0.1/24&gateway=10.0.1.1/24'), ['a', 'b'])
        self.assertEqual(self.names('prefix__net_contains=10.0.0.7'), ['a', 'big'])
        self.assertEqual(self.names('prefix__net_contains=10.0.0.0/24'), ['big'])
        self.assertEqual(self.names('prefix__net_contains_or_equals=10.0.0.0/24'), ['a', 'big'])
        self.assertEqual(self.names('prefix__net_contained=10.0.0.0/16'), ['a', 'b'])
        self.assertEqual(self.names('prefix__net_contained_or_equal=10.0.0.0/16'), ['a', 'b', 'big'])
        self.assertEqual(self.names('prefix__net_contained=10.0.0.0/16&prefix__net_contained=2001:db8::/32'),
                         ['a', 'b', 'v6'])
        self.assertEqual(self.names('gateway__net_contained_or_equal=10.0.0.0/24'), ['a'])
        self.assertEqual(self.names('gateway__net_contains=10.0.1.77'), ['b', 'big'])
        self.assertEqual(self.names('gateway__family=6'), ['v6'])
        self.assertEqual(self.names('prefix__family=4'), ['a', 'b', 'big'])
        self.assertEqual(self.names('prefix__mask_length=16'), ['big'])
        self.assertEqual(self.names('gateway__empty=true'), ['none'])
        self.assertEqual(self.names('gateway__ic=10.0.0'), ['a', 'big'])
        self.assertEqual(self.names('q=2001:db8::5'), ['v6'])
        for query, message in (('prefix=10.0.0.1/24', 'is not a valid prefix'), ('gateway=nope', 'Invalid IP'),
                               ('prefix__net_contains=999.1.1.1', 'Invalid IP')):
            with self.subTest(query=query):
                response = self.client.get(f'{self.list_url()}?{query}', **self.header)
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                self.assertIn(message, str(response.data))

    def test_list_queries_do_not_grow_with_its_length(self):
        self.model.objects.create(name='n0', prefix='10.9.0.0/24')
        self.names('prefix__net_contained=10.0.0.0/8')  # (first request: caches warm up)
        with CaptureQueriesContext(connection) as one:
            self.assertEqual(self.names('prefix__net_contained=10.0.0.0/8'), ['n0'])
        for index in range(1, 6):
            self.model.objects.create(name=f'n{index}', prefix=f'10.9.{index}.0/24')
        with CaptureQueriesContext(connection) as many:
            self.assertEqual(len(self.names('prefix__net_contained=10.0.0.0/8')), 6)
        self.assertEqual(len(many.captured_queries), len(one.captured_queries))

    def field_url(self, field):
        return reverse(f'{API_NAMESPACE}:customobjecttypefield-detail', kwargs={'pk': field.pk})

    def test_type_changes(self):
        text = self.create_custom_object_type_field(self.cot, name='net')
        model = self.cot.get_model()
        good = model.objects.create(name='good', net='10.1.0.0/16')
        host_bits = model.objects.create(name='host', net='10.1.0.1/16')
        response = self.client.patch(self.field_url(text), {'type': 'ip_prefix'}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn(f'#{host_bits.pk}', str(response.data['type']))
        self.assertNotIn(f'#{good.pk}', str(response.data['type']))
        self.assertEqual(column_type(table_name(self.cot.pk), 'net'), 'character varying')
        # the same values are addresses
        response = self.client.patch(self.field_url(text), {'type': 'ip_address'}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(column_type(table_name(self.cot.pk), 'net'), 'inet')
        # an address with host bits does not become a prefix (PostgreSQL's cast would silently clear them)
        response = self.client.patch(self.field_url(text), {'type': 'ip_prefix'}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.cot.get_model().objects.filter(pk=host_bits.pk).delete()
        response = self.client.patch(self.field_url(text), {'type': 'ip_prefix'}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(column_type(table_name(self.cot.pk), 'net'), 'cidr')
        response = self.client.patch(self.field_url(text), {'type': 'text'}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(self.cot.get_model().objects.get(name='good').net, '10.1.0.0/16')

    def test_unique_prefix(self):
        self.prefix_field.unique = True
        self.prefix_field.full_clean()
        self.prefix_field.save()
        self.client.post(self.list_url(), {'name': 'a', 'prefix': '10.0.0.0/8'}, format='json', **self.header)
        response = self.client.post(self.list_url(), {'name': 'b', 'prefix': '10.0.0.0/8'}, format='json',
                                    **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn('prefix', response.data)


class IPGraphQLTest(IPTypeMixin, APITestCase):

    def test_query_and_filter(self):
        self.create_subnets()
        root = 'custom_objects_subnets_list'
        query = f'{{ {root}(filters: {{prefix: {{exact: "10.0.1.0/24"}}}}) {{ name gateway prefix }} }}'
        body = self.client.post(reverse('graphql'), {'query': query}, format='json', **self.header).json()
        self.assertNotIn('errors', body, body.get('errors'))
        self.assertEqual(body['data'][root], [{'name': 'b', 'gateway': '10.0.1.1/24', 'prefix': '10.0.1.0/24'}])
        # a value with host bits is no stored prefix (PostgreSQL compares it as an inet: no error, no match)
        query = f'{{ {root}(filters: {{prefix: {{exact: "10.0.1.1/24"}}}}) {{ name }} }}'
        response = self.client.post(reverse('graphql'), {'query': query}, format='json', **self.header)
        self.assertEqual(response.json(), {'data': {root: []}})
        query = f'{{ {root}(filters: {{gateway: {{i_contains: "10.0.1."}}}}) {{ name }} }}'
        body = self.client.post(reverse('graphql'), {'query': query}, format='json', **self.header).json()
        self.assertEqual(body, {'data': {root: [{'name': 'b'}]}})


class IPUITest(IPTypeMixin, TestCase):

    def url(self, action):
        return reverse(f'plugins:netbox_custom_objects:customobject{action}',
                       kwargs={'custom_object_type': self.cot.slug})

    def test_add_form_renders_and_saves(self):
        response = self.client.get(self.url('_add'))
        self.assertContains(response, 'name="gateway"')
        self.assertContains(response, 'name="prefix"')
        response = self.client.post(self.url('_add'), {'name': 'x', 'gateway': '10.0.0.1/24', 'prefix': '10.0.0.1/24'})
        self.assertHttpStatus(response, 200)
        self.assertContains(response, 'is not a valid prefix. Did you mean 10.0.0.0/24?')
        response = self.client.post(self.url('_add'), {'name': 'x', 'gateway': '10.0.0.1/24', 'prefix': '10.0.0.0/24'})
        self.assertHttpStatus(response, 302)
        obj = self.model.objects.get(name='x')
        self.assertEqual((str(obj.gateway), str(obj.prefix)), ('10.0.0.1/24', '10.0.0.0/24'))
        self.assertContains(self.client.get(obj.get_absolute_url()), '10.0.0.1/24')

    def test_list_filters(self):
        self.create_subnets()
        response = self.client.get(f'{self.url("_list")}?prefix__net_contained=10.0.0.0/8')
        self.assertHttpStatus(response, 200)
        self.assertContains(response, '10.0.1.0/24')
        self.assertNotContains(response, '2001:db8::/64')
        # a value no prefix can hold: NetBox's list page answers as for its own invalid filters (no server error)
        self.assertHttpStatus(self.client.get(f'{self.url("_list")}?prefix=10.0.0.1/24'), 200)

    def test_csv_import(self):
        response = self.client.post(self.url('_bulk_import'), {
            'data': 'name,gateway,prefix\nA,10.0.0.1/24,10.0.0.0/24\nB,2001:db8::1,', 'format': 'csv',
            'csv_delimiter': ',',
        })
        self.assertHttpStatus(response, 302)
        values = {name: (g and str(g), p and str(p)) for name, g, p in self.model.objects.values_list(
            'name', 'gateway', 'prefix')}
        self.assertEqual(values, {'A': ('10.0.0.1/24', '10.0.0.0/24'), 'B': ('2001:db8::1/128', None)})
        response = self.client.post(self.url('_bulk_import'), {
            'data': 'name,prefix\nC,10.0.0.1/24', 'format': 'csv', 'csv_delimiter': ',',
        })
        self.assertHttpStatus(response, 200)
        self.assertFalse(self.model.objects.filter(name='C').exists())


class IPSchemaTest(CustomObjectsTestMixin, TestCase):

    def test_export_delete_apply_round_trip(self):
        cot = self.create_custom_object_type(name='subnet', slug='subnets')
        self.create_custom_object_type_field(cot, name='name', primary=True)
        self.create_custom_object_type_field(cot, name='gateway', type='ip_address', default='10.0.0.1/24')
        self.create_custom_object_type_field(cot, name='prefix', type='ip_prefix', unique=True)
        document = export_cots(CustomObjectType.objects.all())
        self.assertEqual([f['type'] for f in document['types'][0]['fields']], ['text', 'ip_address', 'ip_prefix'])
        cot.delete()
        apply_document(load_document(dump_document(document)))
        cot = CustomObjectType.objects.get(slug='subnets')
        self.assertEqual(export_cots(CustomObjectType.objects.all()), document)
        self.assertEqual(column_type(table_name(cot.pk), 'gateway'), 'inet')
        self.assertEqual(column_type(table_name(cot.pk), 'prefix'), 'cidr')
        self.assertEqual(str(cot.get_model().objects.create(name='x').gateway), '10.0.0.1/24')


class HeldValuesTest(CustomObjectsTestMixin, TestCase):
    """What a deleted network field held is recorded as JSON text and written back as it was (a revert of the
    deletion, models/held_values.py)."""

    def test_held_values_round_trip(self):
        cot = self.create_custom_object_type(name='nic', slug='nics')
        fields = [self.create_custom_object_type_field(cot, name=name, type=field_type) for name, field_type in
                  (('mac', 'mac_address'), ('gateway', 'ip_address'), ('prefix', 'ip_prefix'))]
        model = cot.get_model()
        obj = model.objects.create(mac=MAC_A, gateway='10.0.0.1/24', prefix='2001:db8::/32')
        model.objects.create()
        snapshots = {field.name: field for field in model._snapshot.fields}
        for field in fields:
            snapshot = snapshots[field.name]
            held = snapshot.field_type.held_values(snapshot, model, 'default')
            self.assertEqual(json.loads(json.dumps(held)), held)
            model.objects.update(**{field.name: None})
            snapshot.field_type.restore_values(snapshot, model, held, 'default')
        obj = model.objects.get(pk=obj.pk)
        self.assertEqual((str(obj.mac), str(obj.gateway), str(obj.prefix)), (MAC_A, '10.0.0.1/24', '2001:db8::/32'))


class OpenAPITest(IPTypeMixin, TestCase):
    """NetBox's OpenAPI description shows the network fields as strings, and their filters."""

    def test_network_fields_are_strings(self):
        self.create_custom_object_type_field(self.cot, name='mac', type='mac_address')
        self.cot.get_model()  # (the description shows the types this worker has loaded: api/openapi.py)
        request = APIRequestFactory().get('/api/schema/', {'format': 'json'})
        force_authenticate(request, User.objects.create_superuser(username='schema'))
        response = SpectacularAPIView.as_view()(request)
        self.assertEqual(response.status_code, 200)
        schemas = response.data['components']['schemas']
        self.assertIn(f'Table{self.cot.pk}Model', schemas, sorted(n for n in schemas if n.startswith('Table')))
        properties = schemas[f'Table{self.cot.pk}Model']['properties']
        for name in ('mac', 'gateway', 'prefix'):
            self.assertEqual(properties[name]['type'], 'string', name)
        parameters = {p['name'] for p in response.data['paths'][f'/api/plugins/custom-objects/{self.cot.slug}/']
                      ['get']['parameters']}
        self.assertTrue({'mac', 'mac__ic', 'prefix__net_contained', 'gateway__family'} <= parameters)
