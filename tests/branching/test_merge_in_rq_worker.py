"""A merge run by a real RQ worker after main deleted a field the worker's classes still had (issue 17, found by
benchmarks/load.py): `netbox rqworker` builds every type's class when it starts and forks a work horse per job, which
inherits them. The merge job must replay the branch's objects through classes of the definitions committed now, not
through the ones the worker started with (it failed with `column "extra_0" of relation "custom_objects_1" does not
exist`)."""

import os
import subprocess
import time

import django_rq
import pytest
from django.db import connection
from rq import Worker

from core.models import Job

from netbox_custom_objects.models import CustomObjectTypeField

from ..api.clients import BIN, ROOT
from .base import BranchingTestCase, current_model
from .strategies import both_strategies

pytestmark = pytest.mark.slow

OBJECTS = 20


class MergeInRqWorkerTest(BranchingTestCase):
    check_pages_around_operations = False  # the worker, not this process, runs the merge

    def start_worker(self):
        """`netbox rqworker` on this test's database; ready once it registered with Redis (its classes are built).
        Its output goes to `test-artifacts/rqworker-<pid>.log`."""
        env = {**os.environ, 'NCO_DB_NAME': connection.settings_dict['NAME']}
        (ROOT / 'test-artifacts').mkdir(exist_ok=True)
        log = open(ROOT / 'test-artifacts' / f'rqworker-{os.getpid()}.log', 'w')  # noqa: SIM115 (closed in cleanup)
        process = subprocess.Popen([str(BIN / 'netbox'), 'rqworker', 'high', 'default', 'low'],
                                   env=env, stdout=log, stderr=subprocess.STDOUT)
        self.addCleanup(self.stop_worker, process, log)
        queue = django_rq.get_queue('default')
        deadline = time.monotonic() + 120
        while not any(worker.pid == process.pid for worker in Worker.all(connection=queue.connection)):
            self.assertIsNone(process.poll(), 'the RQ worker exited')
            self.assertLess(time.monotonic(), deadline, 'the RQ worker did not start')
            time.sleep(0.5)
        return process

    @staticmethod
    def stop_worker(process, log):
        process.terminate()
        process.wait(timeout=60)
        log.close()

    def wait_for(self, job):
        deadline = time.monotonic() + 180
        while (job := Job.objects.get(pk=job.pk)).status not in ('completed', 'errored', 'failed'):
            self.assertLess(time.monotonic(), deadline, 'the merge job did not end')
            time.sleep(0.5)
        return job

    @both_strategies
    def test_merge_after_main_deleted_a_field_the_worker_started_with(self, strategy):
        from netbox_branching.jobs import MergeBranchJob

        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='code')
        extra = self.create_custom_object_type_field(cot, name='extra_0', type='integer')
        self.start_worker()  # builds the class with extra_0
        CustomObjectTypeField.objects.get(pk=extra.pk).delete()
        branch = self.provision(strategy)
        with self.tracked(branch):
            model = current_model(cot)
            for number in range(OBJECTS):
                model.objects.create(code=f'o{number}')

        job = MergeBranchJob.enqueue(instance=branch, user=self.user, commit=True)
        job = self.wait_for(job)
        self.assertEqual(job.status, 'completed', job.error)
        branch.refresh_from_db()
        self.assertEqual(branch.status, 'merged')
        self.assertEqual(current_model(cot).objects.count(), OBJECTS)
