"""Object permissions whose constraints name a field (security review finding 23): renaming, retyping or deleting
the field would make every request of the users it applies to fail (restrict() raises on the unknown lookup), and a
new field taking the name would inherit the constraint; so users' changes are refused, naming the permissions,
through the REST API, the delete page and schema documents."""

from django.urls import reverse
from rest_framework import status

from users.models import ObjectPermission
from utilities.testing import APITestCase

from netbox_custom_objects.constants import model_name
from netbox_custom_objects.models import CustomObjectTypeField
from netbox_custom_objects.schema import InvalidDefinitionError, apply_document, export_cot

from . import base

FIELDS_URL = f'{base.API_NAMESPACE}:customobjecttypefield'


class ConstrainedFieldTest(base.PluginAPITestMixin, APITestCase):

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='widget', slug='widgets')
        cls.serial = cls.create_custom_object_type_field(cls.cot, name='serial', schema_id=1)
        cls.notes = cls.create_custom_object_type_field(cls.cot, name='notes', schema_id=2)
        cls.cot.refresh_from_db()
        cls.permission = ObjectPermission.objects.create(
            name='serials starting with X', actions=['view'], constraints=[{'serial__startswith': 'X'}, {'id': 1}])
        cls.permission.object_types.add(cls.object_type_of('netbox_custom_objects', model_name(cls.cot.pk)))

    def setUp(self):
        super().setUp()
        self.add_permissions('netbox_custom_objects.change_customobjecttypefield',
                             'netbox_custom_objects.delete_customobjecttypefield')

    def url(self, field):
        return reverse(f'{FIELDS_URL}-detail', kwargs={'pk': field.pk})

    def patch(self, field, data):
        return self.client.patch(self.url(field), data, format='json', **self.header)

    def test_a_constrained_field_cannot_be_renamed_or_retyped(self):
        for data in ({'name': 'serial_number'}, {'type': 'longtext'}):
            with self.subTest(data):
                response = self.patch(self.serial, data)
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                self.assertIn('serials starting with X', str(response.data))
        self.serial.refresh_from_db()
        self.assertEqual((self.serial.name, self.serial.type), ('serial', 'text'))
        # other changes, and other fields, are not held up
        self.assertHttpStatus(self.patch(self.serial, {'description': 'The serial'}), status.HTTP_200_OK)
        self.assertHttpStatus(self.patch(self.notes, {'name': 'remarks'}), status.HTTP_200_OK)

    def test_a_constrained_field_cannot_be_deleted(self):
        response = self.client.delete(self.url(self.serial), **self.header)
        self.assertHttpStatus(response, status.HTTP_409_CONFLICT)
        self.assertIn('serials starting with X', response.data['detail'])
        self.assertTrue(CustomObjectTypeField.objects.filter(pk=self.serial.pk).exists())

    def test_nor_from_the_delete_page(self):
        self.client.post(reverse('plugins:netbox_custom_objects:customobjecttypefield_delete',
                                 kwargs={'pk': self.serial.pk}), {'confirm': True})
        self.assertTrue(CustomObjectTypeField.objects.filter(pk=self.serial.pk).exists())

    def test_nor_by_a_schema_document(self):
        document = {'schema_version': '1', 'types': [
            {**export_cot(self.cot), 'fields': [{'id': 2, 'name': 'notes', 'type': 'text'}],
             'removed_fields': [{'id': 1, 'name': 'serial', 'type': 'text'}]}]}
        with self.assertRaises(InvalidDefinitionError) as raised:
            apply_document(document, allow_destructive=True)
        self.assertIn('serials starting with X', str(raised.exception))
        self.assertTrue(CustomObjectTypeField.objects.filter(pk=self.serial.pk).exists())

    def test_once_the_constraint_is_changed_the_field_may_go(self):
        self.permission.constraints = {'notes': 'x'}
        self.permission.save()
        self.assertHttpStatus(self.patch(self.serial, {'name': 'serial_number'}), status.HTTP_200_OK)
        self.assertHttpStatus(self.client.delete(self.url(self.serial), **self.header), status.HTTP_204_NO_CONTENT)
