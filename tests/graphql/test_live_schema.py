"""The live schema: names, types and scalars, changes visible without a restart, per-branch caching, fallbacks."""

from unittest import TestCase, mock

from django.db import connection
from django.test.utils import CaptureQueriesContext

from netbox.graphql.schema import schema as netbox_schema

from netbox_custom_objects.graphql import builder, live
from netbox_custom_objects.graphql.builder import root_field_names
from netbox_custom_objects.graphql.live import live_schemas
from netbox_custom_objects.models import CustomObjectType

from .base import GraphQLTestCase, create_catalog


class RootFieldNamesTest(TestCase):

    def test_slugs_are_sanitised(self):
        self.assertEqual(root_field_names([(1, 'rack-unit'), (2, 'Ünï.x')]),
                         {1: 'custom_objects_rack_unit', 2: 'custom_objects__n__x'})

    def test_collisions_take_the_type_id_oldest_type_first(self):
        self.assertEqual(root_field_names([(7, 'a_b'), (3, 'a-b')]),
                         {3: 'custom_objects_a_b', 7: 'custom_objects_a_b_7'})

    def test_list_companions_collide_too(self):
        self.assertEqual(root_field_names([(1, 'foo'), (2, 'foo-list')]),
                         {1: 'custom_objects_foo', 2: 'custom_objects_foo_list_2'})
        self.assertEqual(root_field_names([(1, 'foo-list'), (2, 'foo')]),
                         {1: 'custom_objects_foo_list', 2: 'custom_objects_foo_2'})

    def test_names_taken_by_netbox_and_numbered_fallbacks(self):
        taken = {'custom_objects_x', 'custom_objects_x_4_list'}
        self.assertEqual(root_field_names([(4, 'x')], taken), {4: 'custom_objects_x_4_2'})


def field_type(fields, name):
    """`Type`, `Type!`, `[Type!]!`... of a field in an introspection result."""
    node = next(f['type'] for f in fields if f['name'] == name)

    def render(t):
        if t['kind'] == 'NON_NULL':
            return f"{render(t['ofType'])}!"
        if t['kind'] == 'LIST':
            return f"[{render(t['ofType'])}]"
        return t['name']
    return render(node)


class SchemaShapeTest(GraphQLTestCase):

    @classmethod
    def setUpTestData(cls):
        cls.catalog = create_catalog(cls)

    def setUp(self):
        super().setUp()
        self.user.is_superuser = True
        self.user.save()

    def test_root_fields_and_arguments(self):
        data = self.graphql_data('{ __schema { queryType { fields { name args { name } type { kind name ofType { kind '
                                 'name ofType { kind name ofType { kind name } } } } } } } }')
        fields = {f['name']: f for f in data['__schema']['queryType']['fields']}
        root = self.catalog.root
        self.assertEqual([a['name'] for a in fields[root]['args']], ['id'])
        self.assertEqual(field_type(fields.values(), root), f'{self.catalog.type_name}!')
        self.assertEqual({a['name'] for a in fields[f'{root}_list']['args']}, {'filters', 'pagination'})
        self.assertEqual(field_type(fields.values(), f'{root}_list'), f'[{self.catalog.type_name}!]!')
        self.assertIn('custom_objects_vendor_list', fields)
        self.assertIn('site_list', fields, "NetBox's own root fields stay")

    def test_fields_and_scalars(self):
        fields = self.type_fields(self.catalog.type_name)['fields']
        expected = {
            'id': 'ID!', 'display': 'String!', 'created': 'DateTime', 'last_updated': 'DateTime',
            'tags': '[TagType!]!', 'changelog': '[ObjectChangeType!]!', 'journal_entries': '[JournalEntryType!]!',
            'owner': 'OwnerType',
            'name': 'String', 'notes': 'String', 'homepage': 'String', 'state': 'CustomObjectChoiceType',
            'labels': '[CustomObjectChoiceType!]!',
            'count': 'BigInt', 'price': 'Decimal', 'active': 'Boolean', 'bought': 'Date', 'seen': 'DateTime',
            'extra': 'JSON', 'location_latitude': 'Decimal', 'location_longitude': 'Decimal',
            'site': 'SiteType', 'sites': '[SiteType!]!', 'vendor': self.catalog.vendor_type_name,
            'vendors': f'[{self.catalog.vendor_type_name}!]!', 'parent': self.catalog.type_name,
            'anything': f'CustomObject{self.catalog.cot.pk}_anything_Related',
            'things': f'[CustomObject{self.catalog.cot.pk}_things_Related!]!',
        }
        self.assertEqual({name: field_type(fields, name) for name in expected}, expected)
        self.assertNotIn('location', {f['name'] for f in fields})
        # no config context support: neither local_context_data nor config_context
        self.assertFalse({'local_context_data', 'config_context'} & {f['name'] for f in fields})
        choice = self.type_fields('CustomObjectChoiceType')['fields']
        self.assertEqual({f['name']: field_type(choice, f['name']) for f in choice},
                         {'value': 'String!', 'label': 'String!'})

    def test_multiobject_fields_take_filters_and_pagination(self):
        data = self.graphql_data('query($n: String!) { __type(name: $n) { fields { name args { name type { name } } '
                                 '} } }', {'n': self.catalog.type_name})
        args = {f['name']: {a['name']: a['type']['name'] for a in f['args']} for f in data['__type']['fields']}
        self.assertEqual(args['sites'], {'filters': 'SiteFilter', 'pagination': 'OffsetPaginationInput'})
        self.assertEqual(args['vendors'], {'filters': f'Table{self.catalog.vendor_cot.pk}ModelFilter',
                                           'pagination': 'OffsetPaginationInput'})
        self.assertEqual(args['things'], {}, 'a polymorphic field: a list of several models')
        self.assertEqual(args['site'], {})

    def test_unions_and_the_stub_type(self):
        cot_id = self.catalog.cot.pk
        things = self.type_fields(f'CustomObject{cot_id}_things_Related')['possibleTypes']
        self.assertEqual({t['name'] for t in things},
                         {'SiteType', self.catalog.vendor_type_name, 'CustomObjectRelatedObjectType'})
        anything = self.type_fields(f'CustomObject{cot_id}_anything_Related')['possibleTypes']
        self.assertEqual({t['name'] for t in anything}, {'SiteType', self.catalog.vendor_type_name})
        stub = self.type_fields('CustomObjectRelatedObjectType')['fields']
        self.assertEqual({f['name']: field_type(stub, f['name']) for f in stub},
                         {'id': 'BigInt!', 'object_type': 'String!', 'display': 'String!', 'url': 'String'})

    def test_netbox_queries_keep_working(self):
        data = self.graphql_data('{ site_list(filters: {name: {i_contains: "site 1"}}) { name tenant { name } } '
                                 'tag_list { name } }')
        self.assertEqual(data['site_list'], [{'name': 'Site 1', 'tenant': None}])
        self.assertEqual(data['tag_list'], [{'name': 'Blue'}])

    def test_graphiql_page(self):
        response = self.client.get('/graphql/', HTTP_ACCEPT='text/html', **self.header)
        self.assertEqual(response.status_code, 200)


