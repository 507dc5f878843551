"""The model cache: warm lookups run no SQL; another worker's cache notices definition changes at its next sync."""

from django.apps.registry import Apps
from django.test import TestCase

from netbox_custom_objects.dynamic_models import model_cache
from netbox_custom_objects.dynamic_models.cache import ModelCache

from ..base import CustomObjectsTestMixin


class OtherWorkerCacheTest(CustomObjectsTestMixin, TestCase):
    """A second cache with its own registry stands for another worker process sharing the database."""

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='widget')

    def setUp(self):
        self.other = ModelCache(registry=Apps())
        self.other.get_model_by_id(self.cot.pk)

    def test_warm_lookup_runs_no_query(self):
        with self.assertNumQueries(0):
            self.other.get_model_by_id(self.cot.pk)

    def test_a_change_made_elsewhere_is_seen_after_the_next_sync(self):
        self.create_custom_object_type_field(self.cot, name='serial')
        self.assertFalse(hasattr(self.other.get_model_by_id(self.cot.pk), 'serial'), 'no query before a sync')
        self.other.sync_at_next_lookup()  # what request_started does in every worker
        model = self.other.get_model_by_id(self.cot.pk)
        self.assertTrue(hasattr(model, 'serial'))
        with self.assertNumQueries(0):
            self.other.get_model_by_id(self.cot.pk)

    def test_a_type_deleted_elsewhere_disappears(self):
        self.cot.delete()
        self.other.sync_at_next_lookup()
        with self.assertRaises(LookupError):
            self.other.get_model_by_id(self.cot.pk)

    def test_sync_is_one_query(self):
        self.other.sync_at_next_lookup()
        with self.assertNumQueries(1):
            self.other.get_model_by_id(self.cot.pk)


class RolledBackDefinitionTest(CustomObjectsTestMixin, TestCase):

    def test_classes_of_a_rolled_back_type_are_dropped_at_sync(self):
        from django.apps import apps
        from django.db import transaction

        with self.assertRaises(RuntimeError), transaction.atomic():
            cot = self.create_custom_object_type(name='ephemeral')
            name = cot.get_model()._meta.model_name
            self.assertIn(name, apps.all_models['netbox_custom_objects'])
            raise RuntimeError('roll back')
        model_cache.sync()
        self.assertNotIn(name, apps.all_models['netbox_custom_objects'])
