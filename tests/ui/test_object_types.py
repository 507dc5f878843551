"""Views of custom object types, through NetBox's own view test case."""

from django.urls import reverse

from users.models import ObjectPermission
from utilities.testing import ViewTestCases

from netbox_custom_objects.models import CustomObjectType

from ..base import CustomObjectsTestMixin, table_exists
from .base import ListQueryCountMixin


class CustomObjectTypeViewTest(CustomObjectsTestMixin, ListQueryCountMixin, ViewTestCases.PrimaryObjectViewTestCase):
    model = CustomObjectType
    query_count_sizes = (3, 8)

    @classmethod
    def setUpTestData(cls):
        for name in ('alpha', 'beta', 'gamma'):
            cls.create_custom_object_type(name=name, description=f'{name} things')
        cls.form_data = {
            'name': 'delta',
            'slug': 'deltas',
            'verbose_name': 'Delta',
            'verbose_name_plural': 'Deltas',
            'description': 'A new type',
            'group_name': 'Lab',
            'version': '1.0',
            'display_expression': '',
            'config_context_enabled': False,
            'comments': 'Notes',
            'tags': [],
        }
        cls.csv_data = (
            'name,slug,verbose_name,description,group_name',
            'epsilon,epsilons,Epsilon,First,Lab',
            'zeta,zetas,Zeta,Second,Lab',
            'eta,etas,Eta,Third,',
        )
        ids = CustomObjectType.objects.order_by('pk').values_list('pk', flat=True)
        cls.csv_update_data = (
            'id,description',
            *(f'{pk},Updated {pk}' for pk in ids),
        )
        cls.bulk_edit_data = {
            'description': 'Bulk description',
        }

    def _get_base_url(self):
        return 'plugins:netbox_custom_objects:customobjecttype_{}'

    def make_list_objects(self, count):
        for i in range(CustomObjectType.objects.count(), count):
            self.create_custom_object_type(name=f'extra_{i}')

    def test_created_type_gets_a_table(self):
        self.add_permissions('netbox_custom_objects.add_customobjecttype')
        response = self.client.post(self._get_url('add'), {'name': 'omega', 'slug': 'omegas'})
        self.assertHttpStatus(response, 302)
        self.assertTrue(table_exists(CustomObjectType.objects.get(name='omega').get_database_table_name()))

    def test_config_context_cannot_change_after_creation(self):
        self.add_permissions('netbox_custom_objects.change_customobjecttype')
        instance = CustomObjectType.objects.get(name='alpha')
        self.client.post(self._get_url('edit', instance), {
            'name': 'alpha', 'slug': instance.slug, 'config_context_enabled': 'on',
        })
        instance.refresh_from_db()
        self.assertFalse(instance.config_context_enabled)

    def test_detail_page_lists_fields_and_links_to_objects(self):
        self.add_permissions(
            'netbox_custom_objects.view_customobjecttype', 'netbox_custom_objects.view_customobjecttypefield',
        )
        instance = CustomObjectType.objects.get(name='alpha')
        self.create_custom_object_type_field(instance, name='serial_number', label='Serial')
        response = self.client.get(instance.get_absolute_url())
        self.assertContains(response, 'serial_number')
        self.assertContains(response, instance.get_list_url())

    def test_fields_panel_and_badge_show_only_viewable_fields(self):
        self.add_permissions('netbox_custom_objects.view_customobjecttype')
        permission = ObjectPermission.objects.create(name='some fields', actions=['view'],
                                                     constraints={'name__startswith': 'shown'})
        permission.users.add(self.user)
        permission.object_types.add(self.object_type_of('netbox_custom_objects', 'customobjecttypefield'))
        instance = CustomObjectType.objects.get(name='alpha')
        for name in ('shown_one', 'shown_two', 'hidden_one'):
            self.create_custom_object_type_field(instance, name=name)
        content = self.client.get(instance.get_absolute_url()).content.decode()
        self.assertIn('shown_one', content)
        self.assertNotIn('hidden_one', content)
        self.assertRegex(content, r'Fields\s*<span class="badge[^"]*">2<')

    def test_fields_tab(self):
        self.add_permissions(
            'netbox_custom_objects.view_customobjecttype', 'netbox_custom_objects.view_customobjecttypefield',
        )
        instance = CustomObjectType.objects.get(name='beta')
        self.create_custom_object_type_field(instance, name='colour')
        response = self.client.get(reverse('plugins:netbox_custom_objects:customobjecttype_fields', args=[instance.pk]))
        self.assertHttpStatus(response, 200)
        self.assertContains(response, 'colour')

    def test_delete_page_lists_the_objects_of_the_type(self):
        self.add_permissions('netbox_custom_objects.delete_customobjecttype')
        instance = CustomObjectType.objects.get(name='gamma')
        self.create_custom_object_type_field(instance, name='label_text', primary=True)
        instance.get_model().objects.create(label_text='Doomed object')
        response = self.client.get(self._get_url('delete', instance))
        self.assertContains(response, 'Doomed object')
        self.assertContains(response, 'drops its table, with its 1 object')
        modal = self.client.get(self._get_url('delete', instance), headers={'HX-Request': 'true'})
        self.assertContains(modal, 'drops its table, with its 1 object')
        self.assertNotContains(modal, '<html')

    def test_delete_is_refused_while_another_type_refers_to_it(self):
        self.add_permissions('netbox_custom_objects.delete_customobjecttype')
        target = CustomObjectType.objects.get(name='alpha')
        source = CustomObjectType.objects.get(name='beta')
        self.create_custom_object_type_field(source, name='link', type='object', related_object_type=target.object_type)
        response = self.client.post(self._get_url('delete', target), {'confirm': True})
        self.assertHttpStatus(response, 302)
        self.assertTrue(CustomObjectType.objects.filter(pk=target.pk).exists())
