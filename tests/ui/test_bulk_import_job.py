"""The bulk import form's "background job" option (issue 17 item 3): the import is queued in Redis as NetBox's
AsyncViewJob (the view and a copy of the request, pickled), and an RQ worker that has not built the type's class yet
(its model cache empty, as in a worker process started before the type existed) performs it: it finds the type from
the request's path, creates every object, and logs one entry per object (the job's progress on its page).
benchmarks/bulk.py runs the same with a worker process and 10,000 rows."""

from django.urls import reverse
from django_rq import get_queue
from rq import SimpleWorker

from core.choices import JobStatusChoices
from core.models import Job
from dcim.models import Site
from utilities.testing import TestCase

from netbox_custom_objects.dynamic_models import model_cache

from ..base import CustomObjectsTestMixin


class BackgroundImportTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.site = Site.objects.create(name='Import site', slug='import-site')
        cls.cot = cls.create_custom_object_type(name='crate', slug='crates')
        cls.create_custom_object_type_field(cls.cot, name='name', primary=True, required=True)
        cls.create_custom_object_type_field(cls.cot, name='weight', type='integer', validation_minimum=0)
        cls.create_custom_object_type_field(cls.cot, name='site', type='object',
                                            related_object_type=cls.object_type_of('dcim', 'site'))
        cls.cot.refresh_from_db()

    def setUp(self):
        super().setUp()
        self.model = self.cot.get_model()
        self.add_permissions(f'netbox_custom_objects.add_{self.model._meta.model_name}',
                             f'netbox_custom_objects.view_{self.model._meta.model_name}', 'dcim.view_site')
        self.queue = get_queue('default')
        self.queue.empty()
        self.addCleanup(self.queue.empty)
        self.url = reverse('plugins:netbox_custom_objects:customobject_bulk_import',
                           kwargs={'custom_object_type': self.cot.slug})

    def _import_in_background(self, rows):
        data = 'name,weight,site\n' + '\n'.join(rows)
        # (django-rq enqueues once the transaction commits; the test's never does)
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(self.url, {'data': data, 'format': 'csv', 'csv_delimiter': ',',
                                                   'background_job': 'on'})
        self.assertRedirects(response, reverse('plugins:netbox_custom_objects:customobject_list',
                                               kwargs={'custom_object_type': self.cot.slug}),
                             fetch_redirect_response=False)
        self.assertFalse(self.model.objects.exists())  # nothing written by the request itself
        job = Job.objects.get(name__startswith='Bulk import')  # (not NetBox's search-index jobs, if any)
        self.assertEqual(job.name, f'Bulk import {len(rows)} {self.model._meta.verbose_name_plural}')
        self.assertIn(str(job.job_id), [queued.id for queued in self.queue.get_jobs()])
        model_cache.clear()  # the worker has never built the type's class
        SimpleWorker([self.queue], connection=self.queue.connection).work(burst=True)
        job.refresh_from_db()
        return job

    def test_a_worker_imports_every_row_and_logs_its_progress(self):
        rows = [f'Crate {n},{n},{self.site.name}' for n in range(1, 31)]
        job = self._import_in_background(rows)
        self.assertEqual(job.status, JobStatusChoices.STATUS_COMPLETED, job.log_entries)
        model = self.cot.get_model()
        self.assertEqual(model.objects.count(), 30)
        crate = model.objects.get(name='Crate 7')
        self.assertEqual((crate.weight, crate.site), (7, self.site))
        messages = [entry['message'] for entry in job.log_entries]
        self.assertEqual(sum(message.startswith('Created Crate') for message in messages), 30)
        self.assertEqual(messages[-1], f'Imported 30 {model._meta.verbose_name_plural}')

    def test_an_invalid_row_fails_the_job_and_writes_nothing(self):
        job = self._import_in_background(['Good,1,', 'Bad,-5,'])
        self.assertEqual(job.status, JobStatusChoices.STATUS_FAILED)
        self.assertFalse(self.cot.get_model().objects.exists())
        self.assertTrue(any('weight' in entry['message'] for entry in job.log_entries), job.log_entries)
