"""Bulk at scale (issue 17, item 3): bulk writes of many objects and reads of a very big type, side by side with
NetBox's own `dcim.Site`, each measured for wall time, database queries and peak memory.

Run from the project root after `make setup` (a scratch database copied from the migrated template, dropped
afterwards, and an RQ worker of its own for the background import):

    make bulk                                                   # 10,000 objects written, 1,000,000 read
    source dev/env.sh && python benchmarks/bulk.py --objects 1000 --rows 50000   # a short run

Writes (`--objects` N, through the REST API and the UI as a superuser, in this process so queries are counted):
REST bulk create (one POST of a list of N), bulk update (one PATCH of a list of N), CSV import of N rows through
the UI's import form (in the request), the same import as a background job run by a real RQ worker process (the
job's time, from the form's answer to the job's completion; its log entries are its progress), and REST bulk delete
(one DELETE of a list of N).

Reads (`--rows` R objects inserted with SQL): the REST list (first page, a page deep in the list, a filtered page),
an export template through the REST API (`?export=<name>`) and through the UI, both over a filtered subset of
`--export-rows` objects (NetBox renders an export template into one string, so its memory follows the subset), the
UI list page (plain and with a quick search), and the UI's CSV table export (`?export=table`) of the same subset,
buffered (NetBox's default) and streamed (`STREAMING_EXPORTS = True`; the response is read to its end).

The custom type: a primary text field, an integer, a text, a select and an object field (-> dcim.site). The sites
carry the same values in name, description (the integer), status, and comments. Peak memory (of the reads) is the
peak of what Python allocated during the operation (tracemalloc, which slows both sides alike; the writes are timed
without it).
"""

import argparse
import gc
import json
import os
import subprocess
import sys
import time
import tracemalloc
from contextlib import contextmanager, nullcontext
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scratch import ROOT, create_type, scratch_database  # noqa: E402

BIN = Path(sys.executable).parent
API = '/api/plugins/custom-objects'
UI = '/plugins/custom-objects'
CHOICES = ('active', 'planned', 'retired')  # also values of dcim.Site's status


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--objects', type=int, default=10000, help='objects written by each bulk operation')
    parser.add_argument('--rows', type=int, default=1000000, help='objects of the big type read')
    parser.add_argument('--export-rows', type=int, default=10000, help='objects an export template renders')
    parser.add_argument('--only', choices=('custom', 'site'), help='measure one side only')
    parser.add_argument('--child', action='store_true')
    return parser.parse_args()


# Measuring

@contextmanager
def peak_memory(into):
    """The peak of the memory Python allocated while the block ran (MiB, traced by tracemalloc), over what was
    allocated before it. (The growth of the process's resident set would under-report whatever runs after a bigger
    operation, which leaves freed memory for it to reuse.)"""
    gc.collect()
    tracemalloc.start()
    try:
        yield
    finally:
        into['peak MiB'] = tracemalloc.get_traced_memory()[1] / 2 ** 20
        tracemalloc.stop()


@contextmanager
def measured(into, memory=True):
    """Wall time (s), queries and (with `memory`) peak memory of the block, written into the dict `into`. (Queries
    are counted, not kept: Django's query log keeps the last 9,000 only, and a bulk write of 10,000 objects makes many
    more. Tracing memory slows Python down two to three times: the writes are timed without it.)"""
    from django.db import connection

    queries = 0

    def count(execute, sql, params, many, context):
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    with peak_memory(into) if memory else nullcontext(), connection.execute_wrapper(count):
        start = time.perf_counter()
        yield
        into['s'] = time.perf_counter() - start
    into['queries'] = queries
    log(f'{into}')


def log(message):
    print(f'{time.strftime("%H:%M:%S")} {message}', file=sys.stderr, flush=True)


def check(response, *statuses):
    if response.status_code not in statuses:
        content = b''.join(response.streaming_content) if response.streaming else response.content
        raise RuntimeError(f'{response.status_code}: {content[:800]!r}')
    return response


def consume(response):
    """Read a response to its end without keeping it (a streamed export); its size in bytes."""
    if response.streaming:
        return sum(len(chunk) for chunk in response.streaming_content)
    return len(response.content)


# The two sides

class Side:
    """What differs between custom objects and sites: URLs, payloads, CSV, the SQL that fills the table."""

    def __init__(self, client):
        self.client = client

    def post(self, path, data, *statuses):
        return check(self.client.post(path, data, content_type='application/json'), *statuses)


