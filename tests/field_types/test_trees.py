"""Trees (issue 19 item 3): a type with a tree_parent field is a hierarchy, as NetBox's nested groups. Through the
REST API (create, move, `_depth`, tree order, ancestor/descendant filters, cycle refusal, a constrained user,
constant queries), the definition rules, the UI (indented list, filter form, edit form refusal), GraphQL filters
and the portable schema."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from drf_spectacular.views import SpectacularAPIView
from rest_framework import status
from rest_framework.test import APIRequestFactory, force_authenticate

from users.models import User
from utilities.testing import APITestCase, TestCase

from netbox_custom_objects.constants import model_name
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField
from netbox_custom_objects.schema import apply_document, dump_document, export_cots, load_document

from ..api.base import API_NAMESPACE, grant
from ..base import CustomObjectsTestMixin


class TreeMixin(CustomObjectsTestMixin):
    """A type `region` (primary `name`) whose `parent` is its tree parent."""

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='region', slug='regions')
        cls.create_custom_object_type_field(cls.cot, name='name', primary=True)
        cls.parent_field = cls.create_custom_object_type_field(cls.cot, name='parent', type='tree_parent',
                                                               related_object_type=cls.cot.object_type)

    def setUp(self):
        super().setUp()
        self.model = self.cot.get_model()
        self.add_permissions(
            'netbox_custom_objects.view_customobjecttype',
            *(f'netbox_custom_objects.{action}_{model_name(self.cot.pk)}' for action in ('view', 'add', 'change')),
        )

    def make_tree(self):
        """world > europe > france, world > asia; mars (a second root)."""
        create = self.model.objects.create
        self.world = create(name='world')
        self.europe = create(name='europe', parent=self.world)
        self.france = create(name='france', parent=self.europe)
        self.asia = create(name='asia', parent=self.world)
        self.mars = create(name='mars')


class TreeAPITest(TreeMixin, APITestCase):

    def list_url(self):
        return reverse(f'{API_NAMESPACE}:customobject-list', kwargs={'custom_object_type': self.cot.slug})

    def detail_url(self, obj):
        return f'{self.list_url()}{obj.pk}/'

    def listed(self, query=''):
        response = self.client.get(f'{self.list_url()}?{query}', **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        return [(item['name'], item['_depth']) for item in response.data['results']]

    def names(self, query):
        return sorted(name for name, _depth in self.listed(query))

    def test_create_and_move_keep_order_and_depth(self):
        world = self.client.post(self.list_url(), {'name': 'world'}, format='json', **self.header)
        self.assertHttpStatus(world, status.HTTP_201_CREATED)
        self.assertEqual(world.data['_depth'], 0)
        europe = self.client.post(self.list_url(), {'name': 'europe', 'parent': world.data['id']}, format='json',
                                  **self.header)
        france = self.client.post(self.list_url(), {'name': 'france', 'parent': europe.data['id']}, format='json',
                                  **self.header)
        self.assertHttpStatus(france, status.HTTP_201_CREATED)
        self.assertEqual(france.data['_depth'], 2)
        self.assertEqual(france.data['parent']['id'], europe.data['id'])
        mars = self.client.post(self.list_url(), {'name': 'mars'}, format='json', **self.header)
        self.assertEqual(self.listed(), [('world', 0), ('europe', 1), ('france', 2), ('mars', 0)])

        # Europe moves under mars: its subtree comes along
        response = self.client.patch(f'{self.list_url()}{europe.data["id"]}/', {'parent': mars.data['id']},
                                     format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(response.data['_depth'], 1)
        self.assertEqual(self.listed(), [('world', 0), ('mars', 0), ('europe', 1), ('france', 2)])
        response = self.client.patch(f'{self.list_url()}{europe.data["id"]}/', {'parent': None}, format='json',
                                     **self.header)
        self.assertEqual(response.data['_depth'], 0)
        self.assertEqual(self.listed(), [('world', 0), ('europe', 0), ('france', 1), ('mars', 0)])
        # The user's ordering replaces the tree order
        self.assertEqual([n for n, _d in self.listed('ordering=name')], ['europe', 'france', 'mars', 'world'])

    def test_cycles_are_refused(self):
        self.make_tree()
        response = self.client.patch(self.detail_url(self.world), {'parent': self.france.pk}, format='json',
                                     **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertEqual(response.data['parent'], [
            'france is below world (world → europe → france): an object cannot be placed under its own descendant.'
        ])
        response = self.client.patch(self.detail_url(self.europe), {'parent': self.europe.pk}, format='json',
                                     **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertEqual(response.data['parent'], ['An object cannot be its own parent.'])
        self.assertIsNone(self.model.objects.get(pk=self.world.pk).parent_id)
        self.assertEqual(self.model.objects.get(pk=self.europe.pk).parent_id, self.world.pk)

    def test_a_script_cannot_write_a_cycle_either(self):
        self.make_tree()
        self.world.parent = self.france
        with self.assertRaisesMessage(Exception, 'france is below world'):
            self.world.save()

    def test_ancestor_and_descendant_filters(self):
        self.make_tree()
        self.assertEqual(self.names(f'ancestor_id={self.world.pk}'), ['asia', 'europe', 'france'])
        self.assertEqual(self.names(f'ancestor_id={self.europe.pk}&ancestor_id={self.mars.pk}'), ['france'])
        self.assertEqual(self.names(f'ancestor={self.europe.pk}'), ['france'])
        self.assertEqual(self.names(f'descendant_id={self.france.pk}'), ['europe', 'world'])
        self.assertEqual(self.names(f'descendant={self.asia.pk}'), ['world'])
        self.assertEqual(self.names(f'descendant_id={self.world.pk}'), [])
        self.assertEqual(self.names(f'parent_id={self.world.pk}'), ['asia', 'europe'])
        self.assertEqual(self.names(f'ancestor_id={self.world.pk}&name=france'), ['france'])
        for query in ('ancestor_id=x', 'ancestor=999999'):
            with self.subTest(query=query):
                response = self.client.get(f'{self.list_url()}?{query}', **self.header)
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)

    def test_constrained_user_sees_only_their_part(self):
        self.make_tree()
        self.user.is_superuser = False
        self.user.save()
        self.user.object_permissions.all().delete()
        grant(self.user, self.model, ['view', 'change'], constraints={'name__in': ['world', 'france', 'mars']})
        self.assertEqual(self.names(f'ancestor_id={self.world.pk}'), ['france'])
        self.assertEqual(self.listed(), [('world', 0), ('france', 2), ('mars', 0)])
        response = self.client.patch(self.detail_url(self.world), {'parent': self.france.pk}, format='json',
                                     **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        # (europe, which this user may not view, is named by its id only)
        self.assertIn(f'(world → #{self.europe.pk} → france)', str(response.data['parent']))
        self.assertNotIn('europe', str(response.data['parent']))

    def test_list_queries_do_not_grow_with_the_tree(self):
        self.make_tree()
        self.listed()  # (first request: caches warm up)
        with CaptureQueriesContext(connection) as few:
            self.assertEqual(len(self.listed()), 5)
        parent = self.france
        for index in range(8):
            parent = self.model.objects.create(name=f'deep{index}', parent=parent)
        with CaptureQueriesContext(connection) as many:
            self.assertIn(('deep7', 10), self.listed())
        self.assertEqual(len(many.captured_queries), len(few.captured_queries))

    def test_definition_rules(self):
        url = reverse(f'{API_NAMESPACE}:customobjecttypefield-list')
        other = self.create_custom_object_type(name='other', slug='others')
        def target(cot):
            return {'app_label': 'netbox_custom_objects', 'model': model_name(cot.pk)}
        cases = {
            'type': {'custom_object_type': self.cot.pk, 'name': 'parent2', 'type': 'tree_parent', **target(self.cot)},
            'related_object_type': {'custom_object_type': other.pk, 'name': 'up', 'type': 'tree_parent',
                                    **target(self.cot)},
            'required': {'custom_object_type': other.pk, 'name': 'up', 'type': 'tree_parent', 'required': True,
                         **target(other)},
            'unique': {'custom_object_type': other.pk, 'name': 'up', 'type': 'tree_parent', 'unique': True,
                       **target(other)},
        }
        self.add_permissions('netbox_custom_objects.add_customobjecttypefield')
        for key, data in cases.items():
            with self.subTest(key=key):
                response = self.client.post(url, data, format='json', **self.header)
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                self.assertIn(key, response.data)
        self.assertEqual(CustomObjectTypeField.objects.filter(type='tree_parent').count(), 1)
        response = self.client.post(url, {'custom_object_type': other.pk, 'name': 'up', 'type': 'tree_parent',
                                          **target(other)}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_201_CREATED)

    def test_an_object_field_to_itself_becomes_the_tree_parent_unless_it_loops(self):
        cot = self.create_custom_object_type(name='team', slug='teams')
        self.create_custom_object_type_field(cot, name='name', primary=True)
        lead = self.create_custom_object_type_field(cot, name='lead', type='object',
                                                    related_object_type=cot.object_type)
        model = cot.get_model()
        a = model.objects.create(name='a')
        b = model.objects.create(name='b', lead=a)
        model.objects.filter(pk=a.pk).update(lead=b)  # a loop, as an object field allows
        self.add_permissions('netbox_custom_objects.change_customobjecttypefield')
        url = reverse(f'{API_NAMESPACE}:customobjecttypefield-detail', kwargs={'pk': lead.pk})
        response = self.client.patch(url, {'type': 'tree_parent'}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn(f'#{a.pk}', str(response.data['type']))
        model.objects.filter(pk=a.pk).update(lead=None)
        response = self.client.patch(url, {'type': 'tree_parent'}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(cot.get_model().objects.get(pk=b.pk)._tree_depth, 1)


class TreeGraphQLTest(TreeMixin, APITestCase):

    def query(self, filters):
        root = 'custom_objects_regions_list'
        query = f'{{ {root}(filters: {filters}) {{ name parent {{ name }} }} }}'
        body = self.client.post(reverse('graphql'), {'query': query}, format='json', **self.header).json()
        self.assertNotIn('errors', body, body.get('errors'))
        return sorted(item['name'] for item in body['data'][root])

    def test_filters(self):
        self.make_tree()
        self.assertEqual(self.query(f'{{ancestor_id: ["{self.world.pk}"]}}'), ['asia', 'europe', 'france'])
        self.assertEqual(self.query(f'{{descendant_id: ["{self.france.pk}"]}}'), ['europe', 'world'])
        self.assertEqual(self.query(f'{{parent_id: "{self.europe.pk}"}}'), ['france'])


class TreeUITest(TreeMixin, TestCase):

    def url(self, action, obj=None):
        kwargs = {'custom_object_type': self.cot.slug, **({'pk': obj.pk} if obj is not None else {})}
        return reverse(f'plugins:netbox_custom_objects:customobject{action}', kwargs=kwargs)

    def test_list_is_indented_and_filtered(self):
        self.make_tree()
        response = self.client.get(self.url('_list'))
        self.assertHttpStatus(response, 200)
        content = response.content.decode()
        rows = [content.index(f'>{name}</a>') for name in ('world', 'europe', 'france', 'asia', 'mars')]
        self.assertEqual(rows, sorted(rows))  # tree order
        france_row = content[content.rindex('<tr', 0, rows[2]):content.index('</tr>', rows[2])]
        self.assertEqual(france_row.count('mdi-circle-small'), 2)
        self.assertContains(response, 'Depth')

        response = self.client.get(f'{self.url("_list")}?ancestor_id={self.europe.pk}')
        self.assertContains(response, '>france</a>')
        self.assertNotContains(response, '>asia</a>')

        response = self.client.get(f'{self.url("_list")}?sort=name')  # the user's order: no indentation
        self.assertNotContains(response, 'mdi-circle-small')

    def test_list_page_queries_do_not_grow_with_the_tree(self):
        self.make_tree()
        self.client.get(self.url('_list'))  # (first request: caches warm up)
        with CaptureQueriesContext(connection) as few:
            self.assertHttpStatus(self.client.get(self.url('_list')), 200)
        parent = self.france
        for index in range(8):
            parent = self.model.objects.create(name=f'deep{index}', parent=parent)
        with CaptureQueriesContext(connection) as many:
            response = self.client.get(self.url('_list'))
        self.assertContains(response, '>deep7</a>')
        self.assertEqual(len(many.captured_queries), len(few.captured_queries))

    def test_filter_form_offers_ancestor_and_descendant(self):
        response = self.client.get(self.url('_list'))
        self.assertContains(response, 'name="ancestor_id"')
        self.assertContains(response, 'name="descendant_id"')

    def test_edit_form_refuses_a_cycle(self):
        self.make_tree()
        response = self.client.post(self.url('_edit', self.world), {'name': 'world', 'parent': self.france.pk})
        self.assertHttpStatus(response, 200)
        self.assertContains(response, 'an object cannot be placed under its own descendant')
        self.assertIsNone(self.model.objects.get(pk=self.world.pk).parent_id)
        response = self.client.get(self.france.get_absolute_url())
        self.assertHttpStatus(response, 200)


class TreeOpenAPITest(TreeMixin, TestCase):

    def test_description_shows_depth_and_tree_filters(self):
        request = APIRequestFactory().get('/api/schema/', {'format': 'json'})
        force_authenticate(request, User.objects.create_superuser(username='schema'))
        response = SpectacularAPIView.as_view()(request)
        self.assertEqual(response.status_code, 200)
        properties = response.data['components']['schemas'][f'Table{self.cot.pk}Model']['properties']
        self.assertEqual((properties['_depth']['type'], properties['_depth'].get('readOnly')), ('integer', True))
        parameters = {p['name'] for p in response.data['paths'][f'/api/plugins/custom-objects/{self.cot.slug}/']
                      ['get']['parameters']}
        self.assertTrue({'parent_id', 'ancestor_id', 'ancestor', 'descendant_id', 'descendant'} <= parameters)


class TreeFieldFormTest(CustomObjectsTestMixin, TestCase):

    def test_a_type_becomes_a_tree_from_the_field_form(self):
        cot = self.create_custom_object_type(name='team', slug='teams')
        self.create_custom_object_type_field(cot, name='name', primary=True)
        self.add_permissions('netbox_custom_objects.add_customobjecttypefield',
                             'netbox_custom_objects.view_customobjecttype')
        url = reverse('plugins:netbox_custom_objects:customobjecttypefield_add')
        response = self.client.get(f'{url}?custom_object_type={cot.pk}&type=tree_parent')
        self.assertHttpStatus(response, 200)
        self.assertContains(response, 'Tree parent')
        data = {
            'custom_object_type': cot.pk, 'name': 'parent', 'type': 'tree_parent', 'weight': 100,
            'search_weight': 500, 'filter_logic': 'loose', 'ui_visible': 'always', 'ui_editable': 'yes',
            'on_delete_behavior': 'cascade',
        }
        response = self.client.post(url, data)  # (no target: the form says so)
        self.assertHttpStatus(response, 200)
        self.assertFalse(CustomObjectTypeField.objects.filter(type='tree_parent').exists())
        response = self.client.post(url, {**data, 'related_object_type': cot.object_type.pk})
        self.assertHttpStatus(response, 302)
        model = CustomObjectType.objects.get(pk=cot.pk).get_model()
        root = model.objects.create(name='root')
        model.objects.create(name='leaf', parent=root)
        root.delete()  # (cascade, as NetBox's nested groups)
        self.assertFalse(model.objects.exists())


class TreeSchemaTest(TreeMixin, TestCase):

    def test_round_trip(self):
        document = export_cots(CustomObjectType.objects.all())
        field = document['types'][0]['fields'][1]
        self.assertEqual((field['type'], field['related_object_type']), ('tree_parent', 'custom-objects/regions'))
        self.assertNotIn('is_polymorphic', field)
        CustomObjectType.objects.get(pk=self.cot.pk).delete()
        apply_document(load_document(dump_document(document)))
        cot = CustomObjectType.objects.get(slug='regions')
        self.assertEqual(export_cots(CustomObjectType.objects.all()), document)
        model = cot.get_model()
        root = model.objects.create(name='root')
        self.assertEqual(model.objects.create(name='leaf', parent=root)._tree_depth, 1)
