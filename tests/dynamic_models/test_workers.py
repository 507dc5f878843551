"""Two real NetBox processes on one database agree on every type's definition (issue 17 item 1).

A definition change made through one worker is in force in the other at its very next request, and writes sent to
both while definitions change are never answered 500 and never lose an acknowledged value: the other worker's
request-start sync, the write lock and check (ddl/locks.py, dynamic_models/freshness.py) and the retry of a
request overtaken by a change (middleware.py). `netbox runserver` is threaded, so each worker also runs requests in
several threads.
"""

import random
import subprocess
import threading
import time
import unittest

import pytest
import requests
from django.test import SimpleTestCase

from tests.api.clients import BIN, ROOT, LiveNetBox

pytestmark = pytest.mark.slow

API = '/api/plugins/custom-objects'


class Worker(LiveNetBox):
    """`netbox runserver` on the database of `first` (with its token), or on a fresh copy of the template when
    `first` is None. Its output goes to `test-artifacts/worker-<port>.log`."""

    def __init__(self, first=None):
        super().__init__()
        self.first = first
        if first is None:
            self.database = self.database.replace('_live', '_workers')
            self.env['NCO_DB_NAME'] = self.database
        else:
            self.database, self.env, self.token = first.database, first.env, first.token
        self.log = ROOT / 'test-artifacts' / f'worker-{self.port}.log'

    def start(self, timeout=300):
        if self.first is None:
            self._dbtool('drop-db', self.database)
            self._dbtool('ensure-db', self.database)
            self.token = self._create_token()
        self.log.parent.mkdir(exist_ok=True)
        with open(self.log, 'w') as log:
            self.process = subprocess.Popen(
                [str(BIN / 'netbox'), 'runserver', '--noreload', f'127.0.0.1:{self.port}'],
                env=self.env, stdout=log, stderr=subprocess.STDOUT,
            )
        self._wait_until_up(timeout)
        return self

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
        if self.first is None:
            self._dbtool('drop-db', self.database)


class Api:
    def __init__(self, server):
        self.url = server.url
        self.session = requests.Session()
        self.session.headers.update({'Authorization': f'Bearer {server.token}', 'Accept': 'application/json'})

    def __call__(self, method, path, **kwargs):
        return self.session.request(method, f'{self.url}{API}{path}', timeout=120, **kwargs)


