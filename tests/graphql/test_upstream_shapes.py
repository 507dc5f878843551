"""The shapes upstream 0.7.1 serves, queried as its users do: choices as {value label}, owner, journal entries, config
context, a polymorphic field with one allowed type, filters and pagination on multiobject fields."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from dcim.models import Site
from extras.models import ConfigContext, JournalEntry
from users.models import Owner

from .base import GraphQLTestCase, create_catalog, grant


class ChoicesTest(GraphQLTestCase):

    @classmethod
    def setUpTestData(cls):
        cls.catalog = create_catalog(cls)

    def setUp(self):
        super().setUp()
        self.grant_type(self.catalog.cot)

    def test_select_and_multiselect_are_value_and_label(self):
        root = self.catalog.root
        items = self.graphql_data(f'{{ {root}_list {{ name state {{ value label }} labels {{ value label }} }} }}')
        self.assertEqual(items[f'{root}_list'], [
            {'name': 'Router', 'state': {'value': 'a', 'label': 'Choice A'},
             'labels': [{'value': 'a', 'label': 'Choice A'}, {'value': 'c', 'label': 'Choice C'}]},
            {'name': 'Switch', 'state': {'value': 'b', 'label': 'Choice B'},
             'labels': [{'value': 'b', 'label': 'Choice B'}]},
            {'name': 'Cable', 'state': None, 'labels': []},
        ])

    def test_a_bare_selection_is_an_error_as_in_upstream(self):
        body = self.graphql(f'{{ {self.catalog.root}_list {{ state }} }}')
        self.assertIn('must have a selection of subfields', body['errors'][0]['message'])

    def test_a_relabelled_choice_shows_its_new_label(self):
        choices = self.catalog.choices
        choices.extra_choices = [['a', 'Alpha'], ['b', 'Choice B'], ['c', 'Choice C']]
        choices.save()
        data = self.graphql_data(f'{{ {self.catalog.root}(id: {self.catalog.items[0].pk}) {{ state {{ label }} }} }}')
        self.assertEqual(data[self.catalog.root]['state'], {'label': 'Alpha'})


class OwnerAndJournalTest(GraphQLTestCase):

    @classmethod
    def setUpTestData(cls):
        cls.catalog = create_catalog(cls)
        cls.owner = Owner.objects.create(name='Team A')
        for item in cls.catalog.items:
            item.owner = cls.owner
            item.save()
        for item in cls.catalog.items[:2]:
            JournalEntry.objects.create(assigned_object=item, comments=f'checked {item.name}')

    def setUp(self):
        super().setUp()
        self.grant_type(self.catalog.cot)
        self.query = f'{{ {self.catalog.root}_list {{ name owner {{ name }} journal_entries {{ comments }} }} }}'

    def items(self):
        return {i['name']: i for i in self.graphql_data(self.query)[f'{self.catalog.root}_list']}

    def test_restricted_to_what_the_user_may_view(self):
        router = self.items()['Router']
        self.assertEqual((router['owner'], router['journal_entries']), (None, []))
        grant(self.user, Owner)
        grant(self.user, JournalEntry)
        items = self.items()
        self.assertEqual(items['Router'], {'name': 'Router', 'owner': {'name': 'Team A'},
                                           'journal_entries': [{'comments': 'checked Router'}]})
        self.assertEqual(items['Cable']['journal_entries'], [])

    def test_filter_by_journal_entries(self):
        query = (f'{{ {self.catalog.root}_list(filters: {{journal_entries: {{comments: {{i_contains: "router"}}}}}}) '
                 '{ name } }')
        self.assertEqual(self.graphql_data(query)[f'{self.catalog.root}_list'], [{'name': 'Router'}])

    def test_queries_do_not_grow_with_the_list(self):
        grant(self.user, Owner)
        grant(self.user, JournalEntry)
        self.items()  # warm: the live schema is built once
        with CaptureQueriesContext(connection) as few:
            self.items()
        model = self.catalog.cot.get_model()
        for i in range(5):
            obj = model.objects.create(name=f'Extra {i}', owner=self.owner)
            JournalEntry.objects.create(assigned_object=obj, comments='more')
        with CaptureQueriesContext(connection) as many:
            self.assertEqual(len(self.items()), 8)
        self.assertEqual(len(many), len(few))


class ConfigContextTest(GraphQLTestCase):

    @classmethod
    def setUpTestData(cls):
        cls.site = Site.objects.create(name='Site 1', slug='site-1')
        cls.cot = cls.create_custom_object_type(name='server', slug='servers', config_context_enabled=True)
        cls.create_custom_object_type_field(cls.cot, name='name', primary=True)
        cls.create_custom_object_type_field(cls.cot, name='site', type='object',
                                            related_object_type=cls.object_type_of('dcim', 'site'))
        cls.cot.refresh_from_db()
        ConfigContext.objects.create(name='global', weight=1000, data={'a': 1, 'dns': 'global'})
        ConfigContext.objects.create(name='site', weight=2000, data={'dns': 'site'}).sites.set([cls.site])
        model = cls.cot.get_model()
        model.objects.create(name='s1', site=cls.site, local_context_data={'local': True})
        model.objects.create(name='s2')

    def test_local_and_rendered_context(self):
        self.grant_type(self.cot)
        data = self.graphql_data('{ custom_objects_servers_list { name local_context_data config_context } }')
        self.assertEqual(data['custom_objects_servers_list'], [
            {'name': 's1', 'local_context_data': {'local': True},
             'config_context': {'a': 1, 'dns': 'site', 'local': True}},
            {'name': 's2', 'local_context_data': None, 'config_context': {'a': 1, 'dns': 'global'}},
        ])


    def test_filter_by_local_context_data(self):
        self.grant_type(self.cot)
        query = ('{ custom_objects_servers_list(filters: {local_context_data: {path: "local", lookup: '
                 '{boolean_lookup: {exact: true}}}}) { name } }')
        self.assertEqual(self.graphql_data(query)['custom_objects_servers_list'], [{'name': 's1'}])

    def test_the_dimension_objects_it_reads_stay_restricted(self):
        """Rendering reads `site` unrestricted; a `site` selected after `config_context` is still restricted."""
        self.grant_type(self.cot)
        query = '{ custom_objects_servers_list { name config_context site { name } } }'
        s1 = self.graphql_data(query)['custom_objects_servers_list'][0]
        self.assertEqual((s1['config_context']['dns'], s1['site']), ('site', None))
        grant(self.user, Site)
        s1 = self.graphql_data(query)['custom_objects_servers_list'][0]
        self.assertEqual(s1['site'], {'name': 'Site 1'})


class SingleTargetPolymorphicTest(GraphQLTestCase):

    @classmethod
    def setUpTestData(cls):
        site_type = cls.object_type_of('dcim', 'site')
        cls.cot = cls.create_custom_object_type(name='cable', slug='cables')
        cls.create_custom_object_type_field(cls.cot, name='name', primary=True)
        cls.create_custom_object_type_field(cls.cot, name='end', type='object', is_polymorphic=True,
                                            related_object_types=[site_type])
        cls.create_custom_object_type_field(cls.cot, name='ends', type='multiobject', is_polymorphic=True,
                                            related_object_types=[site_type])
        cls.cot.refresh_from_db()
        cls.sites = [Site.objects.create(name=f'Site {i}', slug=f'site-{i}') for i in range(2)]
        obj = cls.cot.get_model().objects.create(name='c1')
        obj.end = cls.sites[0]
        obj.save()
        obj.ends = cls.sites
        obj.save()

    def test_the_field_is_the_target_type(self):
        self.user.is_superuser = True
        self.user.save()
        fields = {f['name']: f['type'] for f in self.type_fields(f'Table{self.cot.pk}ModelType')['fields']}
        self.assertEqual(fields['end'], {'kind': 'OBJECT', 'name': 'SiteType', 'ofType': None})
        self.assertEqual(fields['ends']['ofType']['ofType']['ofType']['name'], 'SiteType')
        self.assertIsNone(self.graphql_data(f'{{ __type(name: "CustomObject{self.cot.pk}_end_Related") {{ name }} }}'
                                            )['__type'])
        data = self.graphql_data('{ custom_objects_cables_list { end { name slug } ends { name } } }')
        self.assertEqual(data['custom_objects_cables_list'], [
            {'end': {'name': 'Site 0', 'slug': 'site-0'}, 'ends': [{'name': 'Site 0'}, {'name': 'Site 1'}]},
        ])

    def test_still_restricted(self):
        self.grant_type(self.cot)
        grant(self.user, Site, {'name': 'Site 1'})
        data = self.graphql_data('{ custom_objects_cables_list { end { name } ends { name } } }')
        self.assertEqual(data['custom_objects_cables_list'], [{'end': None, 'ends': [{'name': 'Site 1'}]}])


class MultiObjectArgumentsTest(GraphQLTestCase):

    @classmethod
    def setUpTestData(cls):
        cls.catalog = create_catalog(cls)

    def setUp(self):
        super().setUp()
        self.grant_type(self.catalog.cot)
        self.grant_type(self.catalog.vendor_cot)
        self.site_permission = grant(self.user, Site)
        self.root = self.catalog.root

    def router(self, selection):
        return self.graphql_data(f'{{ {self.root}(id: {self.catalog.items[0].pk}) {{ {selection} }} }}')[self.root]

    def test_filters(self):
        self.assertEqual(self.router('sites(filters: {name: {exact: "Site 1"}}) { name }'),
                         {'sites': [{'name': 'Site 1'}]})
        self.assertEqual(self.router('vendors(filters: {name: {starts_with: "G"}}) { name }'),
                         {'vendors': [{'name': 'Globex'}]})

    def test_pagination(self):
        self.assertEqual(self.router('sites(pagination: {limit: 1}) { name }'), {'sites': [{'name': 'Site 0'}]})
        self.assertEqual(self.router('sites(pagination: {offset: 1, limit: 1}) { name }'),
                         {'sites': [{'name': 'Site 1'}]})

    def test_filtered_lists_stay_restricted(self):
        self.site_permission.constraints = {'name': 'Site 0'}
        self.site_permission.save()
        self.assertEqual(self.router('sites(filters: {name: {starts_with: "Site"}}) { name }'),
                         {'sites': [{'name': 'Site 0'}]})

    def test_queries_do_not_grow_with_the_list(self):
        query = (f'{{ {self.root}_list {{ name sites(filters: {{name: {{starts_with: "Site"}}}}, pagination: '
                 f'{{limit: 1}}) {{ name }} vendors(pagination: {{limit: 5}}) {{ name }} }} }}')
        self.graphql_data(query)
        with CaptureQueriesContext(connection) as few:
            self.graphql_data(query)
        model = self.catalog.cot.get_model()
        for i in range(5):
            model.objects.create(name=f'Extra {i}').sites.set(self.catalog.sites)
        with CaptureQueriesContext(connection) as many:
            items = self.graphql_data(query)[f'{self.root}_list']
        self.assertEqual(len(items), 8)
        self.assertEqual(items[-1]['sites'], [{'name': 'Site 0'}])
        self.assertEqual(len(many), len(few))
