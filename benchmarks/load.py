"""Load test: NetBox under gunicorn (several worker processes) and RQ workers on a scratch database, mixed traffic
from concurrent clients for a fixed time while one more client keeps changing the definition and another opens a
branch, writes in it and merges it, side by side with the same traffic against `dcim.Site` (whose "definition
changes" are NetBox custom fields on sites).

    python benchmarks/load.py --workers 3 --rq-workers 1 --clients 6 --seconds 60

Each client owns the objects it creates and remembers, for each, the last values the API acknowledged; at the end
every object is read back and any stored value that differs from the last acknowledged one is a lost write. The
traffic: creates, PATCHes of an integer (`counter`) and of a text field that the changer keeps renaming (`note_*`,
written under the name the client last learnt), reads of one object, of a page, of a filtered page, and GraphQL
reads of a page. The changer adds a field, deletes it, renames the note field, every `--interval` seconds. The
brancher, a third into the phase, creates a netbox-branching branch (provisioned by an RQ worker), creates
`--branch-writes` objects in it through the REST API, and merges it (a job an RQ worker runs) while the traffic goes
on; its objects must then be in main (else they count as lost writes), and the merge's time and outcome are
reported. Errors are 5xx answers, broken connections, GraphQL answers with errors, and a failed merge; 4xx answers
are counted apart.
"""

import argparse
import os
import random
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scratch import load_dbtool  # noqa: E402

BIN = Path(sys.executable).parent
API = '/api/plugins/custom-objects'
BRANCHES = '/api/plugins/branching/branches/'


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--workers', type=int, default=3, help='gunicorn worker processes')
    parser.add_argument('--threads', type=int, default=1, help='threads per gunicorn worker')
    parser.add_argument('--rq-workers', type=int, default=1, help='RQ worker processes (branch jobs)')
    parser.add_argument('--branch-writes', type=int, default=20, help='objects created in the merged branch')
    parser.add_argument('--clients', type=int, default=6, help='concurrent clients (besides the changer)')
    parser.add_argument('--seconds', type=float, default=60, help='duration of each phase')
    parser.add_argument('--interval', type=float, default=0.5, help='seconds between definition changes')
    parser.add_argument('--only', choices=('custom', 'site'), help='run one phase only')
    return parser.parse_args()


# The server

@contextmanager
def scratch_database():
    dbtool = load_dbtool()
    name = f'nco_workers_{uuid.uuid4().hex[:6]}'
    dbtool.copy_database(dbtool.ensure_templates(), name)
    try:
        yield name
    finally:
        dbtool.drop_database(name)


def create_token(env):
    script = (
        'from users.models import Token, User\n'
        'user = User.objects.create_superuser(username="load", password="load-pass-1234")\n'
        'token = Token.objects.create(user=user, write_enabled=True)\n'
        'print(f"nbt_{token.key}.{token.token}")\n'
    )
    out = subprocess.run([str(BIN / 'netbox'), 'shell', '-c', script], env=env, check=True, capture_output=True,
                         text=True)
    return out.stdout.strip().splitlines()[-1]


@contextmanager
def gunicorn(env, workers, threads):
    with socket.socket() as sock:
        sock.bind(('127.0.0.1', 0))
        port = sock.getsockname()[1]
    log = open(Path(os.environ.get('NETBOX_ROOT', '.')) / f'load-gunicorn-{port}.log', 'w')  # noqa: SIM115
    process = subprocess.Popen(
        [str(BIN / 'gunicorn'), '--workers', str(workers), '--threads', str(threads), '--timeout', '120',
         '--bind', f'127.0.0.1:{port}', 'netbox.wsgi'], env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f'http://127.0.0.1:{port}'
    try:
        deadline = time.monotonic() + 600
        while True:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f'gunicorn did not start (see {log.name})')
            try:
                requests.get(f'{url}/api/status/', timeout=300)
                break
            except (requests.ConnectionError, requests.Timeout):
                time.sleep(0.5)
        for _ in range(workers * 2):  # each worker loads NetBox at its first request: not part of the figures
            requests.get(f'{url}/api/status/', timeout=300)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=60)
        log.close()


