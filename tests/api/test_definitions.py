"""The definition endpoints: custom-object-types/ and custom-object-type-fields/."""

from django.conf import settings
from django.test import override_settings
from django.urls import reverse
from rest_framework import status

from core.models import ObjectType
from users.models import ObjectPermission
from utilities.testing import APITestCase

from netbox_custom_objects.constants import model_name
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

from ..base import CustomObjectsTestMixin
from . import base

TYPE_FIELDS = {
    'id', 'url', 'display', 'name', 'verbose_name', 'verbose_name_plural', 'slug', 'version', 'group_name',
    'display_expression', 'description', 'config_context_enabled', 'tags', 'custom_fields', 'created',
    'last_updated', 'fields', 'schema_document', 'table_model_name', 'object_type_name',
}
FIELD_FIELDS = {
    'id', 'url', 'display', 'name', 'label', 'custom_object_type', 'description', 'type', 'primary', 'context',
    'required', 'unique', 'default', 'choice_set', 'validation_regex', 'validation_minimum', 'validation_maximum',
    'is_polymorphic', 'related_object_type', 'related_object_types', 'related_object_filter', 'related_name',
    'on_delete_behavior', 'group_name', 'search_weight', 'filter_logic', 'ui_visible', 'ui_editable', 'weight',
    'is_cloneable', 'comments', 'schema_id', 'deprecated', 'deprecated_since', 'scheduled_removal', 'created',
    'last_updated',
}


