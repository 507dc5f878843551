"""What a rename costs when many custom objects show the renamed object in their display expression.

Run (after `make setup`):

    source dev/env.sh && python benchmarks/display_search.py [--rows 10000]

It makes (or reuses) the database `nco_bench_display` from the migrated template (dev/dbtool.py; `NCO_BENCH_DB`
overrides the name), creates a type whose display expression is "{{ name }}-{{ site }}" and `--rows` objects of it
referring to one site, indexes them for search, then renames the site through the REST API (PATCH, committed, as a
user's request is) and reports:

- the request: wall-clock ms and queries of renaming a site that nothing refers to (NetBox's own cost), then of
  renaming the site, with the refresh going to a background job (more than INLINE_LIMIT referrers: what happens),
  and the same request with the refresh done inline (INLINE_LIMIT raised: what the request would cost without the
  job);
- the background job (RefreshDisplaySearchJob, run in this process): wall-clock ms, queries, display texts changed.

The rows are deleted at the end (the database is kept for the next run).
"""

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
DATABASE = 'nco_bench_display'


def prepare_database():
    os.environ['NCO_DB_NAME'] = os.environ.get('NCO_BENCH_DB', DATABASE)
    subprocess.run(
        [sys.executable, str(ROOT / 'dev' / 'dbtool.py'), 'ensure-db', os.environ['NCO_DB_NAME']],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'netbox.settings')
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def create_data(rows):
    from core.models import ObjectType
    from dcim.models import Site
    from netbox.search.backends import search_backend

    from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

    site = Site.objects.create(name='Bench Site', slug='bench-site')
    cot = CustomObjectType.objects.create(
        name='bench_uplink', slug='bench-uplinks', display_expression='{{ name }}-{{ site }}'
    )
    CustomObjectTypeField.objects.create(custom_object_type=cot, name='name', type='text', primary=True)
    CustomObjectTypeField.objects.create(
        custom_object_type=cot, name='site', type='object', related_object_type=ObjectType.objects.get_for_model(Site)
    )
    cot.refresh_from_db()
    model = cot.get_model()
    model.objects.bulk_create(model(name=f'uplink{i}', site=site) for i in range(rows))
    search_backend.cache(model.objects.select_related('site').iterator(chunk_size=2000), remove_existing=False)
    return cot, site


def rename(client, site, name):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with (
        CaptureQueriesContext(connection) as captured,
        mock.patch('netbox.search.deferred.any_workers_for_queue', return_value=False),
    ):
        start = time.perf_counter()
        response = client.patch(f'/api/dcim/sites/{site.pk}/', {'name': name}, content_type='application/json')
        elapsed = time.perf_counter() - start
    assert response.status_code == 200, response.content[:500]
    return elapsed * 1000, len(captured.captured_queries)


def run(rows):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from core.models import Job
    from extras.models import CachedValue
    from users.models import User

    from netbox_custom_objects import display_search

    cot, site = create_data(rows)
    user = User.objects.filter(username='bench-admin').first() or User.objects.create_superuser(username='bench-admin')
    client = Client()
    client.force_login(user)
    client.get(f'/api/dcim/sites/{site.pk}/')  # warm-up
    from dcim.models import Site

    lonely = Site.objects.create(name='Lonely Site', slug='lonely-site')
    results = [('rename of a site nothing refers to', *rename(client, lonely, 'Lonely Site A'))]
    try:
        with mock.patch('django_rq.get_queue'):  # the job is run below, in this process
            results.append(('rename, refresh queued (default)', *rename(client, site, 'Bench Site A')))
        assert Job.objects.filter(name__startswith=display_search.RefreshDisplaySearchJob.Meta.name).exists()
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            display_search.RefreshDisplaySearchJob.enqueue(
                immediate=True, cot_id=cot.pk, field_name='site', app_label='dcim', model_name='site', object_id=site.pk
            )
            elapsed = (time.perf_counter() - start) * 1000
        results.append(('background job', elapsed, len(captured.captured_queries)))
        fresh = CachedValue.objects.filter(field='_display', value__endswith='-Bench Site A').count()
        with mock.patch.object(display_search, 'INLINE_LIMIT', rows + 1):
            results.append(('rename, refreshed inline', *rename(client, site, 'Bench Site B')))
        return results, fresh
    finally:
        model = cot.get_model()
        CachedValue.objects.filter(object_type=cot.object_type).delete()
        objects = model.objects.all()
        objects._raw_delete(objects.db)
        cot.delete()
        site.delete()
        lonely.delete()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--rows', type=int, default=10000)
    args = parser.parse_args()
    prepare_database()
    results, fresh = run(args.rows)
    print(f'{args.rows} objects referring to the renamed site; {fresh} display texts refreshed by the job')
    print(f'{"step":<36}{"ms":>10}{"queries":>10}')
    for label, milliseconds, queries in results:
        print(f'{label:<36}{milliseconds:>10.1f}{queries:>10}')


if __name__ == '__main__':
    main()