@contextmanager
def rq_workers(env, count):
    """`count` RQ worker processes on the scratch database (netbox-branching provisions and merges in them)."""
    logs = [open(Path(os.environ.get('NETBOX_ROOT', '.')) / f'load-rqworker-{n}.log', 'w')  # noqa: SIM115
            for n in range(count)]
    processes = [subprocess.Popen([str(BIN / 'netbox'), 'rqworker', 'high', 'default', 'low'], env=env, stdout=log,
                                  stderr=subprocess.STDOUT) for log in logs]
    try:
        yield
    finally:
        for process in processes:
            process.terminate()
        for process, log in zip(processes, logs, strict=True):
            process.wait(timeout=60)
            log.close()


# Traffic

class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = []
        self.errors = defaultdict(int)
        self.client_errors = defaultdict(int)

    def record(self, method, path, seconds, response):
        with self.lock:
            self.latencies.append(seconds)
            if response is None or response.status_code >= 500:
                status = 'connection' if response is None else response.status_code
                detail = '' if response is None else response.text[:120].replace('\n', ' ')
                self.errors[f'{method} {status} {detail}'] += 1
            elif response.status_code >= 400:
                self.client_errors[f'{method} {response.status_code} {response.text[:120]}'] += 1
            elif path == '/graphql/' and (errors := graphql_errors(response)):
                self.errors[f'GraphQL {errors[:120]}'] += 1

    def error(self, message):
        with self.lock:
            self.errors[message] += 1


def graphql_errors(response):
    """The errors of a GraphQL answer (200 with `errors`), as text; '' when there are none."""
    try:
        return str(response.json().get('errors') or '')
    except ValueError:
        return f'not JSON: {response.text[:100]}'


class Target:
    """What differs between the two phases: the endpoint, the payloads, the definition change."""

    def __init__(self, url, session):
        self.url = url
        self.session = session
        self.note = 'note_a'  # the renamable field's current name, as the changer last learnt it

    def find(self, name):
        """The objects named `name`. (`?name=` of a custom object's text field matches loosely, as NetBox's custom
        field filters do by default: `branch-x-1` would find `branch-x-10` too.)"""
        found = self.session.get(f'{self.url}{self.list_path}', params={'name': name}).json()['results']
        return [item for item in found if item['name'] == name]


class CustomTarget(Target):
    def setup(self):
        type_id = self._post(f'{API}/custom-object-types/', {'name': 'load_thing', 'slug': 'load-things'})['id']
        self.type_id = type_id
        for name, kind in (('name', 'text'), ('counter', 'integer'), (self.note, 'text')):
            self._post(f'{API}/custom-object-type-fields/', {'custom_object_type': type_id, 'name': name,
                                                             'type': kind, 'primary': name == 'name'})
        self.note_id = self.session.get(f'{self.url}{API}/custom-object-type-fields/',
                                        params={'custom_object_type_id': type_id, 'name': self.note}).json()[
            'results'][0]['id']
        self.list_path = f'{API}/load-things/'

    def create_payload(self, name, counter, note):
        return {'name': name, 'counter': counter, self.note: note}

    def branch_payload(self, name, counter):
        return {'name': name, 'counter': counter}

    def graphql_query(self):
        return '{ custom_objects_load_things_list(pagination: {limit: 20}) { id name counter } }'

    def counter_payload(self, value):
        return {'counter': value}

    def stored(self, item):
        return item['counter'], item.get(self.note)

    def filter_params(self):
        return {'counter__gte': random.randint(0, 50)}

    def add_field(self, name):
        return self._post(f'{API}/custom-object-type-fields/',
                          {'custom_object_type': self.type_id, 'name': name, 'type': 'text'})['id']

    def delete_field(self, field_id):
        self.session.delete(f'{self.url}{API}/custom-object-type-fields/{field_id}/').raise_for_status()

    def rename_note(self, name):
        self.session.patch(f'{self.url}{API}/custom-object-type-fields/{self.note_id}/',
                           json={'name': name}).raise_for_status()

    def _post(self, path, data):
        response = self.session.post(f'{self.url}{path}', json=data)
        response.raise_for_status()
        return response.json()


