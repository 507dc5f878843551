"""Custom objects in NetBox's Jinja templates, as in upstream 0.7.1: the `custom_objects` variable (a type's manager by
name) and filter (`'<name>' | custom_objects`: all its objects), in export templates rendered by the list export
(`?export=<template name>`, REST and UI) and in config templates rendered by `config-templates/<id>/render/`. An
unknown name reads as an empty result, whatever is chained onto it, and is logged once."""

from django.test import override_settings
from django.urls import reverse
from rest_framework import status

from core.models import ObjectType
from dcim.models import Site
from extras.models import ConfigTemplate, ExportTemplate
from utilities.testing import APITestCase, TestCase

from netbox_custom_objects import jinja_env

from ..base import CustomObjectsTestMixin
from . import base

# Every item with its select label and site; the vendors through the variable, counted through the filter.
EXPORT_TEMPLATE = (
    "{% for item in queryset.order_by('name') %}{{ item.name }};{{ item.get_status_display() }};{{ item.site.name }}\n"
    "{% endfor %}"
    "vendors={% for v in custom_objects.vendor.order_by('name') %}{{ v.name }},{% endfor %}\n"
    "filtered={{ ('inventory_item' | custom_objects).filter(count__gte=2).count() }}\n"
)

CONFIG_TEMPLATE = (
    "{% for item in custom_objects.inventory_item.filter(site__name=site_name).order_by('name') %}"
    "item {{ item.name }} count {{ item.count }}\n{% endfor %}"
    "{% for v in 'vendor' | custom_objects %}vendor {{ v.name }} {{ v.country }}\n{% endfor %}"
    "unknown=[{% for x in custom_objects.no_such_type.filter(site__name='x').order_by('pk')[:3] %}{{ x }}"
    "{% endfor %}] {{ custom_objects.no_such_type.count() }} {{ custom_objects.no_such_type.exists() }} "
    "{{ custom_objects.no_such_type.first() }} {{ ('no_such_type' | custom_objects).all() | length }}"
)


class JinjaTestMixin(base.InventoryAPITestMixin):
    item_count = 3

    def setUp(self):
        super().setUp()
        jinja_env._reported_unknown.clear()


class ExportTemplateAPITest(JinjaTestMixin, APITestCase):

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.export_template = ExportTemplate.objects.create(name='Items', template_code=EXPORT_TEMPLATE,
                                                            mime_type='text/plain')
        cls.export_template.object_types.set([ObjectType.objects.get_for_model(cls.cot.get_model())])

    def setUp(self):
        super().setUp()
        base.grant(self.user, self.model, ['view'])
        base.grant(self.user, ExportTemplate, ['view'])

    def expected(self, items):
        lines = [f'{item.name};Choice A;{item.site.name}' for item in sorted(items, key=lambda i: i.name)]
        return '\n'.join([*lines, 'vendors=Vendor 1,Vendor 2,', 'filtered=2'])

    def test_the_rest_list_export_renders_the_types_objects_and_custom_objects(self):
        response = self.client.get(f'{self._get_list_url()}?export=Items', **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(response.content.decode(), self.expected(self.model.objects.all()))

    def test_the_export_renders_the_filtered_list(self):
        site = Site.objects.get(name='Site 2')
        response = self.client.get(f'{self._get_list_url()}?export=Items&site_id={site.pk}', **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(response.content.decode(), self.expected(self.model.objects.filter(site=site)))

    def test_the_ui_list_export_renders_the_same(self):
        self.client.force_login(self.user)
        url = reverse('plugins:netbox_custom_objects:customobject_list', kwargs={'custom_object_type': self.cot.slug})
        response = self.client.get(f'{url}?export=Items')
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(response.content.decode(), self.expected(self.model.objects.all()))


class ConfigTemplateAPITest(JinjaTestMixin, APITestCase):

    def setUp(self):
        super().setUp()
        base.grant(self.user, ConfigTemplate, ['view', 'render'])

    def render(self, code, data=None):
        template = ConfigTemplate.objects.create(name=f'T{ConfigTemplate.objects.count()}', template_code=code)
        url = reverse('extras-api:configtemplate-render', kwargs={'pk': template.pk})
        response = self.client.post(url, data or {}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        return response.data['content']

    def test_the_variable_and_the_filter_reach_the_objects_by_type_name(self):
        site = Site.objects.get(name='Site 2')
        expected_items = self.model.objects.filter(site=site).order_by('name')
        with self.assertLogs('netbox_custom_objects.jinja_env', 'WARNING') as logs:
            content = self.render(CONFIG_TEMPLATE, {'site_name': site.name})
        self.assertEqual(content, ''.join(f'item {i.name} count {i.count}\n' for i in expected_items)
                         + 'vendor Vendor 1 C1\nvendor Vendor 2 C2\n'
                         + 'unknown=[] 0 False None 0')
        self.assertTrue(expected_items.exists())
        # Named once, however many times the template reads it.
        self.assertEqual(len(logs.records), 1)
        self.assertIn("'no_such_type'", logs.output[0])

    def test_an_unknown_name_is_logged_once_per_process(self):
        with self.assertLogs('netbox_custom_objects.jinja_env', 'WARNING') as logs:
            self.render('{{ custom_objects.missing.count() }}')
            self.render("{{ ('missing' | custom_objects).count() }} {{ custom_objects.other | length }}")
        self.assertEqual([r.getMessage().split()[-1] for r in logs.records], ["'missing'", "'other'"])

    def test_a_type_created_under_a_name_reported_unknown_is_found(self):
        self.render('{{ custom_objects.later.count() }}')
        later = self.create_custom_object_type(name='later')
        self.create_custom_object_type_field(later, name='name', primary=True)
        later.get_model().objects.create(name='x')
        self.assertEqual(self.render("{{ custom_objects.later.count() }} {{ ('later' | custom_objects)[0] }}"), '1 x')

    def test_get_on_an_unknown_name_is_a_render_error(self):
        template = ConfigTemplate.objects.create(name='Get', template_code='{{ custom_objects.missing.get(pk=1) }}')
        url = reverse('extras-api:configtemplate-render', kwargs={'pk': template.pk})
        response = self.client.post(url, {}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_500_INTERNAL_SERVER_ERROR)


@override_settings(EXEMPT_VIEW_PERMISSIONS=['*'])
class JinjaContextTest(CustomObjectsTestMixin, TestCase):
    """The pieces outside a request: the variable is a fresh namespace per render, its attributes managers."""

    def test_each_render_gets_its_own_namespace_and_private_names_are_not_types(self):
        template = ConfigTemplate(name='x', template_code='')
        first, second = template.get_context()['custom_objects'], template.get_context()['custom_objects']
        self.assertIsNot(first, second)
        with self.assertRaises(AttributeError):
            first.__deepcopy__  # noqa: B018
        cot = self.create_custom_object_type(name='thing')
        self.assertIs(first.thing.model, cot.get_model())
        self.assertIs(first['thing'], first.thing)
