"""Views of the fields of a custom object type: NetBox's view test cases plus the adaptive form."""

from django.urls import reverse

from core.models import ObjectType
from dcim.models import Site
from utilities.testing import ViewTestCases

from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

from ..base import CustomObjectsTestMixin, column_names

BEHAVIOUR = {
    'weight': 100,
    'search_weight': 500,
    'filter_logic': 'loose',
    'ui_visible': 'always',
    'ui_editable': 'yes',
}


class CustomObjectTypeFieldViewTest(
    CustomObjectsTestMixin,
    ViewTestCases.GetObjectChangelogViewTestCase,
    ViewTestCases.CreateObjectViewTestCase,
    ViewTestCases.EditObjectViewTestCase,
    ViewTestCases.DeleteObjectViewTestCase,
):
    model = CustomObjectTypeField
    # Adding a field means picking its type, which the user must be allowed to see.
    user_permissions = ('netbox_custom_objects.view_customobjecttype',)

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='widget')
        for name in ('serial', 'asset_tag', 'notes'):
            cls.create_custom_object_type_field(cls.cot, name=name)
        cls.form_data = {
            'custom_object_type': cls.cot.pk,
            'name': 'firmware',
            'label': 'Firmware',
            'type': 'text',
            'description': 'Running firmware',
            'group_name': 'Software',
            'required': False,
            'validation_regex': '^v',
            **BEHAVIOUR,
        }

    def _get_base_url(self):
        return 'plugins:netbox_custom_objects:customobjecttypefield_{}'

    def test_add_form_takes_the_type_from_the_query(self):
        self.add_permissions('netbox_custom_objects.add_customobjecttypefield')
        response = self.client.get(f'{self._get_url("add")}?custom_object_type={self.cot.pk}')
        self.assertRegex(response.content.decode(), rf'<option value="{self.cot.pk}"\s+selected')

    def test_form_offers_only_the_options_of_the_chosen_type(self):
        self.add_permissions('netbox_custom_objects.add_customobjecttypefield')
        url = f'{self._get_url("add")}?custom_object_type={self.cot.pk}'
        text = self.client.get(f'{url}&type=text').content.decode()
        self.assertIn('name="validation_regex"', text)
        self.assertNotIn('name="validation_minimum"', text)
        self.assertNotIn('name="related_object_type"', text)
        integer = self.client.get(f'{url}&type=integer').content.decode()
        self.assertIn('name="validation_minimum"', integer)
        self.assertNotIn('name="validation_regex"', integer)
        obj = self.client.get(f'{url}&type=object').content.decode()
        self.assertIn('name="related_object_type"', obj)
        self.assertIn('name="on_delete_behavior"', obj)
        self.assertIn('name="primary"', obj)  # object fields may be primary, as upstream's
        multi = self.client.get(f'{url}&type=multiobject').content.decode()
        self.assertIn('name="related_object_type"', multi)
        self.assertNotIn('name="on_delete_behavior"', multi)
        self.assertNotIn('name="unique"', multi)
        select = self.client.get(f'{url}&type=select').content.decode()
        self.assertIn('name="choice_set"', select)

    def test_htmx_rerender_returns_the_form_only(self):
        self.add_permissions('netbox_custom_objects.add_customobjecttypefield')
        response = self.client.get(
            f'{self._get_url("add")}?custom_object_type={self.cot.pk}&type=integer', headers={'HX-Request': 'true'},
        )
        self.assertHttpStatus(response, 200)
        self.assertNotIn(b'<html', response.content)
        self.assertIn(b'name="validation_maximum"', response.content)

    def test_adding_an_object_field(self):
        self.add_permissions('netbox_custom_objects.add_customobjecttypefield')
        site_type = ObjectType.objects.get(app_label='dcim', model='site')
        response = self.client.post(self._get_url('add'), {
            **BEHAVIOUR, 'custom_object_type': self.cot.pk, 'name': 'site', 'type': 'object',
            'related_object_type': site_type.pk, 'on_delete_behavior': 'cascade',
        })
        self.assertHttpStatus(response, 302)
        field = CustomObjectTypeField.objects.get(custom_object_type=self.cot, name='site')
        self.assertEqual(field.on_delete_behavior, 'cascade')
        self.assertIn('site_id', column_names(self.cot.get_database_table_name()))

    def test_invalid_definition_is_a_form_error(self):
        self.add_permissions('netbox_custom_objects.add_customobjecttypefield')
        response = self.client.post(self._get_url('add'), {
            **BEHAVIOUR, 'custom_object_type': self.cot.pk, 'name': 'pick', 'type': 'select',
        })
        self.assertHttpStatus(response, 200)
        self.assertFalse(CustomObjectTypeField.objects.filter(name='pick').exists())

    def test_a_new_primary_field_demotes_the_previous_one(self):
        self.add_permissions('netbox_custom_objects.change_customobjecttypefield')
        serial = CustomObjectTypeField.objects.get(custom_object_type=self.cot, name='serial')
        serial.primary = True
        serial.save()
        notes = CustomObjectTypeField.objects.get(custom_object_type=self.cot, name='notes')
        response = self.client.post(self._get_url('edit', notes), {
            **BEHAVIOUR, 'custom_object_type': self.cot.pk, 'name': 'notes', 'type': 'text', 'primary': True,
        })
        self.assertEqual(response.status_code, 302, response.context and response.context['form'].errors)
        serial.refresh_from_db()
        self.assertFalse(serial.primary)

    def test_type_choices_on_edit_are_the_convertible_types(self):
        self.add_permissions('netbox_custom_objects.change_customobjecttypefield')
        serial = CustomObjectTypeField.objects.get(custom_object_type=self.cot, name='serial')
        text = self.client.get(self._get_url('edit', serial)).content.decode()
        self.assertIn('value="integer"', text)
        self.assertNotIn('value="multiobject"', text)

    def test_delete_page_counts_objects_holding_a_value(self):
        self.add_permissions('netbox_custom_objects.delete_customobjecttypefield')
        model = self.cot.get_model()
        model.objects.create(serial='A')
        model.objects.create(serial='B')
        model.objects.create()
        field = CustomObjectTypeField.objects.get(custom_object_type=self.cot, name='serial')
        response = self.client.get(self._get_url('delete', field))
        self.assertContains(response, '2 objects hold a value in this field')
        response = self.client.get(self._get_url('delete', field), headers={'HX-Request': 'true'})
        self.assertContains(response, '2 objects hold a value in this field')

    def test_add_field_button_on_the_type_page(self):
        self.add_permissions(
            'netbox_custom_objects.view_customobjecttype', 'netbox_custom_objects.change_customobjecttype',
            'netbox_custom_objects.add_customobjecttypefield',
        )
        response = self.client.get(self.cot.get_absolute_url())
        self.assertContains(response, f'{reverse("plugins:netbox_custom_objects:customobjecttypefield_add")}'
                                      f'?custom_object_type={self.cot.pk}')