class SiteTarget(Target):
    def setup(self):
        self.list_path = '/api/dcim/sites/'
        self.note_id = self._custom_field(self.note)

    def create_payload(self, name, counter, note):
        return {'name': name, 'slug': name, 'description': str(counter), 'custom_fields': {self.note: note}}

    def branch_payload(self, name, counter):
        return {'name': name, 'slug': name, 'description': str(counter)}

    def graphql_query(self):
        return '{ site_list(pagination: {limit: 20}) { id name description } }'

    def counter_payload(self, value):
        return {'description': str(value)}

    def stored(self, item):
        return int(item['description']), item['custom_fields'].get(self.note)

    def filter_params(self):
        return {'description__ic': str(random.randint(0, 9))}

    def add_field(self, name):
        return self._custom_field(name)

    def delete_field(self, field_id):
        self.session.delete(f'{self.url}/api/extras/custom-fields/{field_id}/').raise_for_status()

    def rename_note(self, name):
        self.session.patch(f'{self.url}/api/extras/custom-fields/{self.note_id}/',
                           json={'name': name}).raise_for_status()

    def _custom_field(self, name):
        response = self.session.post(f'{self.url}/api/extras/custom-fields/',
                                     json={'name': name, 'type': 'text', 'object_types': ['dcim.site']})
        response.raise_for_status()
        return response.json()['id']


class Client(threading.Thread):
    def __init__(self, number, target, recorder, stop, token):
        super().__init__(daemon=True)
        self.number, self.target, self.recorder, self.stop = number, target, recorder, stop
        self.session = requests.Session()
        self.session.headers.update({'Authorization': f'Bearer {token}', 'Accept': 'application/json'})
        self.acked = {}  # object id -> [counter, note, name the note was written under]
        self.created = 0

    def request(self, method, path, **kwargs):
        start = time.perf_counter()
        try:
            response = self.session.request(method, f'{self.target.url}{path}', timeout=120, **kwargs)
        except requests.RequestException:
            response = None
        self.recorder.record(method, path, time.perf_counter() - start, response)
        return response

    def run(self):
        while not self.stop.is_set():
            operation = random.choices(('create', 'counter', 'note', 'get', 'list', 'filter', 'graphql'),
                                       (2, 4, 3, 3, 2, 2, 2))[0]
            if operation == 'create' or not self.acked:
                self.create()
            elif operation in ('counter', 'note'):
                self.update(operation)
            elif operation == 'graphql':
                self.request('POST', '/graphql/', json={'query': self.target.graphql_query()})
            elif operation == 'get':
                self.request('GET', f'{self.target.list_path}{random.choice(list(self.acked))}/')
            else:
                params = self.target.filter_params() if operation == 'filter' else {}
                self.request('GET', self.target.list_path, params={'limit': 50, **params})

    def create(self):
        self.created += 1
        name = f'c{self.number}-{self.created}'
        note = self.target.note
        response = self.request('POST', self.target.list_path, json=self.target.create_payload(name, 0, f'{name}-0'))
        if response is not None and response.status_code == 201:
            self.acked[response.json()['id']] = [0, f'{name}-0', note]

    def update(self, what):
        pk = random.choice(list(self.acked))
        values = self.acked[pk]
        if what == 'counter':
            value, payload = values[0] + 1, self.target.counter_payload(values[0] + 1)
        else:
            note = self.target.note
            value = f'{pk}-{random.randint(0, 10 ** 6)}'
            payload = {note: value} if isinstance(self.target, CustomTarget) else {'custom_fields': {note: value}}
        response = self.request('PATCH', f'{self.target.list_path}{pk}/', json=payload)
        if response is not None and response.status_code == 200:
            if what == 'counter':
                values[0] = value
            else:
                values[1], values[2] = value, note


class Changer(threading.Thread):
    """Adds a field, deletes it, renames the note field: one change every `interval` seconds."""

    def __init__(self, target, stop, interval):
        super().__init__(daemon=True)
        self.target, self.stop, self.interval = target, stop, interval
        self.changes = 0
        self.failures = []
        self.rename_windows = []  # (sent, acknowledged) of each rename

    def run(self):
        step, added = 0, None
        while not self.stop.wait(self.interval):
            try:
                if step % 3 == 0:
                    added = self.target.add_field(f'extra_{step}')
                elif step % 3 == 1:
                    self.target.delete_field(added)
                else:
                    new = 'note_b' if self.target.note == 'note_a' else 'note_a'
                    sent = time.monotonic()
                    self.target.rename_note(new)
                    self.target.note = new
                    self.rename_windows.append((sent, time.monotonic()))
                self.changes += 1
            except requests.RequestException as e:
                self.failures.append(str(e)[:200])
            step += 1


