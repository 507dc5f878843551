"""Per-type NetBox features over the REST API (issue 19 items 4 and 5): image attachments through
/api/extras/image-attachments/, the feature switches of a type (journal, contacts, image attachments, change
logging) and what follows from them (ObjectType.features, the generated class), with admin and constrained users."""

import io
import unittest

from django.urls import reverse
from PIL import Image
from rest_framework import status

from core.models import ObjectChange, ObjectType
from extras.models import ImageAttachment, JournalEntry
from utilities.testing import APITestCase

from netbox_custom_objects.branching.context import branching_installed
from netbox_custom_objects.constants import model_name
from netbox_custom_objects.models import CustomObjectType

from . import base

TYPES_URL = f'{base.API_NAMESPACE}:customobjecttype'
ATTACHMENTS_URL = 'extras-api:imageattachment-list'


def png(name='photo.png'):
    data = io.BytesIO()
    Image.new('RGB', (4, 3), 'red').save(data, 'PNG')
    data.seek(0)
    data.name = name
    return data


class ImageAttachmentAPITest(base.PluginAPITestMixin, APITestCase):

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='rack_photo', slug='rack-photos', image_attachments_enabled=True)
        cls.create_custom_object_type_field(cls.cot, name='name', primary=True)
        cls.plain = cls.create_custom_object_type(name='plain_thing', slug='plain-things')

    def setUp(self):
        super().setUp()
        self.model = self.cot.get_model()
        self.obj = self.model.objects.create(name='R1')

    def label(self, cot):
        return f'netbox_custom_objects.{model_name(cot.pk)}'

    def attach(self, cot, object_id, **headers):
        data = {'object_type': self.label(cot), 'object_id': object_id, 'name': 'Front', 'image': png()}
        return self.client.post(reverse(ATTACHMENTS_URL), data, format='multipart', **{**self.header, **headers})

    def test_object_type_lists_the_feature(self):
        self.assertIn('image_attachments', ObjectType.objects.get_for_model(self.model).features)
        self.assertNotIn('image_attachments', ObjectType.objects.get_for_model(self.plain.get_model()).features)
        self.assertIn(self.cot.object_type, ObjectType.objects.with_feature('image_attachments'))

    def test_an_image_is_attached_listed_and_deleted_with_its_object(self):
        self.add_permissions('extras.add_imageattachment', 'extras.view_imageattachment')
        response = self.attach(self.cot, self.obj.pk)
        self.assertHttpStatus(response, status.HTTP_201_CREATED)
        self.assertEqual(response.data['object_type'], self.label(self.cot))
        self.assertEqual(response.data['parent']['id'], self.obj.pk)
        self.assertEqual((response.data['image_width'], response.data['image_height']), (4, 3))
        listed = self.client.get(
            reverse(ATTACHMENTS_URL), {'object_type': self.label(self.cot), 'object_id': self.obj.pk}, **self.header,
        )
        self.assertEqual([a['name'] for a in listed.data['results']], ['Front'])
        self.assertEqual(list(self.obj.images.values_list('name', flat=True)), ['Front'])
        self.obj.delete()
        self.assertFalse(ImageAttachment.objects.filter(pk=response.data['id']).exists())

    def test_deleting_the_type_deletes_the_attachments(self):
        self.add_permissions('extras.add_imageattachment')
        attachment_id = self.attach(self.cot, self.obj.pk).data['id']
        CustomObjectType.objects.get(pk=self.cot.pk).delete()
        self.assertFalse(ImageAttachment.objects.filter(pk=attachment_id).exists())

    def test_a_type_without_the_feature_refuses_attachments(self):
        self.add_permissions('extras.add_imageattachment')
        other = self.plain.get_model().objects.create()
        response = self.attach(self.plain, other.pk)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn('Image attachments cannot be assigned', str(response.data))
        self.assertFalse(ImageAttachment.objects.exists())

    def test_a_constrained_user_attaches_only_to_the_objects_it_may_see(self):
        """NetBox checks the parent through the attachment's own permission: a constraint on object_id decides."""
        other = self.model.objects.create(name='R2')
        base.grant(self.user, ImageAttachment, ['add', 'view'], constraints={'object_id': self.obj.pk})
        self.assertHttpStatus(self.attach(self.cot, self.obj.pk), status.HTTP_201_CREATED)
        self.assertHttpStatus(self.attach(self.cot, other.pk), status.HTTP_403_FORBIDDEN)
        self.assertEqual(list(ImageAttachment.objects.values_list('object_id', flat=True)), [self.obj.pk])