class LiveSchemaTest(GraphQLTestCase):
    """Changes are visible at the next request, without a restart; nothing is rebuilt while nothing changes."""

    def setUp(self):
        super().setUp()
        self.user.is_superuser = True
        self.user.save()

    def test_a_new_type_and_its_changes_are_visible_without_restart(self):
        self.assertNotIn('custom_objects_gizmo_list', self.root_fields())
        cot = self.create_custom_object_type(name='gizmo', slug='gizmo')
        self.assertIn('custom_objects_gizmo_list', self.root_fields())
        self.assertEqual(self.graphql_data('{ custom_objects_gizmo_list { id } }'), {'custom_objects_gizmo_list': []})

        self.create_custom_object_type_field(cot, name='serial')
        cot.refresh_from_db()
        cot.get_model().objects.create(serial='S1')
        self.assertEqual(self.graphql_data('{ custom_objects_gizmo_list { serial } }'),
                         {'custom_objects_gizmo_list': [{'serial': 'S1'}]})

        cot.slug = 'gadget'
        cot.full_clean()
        cot.save()
        self.assertEqual(self.graphql_data('{ custom_objects_gadget_list { serial } }'),
                         {'custom_objects_gadget_list': [{'serial': 'S1'}]})
        self.assertNotIn('custom_objects_gizmo_list', self.root_fields())

        cot.delete()
        self.assertNotIn('custom_objects_gadget_list', self.root_fields())
        body = self.graphql('{ custom_objects_gadget_list { serial } }')
        self.assertIn('Cannot query field', body['errors'][0]['message'])
        self.assertEqual(self.graphql_data('{ site_list { id } }'), {'site_list': []})

    def test_nothing_is_rebuilt_while_nothing_changes(self):
        self.create_custom_object_type(name='gizmo', slug='gizmo')
        first = live_schemas.get(netbox_schema)
        with mock.patch.object(live, 'build_schema', side_effect=AssertionError('rebuilt')), \
                CaptureQueriesContext(connection) as queries:
            self.assertIs(live_schemas.get(netbox_schema), first)
        self.assertEqual(len(queries), 1, 'one signature query per request')

    def test_schemas_are_kept_per_set_of_classes(self):
        # (with real branches: tests/graphql/test_branching.py SchemasSharedByBranchesTest)
        self.create_custom_object_type(name='gizmo', slug='gizmo')
        main = live_schemas.get(netbox_schema)
        with mock.patch.object(live, 'active_branch_key', return_value='a1b2c3d4'), \
                mock.patch.object(live, 'current_models', return_value={}):
            other = live_schemas.get(netbox_schema)
            self.assertIsNot(other, main)
            self.assertIs(live_schemas.get(netbox_schema), other)
        with mock.patch.object(live, 'active_branch_key', return_value='a1b2c3d4'):
            self.assertIs(live_schemas.get(netbox_schema), main, 'the same classes: the same schema')
        self.assertIs(live_schemas.get(netbox_schema), main, "the other build did not replace main's")