class Brancher(threading.Thread):
    """After `delay` seconds: creates a branch, waits until an RQ worker has provisioned it, creates `writes` objects
    in it, and merges it (an RQ job), while the other clients go on in main. Its requests are recorded with the
    traffic; the merge's time and outcome are kept apart."""

    def __init__(self, target, recorder, token, delay, writes):
        super().__init__(daemon=True)
        self.target, self.recorder, self.delay, self.writes = target, recorder, delay, writes
        self.session = requests.Session()
        self.session.headers.update({'Authorization': f'Bearer {token}', 'Accept': 'application/json'})
        self.created = {}  # name -> counter acknowledged in the branch
        self.outcome = {'branch provisioned (s)': None, 'branch merge (s)': None, 'branch merge status': 'not run',
                        'branch objects not merged': 0}

    def request(self, method, path, **kwargs):
        start = time.perf_counter()
        try:
            response = self.session.request(method, f'{self.target.url}{path}', timeout=300, **kwargs)
        except requests.RequestException:
            response = None
        self.recorder.record(method, path, time.perf_counter() - start, response)
        return response

    def run(self):
        time.sleep(self.delay)
        try:
            self.branch_and_merge()
        except Exception as e:  # reported, never silent: the phase then counts an error
            self.outcome['branch merge status'] = f'failed: {str(e)[:200]}'
            self.recorder.error(f'branch: {str(e)[:120]}')

    def branch_and_merge(self):
        start = time.monotonic()
        response = self.request('POST', BRANCHES, json={'name': f'load-{uuid.uuid4().hex[:8]}'})
        response.raise_for_status()
        branch = response.json()
        branch = self.wait_for(f'{BRANCHES}{branch["id"]}/',
                               lambda body: body['status']['value'] in ('ready', 'failed'))
        self.outcome['branch provisioned (s)'] = time.monotonic() - start
        if branch['status']['value'] != 'ready':
            raise RuntimeError(f'the branch could not be provisioned ({branch["status"]["value"]})')
        in_branch = {'X-NetBox-Branch': branch['schema_id']}
        for n in range(self.writes):
            name = f'branch-{branch["schema_id"]}-{n}'
            response = self.request('POST', self.target.list_path, json=self.target.branch_payload(name, n),
                                    headers=in_branch)
            if response is not None and response.status_code == 201:
                self.created[name] = n
            elif response is not None and 'not ready' in response.text:
                status = self.session.get(f'{self.target.url}{BRANCHES}{branch["id"]}/').json()['status']['value']
                raise RuntimeError(f'the branch is no longer ready ({status}) after {n} writes')
        start = time.monotonic()
        response = self.request('POST', f'{BRANCHES}{branch["id"]}/merge/', json={'commit': True})
        response.raise_for_status()
        job = self.wait_for(f'/api/core/jobs/{response.json()["id"]}/',
                            lambda body: body['status']['value'] in ('completed', 'errored', 'failed'))
        self.outcome['branch merge (s)'] = time.monotonic() - start
        self.outcome['branch merge status'] = job['status']['value']
        if job['status']['value'] != 'completed':
            self.recorder.error(f'branch merge {job["status"]["value"]}: {str(job.get("error"))[:120]}')

    def wait_for(self, path, done, timeout=600):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            body = self.session.get(f'{self.target.url}{path}').json()
            if done(body):
                return body
            time.sleep(0.5)
        raise RuntimeError(f'{path} did not finish in {timeout} s')

    def lost(self):
        """The objects the branch acknowledged that are not in main, as written, after a completed merge (a merge
        that failed leaves them in the branch: they are reported apart, as `branch objects not merged`)."""
        if self.outcome['branch merge status'] != 'completed':
            self.outcome['branch objects not merged'] = len(self.created)
            return []
        lost = []
        for name, counter in self.created.items():
            found = self.target.find(name)
            if len(found) != 1 or self.target.stored(found[0])[0] != counter:
                lost.append((name, 'branch write', counter, found[:1]))
        return lost


