"""Queries through NetBox's /graphql/: every field type, relations, filters, pagination and permissions."""

from dcim.models import Site

from netbox_custom_objects.models import CustomObjectType

from .base import GraphQLTestCase, create_catalog, grant

SCALARS = ('id name notes homepage count price active bought seen extra state { value label } labels { value label } '
           'location_latitude location_longitude secret display')


class CatalogTestCase(GraphQLTestCase):

    @classmethod
    def setUpTestData(cls):
        cls.catalog = create_catalog(cls)

    def setUp(self):
        super().setUp()
        self.root = self.catalog.root
        self.items = self.catalog.items

    def list_names(self, filters='', pagination=''):
        arguments = ', '.join(a for a in (filters and f'filters: {filters}', pagination and f'pagination: '
                                                                                         f'{pagination}') if a)
        query = f'{{ {self.root}_list{f"({arguments})" if arguments else ""} {{ name }} }}'
        return [item['name'] for item in self.graphql_data(query)[f'{self.root}_list']]


class FieldValuesTest(CatalogTestCase):

    def setUp(self):
        super().setUp()
        self.add_permissions('netbox_custom_objects.view_' + self.catalog.cot.get_model()._meta.model_name)

    def test_scalars_of_every_type(self):
        data = self.graphql_data(f'{{ {self.root}(id: {self.items[0].pk}) {{ {SCALARS} created last_updated }} }}')
        item = data[self.root]
        self.assertEqual(item, {
            'id': str(self.items[0].pk), 'name': 'Router', 'notes': '**fast**', 'homepage': 'https://example.com/r',
            'count': 5_000_000_000, 'price': '12.5000', 'active': True, 'bought': '2024-01-02',
            'seen': '2024-01-02T03:04:05+00:00', 'extra': {'size': 'L', 'ports': 8},
            'state': {'value': 'a', 'label': 'Choice A'},
            'labels': [{'value': 'a', 'label': 'Choice A'}, {'value': 'c', 'label': 'Choice C'}],
            'location_latitude': '45.500000', 'location_longitude': '-73.250000',
            'secret': 's1', 'display': 'Router', 'created': item['created'], 'last_updated': item['last_updated'],
        })
        self.assertTrue(item['created'])

    def test_empty_values_are_null(self):
        relations = 'site { id } sites { id } vendor { id } parent { id } anything { __typename } things { __typename }'
        item = self.graphql_data(f'{{ {self.root}(id: {self.items[2].pk}) {{ {SCALARS} {relations} }} }}')[self.root]
        self.assertEqual(item['name'], 'Cable')
        for key in ('notes', 'count', 'price', 'active', 'bought', 'seen', 'extra', 'state',
                    'location_latitude', 'location_longitude', 'site', 'vendor', 'parent', 'anything'):
            self.assertIsNone(item[key], key)
        self.assertEqual((item['sites'], item['things'], item['labels']), ([], [], []))  # lists: [] (as 0.7.1)

    def test_tags_and_changelog(self):
        self.add_permissions('extras.view_tag', 'core.view_objectchange')
        item = self.graphql_data(f'{{ {self.root}(id: {self.items[0].pk}) {{ tags {{ name }} changelog {{ id }} }} }}'
                                 )[self.root]
        self.assertEqual(item['tags'], [{'name': 'Blue'}])
        self.assertEqual(item['changelog'], [])  # no request context when the fixture was made

    def test_list_is_ordered_by_id(self):
        self.assertEqual(self.list_names(), ['Router', 'Switch', 'Cable'])

    def test_unknown_id_is_an_error_as_in_netbox(self):
        body = self.graphql(f'{{ {self.root}(id: 999999) {{ name }} }}')
        self.assertIsNone(body['data'])
        self.assertIn('does not exist', body['errors'][0]['message'])