class IncrementalBuildTest(GraphQLTestCase):
    """A rebuild reuses the types (classes and conversions) that neither changed nor point at a type that did."""

    def setUp(self):
        super().setUp()
        self.user.is_superuser = True
        self.user.save()

    def test_only_changed_types_and_their_referrers_are_built_again(self):
        alpha = self.create_custom_object_type(name='alpha', slug='alpha')
        self.create_custom_object_type_field(alpha, name='name')
        beta = self.create_custom_object_type(name='beta', slug='beta')
        self.create_custom_object_type_field(beta, name='alpha', type='object', related_object_type=(
            self.object_type_of('netbox_custom_objects', f'table{alpha.pk}model')))
        gamma = self.create_custom_object_type(name='gamma', slug='gamma')
        self.create_custom_object_type_field(gamma, name='name')
        first = live_schemas.entry(netbox_schema)

        self.create_custom_object_type_field(alpha, name='code')
        alpha.refresh_from_db()
        alpha.get_model().objects.create(name='A', code='a1')
        second = live_schemas.entry(netbox_schema)
        self.assertIsNot(second, first)
        self.assertIs(second.types[gamma.pk].object_type, first.types[gamma.pk].object_type)
        gamma_name = f'Table{gamma.pk}ModelType'
        self.assertIs(second.schema._schema.type_map[gamma_name], first.schema._schema.type_map[gamma_name])
        for changed in (alpha, beta):
            self.assertIsNot(second.types[changed.pk].object_type, first.types[changed.pk].object_type)

        beta.get_model().objects.create(alpha=alpha.get_model().objects.get())
        data = self.graphql_data('{ custom_objects_beta_list { alpha { name code } } '
                                 'custom_objects_gamma_list { id } }')
        self.assertEqual(data, {'custom_objects_beta_list': [{'alpha': {'name': 'A', 'code': 'a1'}}],
                                'custom_objects_gamma_list': []})

        gamma.delete()
        third = live_schemas.entry(netbox_schema)
        self.assertNotIn(gamma.pk, third.types)
        self.assertNotIn(gamma_name, third.schema._schema.type_map)
        self.assertIs(third.types[beta.pk].object_type, second.types[beta.pk].object_type)


class FallbackTest(GraphQLTestCase):
    """A failure while building is logged and served around: /graphql/ never answers 500."""

    @classmethod
    def setUpTestData(cls):
        cls.good = cls.create_custom_object_type(name='good', slug='good')
        cls.bad = cls.create_custom_object_type(name='bad', slug='bad')

    def setUp(self):
        super().setUp()
        self.user.is_superuser = True
        self.user.save()
        live_schemas.clear()
        self.addCleanup(live_schemas.clear)

    def test_a_type_that_fails_is_left_out(self):
        build = builder.build_object_type

        def failing(model, *args):
            if model.custom_object_type_id == self.bad.pk:
                raise RuntimeError('broken type')
            return build(model, *args)

        with mock.patch.object(builder, 'build_object_type', failing), self.assertLogs('netbox_custom_objects.graphql'):
            fields = self.root_fields()
        self.assertIn('custom_objects_good_list', fields)
        self.assertNotIn('custom_objects_bad_list', fields)

    def test_netbox_schema_is_served_when_the_build_fails(self):
        with mock.patch.object(live, 'build_schema', side_effect=RuntimeError('broken')), \
                self.assertLogs('netbox_custom_objects.graphql'):
            fields = self.root_fields()
            self.assertEqual(self.graphql_data('{ site_list { id } }'), {'site_list': []})
        self.assertNotIn('custom_objects_good_list', fields)
        self.assertIn('site_list', fields)

    def test_a_failed_build_is_tried_again_later(self):
        with mock.patch.object(live, 'build_schema', side_effect=RuntimeError('broken')), \
                self.assertLogs('netbox_custom_objects.graphql'):
            self.assertNotIn('custom_objects_good_list', self.root_fields())
        self.assertNotIn('custom_objects_good_list', self.root_fields(), 'not rebuilt at every request')
        with mock.patch.object(live.LiveSchemas, 'RETRY_AFTER', 0):
            self.assertIn('custom_objects_good_list', self.root_fields())

    def test_a_full_conversion_when_the_seeded_build_fails(self):
        with mock.patch.object(builder, 'LiveStrawberrySchema', side_effect=RuntimeError('internals changed')), \
                self.assertLogs('netbox_custom_objects.graphql'):
            self.assertIn('custom_objects_good_list', self.root_fields())

    def test_the_seeded_schema_is_netboxs_plus_the_custom_objects(self):
        built = live.build_schema(netbox_schema, models={})
        self.assertEqual(built.root_fields, {})
        self.assertEqual(built.schema.as_str(), netbox_schema.as_str())

    def test_types_deleted_meanwhile_are_skipped(self):
        with mock.patch.object(live.model_cache, 'get_model_by_id', side_effect=LookupError):
            self.assertEqual(live.current_models(), {})
        self.assertEqual(CustomObjectType.objects.count(), 2)
