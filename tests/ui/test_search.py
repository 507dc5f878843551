"""Global search: per-type indexes over searchable fields, the type index, and the reindex job."""

from dataclasses import replace
from unittest import mock

from django.urls import reverse

from core.models import Job
from extras.models import CachedValue
from netbox.search import get_indexer
from netbox.search.backends import search_backend
from utilities.testing import TestCase

from netbox_custom_objects.jobs import ReindexCustomObjectTypeJob
from netbox_custom_objects.search import schedule_reindex, search_changed

from ..base import CustomObjectsTestMixin

# Index inline (a worker of another environment must not pick up the test's indexing jobs).
NO_WORKERS = mock.patch('netbox.search.deferred.any_workers_for_queue', return_value=False)


class CustomObjectSearchTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='router_note', slug='router-notes')
        cls.create_custom_object_type_field(cls.cot, name='title', primary=True, search_weight=100)
        cls.create_custom_object_type_field(cls.cot, name='status', type='select', choice_set=cls.create_choice_set())
        cls.create_custom_object_type_field(cls.cot, name='internal', search_weight=0)
        cls.cot.refresh_from_db()

    def setUp(self):
        super().setUp()
        self.user.is_superuser = True
        self.user.save()
        self.model = self.cot.get_model()

    def create_indexed(self, **values):
        with NO_WORKERS, self.captureOnCommitCallbacks(execute=True):
            return self.model.objects.create(**values)

    def test_index_covers_the_searchable_fields(self):
        self.assertEqual(get_indexer(self.model).fields, (('title', 100), ('status', 500)))

    def test_saved_objects_are_found_by_global_search(self):
        obj = self.create_indexed(title='Core uplink needle', status='b', internal='hidden needle')
        values = dict(CachedValue.objects.filter(object_id=obj.pk, object_type=self.cot.object_type)
                      .values_list('field', 'value'))
        self.assertEqual(values, {'title': 'Core uplink needle', 'status': 'Choice B'})
        response = self.client.get(reverse('search'), {'q': 'uplink needle'})
        self.assertContains(response, obj.get_absolute_url())

    def test_select_fields_are_found_by_label(self):
        obj = self.create_indexed(title='Edge', status='c')
        self.assertIn(obj, [result.object for result in search_backend.search('Choice C')])

    def test_types_are_found_by_name(self):
        with NO_WORKERS, self.captureOnCommitCallbacks(execute=True):
            cot = self.create_custom_object_type(name='findable_kind', description='A kind of thing')
        response = self.client.get(reverse('search'), {'q': 'findable_kind'})
        self.assertContains(response, cot.get_absolute_url())

    def test_reindex_job_follows_changed_weights(self):
        obj = self.create_indexed(title='Rack A', status='a', internal='secret')
        internal = self.cot.fields.get(name='internal')
        internal.search_weight = 1000
        internal.save()
        ReindexCustomObjectTypeJob.enqueue(immediate=True, cot_id=self.cot.pk)
        values = dict(CachedValue.objects.filter(object_id=obj.pk, object_type=self.cot.object_type)
                      .values_list('field', 'weight'))
        self.assertEqual(values, {'title': 100, 'status': 500, 'internal': 1000})

    def test_schedule_reindex_enqueues_one_job_per_type(self):
        for _ in range(2):
            with mock.patch('django_rq.get_queue'), self.captureOnCommitCallbacks(execute=True):
                schedule_reindex(self.cot.pk)
        jobs = Job.objects.filter(name=f'Reindex Custom Object Type: {self.cot.name}')
        self.assertEqual(jobs.count(), 1)
        self.assertEqual(jobs.get().data, {'cot_id': self.cot.pk, 'job_class': 'ReindexCustomObjectTypeJob'})

    def test_adding_a_searchable_field_with_a_default_reindexes_the_stored_objects(self):
        """Its column is added with the default, so the stored objects hold a value to index; without a default
        they hold none, and nothing is re-indexed."""
        self.create_indexed(title='Rack A', status='a')
        jobs = Job.objects.filter(name=f'Reindex Custom Object Type: {self.cot.name}')
        for name, default, expected in (('note', None, 0), ('site_code', 'AMS', 1)):
            with mock.patch('django_rq.get_queue'), self.captureOnCommitCallbacks(execute=True):
                self.create_custom_object_type_field(self.cot, name=name, default=default)
            self.assertEqual(jobs.count(), expected, name)

    def test_search_changed(self):
        title = self.model._snapshot.field_named('title')
        internal = self.model._snapshot.field_named('internal')
        # Added: the stored objects hold a value only with a default (the column is added with it).
        self.assertFalse(search_changed(None, title))
        self.assertTrue(search_changed(None, replace(title, default='x')))
        self.assertFalse(search_changed(None, replace(internal, default='x')))
        self.assertTrue(search_changed(title, None))
        self.assertFalse(search_changed(internal, None))
        self.assertFalse(search_changed(title, title))
        self.assertTrue(search_changed(title, replace(title, name='heading')))
        self.assertTrue(search_changed(title, replace(title, search_weight=1000)))
        self.assertTrue(search_changed(title, replace(title, type='longtext')))
        self.assertFalse(search_changed(internal, replace(internal, type='longtext')))
