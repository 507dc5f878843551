"""The features and menu settings of a type in the portable schema (issue 19 item 5): exported only where they
differ from the defaults, validated, compared and applied, and a round trip brings them back."""

from django.test import TestCase

from core.models import ObjectType

from netbox_custom_objects.branching.context import branching_installed
from netbox_custom_objects.models import CustomObjectType
from netbox_custom_objects.schema import (
    InvalidDefinitionError,
    SchemaValidationError,
    apply_document,
    diff_document,
    export_cots,
)

from ..base import CustomObjectsTestMixin

SETTINGS = {'journal_enabled': False, 'contacts_enabled': False, 'image_attachments_enabled': True,
            'menu_name': 'Facilities', 'menu_weight': 7}


class TypeSettingsSchemaTest(CustomObjectsTestMixin, TestCase):

    def test_a_type_without_settings_exports_as_before(self):
        self.create_custom_object_type(name='plain', slug='plain')
        entry = export_cots(CustomObjectType.objects.all())['types'][0]
        self.assertEqual(entry, {'name': 'plain', 'slug': 'plain'})

    def test_round_trip(self):
        cot = self.create_custom_object_type(name='enclosure', slug='enclosures', **SETTINGS)
        document = export_cots([cot])
        self.assertEqual({k: document['types'][0][k] for k in SETTINGS}, SETTINGS)
        self.assertNotIn('change_logging_enabled', document['types'][0])
        CustomObjectType.objects.get(pk=cot.pk).delete()
        apply_document(document)
        row = CustomObjectType.objects.get(slug='enclosures')
        self.assertEqual({k: getattr(row, k) for k in SETTINGS}, SETTINGS)
        self.assertIn('image_attachments', ObjectType.objects.get(pk=row.object_type_id).features)
        self.assertTrue(hasattr(row.get_model(), 'images'))
        self.assertEqual(export_cots([row]), document)

    def test_a_change_is_planned_and_applied(self):
        cot = self.create_custom_object_type(name='enclosure', slug='enclosures')
        document = {'schema_version': '1', 'types': [{'name': 'enclosure', 'slug': 'enclosures', 'menu_weight': 3,
                                                      'image_attachments_enabled': True}]}
        diff, = diff_document(document)
        self.assertEqual(diff.cot_changes, {'menu_weight': (100, 3), 'image_attachments_enabled': (False, True)})
        apply_document(document)
        cot.refresh_from_db()
        self.assertEqual((cot.menu_weight, cot.image_attachments_enabled), (3, True))
        self.assertIn('image_attachments', ObjectType.objects.get(pk=cot.object_type_id).features)
        # a document without the keys leaves the stored settings alone (upstream's documents never carry them)
        apply_document({'schema_version': '1', 'types': [{'name': 'enclosure', 'slug': 'enclosures'}]})
        cot.refresh_from_db()
        self.assertEqual((cot.menu_weight, cot.image_attachments_enabled), (3, True))

    def test_bad_values_are_refused_by_the_schema(self):
        for bad in ({'journal_enabled': 'no'}, {'menu_weight': -1}, {'menu_name': 'x' * 101}):
            with self.subTest(bad), self.assertRaises(SchemaValidationError):
                apply_document({'schema_version': '1', 'types': [{'name': 'enclosure', 'slug': 'enclosures', **bad}]})
        self.assertFalse(CustomObjectType.objects.exists())

    def test_change_logging_off_is_refused_with_branching(self):
        document = {'schema_version': '1', 'types': [{'name': 'enclosure', 'slug': 'enclosures',
                                                      'change_logging_enabled': False}]}
        if not branching_installed():
            apply_document(document)
            self.assertFalse(CustomObjectType.objects.get(slug='enclosures').change_logging_enabled)
            return
        with self.assertRaisesMessage(InvalidDefinitionError, 'netbox-branching'):
            apply_document(document)
        self.assertFalse(CustomObjectType.objects.exists())