class RelationsTest(CatalogTestCase):
    """Relations resolve to the targets' own GraphQL types and can be traversed (superuser: no restriction)."""

    def setUp(self):
        super().setUp()
        self.user.is_superuser = True
        self.user.save()

    def test_object_and_multiobject_to_netbox_models(self):
        item = self.graphql_data(f'{{ {self.root}(id: {self.items[0].pk}) {{ site {{ __typename name slug }} '
                                 f'sites {{ __typename name }} }} }}')[self.root]
        self.assertEqual(item['site'], {'__typename': 'SiteType', 'name': 'Site 0', 'slug': 'site-0'})
        self.assertEqual(item['sites'], [{'__typename': 'SiteType', 'name': 'Site 0'},
                                         {'__typename': 'SiteType', 'name': 'Site 1'}])

    def test_relations_between_custom_object_types_and_to_itself(self):
        query = (f'{{ {self.root}(id: {self.items[1].pk}) {{ vendor {{ __typename name display }} '
                 f'parent {{ __typename name vendor {{ name }} vendors {{ name }} }} }} }}')
        item = self.graphql_data(query)[self.root]
        self.assertEqual(item['vendor'], {'__typename': self.catalog.vendor_type_name, 'name': 'Globex',
                                          'display': 'Globex'})
        self.assertEqual(item['parent'], {'__typename': self.catalog.type_name, 'name': 'Router',
                                          'vendor': {'name': 'Acme'},
                                          'vendors': [{'name': 'Acme'}, {'name': 'Globex'}]})

    def test_polymorphic_fields_are_unions(self):
        definition = self.catalog.vendor_cot
        self.items[0].things.add(definition)
        vendor = self.catalog.vendor_type_name
        query = (f'{{ {self.root}_list {{ name anything {{ __typename ... on SiteType {{ site: name }} '
                 f'... on {vendor} {{ vendor: name }} }} things {{ __typename ... on SiteType {{ site: name }} '
                 f'... on {vendor} {{ vendor: name }} ... on CustomObjectRelatedObjectType {{ id object_type }} }} '
                 f'}} }}')
        items = {i['name']: i for i in self.graphql_data(query)[f'{self.root}_list']}
        self.assertEqual(items['Router']['anything'], {'__typename': 'SiteType', 'site': 'Site 2'})
        self.assertEqual(items['Switch']['anything'], {'__typename': vendor, 'vendor': 'Acme'})
        self.assertIsNone(items['Cable']['anything'])
        self.assertEqual(items['Router']['things'], [
            {'__typename': 'SiteType', 'site': 'Site 1'},
            {'__typename': vendor, 'vendor': 'Globex'},
            {'__typename': 'CustomObjectRelatedObjectType', 'id': definition.pk,
             'object_type': 'netbox_custom_objects.customobjecttype'},
        ])

    def test_traversal_from_a_union_into_a_custom_object(self):
        self.items[0].things.set([self.catalog.vendors[0]])
        vendor = self.catalog.vendor_type_name
        data = self.graphql_data(f'{{ {self.root}(id: {self.items[0].pk}) {{ things {{ ... on {vendor} '
                                 f'{{ name display id }} }} }} }}')
        self.assertEqual(data[self.root]['things'], [{'name': 'Acme', 'display': 'Acme',
                                                     'id': str(self.catalog.vendors[0].pk)}])

    def test_queries_of_a_list_do_not_grow_with_its_length(self):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        query = (f'{{ {self.root}_list {{ name display site {{ name }} sites {{ name }} vendor {{ name }} '
                 f'vendors {{ name }} parent {{ name }} anything {{ __typename }} things {{ __typename }} }} }}')
        self.graphql_data(query)  # warm: the live schema is built once
        with CaptureQueriesContext(connection) as few:
            self.graphql_data(query)
        model = self.catalog.cot.get_model()
        for i in range(10):
            obj = model.objects.create(name=f'Extra {i}', site=self.catalog.sites[0], parent=self.items[0])
            obj.sites.set(self.catalog.sites)
            obj.things = [self.catalog.sites[0], self.catalog.vendors[0]]
            obj.save()
        with CaptureQueriesContext(connection) as many:
            self.graphql_data(query)
        self.assertEqual(len(many), len(few))


