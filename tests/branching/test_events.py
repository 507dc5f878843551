"""Acceptance matrix L1: an event rule with a webhook action on custom object creation fires for the objects a
merge creates, the merge running in a fresh worker process. The queued webhook carries a payload serialized through
the plugin's serializer resolver, with the fields under the names they have after the merge (a field renamed and a
field added in the branch).

NetBox's event tracking also runs for requests in a branch (netbox-branching does not suppress it; its optional
`add_branch_context` pipeline step tags such events with `active_branch`), so the objects' creation in the branch
fires the rule too, with the branch's class serialized: the merge fires it a second time, in main."""

from django_rq import get_queue

from core.events import OBJECT_CREATED
from extras.models import EventRule, Webhook

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
