"""REST API latency of a tree type (a tree_parent field, recursive queries) next to NetBox's regions (MPTT), the
same tree shape, measured in the same run.

Run (after `make setup`):

    source dev/env.sh && python benchmarks/tree_list.py [--fanout 10] [--depth 4] [--repeat 5]

It makes (or reuses) the database `nco_bench` from the migrated template (dev/dbtool.py), then, inside one
transaction that is rolled back at the end, builds a tree of `--fanout` children per node down to `--depth` levels
below one root (fanout 10, depth 4: 11,111 nodes) as objects of a tree type and as dcim regions, and times through
Django's test client, with a superuser: the list in tree order (limit=50, and limit=1000), the list of one subtree
(`ancestor_id` of a child of the root), the list of a leaf's ancestors (`descendant_id`, ours only: NetBox has no
such filter), and moving a subtree (PATCH a child of the root under another). `ms` is wall-clock time; `cpu ms` is
this process's CPU time. Nothing is left in the database.
"""

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from api_list import Rollback, prepare_database, timed  # noqa: E402


def build_tree(fanout, depth):
    """The tree as our objects and as regions: ({name: our pk}, {name: region pk})."""
    from core.models import ObjectType
    from dcim.models import Region

    from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

    cot = CustomObjectType.objects.create(name='bench_region', slug='bench-regions')
    CustomObjectTypeField.objects.create(custom_object_type=cot, name='name', type='text', primary=True)
    CustomObjectTypeField.objects.create(custom_object_type=cot, name='parent', type='tree_parent',
                                         related_object_type=ObjectType.objects.get_for_model(cot.get_model()))
    cot.refresh_from_db()
    model = cot.get_model()
    ours, regions = {}, {}
    level = [('n', None, None)]
    for _ in range(depth + 1):
        created = model.objects.bulk_create(model(name=name, parent_id=ours.get(parent)) for name, parent, _r in level)
        ours.update((obj.name, obj.pk) for obj in created)
        for name, parent, _r in level:
            # (MPTT needs its own inserts to number the tree; a rebuild afterwards would be as slow)
            regions[name] = Region.objects.create(name=f'bench {name}', slug=f'bench-{name.replace(".", "-")}',
                                                  parent_id=regions.get(parent)).pk
        level = [(f'{name}.{i}', name, None) for name, _p, _r in level for i in range(fanout)]
    return cot, ours, regions


def run(fanout, depth, repeat):
    from django.db import transaction
    from django.test import Client

    from users.models import User

    results = []
    try:
        with transaction.atomic():
            cot, ours, regions = build_tree(fanout, depth)
            client = Client()
            client.force_login(User.objects.create_superuser(username='bench-admin'))
            endpoints = (
                ('tree type', f'/api/plugins/custom-objects/{cot.slug}/', ours, 'descendant_id'),
                ('dcim regions', '/api/dcim/regions/', regions, None),
            )
            leaf = 'n' + '.0' * depth
            for label, url, pks, descendant_filter in endpoints:
                client.get(f'{url}?limit=1')  # warm-up
                requests = [
                    ('tree limit=50', f'{url}?limit=50'),
                    ('tree limit=1000', f'{url}?limit=1000'),
                    ('subtree', f'{url}?ancestor_id={pks["n.0"]}&limit=50'),
                ]
                if descendant_filter:
                    requests.append(('ancestors', f'{url}?{descendant_filter}={pks[leaf]}'))
                for request, address in requests:
                    results.append((label, request, *timed(client, 'get', address, repeat)))
                moves = [timed(client, 'patch', f'{url}{pks["n.1"]}/', 1, content_type='application/json',
                               data={'parent': pks['n.2' if index % 2 else 'n.3']}) for index in range(repeat)]
                results.append((label, 'move subtree', statistics.median(m[0] for m in moves),
                                statistics.median(m[1] for m in moves), moves[-1][2]))
            raise Rollback
    except Rollback:
        pass
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--fanout', type=int, default=10)
    parser.add_argument('--depth', type=int, default=4)
    parser.add_argument('--repeat', type=int, default=5)
    args = parser.parse_args()
    prepare_database()
    results = run(args.fanout, args.depth, args.repeat)
    nodes = sum(args.fanout ** level for level in range(args.depth + 1))
    print(f'{nodes} nodes (fanout {args.fanout}, depth {args.depth}), median of {args.repeat} runs')
    print(f'{"endpoint":<16}{"request":<18}{"ms":>10}{"cpu ms":>10}{"queries":>10}')
    for label, request, milliseconds, cpu_milliseconds, queries in results:
        print(f'{label:<16}{request:<18}{milliseconds:>10.1f}{cpu_milliseconds:>10.1f}{queries:>10}')


if __name__ == '__main__':
    main()
