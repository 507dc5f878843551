"""Views of the objects of a custom object type, through NetBox's own view test case (URLs take the type's slug)."""

from django.urls import reverse

from dcim.models import Site
from extras.models import Tag
from utilities.tables import get_table_for_model
from utilities.testing import ViewTestCases

from netbox_custom_objects.tables import get_table_class

from ..base import CustomObjectsTestMixin
from .base import CustomObjectURLMixin, ListQueryCountMixin


class GadgetTypeMixin(CustomObjectsTestMixin):
    """A type using the main field kinds: text (primary), integer, select, object, multiobject, coordinates."""

    @classmethod
    def create_gadget_type(cls):
        cot = cls.create_custom_object_type(name='gadget', slug='gadgets', verbose_name='Gadget')
        site_type = cls.object_type_of('dcim', 'site')
        choices = cls.create_choice_set(name='Gadget status')
        cls.create_custom_object_type_field(cot, name='name', primary=True, required=True, is_cloneable=False)
        cls.create_custom_object_type_field(cot, name='count', type='integer', group_name='Numbers')
        cls.create_custom_object_type_field(cot, name='status', type='select', choice_set=choices, is_cloneable=True)
        cls.create_custom_object_type_field(cot, name='site', type='object', related_object_type=site_type)
        cls.create_custom_object_type_field(cot, name='sites', type='multiobject', related_object_type=site_type)
        cls.create_custom_object_type_field(cot, name='position', type='coordinates', is_cloneable=True)
        cls.create_custom_object_type_field(cot, name='secret', ui_editable='hidden')
        cot.refresh_from_db()
        return cot