class CustomSide(Side):
    label = 'custom objects'

    def setup(self, site_pk):
        from core.models import ObjectType
        from dcim.models import Site
        from extras.models import CustomFieldChoiceSet

        choices = CustomFieldChoiceSet.objects.create(name='bulk', extra_choices=[[c, c] for c in CHOICES])
        self.cot = create_type('bulk_item', (
            {'name': 'name', 'type': 'text', 'primary': True},
            {'name': 'count', 'type': 'integer'},
            {'name': 'note', 'type': 'text'},
            {'name': 'status', 'type': 'select', 'choice_set': choices},
            {'name': 'site', 'type': 'object', 'related_object_type': ObjectType.objects.get_for_model(Site)},
        ))
        self.model = self.cot.get_model()
        self.site_pk = site_pk
        self.api_list = f'{API}/{self.cot.slug}/'
        self.ui_list = f'{UI}/{self.cot.slug}/'
        self.ui_import = f'{UI}/{self.cot.slug}/bulk-import/'
        self.name_filter = 'name__ic'

    def payload(self, n):
        return {'name': f'Item {n}', 'count': n, 'note': f'note {n}', 'status': CHOICES[n % 3], 'site': self.site_pk}

    def update(self, pk, n):
        return {'id': pk, 'count': n + 1, 'note': f'changed {n}'}

    def csv(self, numbers):
        lines = ['name,count,note,status']
        lines += [f'Item {n},{n},note {n},{CHOICES[n % 3]}' for n in numbers]
        return '\n'.join(lines)

    def fill(self, rows):
        from django.db import connection

        from netbox_custom_objects.constants import table_name

        with connection.cursor() as cursor:
            cursor.execute(
                f'INSERT INTO "{table_name(self.cot.pk)}" (name, count, note, status, site_id, created, last_updated) '
                f"SELECT 'Row ' || n, n, 'note ' || n, (ARRAY['active','planned','retired'])[1 + mod(n, 3)], %s, "
                f'now(), now() FROM generate_series(1, %s) n', [self.site_pk, rows])
            cursor.execute(f'ANALYZE "{table_name(self.cot.pk)}"')

    def subset_filter(self, rows):
        return f'count__lte={rows}'


class SiteSide(Side):
    label = 'dcim.Site'

    def setup(self, site_pk):
        from dcim.models import Site

        self.model = Site
        self.api_list = '/api/dcim/sites/'
        self.ui_list = '/dcim/sites/'
        self.ui_import = '/dcim/sites/import/'
        self.name_filter = 'name__ic'

    def payload(self, n):
        return {'name': f'Item {n}', 'slug': f'item-{n}', 'description': str(n), 'comments': f'note {n}',
                'status': CHOICES[n % 3]}

    def update(self, pk, n):
        return {'id': pk, 'description': str(n + 1), 'comments': f'changed {n}'}

    def csv(self, numbers):
        lines = ['name,slug,description,comments,status']
        lines += [f'Item {n},item-{n},{n},note {n},{CHOICES[n % 3]}' for n in numbers]
        return '\n'.join(lines)

    def fill(self, rows):
        """Sites inserted with SQL: every NOT NULL column without a database default gets a plain value."""
        from django.db import connection

        special = {'name': "'Row ' || n", 'slug': "'row-' || n", 'description': 'n::text',
                   'comments': "'note ' || n", 'status': "(ARRAY['active','planned','retired'])[1 + mod(n, 3)]"}
        plain = {'jsonb': "'{}'::jsonb", 'boolean': 'false', 'timestamp with time zone': 'now()'}
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'dcim_site' "
                "AND table_schema = current_schema() AND is_nullable = 'NO' AND column_default IS NULL")
            values = {}
            for column, data_type in cursor.fetchall():
                if column != 'id':
                    values[column] = special.get(column) or plain.get(data_type) or (
                        '0' if data_type in ('integer', 'bigint', 'smallint', 'numeric') else "''")
            for column in special:
                values.setdefault(column, special[column])
            columns = ', '.join(f'"{column}"' for column in values)
            cursor.execute(f'INSERT INTO dcim_site ({columns}) SELECT {", ".join(values.values())} '
                           f'FROM generate_series(1, %s) n', [rows])
            cursor.execute('ANALYZE dcim_site')

    def subset_filter(self, rows):
        # the first `rows` sites inserted by fill() (ids are consecutive; the site the custom objects refer to, made
        # before them, is not one of them)
        first = self.model.objects.filter(name__startswith='Row ').order_by('pk').values_list('pk', flat=True).first()
        return f'id__lte={first + rows - 1}'


# Writes

