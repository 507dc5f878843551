"""The helpers scripts written for upstream 0.7.1 call: CustomObjectType.get_model_with_serializer(),
CustomObjectType.clear_model_cache() and an object's get_list_url()."""

from django.test import TestCase

from utilities.api import get_serializer_for_model

from netbox_custom_objects.models import CustomObjectType

from ..base import CustomObjectsTestMixin


class PythonAPITest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='widget', slug='widgets')
        cls.create_custom_object_type_field(cls.cot, name='serial', primary=True)

    def test_get_model_with_serializer(self):
        model = self.cot.get_model_with_serializer()
        self.assertIs(model, self.cot.get_model())
        obj = model.objects.create(serial='W1')
        serializer = get_serializer_for_model(model)
        data = serializer(obj, context={'request': None}).data
        self.assertEqual(data['serial'], 'W1')

    def test_clear_model_cache(self):
        first = self.cot.get_model()
        CustomObjectType.clear_model_cache(self.cot.pk)
        second = self.cot.get_model()
        self.assertIsNot(second, first)
        CustomObjectType.clear_model_cache()
        third = self.cot.get_model()
        self.assertIsNot(third, second)
        self.assertEqual(third._meta.db_table, first._meta.db_table)
        third.objects.create(serial='W2')
        self.assertEqual(list(self.cot.get_model().objects.values_list('serial', flat=True)), ['W2'])

    def test_get_list_url_of_an_object(self):
        obj = self.cot.get_model().objects.create(serial='W1')
        self.assertEqual(obj.get_list_url(), self.cot.get_list_url())
        self.assertEqual(obj.get_list_url(), '/plugins/custom-objects/widgets/')
