"""REST API latency of custom objects next to NetBox's own sites, measured in the same run.

Run (after `make setup`):

    source dev/env.sh && python benchmarks/api_list.py [--rows 1000] [--repeat 5]

It makes (or reuses) the database `nco_bench` from the migrated template (dev/dbtool.py), then, inside one
transaction that is rolled back at the end, creates `--rows` sites and `--rows` objects of a type with an object
field (→ site), a multiobject field (→ two sites each), a select field and a text field, and times through Django's
test client, with a superuser:

- GET the list with limit=1000 and limit=50 (median of --repeat runs; queries per request),
- POST one object,

for `/api/plugins/custom-objects/<type>/` and `/api/dcim/sites/`. Nothing is left in the database. `ms` is wall-clock
time; `cpu ms` is this process's CPU time (the server runs in it), steadier on a loaded machine but without
PostgreSQL's own time.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATABASE = 'nco_bench'


def prepare_database():
    os.environ['NCO_DB_NAME'] = os.environ.get('NCO_BENCH_DB', DATABASE)
    subprocess.run([sys.executable, str(ROOT / 'dev' / 'dbtool.py'), 'ensure-db', os.environ['NCO_DB_NAME']],
                   check=True, stdout=subprocess.DEVNULL)
    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'netbox.settings')
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


class Rollback(Exception):
    pass


def create_data(rows):
    from core.models import ObjectType
    from dcim.models import Site
    from extras.models import CustomFieldChoiceSet

    from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

    sites = Site.objects.bulk_create(Site(name=f'Site {i}', slug=f'site-{i}') for i in range(rows))
    choices = CustomFieldChoiceSet.objects.create(name='Bench', extra_choices=[['a', 'A'], ['b', 'B']])
    cot = CustomObjectType.objects.create(name='bench_item', slug='bench-items')
    site_type = ObjectType.objects.get_for_model(Site)
    for name, field_type, options in (
        ('name', 'text', {'primary': True}),
        ('site', 'object', {'related_object_type': site_type}),
        ('sites', 'multiobject', {'related_object_type': site_type}),
        ('status', 'select', {'choice_set': choices}),
    ):
        CustomObjectTypeField.objects.create(custom_object_type=cot, name=name, type=field_type, **options)
    cot.refresh_from_db()
    model = cot.get_model()
    objects = model.objects.bulk_create(
        model(name=f'Item {i}', site=sites[i], status='a') for i in range(rows)
    )
    through = model._meta.get_field('sites').remote_field.through
    through.objects.bulk_create(
        through(source=obj, target=sites[(i + k) % rows]) for i, obj in enumerate(objects) for k in (0, 1)
    )
    return cot, sites


def timed(client, method, url, repeat, **kwargs):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    durations, cpu, queries = [], [], 0
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            start, start_cpu = time.perf_counter(), time.process_time()
            response = getattr(client, method)(url, **kwargs)
            durations.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        assert response.status_code in (200, 201), (url, response.status_code, response.content[:500])
        queries = len(captured.captured_queries)
    return statistics.median(durations) * 1000, statistics.median(cpu) * 1000, queries


def run(rows, repeat):
    from django.db import transaction
    from django.test import Client

    from users.models import User

    results = []
    try:
        with transaction.atomic():
            cot, sites = create_data(rows)
            client = Client()
            client.force_login(User.objects.create_superuser(username='bench-admin'))
            endpoints = (
                ('custom objects', f'/api/plugins/custom-objects/{cot.slug}/',
                 lambda i: {'name': f'New {i}', 'site': sites[0].pk, 'sites': [sites[1].pk, sites[2].pk],
                            'status': 'b'}),
                ('dcim sites', '/api/dcim/sites/', lambda i: {'name': f'New {i}', 'slug': f'new-{i}'}),
            )
            for label, url, payload in endpoints:
                client.get(f'{url}?limit=1')  # warm-up: URL conf, serializers, model cache
                for limit in (1000, 50):
                    results.append((label, f'GET limit={limit}', *timed(client, 'get', f'{url}?limit={limit}', repeat)))
                counter = iter(range(10 ** 6))
                posts = [
                    timed(client, 'post', url, 1, data=payload(next(counter)), content_type='application/json')
                    for _ in range(repeat)
                ]
                results.append((label, 'POST one', statistics.median(wall for wall, _, _ in posts),
                                statistics.median(cpu for _, cpu, _ in posts), posts[-1][2]))
            raise Rollback
    except Rollback:
        pass
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--rows', type=int, default=1000)
    parser.add_argument('--repeat', type=int, default=5)
    args = parser.parse_args()
    prepare_database()
    results = run(args.rows, args.repeat)
    print(f'{args.rows} rows each, median of {args.repeat} runs')
    print(f'{"endpoint":<16}{"request":<16}{"ms":>10}{"cpu ms":>10}{"queries":>10}')
    for label, request, milliseconds, cpu_milliseconds, queries in results:
        print(f'{label:<16}{request:<16}{milliseconds:>10.1f}{cpu_milliseconds:>10.1f}{queries:>10}')


if __name__ == '__main__':
    main()