class TwoWorkersTest(SimpleTestCase):
    maxDiff = None
    databases = {'default'}

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.first = Worker().start()
        cls.addClassCleanup(cls.first.stop)
        cls.second = Worker(cls.first).start()
        cls.addClassCleanup(cls.second.stop)

    def setUp(self):
        self.a, self.b = Api(self.first), Api(self.second)

    def create_type(self, slug, fields):
        response = self.a('POST', '/custom-object-types/', json={'name': slug.replace('-', '_'), 'slug': slug})
        self.assertEqual(response.status_code, 201, response.text)
        type_id = response.json()['id']
        return type_id, {name: self.add_field(type_id, name, kind) for name, kind in fields}

    def add_field(self, type_id, name, kind='text'):
        response = self.a('POST', '/custom-object-type-fields/',
                          json={'custom_object_type': type_id, 'name': name, 'type': kind})
        self.assertEqual(response.status_code, 201, response.text)
        return response.json()['id']

    def assert_status(self, response, status):
        self.assertEqual(response.status_code, status, response.text)
        return response.json() if response.content else None

    def test_a_change_through_one_worker_is_served_by_the_other_at_its_next_request(self):
        type_id, fields = self.create_type('gadgets', [('name', 'text'), ('size', 'integer')])
        item = self.assert_status(self.b('POST', '/gadgets/', json={'name': 'g1', 'size': 1}), 201)
        self.assert_status(self.b('GET', '/gadgets/'), 200)  # the second worker's class is warm

        colour = self.add_field(type_id, 'colour')
        created = self.assert_status(self.b('POST', '/gadgets/', json={'name': 'g2', 'colour': 'red'}), 201)
        self.assertEqual(self.assert_status(self.b('GET', f'/gadgets/{created["id"]}/'), 200)['colour'], 'red')

        self.assert_status(self.a('PATCH', f'/custom-object-type-fields/{fields["size"]}/', json={'name': 'length'}),
                           200)
        self.assert_status(self.b('PATCH', f'/gadgets/{item["id"]}/', json={'length': 7}), 200)
        stored = self.assert_status(self.b('GET', f'/gadgets/{item["id"]}/'), 200)
        self.assertEqual(stored['length'], 7)
        self.assertNotIn('size', stored)

        self.assert_status(self.a('DELETE', f'/custom-object-type-fields/{colour}/'), 204)
        listed = self.assert_status(self.b('GET', '/gadgets/'), 200)['results']
        self.assertTrue(listed)
        self.assertTrue(all('colour' not in row for row in listed))
        # An unknown key is ignored, as NetBox does (or refused): never a 500, never a value for the deleted field.
        response = self.b('POST', '/gadgets/', json={'name': 'g3', 'colour': 'x'})
        self.assertIn(response.status_code, (201, 400), response.text)
        self.assertNotIn('colour', response.json() if response.status_code == 201 else {})

    def test_writes_while_definitions_change_are_neither_refused_nor_lost(self):
        type_id, fields = self.create_type('widgets', [('name', 'text'), ('counter', 'integer'), ('note_a', 'text')])
        note = {'name': 'note_a'}
        stop = threading.Event()
        failures, acked = [], {}
        lock = threading.Lock()

        def client(number, api):
            own = {}
            for n in range(3):
                response = api('POST', '/widgets/', json={'name': f'w{number}-{n}', 'counter': 0})
                if response.status_code >= 500:
                    failures.append(response.text[:300])
                elif response.status_code == 201:
                    own[response.json()['id']] = [0, None]
            while not stop.is_set():
                pk = random.choice(list(own))
                if random.random() < 0.5:
                    value, payload = own[pk][0] + 1, {'counter': own[pk][0] + 1}
                else:
                    value = f'{number}-{random.randint(0, 10 ** 6)}'
                    payload = {note['name']: value}
                response = api('PATCH', f'/widgets/{pk}/', json=payload)
                if response.status_code >= 500:
                    failures.append(f'PATCH {payload}: {response.text[:300]}')
                elif response.status_code == 200:
                    own[pk][0 if 'counter' in payload else 1] = value
                if random.random() < 0.3:
                    listed = api('GET', '/widgets/', params={'limit': 20})
                    if listed.status_code >= 500:
                        failures.append(f'GET: {listed.text[:300]}')
            with lock:
                acked.update(own)

        threads = [threading.Thread(target=client, args=(n, self.a if n % 2 else self.b)) for n in range(4)]
        for thread in threads:
            thread.start()
        deadline, step, added = time.monotonic() + 5, 0, None
        while step < 9 or time.monotonic() < deadline:  # at least three of each change
            if step % 3 == 0:
                added = self.add_field(type_id, f'extra_{step}')
            elif step % 3 == 1:
                self.assert_status(self.a('DELETE', f'/custom-object-type-fields/{added}/'), 204)
            else:
                new = 'note_b' if note['name'] == 'note_a' else 'note_a'
                self.assert_status(self.a('PATCH', f'/custom-object-type-fields/{fields["note_a"]}/',
                                          json={'name': new}), 200)
                note['name'] = new
            step += 1
            time.sleep(0.3)
        stop.set()
        for thread in threads:
            thread.join()

        self.assertEqual(failures, [])
        lost = []
        for pk, (counter, text) in acked.items():
            stored = self.assert_status(self.b('GET', f'/widgets/{pk}/'), 200)
            if stored['counter'] != counter or (text is not None and stored[note['name']] != text):
                lost.append((pk, counter, text, stored['counter'], stored[note['name']]))
        self.assertEqual(lost, [])