class TypeFeatureSettingsAPITest(base.PluginAPITestMixin, APITestCase):

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='cable_tray', slug='cable-trays')
        cls.create_custom_object_type_field(cls.cot, name='name', primary=True)

    def detail(self):
        return reverse(f'{TYPES_URL}-detail', kwargs={'pk': self.cot.pk})

    def patch(self, data):
        return self.client.patch(self.detail(), data, format='json', **self.header)

    def test_defaults_are_left_out_of_the_representation(self):
        self.add_permissions('netbox_custom_objects.view_customobjecttype')
        data = self.client.get(self.detail(), **self.header).data
        for name in ('journal_enabled', 'contacts_enabled', 'image_attachments_enabled', 'change_logging_enabled',
                     'menu_name', 'menu_weight'):
            self.assertNotIn(name, data)

    def test_settings_are_written_and_read_back(self):
        self.add_permissions('netbox_custom_objects.view_customobjecttype',
                             'netbox_custom_objects.change_customobjecttype')
        response = self.patch({'journal_enabled': False, 'contacts_enabled': False,
                               'image_attachments_enabled': True, 'menu_name': 'Facilities', 'menu_weight': 10})
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(
            {k: response.data[k] for k in ('journal_enabled', 'contacts_enabled', 'image_attachments_enabled',
                                           'menu_name', 'menu_weight')},
            {'journal_enabled': False, 'contacts_enabled': False, 'image_attachments_enabled': True,
             'menu_name': 'Facilities', 'menu_weight': 10},
        )
        self.assertNotIn('change_logging_enabled', response.data)  # (still its default)
        model = CustomObjectType.objects.get(pk=self.cot.pk).get_model()
        features = ObjectType.objects.get_for_model(model).features
        self.assertIn('image_attachments', features)
        self.assertNotIn('journaling', features)
        self.assertNotIn('contacts', features)
        self.assertFalse(hasattr(model, 'journal_entries'))
        self.assertFalse(hasattr(model, 'contacts'))
        self.assertTrue(hasattr(model, 'images'))

    def test_types_are_filtered_by_setting(self):
        self.add_permissions('netbox_custom_objects.view_customobjecttype')
        self.create_custom_object_type(name='photo', slug='photos', image_attachments_enabled=True)
        response = self.client.get(reverse(f'{TYPES_URL}-list'), {'image_attachments_enabled': 'true'}, **self.header)
        self.assertEqual([t['name'] for t in response.data['results']], ['photo'])

    def test_a_journal_holding_entries_cannot_be_turned_off(self):
        self.add_permissions('netbox_custom_objects.change_customobjecttype')
        obj = self.cot.get_model().objects.create(name='T1')
        JournalEntry.objects.create(assigned_object=obj, comments='Installed')
        response = self.patch({'journal_enabled': False})
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn('1 journal entries', str(response.data['journal_enabled']))
        self.assertTrue(CustomObjectType.objects.get(pk=self.cot.pk).journal_enabled)

    def test_a_constrained_user_changes_only_the_types_it_may(self):
        other = self.create_custom_object_type(name='conduit', slug='conduits')
        base.grant(self.user, CustomObjectType, ['view', 'change'], constraints={'slug': 'cable-trays'})
        self.assertHttpStatus(self.patch({'menu_weight': 5}), status.HTTP_200_OK)
        response = self.client.patch(reverse(f'{TYPES_URL}-detail', kwargs={'pk': other.pk}), {'menu_weight': 5},
                                     format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_404_NOT_FOUND)
        self.assertEqual(CustomObjectType.objects.get(pk=other.pk).menu_weight, 100)

    @unittest.skipUnless(branching_installed(), 'needs netbox-branching')
    def test_change_logging_cannot_be_turned_off_with_branching(self):
        self.add_permissions('netbox_custom_objects.change_customobjecttype')
        response = self.patch({'change_logging_enabled': False})
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn('netbox-branching', str(response.data['change_logging_enabled']))
        self.assertTrue(CustomObjectType.objects.get(pk=self.cot.pk).change_logging_enabled)

    @unittest.skipIf(branching_installed(), 'netbox-branching refuses it')
    def test_without_change_logging_objects_are_not_logged(self):
        self.add_permissions('netbox_custom_objects.change_customobjecttype',
                             f'netbox_custom_objects.add_{model_name(self.cot.pk)}')
        self.assertHttpStatus(self.patch({'change_logging_enabled': False}), status.HTTP_200_OK)
        model = CustomObjectType.objects.get(pk=self.cot.pk).get_model()
        features = ObjectType.objects.get_for_model(model).features
        self.assertNotIn('change_logging', features)
        self.assertNotIn('event_rules', features)
        url = reverse(f'{base.API_NAMESPACE}:customobject-list', kwargs={'custom_object_type': self.cot.slug})
        response = self.client.post(url, {'name': 'T2'}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_201_CREATED)
        self.assertFalse(ObjectChange.objects.filter(changed_object_type=self.cot.object_type).exists())
        # the type's own change is still logged
        self.assertTrue(ObjectChange.objects.filter(changed_object_id=self.cot.pk,
                                                    changed_object_type__model='customobjecttype').exists())
