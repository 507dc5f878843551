"""Acceptance matrix L1: an event rule with a webhook action on custom object creation fires for the objects a
merge creates, the merge running in a fresh worker process. The queued webhook carries a payload serialized through
the plugin's serializer resolver, with the fields under the names they have after the merge (a field renamed and a
field added in the branch).

NetBox's event tracking also runs for requests in a branch (netbox-branching does not suppress it; its optional
`add_branch_context` pipeline step tags such events with `active_branch`), so the objects' creation in the branch
fires the rule too, with the branch's class serialized: the merge fires it a second time, in main."""

import json

from django_rq import get_queue
from rest_framework.test import APIClient

from core.events import OBJECT_CREATED
from extras.models import EventRule, Webhook
from users.constants import TOKEN_PREFIX
from users.models import Token

from netbox_custom_objects.models import CustomObjectType

from ..startup.test_fresh_process import run_python
from .base import BranchingTestCase, current_model, edit, rename
from .strategies import both_strategies


def webhook_jobs(rule):
    """The RQ jobs queued for `rule` (removed from the queue: no worker runs them in tests)."""
    jobs = []
    for job in get_queue('default').get_jobs():
        if job.func_name == 'extras.webhooks.send_webhook' and job.kwargs['event_rule'].pk == rule.pk:
            jobs.append(job)
    found = [job.kwargs for job in jobs]
    for job in jobs:
        job.delete()
    return found


class WebhookOnMergeTest(BranchingTestCase):

    @both_strategies
    def test_merge(self, strategy):
        cot = self.create_custom_object_type(name='widget', slug='widgets')
        self.create_custom_object_type_field(cot, name='code')
        cot.refresh_from_db()
        existing = cot.get_model().objects.create(code='before')
        webhook = Webhook.objects.create(name=f'hook-{strategy}', payload_url='http://localhost/hook')
        rule = EventRule.objects.create(name=f'on create {strategy}', event_types=[OBJECT_CREATED],
                                        action_type='webhook', action_object=webhook)
        rule.object_types.set([cot.object_type])
        webhook_jobs(rule)

        branch = self.provision(strategy)
        with self.tracked(branch):
            rename(cot, 'code', 'serial')
            self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name='rank', type='integer')
            edit(current_model(cot), existing.pk, serial='edited')
            first = current_model(cot).objects.create(serial='one', rank=1)
            second = current_model(cot).objects.create(serial='two')
            edit(current_model(cot), second.pk, rank=2)
        in_branch = sorted(webhook_jobs(rule), key=lambda kwargs: kwargs['data']['id'])
        self.assertEqual([(kwargs['data']['id'], kwargs['data']['serial'], kwargs['data']['rank'])
                          for kwargs in in_branch], [(first.pk, 'one', 1), (second.pk, 'two', 2)],
                         "fired in the branch with the branch's field names (the edits were made in the same request: "
                         "NetBox coalesces an object's events and serializes its final state)")

        run_python(f'''
            from netbox_branching.models import Branch
            from users.models import User
            Branch.objects.get(pk={branch.pk}).merge(user=User.objects.get(pk={self.user.pk}), commit=True)
        ''')
        fired = sorted(webhook_jobs(rule), key=lambda kwargs: kwargs['data']['id'])
        self.assertEqual([(kwargs['event_type'], kwargs['object_type']) for kwargs in fired],
                         [(OBJECT_CREATED, cot.object_type)] * 2)
        payloads = [kwargs['data'] for kwargs in fired]
        # iterative: each change replayed in a request of its own, the creation as it was (the rank came with a later
        # update, an object_updated event); squash: one creation with the object's final values
        rank = {'iterative': None, 'squash': 2}[strategy]
        self.assertEqual([(data['id'], data['serial'], data['rank']) for data in payloads],
                         [(first.pk, 'one', 1), (second.pk, 'two', rank)])
        for data in payloads:
            self.assertNotIn('code', data)
            self.assertTrue(data['url'].endswith(f'/api/plugins/custom-objects/widgets/{data["id"]}/'), data['url'])
            self.assertEqual(data['display'], str(current_model(cot).objects.get(pk=data['id'])))


class WebhookOfBranchOnlyTypeTest(BranchingTestCase):
    """An event rule (main's: netbox-branching does not branch them) on a type created in a branch fires for an object
    created in the branch through the REST API, and the RQ worker, outside the branch, sends the webhook. The job's
    payload used to carry DRF's Hyperlink for the object's URL, which keeps the object: the worker could not unpickle
    the job (the class of a branch-only type does not exist in main)."""

    def test_the_worker_sends_the_webhook(self):
        branch = self.provision()
        with self.tracked(branch):
            cot = self.create_custom_object_type(name='gizmo', slug='gizmos')
            self.create_custom_object_type_field(cot, name='code')
            cot.refresh_from_db()
            object_type = cot.object_type
        webhook = Webhook.objects.create(name='hook', payload_url='http://127.0.0.1:9/hook')
        rule = EventRule.objects.create(name='on create', event_types=[OBJECT_CREATED], action_type='webhook',
                                        action_object=webhook)
        rule.object_types.set([object_type])
        webhook_jobs(rule)
        self.user.is_superuser = True
        self.user.save()
        token = Token.objects.create(user=self.user)
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f'Bearer {TOKEN_PREFIX}{token.key}.{token.token}')

        response = client.post('/api/plugins/custom-objects/gizmos/', {'code': 'G1'}, format='json',
                               HTTP_X_NETBOX_BRANCH=branch.schema_id)
        self.assertEqual(response.status_code, 201, response.content[:1000])
        job_ids = [job.id for job in get_queue('default').get_jobs() if job.func_name == 'extras.webhooks.send_webhook']
        self.assertEqual(len(job_ids), 1)

        # An RQ worker's work horse: a fresh process, in main, runs the job; the HTTP request is caught.
        sent = run_python(f'''
            from unittest import mock
            import requests
            from django_rq import get_queue
            answer = requests.Response()
            answer.status_code = 200
            with mock.patch('requests.Session.send', return_value=answer) as send:
                get_queue('default').fetch_job({job_ids[0]!r}).perform()
            print(send.call_args[0][0].body.decode())
        ''')
        get_queue('default').empty()
        body = json.loads(sent.strip().splitlines()[-1])
        self.assertEqual((body['event'], body['data']['code']), ('created', 'G1'))
        self.assertEqual(body['data']['url'], f'/api/plugins/custom-objects/gizmos/{response.data["id"]}/')