@pytest.mark.branching
class TwoWorkersWithBranchesTest(SimpleTestCase):
    """The same with netbox-branching: a worker serving a branch and main alternately uses each one's definition.
    An RQ worker provisions the branch."""

    databases = {'default'}
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        from netbox_custom_objects.branching.context import branching_installed

        super().setUpClass()
        if not branching_installed():
            raise unittest.SkipTest('netbox-branching is not installed')
        cls.first = Worker().start()
        cls.addClassCleanup(cls.first.stop)
        cls.second = Worker(cls.first).start()
        cls.addClassCleanup(cls.second.stop)
        with open(ROOT / 'test-artifacts' / f'rqworker-{cls.first.port}.log', 'w') as log:
            cls.rq = subprocess.Popen([str(BIN / 'netbox'), 'rqworker', 'high', 'default', 'low'], env=cls.first.env,
                                      stdout=log, stderr=subprocess.STDOUT)
        cls.addClassCleanup(lambda: (cls.rq.terminate(), cls.rq.wait(timeout=30)))

    def branch(self, api, name):
        response = api.session.post(f'{api.url}/api/plugins/branching/branches/', json={'name': name})
        self.assertEqual(response.status_code, 201, response.text)
        branch = response.json()
        deadline = time.monotonic() + 120
        while branch['status']['value'] != 'ready':
            self.assertLess(time.monotonic(), deadline, f'branch not provisioned: {branch["status"]}')
            time.sleep(1)
            branch = api.session.get(f'{api.url}/api/plugins/branching/branches/{branch["id"]}/').json()
        return branch['schema_id']

    def test_a_worker_serving_a_branch_and_main_alternately_uses_each_ones_definition(self):
        a, b = Api(self.first), Api(self.second)
        response = a('POST', '/custom-object-types/', json={'name': 'tools', 'slug': 'tools'})
        self.assertEqual(response.status_code, 201, response.text)
        type_id = response.json()['id']
        sizes = {}
        for name, kind in (('name', 'text'), ('size', 'integer')):
            response = a('POST', '/custom-object-type-fields/',
                         json={'custom_object_type': type_id, 'name': name, 'type': kind})
            self.assertEqual(response.status_code, 201, response.text)
            sizes[name] = response.json()['id']
        self.assertEqual(b('POST', '/tools/', json={'name': 't1', 'size': 1}).status_code, 201)
        schema = self.branch(a, 'workers-branch')
        in_branch = {'X-NetBox-Branch': schema}
        for _ in range(2):  # the second worker's classes of both contexts are warm
            self.assertEqual(b('GET', '/tools/').status_code, 200)
            self.assertEqual(b('GET', '/tools/', headers=in_branch).status_code, 200)

        # A field added in the branch through the first worker: the second serves it in the branch, not in main.
        response = a('POST', '/custom-object-type-fields/', headers=in_branch,
                     json={'custom_object_type': type_id, 'name': 'colour', 'type': 'text'})
        self.assertEqual(response.status_code, 201, response.text)
        response = b('POST', '/tools/', headers=in_branch, json={'name': 't2', 'colour': 'red'})
        self.assertEqual(response.status_code, 201, response.text)
        self.assertEqual(b('GET', f'/tools/{response.json()["id"]}/', headers=in_branch).json()['colour'], 'red')
        listed = b('GET', '/tools/')
        self.assertEqual(listed.status_code, 200, listed.text)
        self.assertTrue(all('colour' not in row for row in listed.json()['results']))

        # A field deleted in main through the first worker: gone from main at once, still in the branch.
        response = a("DELETE", f"/custom-object-type-fields/{sizes['size']}/")
        self.assertEqual(response.status_code, 204, response.text)
        listed = b('GET', '/tools/')
        self.assertEqual(listed.status_code, 200, listed.text)
        self.assertTrue(all('size' not in row for row in listed.json()['results']))
        listed = b('GET', '/tools/', headers=in_branch)
        self.assertEqual(listed.status_code, 200, listed.text)
        self.assertIn(1, [row.get('size') for row in listed.json()['results']])
        response = b('PATCH', f'/tools/{listed.json()["results"][0]["id"]}/', headers=in_branch, json={'size': 5})
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(b('POST', '/tools/', json={'name': 't3'}).status_code, 201)
