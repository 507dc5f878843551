"""Event-rule webhooks on custom objects, through NetBox's own path: a REST write queues the job in Redis (pickled, as
for a real worker), an RQ worker runs it, and the webhook reaches an HTTP receiver.

A type with a polymorphic multiobject field answered 500 once an event rule covered it: the queued payload holds the
object (its `url` is a DRF Hyperlink), whose prefetch cache holds a queryset of the generated link model, and that
class could not be pickled (its module, `dynamic_models.generated`, was not importable)."""

import json
import pickle
import threading
import uuid
from http.server import BaseHTTPRequestHandler, HTTPServer

from django_rq import get_queue
from rest_framework import status
from rq import SimpleWorker

from core.events import OBJECT_CREATED, OBJECT_UPDATED
from dcim.models import Site
from extras.models import EventRule, Webhook
from utilities.testing import APITestCase

from . import base


class Receiver:
    """A local HTTP server that keeps the JSON bodies POSTed to it."""

    def __init__(self):
        received = self.received = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                received.append(json.loads(self.rfile.read(int(self.headers['Content-Length']))))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = HTTPServer(('127.0.0.1', 0), Handler)
        self.url = f'http://127.0.0.1:{self.server.server_port}/hook'
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class PolymorphicWebhookTest(base.CustomObjectAPITestMixin, APITestCase):

    @classmethod
    def setUpTestData(cls):
        site_type = cls.object_type_of('dcim', 'site')
        cls.part_type = cls.create_custom_object_type(name='part')
        cls.create_custom_object_type_field(cls.part_type, name='name', primary=True)
        part_object_type = cls.part_type.object_type
        cls.cot = cls.create_custom_object_type(name='hooked')
        cls.create_custom_object_type_field(cls.cot, name='title', primary=True)
        cls.create_custom_object_type_field(cls.cot, name='site', type='object', related_object_type=site_type)
        cls.create_custom_object_type_field(cls.cot, name='parts', type='multiobject',
                                            related_object_type=part_object_type)
        cls.create_custom_object_type_field(cls.cot, name='thing', type='object', is_polymorphic=True,
                                            related_object_types=[site_type, part_object_type])
        cls.create_custom_object_type_field(cls.cot, name='things', type='multiobject', is_polymorphic=True,
                                            related_object_types=[site_type, part_object_type])
        cls.site = Site.objects.create(name='Hook site', slug='hook-site')

    def setUp(self):
        super().setUp()
        self.queue = get_queue('default')
        self.queue.empty()
        self.receiver = Receiver()
        self.addCleanup(self.receiver.close)
        self.part = self.part_type.get_model().objects.create(name='Part 1')
        base.grant(self.user, self.model, ['add', 'change'])
        self.add_permissions('dcim.view_site', f'netbox_custom_objects.view_{self.part._meta.model_name}')
        webhook = Webhook.objects.create(name=f'hook-{uuid.uuid4()}', payload_url=self.receiver.url)
        self.rule = EventRule.objects.create(name=f'rule-{uuid.uuid4()}', event_types=[OBJECT_CREATED, OBJECT_UPDATED],
                                             action_type='webhook', action_object=webhook)
        self.rule.object_types.set([self.cot.object_type])

    def write(self, method, url, body, expected):
        # (django-rq enqueues once the transaction commits; the test's never does)
        with self.captureOnCommitCallbacks(execute=True):
            response = getattr(self.client, method)(url, body, format='json', **self.header)
        self.assertHttpStatus(response, expected)
        return response.data

    def test_post_and_patch_queue_webhooks_that_a_worker_sends(self):
        site = {'app_label': 'dcim', 'model': 'site', 'object_id': self.site.pk}
        part = {'app_label': 'netbox_custom_objects', 'model': self.part._meta.model_name, 'object_id': self.part.pk}
        part_label = f'netbox_custom_objects.{self.part._meta.model_name}'
        created = self.write('post', self._get_list_url(), {
            'title': 'Hooked', 'site': self.site.pk, 'parts': [self.part.pk], 'thing': part, 'things': [site, part],
        }, status.HTTP_201_CREATED)
        self.write('patch', self._get_detail_url(self.model.objects.get(pk=created['id'])),
                   {'things': [part], 'thing': site}, status.HTTP_200_OK)
        self.write('patch', self._get_detail_url(self.model.objects.get(pk=created['id'])),
                   {'title': 'Renamed'}, status.HTTP_200_OK)

        jobs = [job for job in self.queue.get_jobs() if job.func_name == 'extras.webhooks.send_webhook']
        self.assertEqual([job.kwargs['event_type'] for job in jobs], [OBJECT_CREATED, OBJECT_UPDATED, OBJECT_UPDATED])
        SimpleWorker([self.queue], connection=self.queue.connection).work(burst=True)

        self.assertEqual([body['event'] for body in self.receiver.received], ['created', 'updated', 'updated'])
        first, second, third = (body['data'] for body in self.receiver.received)
        self.assertEqual((first['title'], first['site']['id'], [p['id'] for p in first['parts']]),
                         ('Hooked', self.site.pk, [self.part.pk]))
        self.assertEqual(first['thing']['id'], self.part.pk)
        self.assertEqual(sorted((t['_content_type'], t['id']) for t in first['things']),
                         sorted([('dcim.site', self.site.pk), (part_label, self.part.pk)]))
        self.assertEqual((second['thing']['_content_type'], second['thing']['id']), ('dcim.site', self.site.pk))
        self.assertEqual([(t['_content_type'], t['id']) for t in second['things']],
                         [(part_label, self.part.pk)])
        self.assertEqual((third['title'], [t['id'] for t in third['things']]), ('Renamed', [self.part.pk]))

    def test_generated_classes_pickle_by_name(self):
        # (the model, the through model of a multiobject field and the link model of a polymorphic one)
        names = {self.model.__name__, f'Through_custom_objects_{self.cot.pk}_things',
                 f'Through_custom_objects_{self.cot.pk}_parts'}
        classes = [c for c in self.model._meta.apps.all_models['netbox_custom_objects'].values() if c.__name__ in names]
        self.assertEqual({c.__name__ for c in classes}, names)
        for cls in classes:
            with self.subTest(cls=cls.__name__):
                self.assertIs(pickle.loads(pickle.dumps(cls)), cls)
        instance = self.model.objects.create(title='Pickled')
        self.assertEqual(list(pickle.loads(pickle.dumps(self.model.objects.filter(pk=instance.pk)))), [instance])