class CustomObjectTypeLookupTest(CustomObjectsTestMixin, ViewTestCases.GetObjectChangelogViewTestCase):
    """The changelog of a field is reachable from its own URL."""
    model = CustomObjectTypeField

    @classmethod
    def setUpTestData(cls):
        cot = cls.create_custom_object_type(name='gizmo')
        cls.create_custom_object_type_field(cot, name='serial')
        assert CustomObjectType.objects.filter(name='gizmo').exists()

    def _get_base_url(self):
        return 'plugins:netbox_custom_objects:customobjecttypefield_{}'


class MultiObjectDefaultTest(CustomObjectsTestMixin, ViewTestCases.CreateObjectViewTestCase):
    """Saving a multi-object field with a default through the form links the objects that have no link yet."""
    model = CustomObjectTypeField
    user_permissions = ('netbox_custom_objects.view_customobjecttype',)

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='cabinet')
        cls.create_custom_object_type_field(cls.cot, name='label_text')
        cls.sites = [Site.objects.create(name=f'Site {i}', slug=f'site-{i}') for i in range(2)]
        cls.form_data = {
            **BEHAVIOUR, 'custom_object_type': cls.cot.pk, 'name': 'sites', 'type': 'multiobject',
            'related_object_type': ObjectType.objects.get(app_label='dcim', model='site').pk,
            'default': f'[{cls.sites[0].pk}]',
        }
        cls.validation_excluded_fields = ('default',)

    def _get_base_url(self):
        return 'plugins:netbox_custom_objects:customobjecttypefield_{}'

    def test_default_fills_empty_relations(self):
        model = self.cot.get_model()
        obj = model.objects.create(label_text='old')
        self.add_permissions('netbox_custom_objects.add_customobjecttypefield')
        self.assertHttpStatus(self.client.post(self._get_url('add'), self.form_data), 302)
        self.cot.refresh_from_db()
        obj = self.cot.get_model().objects.get(pk=obj.pk)
        self.assertEqual(list(obj.sites.all()), [self.sites[0]])
