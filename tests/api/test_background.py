"""Bulk writes with `?background=true`: queued as NetBox's AsyncAPIJob (202 with the job), performed by the job as
they would be in the request. As in NetBox's own tests (netbox/tests/test_api_background.py), the job runs inline
(`immediate`) and the worker-liveness check reports a worker, since no RQ worker runs during the tests."""

from unittest import mock

from rest_framework import status

from core.choices import JobStatusChoices
from core.models import Job
from netbox.jobs import AsyncAPIJob
from utilities.testing import APITestCase

from ..base import run_api_jobs_inline
from . import base


class BackgroundBulkWriteTest(base.InventoryAPITestMixin, APITestCase):

    def setUp(self):
        super().setUp()
        run_api_jobs_inline(self)
        self.url = f'{self._get_list_url()}?background=true'

    def _job(self, response):
        self.assertHttpStatus(response, status.HTTP_202_ACCEPTED)
        job = Job.objects.get(pk=response.data['job']['id'])
        self.assertEqual(response['Location'], response.data['job']['url'])
        return job

    def test_bulk_create(self):
        base.grant(self.user, self.model, ['view', 'add'])
        site = self.inventory.sites[0]
        response = self.client.post(self.url, [{'name': 'Job 1', 'site': site.pk, 'sites': [site.pk]},
                                               {'name': 'Job 2', 'status': 'b'}], format='json', **self.header)
        job = self._job(response)
        self.assertEqual(job.name, f'Bulk create {self.model._meta.verbose_name_plural}')
        self.assertEqual(job.status, JobStatusChoices.STATUS_COMPLETED)
        self.assertEqual(job.data['status_code'], status.HTTP_201_CREATED)
        self.assertEqual([obj['name'] for obj in job.data['data']], ['Job 1', 'Job 2'])
        self.assertTrue(job.data['data'][0]['url'].startswith(f'http://testserver{self._get_list_url()}'))
        created = self.model.objects.get(name='Job 1')
        self.assertEqual((created.site, list(created.sites.all())), (site, [site]))

    def test_bulk_update_and_delete(self):
        base.grant(self.user, self.model, ['view', 'change', 'delete'])
        items = list(self.model.objects.order_by('pk'))
        response = self.client.patch(self.url, [{'id': item.pk, 'count': 99} for item in items], format='json',
                                     **self.header)
        self.assertEqual(self._job(response).status, JobStatusChoices.STATUS_COMPLETED)
        self.assertEqual(self.model.objects.filter(count=99).count(), 3)

        response = self.client.delete(self.url, [{'id': item.pk} for item in items[:2]], format='json',
                                      **self.header)
        self.assertEqual(self._job(response).data['status_code'], status.HTTP_204_NO_CONTENT)
        self.assertEqual(list(self.model.objects.values_list('pk', flat=True)), [items[2].pk])

    def test_invalid_entries_fail_the_job(self):
        base.grant(self.user, self.model, ['view', 'add'])
        response = self.client.post(self.url, [{'name': 'Fine'}, {'name': 'Bad', 'count': -1}], format='json',
                                    **self.header)
        job = self._job(response)
        self.assertEqual(job.status, JobStatusChoices.STATUS_FAILED)
        self.assertEqual(job.data['status_code'], status.HTTP_400_BAD_REQUEST)
        self.assertFalse(self.model.objects.filter(name='Fine').exists())

    def test_object_permission_constraints_hold_in_the_job(self):
        base.grant(self.user, self.model, ['view', 'change'], constraints={'name': 'Item 1'})
        items = list(self.model.objects.order_by('pk'))
        response = self.client.patch(self.url, [{'id': item.pk, 'count': 77} for item in items], format='json',
                                     **self.header)
        job = self._job(response)
        self.assertEqual(job.status, JobStatusChoices.STATUS_FAILED)
        self.assertFalse(self.model.objects.filter(count=77).exists())

    def test_single_object_is_written_in_the_request(self):
        # NetBox queues list payloads only; one object is created at once, as without the flag.
        base.grant(self.user, self.model, ['view', 'add'])
        response = self.client.post(self.url, {'name': 'Now'}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_201_CREATED)
        self.assertFalse(Job.objects.exists())

    def test_type_deleted_before_the_job_runs(self):
        """The job re-resolves the type from the request's path: a type deleted after the job was queued fails the
        job with a 404, and nothing is written."""
        from netbox_custom_objects.models import CustomObjectType

        base.grant(self.user, self.model, ['view', 'add'])
        handle = AsyncAPIJob.handle.__func__

        def delete_type_then_handle(cls, job, *args, **kwargs):
            CustomObjectType.objects.get(pk=self.cot.pk).delete()
            return handle(cls, job, *args, **kwargs)

        with mock.patch.object(AsyncAPIJob, 'handle', classmethod(delete_type_then_handle)):
            response = self.client.post(self.url, [{'name': 'Late 1'}, {'name': 'Late 2'}], format='json',
                                        **self.header)
        job = self._job(response)
        self.assertEqual(job.status, JobStatusChoices.STATUS_FAILED)
        self.assertEqual(job.data['status_code'], status.HTTP_404_NOT_FOUND)
        self.assertFalse(CustomObjectType.objects.filter(pk=self.cot.pk).exists())