def bulk_writes(side, objects, results):
    numbers = range(1, objects + 1)
    log(f'{side.label}: bulk writes of {objects} objects')
    # Warm-up, not measured: the first requests load URL configurations, serializers, forms and the model's class.
    warm = side.post(side.api_list, [side.payload(0)], 201).json()
    check(side.client.delete(side.api_list, [{'id': warm[0]['id']}], content_type='application/json'), 204)
    check(side.client.get(side.ui_import), 200)
    out = results.setdefault('REST bulk create', {})
    with measured(out, memory=False):
        response = side.post(side.api_list, [side.payload(n) for n in numbers], 201)
    pks = [item['id'] for item in response.json()]

    out = results.setdefault('REST bulk update (PATCH)', {})
    body = [side.update(pk, n) for pk, n in zip(pks, numbers, strict=True)]
    with measured(out, memory=False):
        check(side.client.patch(side.api_list, body, content_type='application/json'), 200)

    out = results.setdefault('REST bulk delete', {})
    with measured(out, memory=False):
        check(side.client.delete(side.api_list, [{'id': pk} for pk in pks], content_type='application/json'), 204)

    out = results.setdefault('UI CSV import (in the request)', {})
    csv = side.csv(range(objects + 1, 2 * objects + 1))
    with measured(out, memory=False):
        check(side.client.post(side.ui_import, {'data': csv, 'format': 'csv', 'csv_delimiter': ','}), 302)
    _expect_count(side, objects)
    side.model.objects.filter(name__startswith='Item ').delete()

    out = results.setdefault('UI CSV import (background job, RQ worker)', {})
    discard_search_jobs(results)
    background_import(side, side.csv(range(2 * objects + 1, 3 * objects + 1)), out)
    _expect_count(side, objects)
    side.model.objects.filter(name__startswith='Item ').delete()


def _expect_count(side, objects):
    count = side.model.objects.filter(name__startswith='Item ').count()
    if count != objects:
        raise RuntimeError(f'{side.label}: {count} objects imported, not {objects}')


def discard_search_jobs(results):
    """NetBox 4.7 queues one search-index job for each object a REST bulk write or an import saves (each object is
    saved in a savepoint of its own, and the deferred indexing flushes per savepoint), for sites as for custom
    objects. Thousands of them would stand in the queue before the background import: they are counted and
    dropped, so that the import's job is measured rather than the queue before it."""
    import django_rq

    queue = django_rq.get_queue('default')
    results.setdefault('search-index jobs queued by the writes', {})['jobs'] = queue.count
    queue.empty()


def background_import(side, csv, out):
    """The import form with "background job" ticked: NetBox answers with a redirect once the job is queued; the
    worker runs it. Measured from the POST to the job's completion."""
    from core.choices import JobStatusChoices
    from core.models import Job

    latest = Job.objects.order_by('-pk').values_list('pk', flat=True).first() or 0
    start = time.perf_counter()
    check(side.client.post(side.ui_import, {'data': csv, 'format': 'csv', 'csv_delimiter': ',',
                                            'background_job': 'on'}), 302)
    job = Job.objects.filter(pk__gt=latest).get()
    while job.status not in JobStatusChoices.TERMINAL_STATE_CHOICES:
        time.sleep(0.2)
        job.refresh_from_db()
    out['s'] = time.perf_counter() - start
    if job.started and job.completed:
        out['job s'] = (job.completed - job.started).total_seconds()
    out['log entries'] = len(job.log_entries or [])
    if job.status != JobStatusChoices.STATUS_COMPLETED:
        raise RuntimeError(f'{side.label}: the background import ended {job.status}: {job.error} '
                           f'{(job.log_entries or [])[-3:]}')


# Reads