class CustomObjectViewTest(
    GadgetTypeMixin, CustomObjectURLMixin, ListQueryCountMixin, ViewTestCases.PrimaryObjectViewTestCase,
):
    # The user picks sites in the object fields.
    user_permissions = ('dcim.view_site',)

    @classmethod
    def setUpTestData(cls):
        cls.custom_object_type = cls.create_gadget_type()
        cls.model = cls.custom_object_type.get_model()
        cls.sites = [Site.objects.create(name=f'Site {i}', slug=f'site-{i}') for i in range(3)]
        cls.tags = [Tag.objects.create(name=f'Tag {i}', slug=f'tag-{i}') for i in range(2)]
        for i in range(3):
            obj = cls.model.objects.create(name=f'Gadget {i}', count=i, status='a', site=cls.sites[0])
            obj.sites.set(cls.sites[:2])
            obj.tags.set(cls.tags)
        cls.form_data = {
            'name': 'Gadget X',
            'count': 42,
            'status': 'b',
            'site': cls.sites[1].pk,
            'sites': [cls.sites[1].pk, cls.sites[2].pk],
            'position_latitude': '45.500000',
            'position_longitude': '-73.600000',
            'tags': [t.pk for t in cls.tags],
        }
        cls.validation_excluded_fields = ('position_latitude', 'position_longitude')
        cls.csv_data = (
            'name,count,status,site,sites',
            'Gadget 4,4,a,Site 0,"site-1,Site 2"',
            f'Gadget 5,5,b,{cls.sites[1].pk},',
            'Gadget 6,,c,,',
        )
        pks = cls.model.objects.order_by('pk').values_list('pk', flat=True)
        cls.csv_update_data = (
            'id,name,count',
            *(f'{pk},Renamed {pk},{pk * 10}' for pk in pks),
        )
        cls.bulk_edit_data = {
            'count': 7,
            'status': 'c',
        }

    def setUp(self):
        super().setUp()
        # The current class of the type: another test may have rebuilt it (a definition change rolled back).
        self.model = self.custom_object_type.get_model()

    def make_list_objects(self, count):
        for i in range(self.model.objects.count(), count):
            obj = self.model.objects.create(name=f'Extra {i}', count=i, status='b', site=self.sites[i % 3])
            obj.sites.set(self.sites[:2])
            obj.tags.set(self.tags)

    def add_object_permissions(self, *actions):
        self.add_permissions(*(f'netbox_custom_objects.{action}_{self.model._meta.model_name}' for action in actions))

    def test_export_objects(self):
        # NetBox's version expects CSV; like NetBox's models with to_yaml() (device types), the default export of
        # custom objects is "All data (YAML)" (tests/ui/test_export.py checks its content).
        self.add_object_permissions('view')
        response = self.client.get(f'{self._get_url("list")}?export')
        self.assertHttpStatus(response, 200)
        self.assertEqual(response.get('Content-Type'), 'text/yaml')
        response = self.client.get(f'{self._get_url("list")}?export=table')
        self.assertHttpStatus(response, 200)
        self.assertEqual(response.get('Content-Type'), 'text/csv; charset=utf-8')

    def test_detail_page_shows_values_grouped_and_multiobject_cards(self):
        self.add_object_permissions('view')
        self.add_permissions('extras.view_journalentry', 'core.view_objectchange', 'tenancy.view_contactassignment')
        obj = self.model.objects.get(name='Gadget 0')
        content = self.client.get(obj.get_absolute_url()).content.decode()
        self.assertIn('Numbers', content)
        self.assertIn('Choice A', content)
        self.assertIn(self.sites[0].get_absolute_url(), content)
        self.assertIn('Sites', content)
        self.assertIn(f'netbox_custom_objects.gadgets:{obj.pk}', content)
        for tab in ('journal', 'changelog', 'contacts'):
            self.assertIn(self._get_url(tab, obj), content)
        self.assertNotIn(reverse('plugins:netbox_custom_objects:customobject_configcontext',
                                 kwargs={'custom_object_type': 'gadgets', 'pk': obj.pk}), content)

    def test_tag_links_go_to_the_filtered_list(self):
        self.add_object_permissions('view')
        obj = self.model.objects.get(name='Gadget 0')
        content = self.client.get(obj.get_absolute_url()).content.decode()
        self.assertIn(f'{self._get_url("list")}?tag=tag-0', content)

    def test_hidden_fields_are_not_on_the_form(self):
        self.add_object_permissions('add')
        content = self.client.get(self._get_url('add')).content.decode()
        self.assertIn('name="count"', content)
        self.assertNotIn('name="secret"', content)

    def test_read_only_fields_are_disabled(self):
        field = self.custom_object_type.fields.get(name='count')
        field.ui_editable = 'no'
        field.save()
        self.custom_object_type.refresh_from_db()
        self.model = self.custom_object_type.get_model()
        self.add_object_permissions('change')
        obj = self.model.objects.get(name='Gadget 1')
        content = self.client.get(self._get_url('edit', obj)).content.decode()
        self.assertRegex(content, r'name="count"[^>]*disabled')

    def test_clone_prefills_cloneable_fields(self):
        self.add_object_permissions('view', 'add')
        obj = self.model.objects.get(name='Gadget 0')
        obj.position_latitude, obj.position_longitude = 1, 2
        obj.save()
        content = self.client.get(obj.get_absolute_url()).content.decode()
        self.assertIn('status=a', content)
        self.assertIn('position_latitude=1', content)
        self.assertNotIn('name=Gadget', content)

    def test_quick_search_and_field_filters(self):
        self.add_object_permissions('view')
        url = self._get_url('list')
        content = self.client.get(url, {'q': 'Gadget 2'}).content.decode()
        self.assertIn('Gadget 2', content)
        self.assertNotIn('Gadget 1', content)
        content = self.client.get(url, {'count': 1}).content.decode()
        self.assertIn('Gadget 1', content)
        self.assertNotIn('Gadget 2', content)
        content = self.client.get(url, {'tag': 'tag-0'}).content.decode()
        self.assertIn('Gadget 2', content)

    def test_bulk_edit_nulls_coordinates_together(self):
        self.add_object_permissions('view', 'change')
        obj = self.model.objects.get(name='Gadget 0')
        obj.position_latitude, obj.position_longitude = 1, 2
        obj.save()
        response = self.client.post(self._get_url('bulk_edit'), {
            'pk': [obj.pk], '_apply': True, '_nullify': ['position_latitude'],
        })
        self.assertHttpStatus(response, 302)
        obj.refresh_from_db()
        self.assertIsNone(obj.position_latitude)
        self.assertIsNone(obj.position_longitude)

    def test_bulk_edit_offers_set_null_for_optional_fields_only(self):
        self.add_object_permissions('view', 'change')
        pks = list(self.model.objects.values_list('pk', flat=True))
        content = self.client.post(self._get_url('bulk_edit'), {'pk': pks}).content.decode()
        self.assertIn('value="count"', content)
        self.assertNotIn('name="_nullify" value="name"', content)

    def test_select_all_matching_edits_every_matching_object(self):
        self.add_object_permissions('view', 'change')
        self.make_list_objects(60)
        response = self.client.post(f'{self._get_url("bulk_edit")}?status=b', {
            '_all': True, 'pk': [], '_apply': True, 'count': 99,
        })
        self.assertHttpStatus(response, 302)
        self.assertEqual(self.model.objects.filter(status='b').exclude(count=99).count(), 0)
        self.assertTrue(self.model.objects.filter(status='b').exists())

    def test_import_resolves_objects_by_name_slug_or_id(self):
        self.add_object_permissions('add')
        response = self.client.post(self._get_url('bulk_import'), {
            'data': '\n'.join(self.csv_data), 'format': 'csv', 'csv_delimiter': ',',
        })
        self.assertEqual(response.status_code, 302, response.context and response.context['form'].errors)
        imported = self.model.objects.get(name='Gadget 4')
        self.assertEqual(imported.site, self.sites[0])
        self.assertEqual(set(imported.sites.all()), {self.sites[1], self.sites[2]})
        self.assertEqual(self.model.objects.get(name='Gadget 5').site, self.sites[1])

    def test_import_reports_unknown_references(self):
        self.add_object_permissions('add')
        response = self.client.post(self._get_url('bulk_import'), {
            'data': 'name,site\nBroken,No such site', 'format': 'csv', 'csv_delimiter': ',',
        })
        self.assertHttpStatus(response, 200)
        self.assertContains(response, 'No such site')
        self.assertFalse(self.model.objects.filter(name='Broken').exists())

    def test_config_context_tab_is_404_when_disabled(self):
        self.add_object_permissions('view')
        obj = self.model.objects.first()
        url = reverse('plugins:netbox_custom_objects:customobject_configcontext',
                      kwargs={'custom_object_type': 'gadgets', 'pk': obj.pk})
        self.assertHttpStatus(self.client.get(url), 404)

    def test_unknown_type_is_answered_as_a_type_without_permission(self):
        # (404 only to whom every type is open: tests/api/test_exposure.py)
        self.add_object_permissions('view')
        url = reverse('plugins:netbox_custom_objects:customobject_list', kwargs={'custom_object_type': 'nope'})
        self.assertHttpStatus(self.client.get(url), 403)

    def test_journal_entry_form_posts_to_the_plugin_view(self):
        self.add_object_permissions('view')
        self.add_permissions('extras.view_journalentry', 'extras.add_journalentry')
        obj = self.model.objects.first()
        content = self.client.get(self._get_url('journal', obj)).content.decode()
        self.assertIn('name="comments"', content)
        response = self.client.post(reverse('plugins:netbox_custom_objects:custom_journalentry_add'), {
            'assigned_object_type': self.custom_object_type.object_type_id, 'assigned_object_id': obj.pk,
            'kind': 'info', 'comments': 'Checked',
        })
        self.assertHttpStatus(response, 302)
        self.assertEqual(obj.journal_entries.get().created_by, self.user)

    def test_object_selector_finds_custom_objects(self):
        self.add_object_permissions('view')
        url = reverse('htmx_object_selector')
        label = f'netbox_custom_objects.{self.model._meta.model_name}'
        self.assertHttpStatus(self.client.get(url, {'_model': label, 'target': 'id_gadget'}), 200)
        response = self.client.get(url, {'_model': label, '_search': 'true', 'q': 'Gadget 1'})
        self.assertContains(response, 'Gadget 1')
        self.assertNotContains(response, 'Gadget 2')

    def test_saved_table_configuration_finds_the_table(self):
        self.assertIs(get_table_for_model(self.model), get_table_class(self.model))
