"""Helpers for the GraphQL tests: POSTs to NetBox's /graphql/ with an API token, and a type with every field type."""

from decimal import Decimal
from types import SimpleNamespace

from django.urls import reverse
from django.utils.dateparse import parse_datetime

from core.models import ObjectType
from dcim.models import Site
from extras.models import Tag
from users.models import ObjectPermission
from utilities.testing import APITestCase

from netbox_custom_objects.constants import model_name

from ..base import CustomObjectsTestMixin

__all__ = (
    'GraphQLTestCase',
    'create_catalog',
    'grant',
)


def grant(user, model, constraints=None):
    """Let `user` view objects of `model` (optionally only those matching `constraints`)."""
    permission = ObjectPermission.objects.create(
        name=f'view {model._meta.label_lower} {ObjectPermission.objects.count()}', actions=['view'],
        constraints=constraints,
    )
    permission.users.add(user)
    permission.object_types.add(ObjectType.objects.get_for_model(model))
    return permission


class GraphQLTestCase(CustomObjectsTestMixin, APITestCase):

    def graphql(self, query, variables=None, **headers):
        """POST `query` to /graphql/ with the test user's token; the decoded JSON body (NetBox answers 200 also
        when the result holds errors)."""
        response = self.client.post(
            reverse('graphql'), data={'query': query, 'variables': variables or {}}, format='json', **self.header,
            **headers,
        )
        self.assertEqual(response.status_code, 200, response.content[:2000])
        return response.json()

    def graphql_data(self, query, variables=None, **headers):
        """The `data` of a query that must succeed."""
        body = self.graphql(query, variables, **headers)
        self.assertNotIn('errors', body, body.get('errors'))
        return body['data']

    def grant_type(self, cot, constraints=None):
        return grant(self.user, cot.get_model(), constraints)

    def root_fields(self):
        """The names of the Query's fields, as introspection shows them."""
        data = self.graphql_data('{ __schema { queryType { fields { name } } } }')
        return {f['name'] for f in data['__schema']['queryType']['fields']}

    def type_fields(self, type_name, kind='__type'):
        data = self.graphql_data('query($n: String!) { __type(name: $n) { fields { name type { kind name ofType '
                                 '{ kind name ofType { kind name ofType { kind name } } } } } inputFields { name type '
                                 '{ kind name } } possibleTypes { name } } }', {'n': type_name})
        return data['__type']


def create_catalog(test):
    """Two types, `vendor` (name) and `catalog item` (slug `catalog-item`) with every field type: scalars, select,
    multiselect, coordinates, object and multiobject fields to Sites and to vendors, a self-reference, polymorphic
    object and multiobject fields (Sites, vendors and custom object type definitions, a model without a GraphQL
    type), and a field whose filter logic is disabled. Three items; returns a namespace of what was made."""
    site_type = test.object_type_of('dcim', 'site')
    choices = test.create_choice_set(name='Catalog states')
    vendor = test.create_custom_object_type(name='vendor', slug='vendor')
    test.create_custom_object_type_field(vendor, name='name', primary=True)
    test.create_custom_object_type_field(vendor, name='hq', type='object', related_object_type=site_type)
    vendor_type = test.object_type_of('netbox_custom_objects', model_name(vendor.pk))

    cot = test.create_custom_object_type(name='catalog_item', slug='catalog-item')
    item_type = test.object_type_of('netbox_custom_objects', model_name(cot.pk))
    field = test.create_custom_object_type_field
    field(cot, name='name', primary=True)
    field(cot, name='notes', type='longtext')
    field(cot, name='homepage', type='url')
    field(cot, name='count', type='integer')
    field(cot, name='price', type='decimal')
    field(cot, name='active', type='boolean')
    field(cot, name='bought', type='date')
    field(cot, name='seen', type='datetime')
    field(cot, name='extra', type='json')
    field(cot, name='state', type='select', choice_set=choices)
    field(cot, name='labels', type='multiselect', choice_set=choices)
    field(cot, name='location', type='coordinates')
    field(cot, name='site', type='object', related_object_type=site_type)
    field(cot, name='sites', type='multiobject', related_object_type=site_type)
    field(cot, name='vendor', type='object', related_object_type=vendor_type)
    field(cot, name='vendors', type='multiobject', related_object_type=vendor_type)
    field(cot, name='parent', type='object', related_object_type=item_type)
    field(cot, name='secret', filter_logic='disabled')
    definition_type = test.object_type_of('netbox_custom_objects', 'customobjecttype')
    field(cot, name='anything', type='object', is_polymorphic=True, related_object_types=[site_type, vendor_type])
    field(cot, name='things', type='multiobject', is_polymorphic=True,
          related_object_types=[site_type, vendor_type, definition_type])
    cot.refresh_from_db()

    sites = [Site.objects.create(name=f'Site {i}', slug=f'site-{i}') for i in range(3)]
    vendors_model = vendor.get_model()
    vendors = [vendors_model.objects.create(name='Acme'), vendors_model.objects.create(name='Globex', hq=sites[0])]
    tag = Tag.objects.create(name='Blue', slug='blue')
    model = cot.get_model()
    first = model.objects.create(
        name='Router', notes='**fast**', homepage='https://example.com/r', count=5_000_000_000, price=Decimal('12.5'),
        active=True, bought='2024-01-02', seen=parse_datetime('2024-01-02T03:04:05Z'), extra={'size': 'L', 'ports': 8},
        state='a', labels=['a', 'c'], location_latitude=Decimal('45.5'), location_longitude=Decimal('-73.25'),
        site=sites[0], vendor=vendors[0], secret='s1',
    )
    first.sites.set(sites[:2])
    first.vendors.set(vendors)
    first.tags.add(tag)
    first.anything = sites[2]
    first.save()
    first.things = [sites[1], vendors[1]]
    first.save()
    second = model.objects.create(name='Switch', count=3, price=Decimal('0.25'), active=False, state='b',
                                  labels=['b'], site=sites[1], vendor=vendors[1], parent=first, secret='s2')
    second.anything = vendors[0]
    second.save()
    third = model.objects.create(name='Cable')
    return SimpleNamespace(
        cot=cot, vendor_cot=vendor, items=[first, second, third], sites=sites, vendors=vendors, tag=tag,
        choices=choices, root='custom_objects_catalog_item', type_name=f'Table{cot.pk}ModelType',
        vendor_type_name=f'Table{vendor.pk}ModelType',
    )
