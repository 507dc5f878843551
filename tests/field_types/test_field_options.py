"""`on_delete_behavior` is an option the object type declares (like every type-specific option): the field form and
the REST API offer it where the field type lists it."""

from django.test import TestCase

from netbox_custom_objects.choices import ObjectFieldOnDeleteChoices
from netbox_custom_objects.field_types import get_field_type
from netbox_custom_objects.field_types.relations.polymorphic import (
    polymorphic_multiobject_type,
    polymorphic_object_type,
)


class OnDeleteOptionTest(TestCase):

    def test_only_the_object_type_declares_it(self):
        self.assertIn('on_delete_behavior', get_field_type('object').options)
        for field_type in (get_field_type('multiobject'), get_field_type('text'), polymorphic_object_type,
                           polymorphic_multiobject_type):
            with self.subTest(field_type=field_type):
                self.assertNotIn('on_delete_behavior', field_type.options)

    def test_values_are_upstreams(self):
        self.assertEqual(set(ObjectFieldOnDeleteChoices.values()), {'set_null', 'cascade', 'protect'})
