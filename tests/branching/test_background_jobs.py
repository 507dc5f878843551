"""Acceptance matrix A3 (P-24): work queued from a branch runs in that branch. A REST bulk write with
`?background=true` sent with the branch header runs as NetBox's AsyncAPIJob, which replays the request's headers
in the worker; the job must write to the branch, with the branch's definition of the type, and main stays clean.
A definition change in a branch queues no search re-index (it would run against main)."""

import threading
from unittest import mock

from django.db import connection
from rest_framework.test import APIClient

from core.choices import JobStatusChoices
from core.models import Job
from netbox.jobs import AsyncAPIJob
from users.constants import TOKEN_PREFIX
from users.models import Token

from netbox_custom_objects.jobs import ReindexCustomObjectTypeJob
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

from .base import BranchingTestCase
from .test_sync import current_model


class BackgroundJobInBranchTest(BranchingTestCase):

    def setUp(self):
        super().setUp()
        enqueue, handle = AsyncAPIJob.enqueue.__func__, AsyncAPIJob.handle.__func__

        def enqueue_inline(cls, *args, **kwargs):  # as NetBox's own tests do: no RQ worker runs here
            return enqueue(cls, *args, **{**kwargs, 'immediate': True})

        def handle_like_a_worker(cls, job, *args, **kwargs):
            # A worker starts without the request's context (no active branch): run the job in a new thread,
            # which does not inherit the request thread's context variables.
            def run():
                try:
                    handle(cls, job, *args, **kwargs)
                finally:
                    connection.close()
            worker = threading.Thread(target=run)
            worker.start()
            worker.join()

        for patcher in (mock.patch.object(AsyncAPIJob, 'enqueue', classmethod(enqueue_inline)),
                        mock.patch.object(AsyncAPIJob, 'handle', classmethod(handle_like_a_worker)),
                        mock.patch('netbox.api.viewsets.mixins.any_workers_for_queue', return_value=True)):
            patcher.start()
            self.addCleanup(patcher.stop)
        token = Token.objects.create(user=self.user)
        self.client = APIClient()
        self.client.credentials(HTTP_AUTHORIZATION=f'Bearer {TOKEN_PREFIX}{token.key}.{token.token}')

    def make_type(self):
        cot = self.create_custom_object_type(name='widget', slug='widgets')
        self.create_custom_object_type_field(cot, name='code')
        cot.refresh_from_db()
        return cot

    def test_bulk_write_queued_in_a_branch_runs_there(self):
        cot = self.make_type()
        existing = cot.get_model().objects.create(code='main object')
        branch = self.provision()
        with self.tracked(branch):  # the branch's class differs from main's: one more column
            self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name='rank', type='integer')
        url = '/api/plugins/custom-objects/widgets/?background=true'
        header = {'HTTP_X_NETBOX_BRANCH': branch.schema_id}

        response = self.client.post(url, [{'code': 'B1', 'rank': 1}, {'code': 'B2', 'rank': 2}], format='json',
                                    **header)
        self.assertEqual(response.status_code, 202, response.content[:1000])
        job = Job.objects.get(pk=response.data['job']['id'])
        self.assertEqual(job.status, JobStatusChoices.STATUS_COMPLETED, job.error)
        response = self.client.patch(url, [{'id': existing.pk, 'rank': 9}], format='json', **header)
        job = Job.objects.get(pk=response.data['job']['id'])
        self.assertEqual(job.status, JobStatusChoices.STATUS_COMPLETED, job.error)

        with self.tracked(branch):
            self.assertEqual(sorted(current_model(cot).objects.values_list('code', 'rank')),
                             [('B1', 1), ('B2', 2), ('main object', 9)])
        self.assertEqual(list(current_model(cot).objects.values_list('code', flat=True)), ['main object'])
        self.assertFalse(hasattr(current_model(cot).objects.get(), 'rank'))

    def test_no_search_reindex_is_queued_from_a_branch(self):
        cot = self.make_type()
        cot.get_model().objects.create(code='x')
        branch = self.provision()
        with mock.patch.object(ReindexCustomObjectTypeJob, 'enqueue') as enqueue:
            with self.tracked(branch):
                field = CustomObjectTypeField.objects.get(custom_object_type_id=cot.pk, name='code')
                field.snapshot()
                field.search_weight = 100
                field.full_clean()
                field.save()
            enqueue.assert_not_called()
            with self.tracked():
                field = CustomObjectTypeField.objects.get(custom_object_type_id=cot.pk, name='code')
                field.snapshot()
                field.search_weight = 0
                field.full_clean()
                field.save()
            enqueue.assert_called_once()