def big_reads(side, rows, export_rows, results):
    from django.test import override_settings

    from core.models import ObjectType
    from extras.models import ExportTemplate

    log(f'{side.label}: inserting {rows} objects')
    out = results.setdefault(f'insert {rows} objects with SQL', {})
    start = time.perf_counter()
    side.fill(rows)
    out['s'] = time.perf_counter() - start

    template = ExportTemplate.objects.create(
        name=f'bulk-{side.label}', template_code='{% for o in queryset %}{{ o.pk }},{{ o.name }}\n{% endfor %}')
    template.object_types.set([ObjectType.objects.get_for_model(side.model)])
    subset = side.subset_filter(export_rows)
    reads = (
        ('REST list, first page (limit=50)', f'{side.api_list}?limit=50'),
        ('REST list, deep page (offset=rows-50)', f'{side.api_list}?limit=50&offset={rows - 50}'),
        ('REST list, filtered (name__ic)', f'{side.api_list}?limit=50&{side.name_filter}=999'),
        (f'REST ?export=<template> ({export_rows} objects)', f'{side.api_list}?export={template.name}&{subset}'),
        ('UI list page', side.ui_list),
        ('UI list page, filtered', f'{side.ui_list}?q=Row+99999'),
        (f'UI export template ({export_rows} objects)', f'{side.ui_list}?export={template.name}&{subset}'),
    )
    for label, url in reads:
        log(f'{side.label}: {label}')
        side.client.get(url)  # warm-up (URL resolution, classes, caches); also fills PostgreSQL's buffers
        out = results.setdefault(label, {})
        with measured(out):
            consume(check(side.client.get(url), 200))
    for streamed in (False, True):
        label = f'UI table CSV export ({export_rows} objects{", streamed" if streamed else ""})'
        log(f'{side.label}: {label}')
        out = results.setdefault(label, {})
        with override_settings(STREAMING_EXPORTS=streamed), measured(out):
            out['MiB'] = consume(check(side.client.get(f'{side.ui_list}?export=table&{subset}'), 200)) / 2 ** 20


# The child process (Django set up on the scratch database)

def in_process(args):
    import django

    django.setup()
    from django.test import Client

    from dcim.models import Site
    from users.models import User

    user = User.objects.create_user(username='bulk-admin', is_superuser=True)
    site_pk = Site.objects.create(name='Home', slug='home').pk
    sides = [side for side in (CustomSide, SiteSide) if args.only in (None, 'custom' if side is CustomSide else 'site')]
    results = {}
    for side_class in sides:
        client = Client()
        client.force_login(user)
        side = side_class(client)
        side.setup(site_pk)
        results[side.label] = {}
        bulk_writes(side, args.objects, results[side.label])
    for side_class in sides:  # the big tables after every write, so the writes meet small tables
        side = side_class(Client())
        side.client.force_login(user)
        side.setup(site_pk) if side_class is SiteSide else _reuse(side, site_pk)
        big_reads(side, args.rows, args.export_rows, results[side.label])
    print(json.dumps(results))


def _reuse(side, site_pk):
    from netbox_custom_objects.models import CustomObjectType

    side.cot = CustomObjectType.objects.get(slug='bulk-item')
    side.model = side.cot.get_model()
    side.site_pk = site_pk
    side.api_list, side.ui_list = f'{API}/{side.cot.slug}/', f'{UI}/{side.cot.slug}/'
    side.name_filter = 'name__ic'


# The parent process: scratch database, RQ worker, figures

@contextmanager
def rq_worker(env):
    log = open(Path(os.environ.get('NETBOX_ROOT', ROOT / '.dev')) / 'bulk-rqworker.log', 'w')  # noqa: SIM115
    process = subprocess.Popen([str(BIN / 'netbox'), 'rqworker', 'high', 'default', 'low'], env=env, stdout=log,
                               stderr=subprocess.STDOUT)
    try:
        yield
    finally:
        process.terminate()  # (a warm shutdown: the worker ends the job it is running first)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def print_table(results, args):
    sides = list(results)
    print(f'{args.objects} objects written per bulk operation, {args.rows} objects read; time (s), queries, peak '
          'memory allocated (MiB)')
    operations = list(dict.fromkeys(op for side in sides for op in results[side]))
    width = max(len(op) for op in operations) + 2
    print(f'{"":<{width}}' + ''.join(f'{side:>46}' for side in sides))
    for op in operations:
        cells = []
        for side in sides:
            figures = results[side].get(op, {})
            text = ' '.join(f'{key} {value:.2f}' if isinstance(value, float) else f'{key} {value}'
                            for key, value in figures.items())
            cells.append(f'{text:>46}')
        print(f'{op:<{width}}' + ''.join(cells))


def main():
    args = arguments()
    if args.child:
        in_process(args)
        return
    with scratch_database() as db_name:
        env = {**os.environ, 'NCO_DB_NAME': db_name, 'DJANGO_SETTINGS_MODULE': 'netbox.settings'}
        with rq_worker(env):
            command = [sys.executable, __file__, '--child', '--objects', str(args.objects), '--rows', str(args.rows),
                       '--export-rows', str(args.export_rows), *(['--only', args.only] if args.only else [])]
            # (the child's progress and errors go to stderr as they come)
            out = subprocess.run(command, env=env, stdout=subprocess.PIPE, text=True)
        if out.returncode:
            sys.exit(f'the measuring process failed ({out.returncode})')
        results = json.loads(out.stdout.strip().splitlines()[-1])
    print_table(results, args)


if __name__ == '__main__':
    main()
