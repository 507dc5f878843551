"""Benchmarks of the model factory and cache (issue: field types, schema evolution, factory/cache).

Run from the project root after `make setup` (uses a scratch database copied from the migrated template):

    source dev/env.sh && python benchmarks/model_factory.py [--types 200]

Prints, next to NetBox's own equivalents measured in the same run:
- cold and warm `get_model()` for a type with 30 mixed fields (and the queries a warm call runs);
- creating a 30-field type;
- creating N types of 10 fields one after another (time per type for the first and the last tenth);
- process start (django.setup + URL resolution + loading all models) and RSS with N types, vs NetBox alone;
- bulk creation of 10,000 objects vs 10,000 Sites.
"""

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from scratch import create_type, run_benchmark, timed

ROOT = Path(__file__).resolve().parent.parent


FIELD_MIX = ('text', 'longtext', 'integer', 'decimal', 'boolean', 'date', 'datetime', 'url', 'json', 'select',
             'multiselect', 'object', 'multiobject', 'coordinates')


def field_specs(count, site_type, choice_set):
    specs = []
    for i in range(count):
        kind = FIELD_MIX[i % len(FIELD_MIX)]
        spec = {'name': f'f{i}_{kind}', 'type': kind}
        if kind in ('select', 'multiselect'):
            spec['choice_set'] = choice_set
        if kind in ('object', 'multiobject'):
            spec['related_object_type'] = site_type
        specs.append(spec)
    return specs


def in_process(args):
    import django
    from django.conf import settings

    django.setup()
    from django.apps import apps
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from core.models import ObjectType
    from dcim.models import Site
    from extras.models import CustomFieldChoiceSet

    from netbox_custom_objects.dynamic_models import model_cache

    settings.PLUGINS_CONFIG['netbox_custom_objects']['max_custom_object_types'] = 0
    site_type = ObjectType.objects.get(app_label='dcim', model='site')
    choices = CustomFieldChoiceSet.objects.create(name='bench', extra_choices=[['a', 'A'], ['b', 'B']])
    results = {}

    # A running worker has loaded the models at start-up (the process-start figure below measures that); without
    # this, the first definition change would pay for it.
    apps.get_models()
    created = [timed(lambda i=i: create_type(f'bench_thirty_{i}', field_specs(30, site_type, choices)))
               for i in range(3)]
    cot = created[0][0]
    results['create 30-field type (s, median of 3)'] = statistics.median(samples[0] for _, samples in created)

    model_cache.expire(cot.pk)
    _, cold = timed(lambda: cot.get_model())
    _, warm = timed(lambda: cot.get_model(), repeat=10000)
    with CaptureQueriesContext(connection) as queries:
        cot.get_model()
    _, native = timed(lambda: apps.get_model('dcim', 'site'), repeat=10000)
    results['get_model() cold (ms)'] = cold[0] * 1000
    results['get_model() warm (us)'] = statistics.median(warm) * 1e6
    results['get_model() warm queries'] = len(queries)
    results['NetBox apps.get_model(dcim.site) (us)'] = statistics.median(native) * 1e6

    per_type = []
    for i in range(args.types):
        _, samples = timed(lambda i=i: create_type(f'bench_{i}', field_specs(10, site_type, choices)))
        per_type.append(samples[0])
    tenth = max(1, args.types // 10)
    results[f'create 10-field type, first {tenth} (s/type)'] = statistics.mean(per_type[:tenth])
    results[f'create 10-field type, last {tenth} (s/type)'] = statistics.mean(per_type[-tenth:])

    model = cot.get_model()
    plain = [f for f in model._snapshot.fields if f.type in ('text', 'integer', 'boolean')]
    rows = [model(**{f.name: (i if f.type == 'integer' else (True if f.type == 'boolean' else f'v{i}'))
                     for f in plain}) for i in range(10000)]
    _, samples = timed(lambda: model.objects.bulk_create(rows, batch_size=1000))
    results['bulk_create 10,000 objects (s)'] = samples[0]
    sites = [Site(name=f'bench site {i}', slug=f'bench-site-{i}') for i in range(10000)]
    _, samples = timed(lambda: Site.objects.bulk_create(sites, batch_size=1000))
    results['bulk_create 10,000 Sites (s)'] = samples[0]
    print(json.dumps(results))


STARTUP = '''
import resource, time
start = time.perf_counter()
import django
django.setup()
from django.apps import apps
from django.urls import resolve, reverse

resolve('/dcim/sites/')
models = apps.get_models()
elapsed = time.perf_counter() - start
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, len(models))
'''


def startup_sample(db_name, with_plugin):
    """(seconds, RSS MiB, number of models) of one fresh process start."""
    env = {**os.environ, 'NCO_DB_NAME': db_name, 'NCO_PLUGINS': '1' if with_plugin else '0',
           'DJANGO_SETTINGS_MODULE': 'netbox.settings'}
    out = subprocess.run([sys.executable, '-c', STARTUP], env=env, capture_output=True, text=True)
    if out.returncode:
        sys.exit(f'process start failed:\n{out.stderr[-2000:]}')
    seconds, rss, models = out.stdout.split()
    return float(seconds), float(rss), int(models)


def startup(db_name, repeat=5):
    """The best of `repeat` starts with and without the plugin, alternated, so that a change in the machine's load
    during the run weighs on both alike."""
    samples = {True: [], False: []}
    for _ in range(repeat):
        for with_plugin in (True, False):
            samples[with_plugin].append(startup_sample(db_name, with_plugin))
    return min(samples[True]), min(samples[False])


def process_starts(db_name, args, results):
    with_plugin, without = startup(db_name)
    results[f'process start with plugin and {args.types + 3} types (s)'] = with_plugin[0]
    results['process start, NetBox without the plugin (s)'] = without[0]
    results['process start ratio'] = with_plugin[0] / without[0]
    results[f'RSS with plugin and {args.types + 3} types (MiB)'] = with_plugin[1]
    results['RSS, NetBox without the plugin (MiB)'] = without[1]


def main():
    run_benchmark(__file__, in_process, '--types', 200, more=process_starts, width=55)


if __name__ == '__main__':
    main()