class CustomObjectTypeTest(base.PluginAPITestMixin, base.APIViewTestCase):
    model = CustomObjectType
    brief_fields = ['description', 'display', 'id', 'name', 'slug', 'url']
    create_data = [
        {'name': 'circuit_link', 'slug': 'circuit-links', 'description': 'Links', 'version': '1.0'},
        {'name': 'rack_note', 'slug': 'rack-notes', 'group_name': 'Notes'},
        {'name': 'license', 'slug': 'licenses', 'verbose_name': 'Software licence'},
    ]
    bulk_update_data = {'description': 'Updated'}
    bulk_update_invalid_data = {'version': 'not a version'}

    @classmethod
    def setUpTestData(cls):
        for name in ('alpha', 'bravo', 'charlie'):
            cls.create_custom_object_type(name=name)

    def test_nested_fields_are_those_the_user_may_view(self):
        self.add_permissions('netbox_custom_objects.view_customobjecttype')
        cot = CustomObjectType.objects.get(name='alpha')
        for name in ('shown', 'hidden'):
            self.create_custom_object_type_field(cot, name=name)
        response = self.client.get(self._get_detail_url(cot), **self.header)
        self.assertEqual(response.data['fields'], [])
        permission = ObjectPermission.objects.create(name='shown fields', actions=['view'],
                                                     constraints={'name': 'shown'})
        permission.users.add(self.user)
        permission.object_types.add(self.object_type_of('netbox_custom_objects', 'customobjecttypefield'))
        for url in (self._get_detail_url(cot), self._get_list_url()):
            response = self.client.get(url, **self.header)
            data = response.data if 'fields' in response.data else response.data['results'][0]
            self.assertEqual([f['name'] for f in data['fields']], ['shown'])

    def test_representation_lists_upstream_fields(self):
        self.add_permissions('netbox_custom_objects.view_customobjecttype',
                             'netbox_custom_objects.view_customobjecttypefield')
        cot = CustomObjectType.objects.get(name='alpha')
        self.create_custom_object_type_field(cot, name='serial')
        response = self.client.get(self._get_detail_url(cot), **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(set(response.data), TYPE_FIELDS)
        self.assertEqual(response.data['table_model_name'], f'Table{cot.pk}Model')
        self.assertEqual(response.data['object_type_name'], f'netbox_custom_objects.{model_name(cot.pk)}')
        self.assertEqual([f['name'] for f in response.data['fields']], ['serial'])

    def test_filter_by_slug_and_name(self):
        self.add_permissions('netbox_custom_objects.view_customobjecttype')
        for query, expected in (('slug=bravo', ['bravo']), ('name=charlie', ['charlie']), ('q=alp', ['alpha'])):
            response = self.client.get(f'{self._get_list_url()}?{query}', **self.header)
            self.assertEqual([t['name'] for t in response.data['results']], expected, query)

    def test_config_context_enabled_cannot_change(self):
        self.add_permissions('netbox_custom_objects.change_customobjecttype')
        cot = CustomObjectType.objects.get(name='alpha')
        response = self.client.patch(self._get_detail_url(cot), {'config_context_enabled': True}, format='json',
                                     **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn('config_context_enabled', response.data)

    def test_bad_names_and_reserved_slugs_are_400(self):
        self.add_permissions('netbox_custom_objects.add_customobjecttype')
        for data, key in (
            ({'name': 'Bad Name', 'slug': 'bad'}, 'name'),
            ({'name': 'good', 'slug': 'linked-objects'}, 'slug'),
            ({'name': 'alpha', 'slug': 'other'}, 'name'),
            ({'name': 'good', 'slug': 'good', 'display_expression': '{{ broken'}, 'display_expression'),
        ):
            response = self.client.post(self._get_list_url(), data, format='json', **self.header)
            self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
            self.assertIn(key, response.data)

    def test_type_limit_is_400(self):
        self.add_permissions('netbox_custom_objects.add_customobjecttype')
        plugins_config = {**settings.PLUGINS_CONFIG, 'netbox_custom_objects': {'max_custom_object_types': 3}}
        with override_settings(PLUGINS_CONFIG=plugins_config):
            response = self.client.post(self._get_list_url(), self.create_data[0], format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn('3', str(response.data))

    def test_deleting_a_type_other_types_refer_to_is_409(self):
        self.add_permissions('netbox_custom_objects.delete_customobjecttype')
        target = CustomObjectType.objects.get(name='alpha')
        other = CustomObjectType.objects.get(name='bravo')
        self.create_custom_object_type_field(
            other, name='link', type='object', related_object_type=ObjectType.objects.get_for_model(target.get_model())
        )
        response = self.client.delete(self._get_detail_url(target), **self.header)
        self.assertHttpStatus(response, status.HTTP_409_CONFLICT)
        self.assertTrue(CustomObjectType.objects.filter(pk=target.pk).exists())


class CustomObjectTypeFieldTest(base.PluginAPITestMixin, base.APIViewTestCase):
    model = CustomObjectTypeField
    brief_fields = sorted(FIELD_FIELDS)  # no brief form: every attribute, as upstream
    validation_excluded_fields = ['app_label', 'model']
    bulk_update_data = {'description': 'Updated', 'weight': 200}
    bulk_update_invalid_data = {'validation_regex': '['}

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='widget')
        for name in ('alpha', 'bravo', 'charlie'):
            cls.create_custom_object_type_field(cls.cot, name=name)
        cls.create_data = [
            {'custom_object_type': cls.cot.pk, 'name': 'serial', 'type': 'text', 'validation_regex': '^[A-Z]+$'},
            {'custom_object_type': cls.cot.pk, 'name': 'count', 'type': 'integer', 'validation_minimum': 1},
            {'custom_object_type': cls.cot.pk, 'name': 'site', 'type': 'object', 'app_label': 'dcim',
             'model': 'site', 'on_delete_behavior': 'cascade'},
        ]

    def _field(self, name):
        return CustomObjectTypeField.objects.get(custom_object_type=self.cot, name=name)

    def _create(self, **data):
        self.add_permissions('netbox_custom_objects.add_customobjecttypefield')
        return self.client.post(self._get_list_url(), {'custom_object_type': self.cot.pk, **data}, format='json',
                                **self.header)

    def test_representation_lists_upstream_fields(self):
        self.add_permissions('netbox_custom_objects.view_customobjecttypefield')
        response = self.client.get(self._get_detail_url(self._field('alpha')), **self.header)
        self.assertEqual(set(response.data), FIELD_FIELDS)
        self.assertIsNone(response.data['on_delete_behavior'])
        self.assertIsNone(response.data['related_object_type'])

    def test_object_field_by_app_label_and_model(self):
        response = self._create(name='site', type='object', app_label='dcim', model='site',
                                on_delete_behavior='protect')
        self.assertHttpStatus(response, status.HTTP_201_CREATED)
        site_type = ObjectType.objects.get(app_label='dcim', model='site')
        self.assertEqual(response.data['related_object_type'],
                         {'id': site_type.pk, 'app_label': 'dcim', 'model': 'site'})
        self.assertEqual(response.data['on_delete_behavior'], 'protect')

    def test_custom_object_aliases(self):
        target = self.create_custom_object_type(name='gadget')
        expected = {'id': target.object_type_id, 'app_label': 'netbox_custom_objects', 'model': model_name(target.pk)}
        for name, app_label, model in (
            ('by_slug', 'custom-objects', 'gadget'),
            ('by_model', 'netbox_custom_objects', f'table{target.pk}model'),
            ('by_model_mixed_case', 'custom-objects', f'Table{target.pk}Model'),
        ):
            response = self._create(name=name, type='multiobject', app_label=app_label, model=model)
            self.assertHttpStatus(response, status.HTTP_201_CREATED)
            self.assertEqual(response.data['related_object_type'], expected)

    def test_unknown_or_incomplete_references_are_400(self):
        for data in (
            {'app_label': 'dcim', 'model': 'nothing'},
            {'app_label': 'custom-objects', 'model': 'no-such-slug'},
            {'app_label': 'dcim'},
            {'model': 'site'},
        ):
            response = self._create(name='link', type='object', **data)
            self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
            self.assertIn('model', response.data)
        self.assertFalse(CustomObjectTypeField.objects.filter(name='link').exists())

    def test_related_object_type_is_immutable(self):
        self.create_custom_object_type_field(self.cot, name='site', type='object',
                                             related_object_type=ObjectType.objects.get(app_label='dcim', model='site'))
        self.add_permissions('netbox_custom_objects.change_customobjecttypefield')
        url = self._get_detail_url(self._field('site'))
        same = self.client.patch(url, {'app_label': 'dcim', 'model': 'site', 'label': 'Where'}, format='json',
                                 **self.header)
        self.assertHttpStatus(same, status.HTTP_200_OK)
        other = self.client.patch(url, {'app_label': 'dcim', 'model': 'device'}, format='json', **self.header)
        self.assertHttpStatus(other, status.HTTP_400_BAD_REQUEST)
        self.assertEqual(self._field('site').related_object_type.model, 'site')

    def test_polymorphism_is_immutable(self):
        self.add_permissions('netbox_custom_objects.change_customobjecttypefield')
        response = self.client.patch(self._get_detail_url(self._field('alpha')), {'is_polymorphic': True},
                                     format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)

    def test_related_object_types_input_is_immutable(self):
        self.add_permissions('netbox_custom_objects.change_customobjecttypefield')
        response = self.client.patch(
            self._get_detail_url(self._field('alpha')),
            {'related_object_types_input': [{'app_label': 'dcim', 'model': 'site'}]}, format='json', **self.header,
        )
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn('related_object_types_input', response.data)

    def test_on_delete_behavior_only_for_object_fields(self):
        for field_type, extra in (('text', {}), ('multiobject', {'app_label': 'dcim', 'model': 'site'})):
            response = self._create(name='f', type=field_type, on_delete_behavior='cascade', **extra)
            self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
            self.assertIn('on_delete_behavior', response.data)
        response = self._create(name='f', type='text', on_delete_behavior=None)
        self.assertHttpStatus(response, status.HTTP_201_CREATED)
        self.assertIsNone(response.data['on_delete_behavior'])

    def test_definition_errors_are_400(self):
        choice_set = self.create_choice_set()
        for data, key in (
            ({'name': 'alpha', 'type': 'text'}, '__all__'),
            ({'name': 'Bad Name', 'type': 'text'}, 'name'),
            ({'name': 'tags', 'type': 'text'}, 'name'),
            ({'name': 'n', 'type': 'no-such-type'}, 'type'),
            ({'name': 'n', 'type': 'select'}, 'choice_set'),
            ({'name': 'n', 'type': 'text', 'choice_set': choice_set.pk}, 'choice_set'),
            ({'name': 'n', 'type': 'object'}, 'related_object_type'),
            ({'name': 'n', 'type': 'integer', 'validation_minimum': 5, 'validation_maximum': 1}, 'validation_maximum'),
            ({'name': 'n', 'type': 'integer', 'default': 'x'}, 'default'),
            ({'name': 'n', 'type': 'boolean', 'unique': True}, 'unique'),
            ({'name': 'n', 'type': 'text', 'validation_regex': '['}, 'validation_regex'),
        ):
            response = self._create(**data)
            self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
            self.assertIn(key, response.data, data)

    def test_type_change_refused_by_stored_data_is_400(self):
        model = self.cot.get_model()
        model.objects.create(alpha='not a number')
        self.add_permissions('netbox_custom_objects.change_customobjecttypefield')
        url = self._get_detail_url(self._field('alpha'))
        response = self.client.patch(url, {'type': 'integer'}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertEqual(self._field('alpha').type, 'text')

    def test_unique_refused_by_duplicates_is_400(self):
        model = self.cot.get_model()
        model.objects.create(alpha='same')
        model.objects.create(alpha='same')
        self.add_permissions('netbox_custom_objects.change_customobjecttypefield')
        response = self.client.patch(self._get_detail_url(self._field('alpha')), {'unique': True}, format='json',
                                     **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertFalse(self._field('alpha').unique)

    def test_filters(self):
        other = self.create_custom_object_type(name='other')
        self.create_custom_object_type_field(other, name='delta', type='integer')
        self.add_permissions('netbox_custom_objects.view_customobjecttypefield')
        for query, expected in (
            (f'custom_object_type_id={other.pk}', ['delta']),
            ('custom_object_type=widget', ['alpha', 'bravo', 'charlie']),
            ('type=integer', ['delta']),
            ('name=bravo', ['bravo']),
        ):
            response = self.client.get(f'{self._get_list_url()}?{query}', **self.header)
            self.assertEqual(sorted(f['name'] for f in response.data['results']), expected, query)


class RootViewTest(CustomObjectsTestMixin, APITestCase):

    def test_root_lists_fixed_endpoints_and_viewable_types(self):
        visible = self.create_custom_object_type(name='visible')
        self.create_custom_object_type(name='hidden')
        self.add_permissions(f'netbox_custom_objects.view_{model_name(visible.pk)}')
        response = self.client.get(reverse(f'{base.API_NAMESPACE}:api-root'), **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(
            sorted(response.data), ['custom-object-type-fields', 'custom-object-types', 'linked-objects', 'visible']
        )
        self.assertTrue(response.data['visible'].endswith('/api/plugins/custom-objects/visible/'))
