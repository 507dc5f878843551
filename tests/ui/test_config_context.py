"""Config context for types that opt in: the local data column, its form field, the merged context and the tab."""

import json

from django.urls import reverse

from dcim.models import Region, Site
from extras.models import ConfigContext, Tag
from tenancy.models import Tenant
from utilities.testing import TestCase

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.ddl import DropColumn, apply
from netbox_custom_objects.dynamic_models.base_columns import base_columns
from netbox_custom_objects.healing import heal_type

from ..base import CustomObjectsTestMixin, column_names

NAME = 'plugins:netbox_custom_objects:customobject_{}'


class ConfigContextTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.region = Region.objects.create(name='Region', slug='region')
        cls.site = Site.objects.create(name='Site 1', slug='site-1', region=cls.region)
        cls.other_site = Site.objects.create(name='Site 2', slug='site-2')
        cls.tenant = Tenant.objects.create(name='Tenant', slug='tenant')
        cls.tag = Tag.objects.create(name='Gold', slug='gold')
        site_type, tenant_type = cls.object_type_of('dcim', 'site'), cls.object_type_of('tenancy', 'tenant')

        cls.cot = cls.create_custom_object_type(name='server', slug='servers', config_context_enabled=True)
        cls.create_custom_object_type_field(cls.cot, name='name', primary=True)
        cls.create_custom_object_type_field(cls.cot, name='site', type='object', related_object_type=site_type)
        cls.create_custom_object_type_field(cls.cot, name='tenant', type='object', related_object_type=tenant_type)
        cls.cot.refresh_from_db()
        # Name and target must both match the convention: this `site` field points at tenants and is ignored.
        cls.odd_cot = cls.create_custom_object_type(name='oddity', slug='oddities', config_context_enabled=True)
        cls.create_custom_object_type_field(cls.odd_cot, name='site', type='object', related_object_type=tenant_type)
        cls.odd_cot.refresh_from_db()
        cls.plain_cot = cls.create_custom_object_type(name='plain', slug='plains')

        def context(name, weight, data, **scope):
            obj = ConfigContext.objects.create(name=name, weight=weight, data=data)
            for attribute, objects in scope.items():
                getattr(obj, attribute).set(objects)
            return obj

        context('global', 1000, {'a': 1, 'nested': {'x': 1}})
        context('region', 1100, {'nested': {'r': 'region'}}, regions=[cls.region])
        context('site', 2000, {'nested': {'y': 2}, 'a': 2}, sites=[cls.site])
        context('other site', 2000, {'other': True}, sites=[cls.other_site])
        context('tenant and tag', 3000, {'gold': True}, tenants=[cls.tenant], tags=[cls.tag])

    def setUp(self):
        super().setUp()
        self.model = self.cot.get_model()

    def make(self, **values):
        tags = values.pop('tags', ())
        obj = self.model.objects.create(**values)
        obj.tags.set(tags)
        return obj

    def test_only_opted_in_types_get_the_column_and_the_behaviour(self):
        self.assertIn('local_context_data', column_names(table_name(self.cot.pk)))
        self.assertNotIn('local_context_data', column_names(table_name(self.plain_cot.pk)))
        self.assertTrue(hasattr(self.model, 'get_config_context'))
        self.assertFalse(hasattr(self.plain_cot.get_model(), 'get_config_context'))

    def test_healing_adds_the_column_to_a_table_made_without_it(self):
        table = table_name(self.cot.pk)
        apply([DropColumn(table, 'local_context_data', dict(base_columns(True))['local_context_data'])])
        self.assertEqual(heal_type(self.cot)['added'], ['local_context_data'])
        self.assertIn('local_context_data', column_names(table))
        self.assertEqual(heal_type(self.plain_cot)['added'], [])

    def test_contexts_merge_by_weight_and_local_data_wins(self):
        obj = self.make(name='s1', site=self.site, tenant=self.tenant, tags=[self.tag],
                        local_context_data={'a': 'local', 'nested': {'z': 3}})
        self.assertEqual(obj.get_config_context(), {
            'a': 'local', 'nested': {'x': 1, 'r': 'region', 'y': 2, 'z': 3}, 'gold': True,
        })
        self.assertEqual([c.name for c in obj.get_source_contexts()], ['global', 'region', 'site', 'tenant and tag'])

    def test_scopes_that_do_not_match_are_left_out(self):
        obj = self.make(name='s2', site=self.other_site, tenant=self.tenant)
        self.assertEqual(obj.get_config_context(), {'a': 1, 'nested': {'x': 1}, 'other': True})

    def test_without_convention_fields_only_local_data_applies(self):
        odd = self.odd_cot.get_model().objects.create(site=self.tenant, local_context_data={'mine': 1})
        self.assertEqual(odd.get_config_context(), {'mine': 1})
        self.assertFalse(odd.get_source_contexts().exists())

    def test_tab_shows_rendered_and_permitted_source_contexts(self):
        obj = self.make(name='s3', site=self.site, local_context_data={'a': 'local'})
        self.add_permissions(f'netbox_custom_objects.view_{self.model._meta.model_name}')
        url = reverse(NAME.format('configcontext'), kwargs={'custom_object_type': 'servers', 'pk': obj.pk})
        response = self.client.get(url, {'format': 'json'})
        self.assertHttpStatus(response, 200)
        self.assertEqual(response.context['rendered_context'], obj.get_config_context())
        self.assertFalse(response.context['source_contexts'].exists())  # the user may not view ConfigContexts
        self.assertContains(response, '&quot;local&quot;')
        self.add_permissions('extras.view_configcontext')
        response = self.client.get(url, {'format': 'yaml'})
        self.assertEqual([c.name for c in response.context['source_contexts']], ['global', 'region', 'site'])
        self.assertContains(response, 'a: local')
        self.assertContains(response, obj.get_absolute_url())  # the tab strip of the object

    def test_detail_page_links_the_tab(self):
        obj = self.make(name='s4')
        self.add_permissions(f'netbox_custom_objects.view_{self.model._meta.model_name}')
        url = reverse(NAME.format('configcontext'), kwargs={'custom_object_type': 'servers', 'pk': obj.pk})
        self.assertContains(self.client.get(obj.get_absolute_url()), url)

    def test_form_takes_local_data_as_a_json_object(self):
        self.add_permissions(f'netbox_custom_objects.add_{self.model._meta.model_name}', 'dcim.view_site')
        add = reverse(NAME.format('add'), kwargs={'custom_object_type': 'servers'})
        self.assertContains(self.client.get(add), 'name="local_context_data"')
        response = self.client.post(add, {'name': 'bad', 'local_context_data': '[1, 2]'})
        self.assertHttpStatus(response, 200)
        self.assertIn('local_context_data', response.context['form'].errors)
        response = self.client.post(add, {'name': 'good', 'local_context_data': json.dumps({'ntp': ['a']})})
        self.assertHttpStatus(response, 302)
        self.assertEqual(self.model.objects.get(name='good').local_context_data, {'ntp': ['a']})

    def test_list_filters_by_local_data(self):
        with_data = self.make(name='with', local_context_data={'k': 1})
        without = self.make(name='without')
        self.add_permissions(f'netbox_custom_objects.view_{self.model._meta.model_name}')
        url = reverse(NAME.format('list'), kwargs={'custom_object_type': 'servers'})
        for value, shown, hidden in (('true', with_data, without), ('false', without, with_data)):
            with self.subTest(value=value):
                content = self.client.get(url, {'local_context_data': value}).content.decode()
                self.assertIn(shown.get_absolute_url(), content)
                self.assertNotIn(hidden.get_absolute_url(), content)
        self.assertContains(self.client.get(url), 'name="local_context_data"')

    def test_plain_types_have_no_local_data_field(self):
        model = self.plain_cot.get_model()
        self.add_permissions(f'netbox_custom_objects.add_{model._meta.model_name}')
        add = reverse(NAME.format('add'), kwargs={'custom_object_type': 'plains'})
        self.assertNotContains(self.client.get(add), 'local_context_data')

    def test_api_reads_and_validates_local_data(self):
        obj = self.make(name='s5', local_context_data={'k': 1})
        self.add_permissions(*(f'netbox_custom_objects.{action}_{self.model._meta.model_name}'
                               for action in ('view', 'change')))
        url = reverse('plugins-api:netbox_custom_objects-api:customobject-detail',
                      kwargs={'custom_object_type': 'servers', 'pk': obj.pk})
        self.assertEqual(self.client.get(url).json()['local_context_data'], {'k': 1})
        response = self.client.patch(url, json.dumps({'local_context_data': [1]}), content_type='application/json')
        self.assertHttpStatus(response, 400)
        self.assertIn('local_context_data', response.json())