class FilterTest(CatalogTestCase):

    def setUp(self):
        super().setUp()
        self.user.is_superuser = True
        self.user.save()

    def assertFilter(self, filters, expected):
        self.assertEqual(self.list_names(filters), expected, filters)

    def test_strings(self):
        self.assertFilter('{name: {exact: "Router"}}', ['Router'])
        self.assertFilter('{name: {i_contains: "WIT"}}', ['Switch'])
        self.assertFilter('{name: {in_list: ["Cable", "Router"]}}', ['Router', 'Cable'])
        self.assertFilter('{name: {starts_with: "C"}}', ['Cable'])
        self.assertFilter('{notes: {is_null: true}}', ['Switch', 'Cable'])
        self.assertFilter('{homepage: {i_contains: "example"}}', ['Router'])
        self.assertFilter('{state: {in_list: ["a", "b"]}}', ['Router', 'Switch'])

    def test_numbers_dates_and_booleans(self):
        self.assertFilter('{count: {gt: 3}}', ['Router'])
        self.assertFilter('{count: {lte: 3}}', ['Switch'])
        self.assertFilter('{count: {gte: "5000000000"}}', ['Router'])
        self.assertFilter('{price: {range: {start: "0.1", end: "1"}}}', ['Switch'])
        self.assertFilter('{active: {exact: false}}', ['Switch'])
        self.assertFilter('{bought: {gte: "2024-01-01"}}', ['Router'])
        self.assertFilter('{seen: {lt: "2025-01-01T00:00:00Z"}}', ['Router'])
        self.assertFilter('{location_latitude: {gt: "45"}}', ['Router'])
        self.assertFilter('{location_longitude: {lt: "0"}}', ['Router'])

    def test_json_and_multiselect(self):
        self.assertFilter('{extra: {path: "size", lookup: {string_lookup: {exact: "L"}}}}', ['Router'])
        self.assertFilter('{extra: {path: "ports", lookup: {int_comparison_lookup: {gt: 4}}}}', ['Router'])
        self.assertFilter('{labels: {contains: ["c"]}}', ['Router'])
        self.assertFilter('{labels: {overlap: ["b", "c"]}}', ['Router', 'Switch'])

    def test_relations(self):
        sites, vendors = self.catalog.sites, self.catalog.vendors
        self.assertFilter(f'{{site_id: {sites[1].pk}}}', ['Switch'])
        self.assertFilter('{site: {name: {exact: "Site 0"}}}', ['Router'])
        self.assertFilter(f'{{sites_id: {sites[1].pk}}}', ['Router'])
        self.assertFilter('{sites: {slug: {exact: "site-0"}}}', ['Router'])
        self.assertFilter('{vendor: {name: {exact: "Globex"}}}', ['Switch'])
        self.assertFilter(f'{{vendors_id: {vendors[1].pk}}}', ['Router'])
        self.assertFilter('{parent: {name: {exact: "Router"}}}', ['Switch'])
        self.assertFilter(f'{{parent_id: {self.items[0].pk}}}', ['Switch'])

    def test_polymorphic(self):
        sites, vendors, vendor = self.catalog.sites, self.catalog.vendors, self.catalog.vendor_cot
        vendor_filter = f'netbox_custom_objects_table{vendor.pk}model'
        # <name>_<app>_<model>: the target's own filter input (as 0.7.1)
        self.assertFilter('{anything_dcim_site: {name: {exact: "Site 2"}}}', ['Router'])
        self.assertFilter('{anything_dcim_site: {name: {exact: "Site 0"}}}', [])
        self.assertFilter(f'{{anything_{vendor_filter}: {{name: {{exact: "Acme"}}}}}}', ['Switch'])
        self.assertFilter(f'{{things_{vendor_filter}: {{name: {{i_contains: "glob"}}}}}}', ['Router'])
        self.assertFilter('{things_dcim_site: {slug: {in_list: ["site-0", "site-1"]}}}', ['Router'])
        self.assertFilter('{things_dcim_site: {slug: {exact: "site-0"}}}', [])
        self.assertFilter('{things_dcim_site: {name: {exact: "Site 1"}}, OR: {anything_dcim_site: {id: {exact: '
                          f'{sites[2].pk}' + '}}}}', ['Router'])
        # <name>_<app>_<model>_id: one object id
        self.assertFilter(f'{{anything_dcim_site_id: {sites[2].pk}}}', ['Router'])
        self.assertFilter(f'{{anything_{vendor_filter}_id: {vendors[0].pk}}}', ['Switch'])
        self.assertFilter(f'{{things_dcim_site_id: {sites[1].pk}}}', ['Router'])
        self.assertFilter(f'{{things_dcim_site_id: {sites[0].pk}}}', [])
        # a target without a filter input of its own (custom object type definitions): a list of ids
        definition = 'things_netbox_custom_objects_customobjecttype'
        self.items[1].things.set([vendor])
        self.assertFilter(f'{{{definition}: [{vendor.pk}]}}', ['Switch'])
        self.assertFilter(f'{{{definition}_id: {vendor.pk}}}', ['Switch'])

    def test_polymorphic_filter_input_types(self):
        vendor = self.catalog.vendor_cot
        fields = {f['name']: f['type'] for f in self.type_fields(f'Table{self.catalog.cot.pk}ModelFilter')[
            'inputFields']}
        self.assertEqual(fields['anything_dcim_site'], {'kind': 'INPUT_OBJECT', 'name': 'SiteFilter'})
        self.assertEqual(fields[f'things_netbox_custom_objects_table{vendor.pk}model'],
                         {'kind': 'INPUT_OBJECT', 'name': f'Table{vendor.pk}ModelFilter'})
        self.assertEqual(fields['anything_dcim_site_id'], {'kind': 'SCALAR', 'name': 'ID'})

    def test_base_fields_and_logic(self):
        self.assertFilter(f'{{id: {{in_list: [{self.items[2].pk}, {self.items[0].pk}]}}}}', ['Router', 'Cable'])
        self.assertFilter('{tags: {slug: {exact: "blue"}}}', ['Router'])
        self.assertFilter('{created: {is_null: false}, name: {exact: "Cable"}}', ['Cable'])
        self.assertFilter('{name: {exact: "Router"}, OR: {name: {exact: "Cable"}}}', ['Router', 'Cable'])
        self.assertFilter('{NOT: {name: {exact: "Router"}}}', ['Switch', 'Cable'])
        self.assertFilter('{sites: {name: {starts_with: "Site"}}, DISTINCT: true}', ['Router'])

    def test_disabled_filter_logic_leaves_the_field_out(self):
        filter_type = self.type_fields(f'Table{self.catalog.cot.pk}ModelFilter')
        names = {f['name'] for f in filter_type['inputFields']}
        self.assertIn('name', names)
        self.assertNotIn('secret', names)
        body = self.graphql(f'{{ {self.root}_list(filters: {{secret: {{exact: "s1"}}}}) {{ name }} }}')
        self.assertIn('secret', body['errors'][0]['message'])

    def test_bad_input_is_an_error_not_a_500(self):
        body = self.graphql(f'{{ {self.root}_list(filters: {{anything_dcim_site_id: "x"}}) {{ name }} }}')
        self.assertIn('errors', body)
        body = self.graphql(f'{{ {self.root}_list(filters: {{anything_dcim_site: ["x"]}}) {{ name }} }}')
        self.assertIn('errors', body)


