"""The object list's "All data (YAML)" export: one YAML document per object with its field values."""

import datetime
import decimal

import yaml
from django.urls import reverse

from dcim.models import Site
from extras.models import Tag
from tenancy.models import Tenant
from utilities.testing import TestCase

from ..base import CustomObjectsTestMixin


class YAMLExportTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.sites = [Site.objects.create(name=f'Site {i}', slug=f'site-{i}') for i in range(2)]
        cls.tenant = Tenant.objects.create(name='Tenant', slug='tenant')
        cls.tag = Tag.objects.create(name='Gold', slug='gold')
        site_type = cls.object_type_of('dcim', 'site')
        cls.cot = cls.create_custom_object_type(name='asset', slug='assets', config_context_enabled=True)
        add = cls.create_custom_object_type_field
        add(cls.cot, name='name', primary=True)
        add(cls.cot, name='price', type='decimal')
        add(cls.cot, name='bought', type='date')
        add(cls.cot, name='status', type='select', choice_set=cls.create_choice_set())
        add(cls.cot, name='site', type='object', related_object_type=site_type)
        add(cls.cot, name='sites', type='multiobject', related_object_type=site_type)
        add(cls.cot, name='position', type='coordinates')
        add(cls.cot, name='anything', type='object', is_polymorphic=True,
            related_object_types=[site_type, cls.object_type_of('tenancy', 'tenant')])
        cls.cot.refresh_from_db()

    def setUp(self):
        super().setUp()
        self.model = self.cot.get_model()
        self.add_permissions(f'netbox_custom_objects.view_{self.model._meta.model_name}')
        self.list_url = reverse('plugins:netbox_custom_objects:customobject_list',
                                kwargs={'custom_object_type': 'assets'})

    def test_list_offers_the_yaml_export(self):
        self.assertContains(self.client.get(self.list_url), 'All Data (YAML)')

    def test_export_holds_every_object_with_its_values(self):
        first = self.model.objects.create(
            name='A1', price=decimal.Decimal('12.50'), bought=datetime.date(2024, 5, 1), status='b',
            site=self.sites[0], position_latitude=decimal.Decimal('45.5'), position_longitude=decimal.Decimal('-73.6'),
            anything=self.tenant, local_context_data={'ntp': ['10.0.0.1']},
        )
        first.sites.set(self.sites)
        first.tags.set([self.tag])
        second = self.model.objects.create(name='A2')
        response = self.client.get(self.list_url, {'export': ''})
        self.assertHttpStatus(response, 200)
        self.assertEqual(response['Content-Type'], 'text/yaml')
        self.assertIn('netbox_Assets.yaml', response['Content-Disposition'])
        documents = list(yaml.safe_load_all(response.content.decode()))
        self.assertEqual(documents[0], {
            'id': first.pk, 'name': 'A1', 'price': 12.5, 'bought': '2024-05-01', 'status': 'b',
            'site': self.sites[0].pk, 'sites': [s.pk for s in self.sites],
            'position_latitude': 45.5, 'position_longitude': -73.6,
            'anything': {'content_type': 'tenancy.tenant', 'object_id': self.tenant.pk},
            'local_context_data': {'ntp': ['10.0.0.1']}, 'owner': None, 'tags': ['gold'],
        })
        self.assertEqual(documents[1]['id'], second.pk)
        self.assertIsNone(documents[1]['site'])
        self.assertEqual(documents[1]['sites'], [])

    def test_export_follows_the_list_filters(self):
        self.model.objects.create(name='A1', status='a')
        self.model.objects.create(name='A2', status='b')
        response = self.client.get(self.list_url, {'export': '', 'status': 'b'})
        self.assertEqual([d['name'] for d in yaml.safe_load_all(response.content.decode())], ['A2'])
