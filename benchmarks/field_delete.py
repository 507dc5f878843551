"""Benchmark of deleting a field of a big type (issue 16, item 6; security review finding 10).

Run from the project root after `make setup` (uses a scratch database copied from the migrated template):

    source dev/env.sh && python benchmarks/field_delete.py [--objects 100000]

A type with N objects (inserted with SQL, so that setting up costs neither time nor memory in this process): a text,
an integer, a coordinates, a multiobject (two links per object) and a polymorphic multiobject field (one link per
object). After a warm-up, each field is deleted as a user does (snapshot, delete, in a request: change-logged, so
its DELETE record carries what it held). Prints, per field, the wall time of the deletion, the peak memory it added
to the process (maximum resident set size before and after) and the size of the change record.

Figures (2 cores shared with other work, 100,000 objects): 1.4 to 5.5 s per field, peak memory added 0 to 50 MiB,
records of 2.5 to 7 MiB. Before the values were read in batches, each object was serialized whole (queries per
object for its link fields): 5,000 objects took 85 to 105 s to record, i.e. about half an hour for 100,000.
"""

import json
import resource
import time
import uuid

from scratch import add_field, create_type, run_benchmark, timed

FIELDS = ('code', 'rank', 'place', 'sites', 'links')


def max_rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # (kilobytes on Linux)


def populate(cot, objects, site_ids, tenant_ct, tenant_id):
    """N rows and their links, with SQL."""
    from django.db import connection

    from netbox_custom_objects.constants import table_name, through_table_name

    table = table_name(cot.pk)
    with connection.cursor() as cursor:
        cursor.execute(
            f'INSERT INTO "{table}" (code, rank, place_latitude, place_longitude, created, last_updated) '
            f"SELECT 'object ' || n, n, 1.5, -2.25, now(), now() FROM generate_series(1, %s) n", [objects])
        for site_id in site_ids[:2]:
            cursor.execute(f'INSERT INTO "{through_table_name(cot.pk, "sites")}" (source_id, target_id) '
                           f'SELECT id, %s FROM "{table}"', [site_id])
        cursor.execute(f'INSERT INTO "{through_table_name(cot.pk, "links")}" (source_id, content_type_id, object_id) '
                       f'SELECT id, %s, %s FROM "{table}"', [tenant_ct, tenant_id])


def delete_field(user, cot, name):
    from django.test import RequestFactory

    from netbox.context_managers import event_tracking

    from netbox_custom_objects.models import CustomObjectTypeField

    request = RequestFactory().get('/')
    request.id, request.user = uuid.uuid4(), user
    field = CustomObjectTypeField.objects.get(custom_object_type=cot, name=name)
    field_id = field.pk
    with event_tracking(request):
        field.snapshot()
        field.delete()
    return field_id


def in_process(args):
    import django

    django.setup()
    from django.contrib.contenttypes.models import ContentType

    from core.models import ObjectChange, ObjectType
    from dcim.models import Site
    from tenancy.models import Tenant
    from users.models import User

    user = User.objects.create_user(username=f'bench-{uuid.uuid4().hex[:6]}', is_superuser=True)
    site_type, tenant_type = (ObjectType.objects.get(app_label=a, model=m) for a, m in (('dcim', 'site'),
                                                                                         ('tenancy', 'tenant')))
    sites = [Site.objects.create(name=f'S{i}', slug=f's{i}').pk for i in range(2)]
    tenant = Tenant.objects.create(name='T', slug='t')
    cot = create_type('bench_item', (
        {'name': 'warm_up', 'type': 'text'}, {'name': 'code', 'type': 'text'}, {'name': 'rank', 'type': 'integer'},
        {'name': 'place', 'type': 'coordinates'},
        {'name': 'sites', 'type': 'multiobject', 'related_object_type': site_type},
    ))
    links = add_field(cot, {'name': 'links', 'type': 'multiobject', 'is_polymorphic': True})
    links.related_object_types.set([site_type, tenant_type])
    populate(cot, args.objects, sites, ContentType.objects.get_for_model(Tenant).pk, tenant.pk)

    results = {'objects': args.objects}
    # The first deletion in a process loads NetBox's URL configuration (its event serializer reverses URLs), which
    # takes many seconds: a field that holds nothing goes first.
    _, (results['delete an empty field first (process warm-up): seconds'],) = timed(
        lambda: delete_field(user, cot, 'warm_up'))
    for name in FIELDS:
        before, start = max_rss_mib(), time.perf_counter()
        field_id = delete_field(user, cot, name)
        results[f'delete field {name!r}: seconds'] = time.perf_counter() - start
        results[f'delete field {name!r}: peak memory added (MiB)'] = max_rss_mib() - before
        change = ObjectChange.objects.get(changed_object_id=field_id, action='delete',
                                          changed_object_type__model='customobjecttypefield')
        held = change.prechange_data.get('held_values', {})
        results[f'delete field {name!r}: objects recorded'] = len(held)
        results[f'delete field {name!r}: change record (MiB)'] = len(json.dumps(change.prechange_data)) / 2**20
    print(json.dumps(results))


def main():
    run_benchmark(__file__, in_process, '--objects', 100000)


if __name__ == '__main__':
    main()