class PaginationTest(CatalogTestCase):

    def setUp(self):
        super().setUp()
        self.user.is_superuser = True
        self.user.save()

    def test_offset_and_limit(self):
        self.assertEqual(self.list_names(pagination='{limit: 2}'), ['Router', 'Switch'])
        self.assertEqual(self.list_names(pagination='{offset: 1, limit: 1}'), ['Switch'])
        self.assertEqual(self.list_names(pagination='{offset: 2}'), ['Cable'])

    def test_start_cursor_and_filters_together(self):
        self.assertEqual(self.list_names(pagination=f'{{start: {self.items[1].pk}}}'), ['Switch', 'Cable'])
        self.assertEqual(self.list_names('{count: {is_null: false}}', '{limit: 1}'), ['Router'])


class PermissionTest(CatalogTestCase):
    """Results are restricted to what the user may view, related objects included."""

    def test_no_permission_sees_nothing(self):
        self.assertEqual(self.list_names(), [])
        body = self.graphql(f'{{ {self.root}(id: {self.items[0].pk}) {{ name }} }}')
        self.assertIsNone(body['data'])
        self.assertIn('does not exist', body['errors'][0]['message'])

    def test_constrained_permission(self):
        self.grant_type(self.catalog.cot, constraints={'name__in': ['Router', 'Cable']})
        self.assertEqual(self.list_names(), ['Router', 'Cable'])
        self.assertIn('errors', self.graphql(f'{{ {self.root}(id: {self.items[1].pk}) {{ name }} }}'))

    def test_related_objects_without_permission_are_hidden(self):
        self.grant_type(self.catalog.cot)
        query = (f'{{ {self.root}_list {{ name site {{ name }} sites {{ name }} vendor {{ name }} vendors {{ name }} '
                 f'parent {{ name }} anything {{ __typename }} things {{ __typename }} }} }}')
        items = {i['name']: i for i in self.graphql_data(query)[f'{self.root}_list']}
        router, switch = items['Router'], items['Switch']
        self.assertEqual((router['site'], router['sites'], router['vendor'], router['vendors']), (None, [], None, []))
        self.assertEqual((router['anything'], router['things']), (None, []))
        self.assertEqual(switch['parent'], {'name': 'Router'})  # the same type: viewable

    def test_related_objects_with_constrained_permissions(self):
        self.grant_type(self.catalog.cot)
        grant(self.user, Site, {'name': 'Site 1'})
        grant(self.user, self.catalog.vendor_cot.get_model(), {'name': 'Globex'})
        query = (f'{{ {self.root}_list {{ name site {{ name }} sites {{ name }} vendor {{ name }} vendors {{ name }} '
                 f'anything {{ __typename }} things {{ __typename ... on SiteType {{ name }} }} }} }}')
        items = {i['name']: i for i in self.graphql_data(query)[f'{self.root}_list']}
        router, switch = items['Router'], items['Switch']
        self.assertIsNone(router['site'])
        self.assertEqual(switch['site'], {'name': 'Site 1'})
        self.assertEqual(router['sites'], [{'name': 'Site 1'}])
        self.assertEqual((router['vendor'], switch['vendor']), (None, {'name': 'Globex'}))
        self.assertEqual(router['vendors'], [{'name': 'Globex'}])
        self.assertIsNone(router['anything'])  # Site 2
        self.assertEqual(router['things'], [{'__typename': 'SiteType', 'name': 'Site 1'},
                                            {'__typename': self.catalog.vendor_type_name}])

    def test_objects_reached_through_a_union_are_restricted_too(self):
        """Below a union the optimizer plans nothing: a foreign key is still read through a restricted queryset."""
        self.grant_type(self.catalog.cot)
        self.grant_type(self.catalog.vendor_cot)
        vendor = self.catalog.vendor_type_name
        query = f'{{ {self.root}(id: {self.items[0].pk}) {{ things {{ ... on {vendor} {{ name hq {{ name }} }} }} }} }}'
        self.assertEqual(self.graphql_data(query)[self.root]['things'], [{'name': 'Globex', 'hq': None}])
        grant(self.user, Site, {'name': 'Site 0'})
        self.assertEqual(self.graphql_data(query)[self.root]['things'], [{'name': 'Globex', 'hq': {'name': 'Site 0'}}])

    def test_stub_targets_follow_their_permissions(self):
        self.grant_type(self.catalog.cot)
        self.items[0].things.set([self.catalog.vendor_cot])
        query = f'{{ {self.root}(id: {self.items[0].pk}) {{ things {{ __typename }} }} }}'
        self.assertEqual(self.graphql_data(query)[self.root]['things'], [])
        grant(self.user, CustomObjectType)
        self.assertEqual(self.graphql_data(query)[self.root]['things'],
                         [{'__typename': 'CustomObjectRelatedObjectType'}])

    def test_netbox_queries_still_restricted(self):
        grant(self.user, Site, {'name': 'Site 0'})
        data = self.graphql_data('{ site_list { name } }')
        self.assertEqual(data['site_list'], [{'name': 'Site 0'}])