def lost_writes(target, clients):
    """Objects whose stored counter or note differs from the last value the API acknowledged."""
    lost = []
    for client in clients:
        for pk, (counter, note, _name) in client.acked.items():
            response = target.session.get(f'{target.url}{target.list_path}{pk}/')
            if response.status_code != 200:
                lost.append((pk, 'missing', response.status_code))
                continue
            stored_counter, stored_note = target.stored(response.json())
            if stored_counter != counter:
                lost.append((pk, 'counter', counter, stored_counter))
            if stored_note != note:
                lost.append((pk, 'note', note, stored_note))
    return lost


def percentile(values, fraction):
    values = sorted(values)
    return values[min(len(values) - 1, int(fraction * len(values)))] * 1000 if values else 0.0


def run_phase(kind, url, token, args):
    session = requests.Session()
    session.headers.update({'Authorization': f'Bearer {token}', 'Accept': 'application/json'})
    target = (CustomTarget if kind == 'custom' else SiteTarget)(url, session)
    target.setup()
    recorder, stop = Recorder(), threading.Event()
    clients = [Client(n, target, recorder, stop, token) for n in range(args.clients)]
    changer = Changer(target, stop, args.interval)
    brancher = Brancher(target, recorder, token, args.seconds / 3, args.branch_writes)
    start = time.monotonic()
    for thread in (*clients, changer, brancher):
        thread.start()
    time.sleep(args.seconds)
    stop.set()
    for thread in (*clients, changer):
        thread.join()
    elapsed = time.monotonic() - start
    brancher.join()  # (a merge still running when the phase ends is waited for: its outcome is reported)
    lost = lost_writes(target, clients) + brancher.lost()
    return {
        'requests': len(recorder.latencies),
        'throughput (req/s)': len(recorder.latencies) / elapsed,
        'p50 (ms)': percentile(recorder.latencies, 0.50),
        'p95 (ms)': percentile(recorder.latencies, 0.95),
        'p99 (ms)': percentile(recorder.latencies, 0.99),
        'errors (5xx, broken)': sum(recorder.errors.values()),
        '4xx answers': sum(recorder.client_errors.values()),
        'lost writes': len(lost),
        'definition changes': changer.changes,
        'definition changes failed': len(changer.failures),
        **{key: value if value is not None else '-' for key, value in brancher.outcome.items()},
    }, recorder, lost, changer


def main():
    args = arguments()
    phases = [args.only] if args.only else ['custom', 'site']
    results, details = {}, {}
    with scratch_database() as db_name:
        env = {**os.environ, 'NCO_DB_NAME': db_name, 'DJANGO_SETTINGS_MODULE': 'netbox.settings'}
        token = create_token(env)
        with rq_workers(env, args.rq_workers), gunicorn(env, args.workers, args.threads) as url:
            for kind in phases:
                results[kind], *details[kind] = run_phase(kind, url, token, args)
    print(f'gunicorn {args.workers} workers x {args.threads} threads, {args.rq_workers} RQ workers, {args.clients} '
          f'clients + 1 changer (a definition change every {args.interval} s) + 1 brancher ({args.branch_writes} '
          f'objects created in a branch merged during the phase), {args.seconds:.0f} s per phase')
    header = f'{"":<28}' + ''.join(f'{"custom objects" if k == "custom" else "dcim.Site":>16}' for k in phases)
    print(header)
    for key in results[phases[0]]:
        row = ''.join(f'{results[k][key]:>16.1f}' if isinstance(results[k][key], float) else f'{results[k][key]:>16}'
                      for k in phases)
        print(f'{key:<28}{row}')
    for kind in phases:
        recorder, lost, changer = details[kind]
        for title, counts in (('errors', recorder.errors), ('4xx', recorder.client_errors)):
            for message, count in sorted(counts.items(), key=lambda item: -item[1])[:8]:
                print(f'  {kind} {title}: {count} x {message}')
        for item in lost[:10]:
            print(f'  {kind} lost write: {item}')
        for failure in changer.failures[:5]:
            print(f'  {kind} definition change failed: {failure}')
    failed = any(results[k]['errors (5xx, broken)'] or results[k]['lost writes'] for k in phases)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
