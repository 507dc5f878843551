"""Acceptance matrix A3 (jobs-losing-the-branch): work queued from a branch runs in that branch. A REST bulk write with
`?background=true` sent with the branch header runs as NetBox's AsyncAPIJob, which replays the request's headers
in the worker; the job must write to the branch, with the branch's definition of the type, and main stays clean.
A search re-index queued by a definition change in a branch carries the branch (it would otherwise run in main)."""

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
from netbox_custom_objects.models import CustomObjectType

from ..base import run_api_jobs_inline
from .base import BranchingTestCase, change_field, current_model


class BackgroundJobInBranchTest(BranchingTestCase):

    def setUp(self):
        super().setUp()
        handle = AsyncAPIJob.handle.__func__

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

        run_api_jobs_inline(self, handle=handle_like_a_worker)
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

    def test_search_reindex_queued_from_a_branch_carries_it(self):
        cot = self.make_type()
        cot.get_model().objects.create(code='x')
        branch = self.provision()
        for context, weight in ((branch, 100), (None, 0)):
            with mock.patch.object(ReindexCustomObjectTypeJob, 'enqueue') as enqueue, self.tracked(context):
                change_field(cot, 'code', search_weight=weight)
            enqueue.assert_called_once()
            self.assertEqual(enqueue.call_args.kwargs['branch'], context.schema_id if context else None)
