"""`display` never exposes a related object the user may not view (security review finding 8): rendering a display
expression reads every related object, and a relation selected after `display` must still be fetched restricted,
also below a polymorphic field, whose objects the optimizer does not plan."""

from dcim.models import Site

from netbox_custom_objects.constants import model_name

from .base import GraphQLTestCase


class DisplayRestrictionTest(GraphQLTestCase):

    @classmethod
    def setUpTestData(cls):
        site_type = cls.object_type_of('dcim', 'site')
        hostings = cls.create_custom_object_type(name='hosting', slug='hostings', display_expression='{{ name }}')
        cls.create_custom_object_type_field(hostings, name='name', primary=True)
        cls.create_custom_object_type_field(hostings, name='site', type='object', related_object_type=site_type)
        hostings.refresh_from_db()
        refs = cls.create_custom_object_type(name='ref', slug='refs')
        cls.create_custom_object_type_field(refs, name='label', primary=True)
        cls.create_custom_object_type_field(
            refs, name='target', type='object', is_polymorphic=True,
            related_object_types=[cls.object_type_of('netbox_custom_objects', model_name(hostings.pk))])
        refs.refresh_from_db()
        site = Site.objects.create(name='Hidden site', slug='hidden-site')
        hosting = hostings.get_model().objects.create(name='H1', site=site)
        ref = refs.get_model().objects.create(label='R1')
        ref.target = hosting
        ref.save()
        cls.hostings, cls.refs = hostings, refs

    def setUp(self):
        super().setUp()
        self.grant_type(self.hostings)
        self.grant_type(self.refs)

    def query(self, selection):
        root = 'custom_objects_refs_list'
        data = self.graphql_data(
            f'{{ {root} {{ target {{ ... on Table{self.hostings.pk}ModelType {{ {selection} }} }} }} }}')
        return data[root][0]['target']

    def test_a_relation_selected_after_display_stays_restricted(self):
        self.assertEqual(self.query('display site { id name }'), {'display': 'H1', 'site': None})
        self.assertEqual(self.query('site { id name } display'), {'site': None, 'display': 'H1'})

    def test_a_viewable_relation_is_returned_after_display(self):
        self.add_permissions('dcim.view_site')
        self.assertEqual(self.query('display site { name }'), {'display': 'H1', 'site': {'name': 'Hidden site'}})

    def test_root_lists_too(self):
        root = 'custom_objects_hostings_list'
        data = self.graphql_data(f'{{ {root} {{ display site {{ name }} }} }}')
        self.assertEqual(data[root], [{'display': 'H1', 'site': None}])
