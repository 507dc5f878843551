"""The model cache: warm lookups run no SQL; another worker's cache notices definition changes at its next sync."""

from django.apps.registry import Apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import TestCase

from netbox_custom_objects.constants import APP_LABEL, table_name
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


class RegistryLookupFreshnessTest(CustomObjectsTestMixin, TestCase):
    """`ContentType.model_class()` and `apps.get_model()` of a type in main run the freshness check of the request or
    job, as every other lookup does: netbox-branching's merge finds its classes only that way, and an RQ work horse
    inherits the classes its worker built at start-up (issue 17; with a real worker: tests/branching/
    test_merge_in_rq_worker.py)."""

    def test_model_class_drops_a_field_deleted_by_another_worker(self):
        cot = self.create_custom_object_type(name='gadget')
        self.create_custom_object_type_field(cot, name='code')
        extra = self.create_custom_object_type_field(cot, name='extra_0', type='integer')
        object_type = ContentType.objects.get_for_model(cot.get_model())
        self.assertIn('extra_0', {field.name for field in object_type.model_class()._meta.fields})
        with connection.cursor() as cursor:  # what another worker's deletion of the field leaves; this one is not told
            cursor.execute(f'ALTER TABLE "{table_name(cot.pk)}" DROP COLUMN "extra_0"')
            cursor.execute(f'DELETE FROM "{APP_LABEL}_customobjecttypefield" WHERE id = %s', [extra.pk])
            cursor.execute(f'UPDATE "{APP_LABEL}_customobjecttype" SET cache_timestamp = clock_timestamp() '
                           'WHERE id = %s', [cot.pk])
        model_cache.sync_at_next_lookup()  # what job_start and request_started do
        model = object_type.model_class()
        self.assertNotIn('extra_0', {field.name for field in model._meta.fields})
        self.assertEqual(model.objects.create(code='written').code, 'written')
