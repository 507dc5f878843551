"""`related_name` on polymorphic object and multiobject fields: a reverse accessor on each allowed target's class, as
non-polymorphic fields have (issue 13 item 4)."""

from django.urls import reverse
from rest_framework import status

from dcim.models import Site
from ipam.models import VLAN
from utilities.testing import APITestCase

from netbox_custom_objects.models import CustomObjectTypeField

from ..api import base
from ..base import CustomObjectsTestMixin


class PolymorphicReverseAccessorTest(CustomObjectsTestMixin, APITestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site_type, cls.vlan_type = cls.object_type_of('dcim', 'site'), cls.object_type_of('ipam', 'vlan')
        cls.cot = cls.create_custom_object_type(name='holder')
        cls.create_custom_object_type_field(cls.cot, name='title', primary=True)
        cls.create_custom_object_type_field(
            cls.cot,
            name='thing',
            type='object',
            is_polymorphic=True,
            related_name='holders',
            related_object_types=[cls.site_type, cls.vlan_type],
        )
        cls.create_custom_object_type_field(
            cls.cot,
            name='things',
            type='multiobject',
            is_polymorphic=True,
            related_name='holder_groups',
            related_object_types=[cls.site_type, cls.vlan_type],
        )
        cls.site = Site.objects.create(name='Site 1', slug='site-1')
        cls.vlan = VLAN.objects.create(name='VLAN 1', vid=1)

    def setUp(self):
        super().setUp()
        self.model = self.cot.get_model()
        self.by_site = self.model.objects.create(title='by site', thing=self.site)
        self.by_vlan = self.model.objects.create(title='by vlan', thing=self.vlan)
        self.grouped = self.model.objects.create(title='grouped', things=[self.site, self.vlan])

    def test_each_target_has_the_reverse_accessors(self):
        self.assertEqual(list(self.site.holders.all()), [self.by_site])
        self.assertEqual(list(self.vlan.holders.all()), [self.by_vlan])
        self.assertEqual(list(self.site.holder_groups.all()), [self.grouped])
        self.assertEqual(self.vlan.holder_groups.count(), 1)
        self.assertEqual(list(self.site.holders.filter(title='nothing')), [])

    def test_the_accessor_follows_related_name_changes_and_deletion(self):
        field = self.cot.fields.get(name='thing')
        field.related_name = 'keepers'
        field.full_clean()
        field.save()
        self.cot.get_model()
        self.assertFalse(hasattr(Site, 'holders'))
        self.assertEqual([obj.pk for obj in self.site.keepers.all()], [self.by_site.pk])
        field.delete()
        self.cot.get_model()
        self.assertFalse(hasattr(Site, 'keepers'))
        self.assertTrue(hasattr(Site, 'holder_groups'))

    def add_field(self, **data):
        self.add_permissions(
            'netbox_custom_objects.add_customobjecttypefield', 'netbox_custom_objects.view_customobjecttypefield'
        )
        return self.client.post(
            reverse(f'{base.API_NAMESPACE}:customobjecttypefield-list'),
            {
                'custom_object_type': self.cot.pk,
                'type': 'multiobject',
                'is_polymorphic': True,
                'related_object_types_input': [{'app_label': 'dcim', 'model': 'site'}],
                **data,
            },
            format='json',
            **self.header,
        )

    def test_rest_takes_related_name_on_polymorphic_fields(self):
        response = self.add_field(name='linked', related_name='linked_holders')
        self.assertHttpStatus(response, status.HTTP_201_CREATED)
        self.assertEqual(response.data['related_name'], 'linked_holders')
        obj = self.cot.get_model().objects.create(title='linked', linked=[self.site])
        self.assertEqual(list(self.site.linked_holders.all()), [obj])

    def test_names_taken_on_a_target_are_refused(self):
        for taken in ('name', 'save', 'holders', 'holder_groups'):
            with self.subTest(taken=taken):
                response = self.add_field(name='linked', related_name=taken)
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                self.assertIn('related_name', response.data)
        self.assertFalse(CustomObjectTypeField.objects.filter(name='linked').exists())


class PolymorphicAccessorOnCustomTypesTest(CustomObjectsTestMixin, APITestCase):
    """A polymorphic field's accessor on a custom object type and the target type's own field names never clash,
    whichever comes first."""

    @classmethod
    def setUpTestData(cls):
        cls.alpha = cls.create_custom_object_type(name='alpha')
        cls.bravo = cls.create_custom_object_type(name='bravo')

    def setUp(self):
        super().setUp()
        self.add_permissions(
            'netbox_custom_objects.add_customobjecttypefield', 'netbox_custom_objects.view_customobjecttypefield'
        )

    def add_field(self, cot, **data):
        return self.client.post(
            reverse(f'{base.API_NAMESPACE}:customobjecttypefield-list'),
            {'custom_object_type': cot.pk, 'type': 'text', **data},
            format='json',
            **self.header,
        )

    def add_polymorphic(self, related_name):
        return self.add_field(
            self.alpha,
            name='peer',
            type='object',
            is_polymorphic=True,
            related_name=related_name,
            related_object_types_input=[{'app_label': 'custom-objects', 'model': 'bravo'}],
        )

    def test_a_field_named_like_an_incoming_accessor_is_refused(self):
        self.assertHttpStatus(self.add_polymorphic('peers'), status.HTTP_201_CREATED)
        obj = self.bravo.get_model().objects.create()
        self.alpha.get_model().objects.create(peer=obj)
        response = self.add_field(self.bravo, name='peers')
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn('name', response.data)
        self.assertEqual(self.bravo.get_model().objects.get().peers.count(), 1)

    def test_an_accessor_named_like_a_target_field_is_refused(self):
        self.assertHttpStatus(self.add_field(self.bravo, name='peers'), status.HTTP_201_CREATED)
        response = self.add_polymorphic('peers')
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn('related_name', response.data)
