"""Input that must never give a 5xx in the UI (issue 16, "no 5xx from input"; review findings 11, 12, 13, 15, 17, 19
and the multiselect filter): a normal page, or the form again with an error."""

from django.urls import reverse

from dcim.models import Site
from utilities.testing import TestCase

from netbox_custom_objects.models import CustomObjectTypeField

from ..base import CustomObjectsTestMixin, column_type

SCHEMA_URL = 'plugins:netbox_custom_objects:schema'
FIELD_EDIT_URL = 'plugins:netbox_custom_objects:customobjecttypefield_edit'
FIELD_ADD_URL = 'plugins:netbox_custom_objects:customobjecttypefield_add'
BEHAVIOUR = {'weight': 100, 'search_weight': 500, 'filter_logic': 'loose', 'ui_visible': 'always',
             'ui_editable': 'yes'}


class InputsUITest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='gadget')
        cls.create_custom_object_type_field(cls.cot, name='name', primary=True)
        cls.create_custom_object_type_field(cls.cot, name='price', type='decimal')
        cls.create_custom_object_type_field(cls.cot, name='seen', type='datetime')
        cls.create_custom_object_type_field(cls.cot, name='labels', type='multiselect',
                                            choice_set=cls.create_choice_set())
        cls.create_custom_object_type_field(cls.cot, name='data', type='json')
        cls.when = cls.create_custom_object_type_field(cls.cot, name='when')
        site_type = cls.object_type_of('dcim', 'site')
        cls.create_custom_object_type_field(cls.cot, name='thing', type='object', is_polymorphic=True,
                                            related_object_types=[site_type])

    def setUp(self):
        super().setUp()
        self.user.is_superuser = True
        self.user.save()
        self.model = self.cot.get_model()
        self.model.objects.create(name='Gadget A', price='1.5', labels=['a', 'b'], when='2024-02-30')
        self.model.objects.create(name='Gadget B', labels=['c'])
        self.list_url = reverse('plugins:netbox_custom_objects:customobject_list',
                                kwargs={'custom_object_type': self.cot.slug})

    def test_quick_search_with_odd_numbers(self):
        # Finding 12
        for text in ('NaN', 'Infinity', '-inf', '1e999999', '2024-01-01T00:00:00+20:00'):
            with self.subTest(q=text):
                self.assertHttpStatus(self.client.get(self.list_url, {'q': text}), 200)
        self.assertContains(self.client.get(self.list_url, {'q': '1.5'}), 'Gadget A')

    def test_multiselect_filter(self):
        response = self.client.get(self.list_url, {'labels': 'b'})
        self.assertContains(response, 'Gadget A')
        self.assertNotContains(response, 'Gadget B')
        response = self.client.get(f'{self.list_url}?labels=a&labels=c')
        self.assertContains(response, 'Gadget A')
        self.assertContains(response, 'Gadget B')

    def test_deep_schema_document_is_a_form_error(self):
        # Finding 15
        for text in ('[' * 100000, '{"a": ' * 100000, 'a:\n' + '[' * 5000, '{"types": ' + '[' * 500 + ']' * 500 + '}'):
            with self.subTest(text=text[:10]):
                response = self.client.post(reverse(SCHEMA_URL), {'data': text})
                self.assertHttpStatus(response, 200)
                self.assertTrue(response.context['import_form'].errors)

    def test_field_conversion_refused_by_the_database_is_a_form_error(self):
        # Finding 17: `2024-02-30` passes the date pattern; PostgreSQL refuses it while converting the column.
        response = self.client.post(reverse(FIELD_EDIT_URL, kwargs={'pk': self.when.pk}), {
            **BEHAVIOUR, 'name': 'when', 'type': 'date',
        })
        self.assertHttpStatus(response, 200)
        # (the database's own text is logged, not shown: tests/api/test_exposure.py)
        self.assertIn('cannot be converted', str(response.context['form'].non_field_errors()))
        self.when.refresh_from_db()
        self.assertEqual(self.when.type, 'text')
        self.assertIn(column_type(self.cot.get_database_table_name(), 'when'), ('text', 'character varying'))

    def test_only_relation_targets_are_offered(self):
        # Finding 13
        response = self.client.get(reverse(FIELD_ADD_URL), {'custom_object_type': self.cot.pk, 'type': 'object'})
        choices = {str(label) for value, label in response.context['form'].fields['related_object_type'].choices}
        self.assertTrue({'DCIM > Site', 'Extras > Tag', 'Custom Objects > Gadget'} <= choices)
        self.assertFalse([label for label in choices if label.startswith('Users >')])
        self.assertFalse({'Core > Object Type', 'Core > Job', 'Core > Object Change'} & choices)
        objecttype = self.object_type_of('core', 'objecttype')
        response = self.client.post(reverse(FIELD_ADD_URL), {
            **BEHAVIOUR, 'custom_object_type': self.cot.pk, 'name': 'ref', 'type': 'object',
            'related_object_type': objecttype.pk, 'on_delete_behavior': 'set_null',
        })
        self.assertHttpStatus(response, 200)
        self.assertIn('related_object_type', response.context['form'].errors)
        self.assertFalse(CustomObjectTypeField.objects.filter(name='ref').exists())

    def test_nul_character_in_json_is_a_form_error(self):
        # Finding 19
        obj = self.model.objects.get(name='Gadget B')
        url = reverse('plugins:netbox_custom_objects:customobject_edit',
                      kwargs={'custom_object_type': self.cot.slug, 'pk': obj.pk})
        response = self.client.post(url, {'name': 'Gadget B', 'data': '{"a": "\\u0000"}'})
        self.assertHttpStatus(response, 200)
        self.assertIn('data', response.context['form'].errors)

    def test_linked_objects_tab_lists_polymorphic_references(self):
        # Finding 11 (the UI tab left polymorphic references out)
        site = Site.objects.create(name='Site 1', slug='site-1')
        obj = self.model.objects.get(name='Gadget B')
        obj.thing = site
        obj.save()
        response = self.client.get(reverse('dcim:site_custom_objects', kwargs={'pk': site.pk}))
        self.assertContains(response, 'Gadget B')
        content = self.client.get(site.get_absolute_url()).content.decode()
        self.assertRegex(content, r'Custom Objects\s*<span class="badge[^"]*">1<')
