"""Benchmark of schema changes on a big type (issue 17, item 2): how long each change takes and how long it keeps
readers of the type waiting.

Run from the project root after `make setup` (uses a scratch database copied from the migrated template):

    make bigtable                                   # 1,000,000 objects
    source dev/env.sh && python benchmarks/big_table.py --objects 100000

A type with N objects (inserted with SQL: text, integer and numeric-text values) is changed the way a user changes it
(field rows validated and saved in a request, change-logged) while a reader thread, on its own database connection,
reads one random object of the type every 10 ms. For each change: its wall time and the longest a read waited while
it ran (a read blocked by a lock waits until the change's transaction commits).

Changes: add a nullable field; add a field with a default (defaults live in the model, so both are catalogue-only);
rename a field; make a field unique and back; change a field's type from text to integer in the request (PostgreSQL
rewrites the table) and online, as the background job does it on a type above `background_type_change_rows`
(field_conversion.py: shadow column, batches, swap); delete a field holding a value in every object (its values are
recorded in the change log first).
"""

import json
import random
import threading
import time
import uuid

from scratch import add_field, create_type, run_benchmark, timed


class Reader(threading.Thread):
    """Reads one random object of `table` every `interval` seconds on a connection of its own; `stalls(start, end)`
    gives the longest read that overlapped the interval."""

    def __init__(self, dsn, table, objects, interval=0.01):
        super().__init__(daemon=True)
        self.dsn, self.table, self.objects, self.interval = dsn, table, objects, interval
        self.reads = []  # (start, end) of each read
        self.stop = threading.Event()

    def run(self):
        import psycopg

        # (prepare_threshold=None: a prepared SELECT * would fail once the change alters the table's columns)
        with psycopg.connect(**self.dsn, autocommit=True, prepare_threshold=None) as connection:
            while not self.stop.is_set():
                start = time.perf_counter()
                connection.execute(f'SELECT * FROM "{self.table}" WHERE id = %s',
                                   [random.randint(1, self.objects)]).fetchall()
                self.reads.append((start, time.perf_counter()))
                time.sleep(self.interval)

    def longest_wait(self, start, end):
        overlapping = [read_end - read_start for read_start, read_end in self.reads
                       if read_end >= start and read_start <= end]
        return max(overlapping, default=0.0), len(overlapping)


def populate(table, objects):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            f'INSERT INTO "{table}" (code, rank, digits, figures, note, created, last_updated) '
            f"SELECT 'object ' || n, n, n::text, n::text, 'note ' || n, now(), now() FROM generate_series(1, %s) n",
            [objects])
        cursor.execute(f'ANALYZE "{table}"')


def in_request(user, change):
    """`change()` as a request of `user` makes it: change-logged, in one transaction."""
    from django.db import transaction
    from django.test import RequestFactory

    from netbox.context_managers import event_tracking

    request = RequestFactory().get('/')
    request.id, request.user = uuid.uuid4(), user
    with event_tracking(request), transaction.atomic():
        change()


def online(user, field):
    """What ConvertFieldJob does with a validated change (outside any transaction: its batches commit)."""
    from netbox_custom_objects.field_conversion import convert_field, queued_change

    def change():
        convert_field(queued_change(field), user, lambda step, converted, total: None)
    return change


def changes(cot, user):
    from netbox_custom_objects.models import CustomObjectTypeField

    def field(name):
        return CustomObjectTypeField.objects.get(custom_object_type=cot, name=name)

    def edit(field_name, **attributes):
        def change():
            row = field(field_name)
            row.snapshot()
            for attribute, value in attributes.items():
                setattr(row, attribute, value)
            row.full_clean()
            row.save()
        return change

    def retyped(name, type):
        row = field(name)
        row.type = type
        row.full_clean()
        return row

    def delete(name):
        def change():
            row = field(name)
            row.snapshot()
            row.delete()
        return change

    return [
        # The first change-logged deletion in a process loads NetBox's URL configuration (its event serializer
        # reverses URLs), which takes seconds: an empty field goes first.
        ('process warm-up: delete an empty field', delete('warm_up')),
        ('add a nullable text field', lambda: add_field(cot, {'name': 'extra', 'type': 'text'})),
        ('add an integer field with a default', lambda: add_field(cot, {'name': 'level', 'type': 'integer',
                                                                         'default': 5})),
        ('rename a field', edit('note', name='remark')),
        ('make a field unique', edit('rank', unique=True)),
        ('make it not unique again', edit('rank', unique=False)),
        ('change a field from text to integer (table rewrite)', edit('digits', type='integer')),
        ('change a field from text to integer online (background job)', online(user, retyped('figures', 'integer'))),
        ('delete a field holding a value in every object', delete('remark')),
    ]


def in_process(args):
    import django

    django.setup()
    from django.conf import settings

    from users.models import User

    from netbox_custom_objects.constants import table_name

    user = User.objects.create_user(username=f'bench-{uuid.uuid4().hex[:6]}', is_superuser=True)
    cot = create_type('big_item', (
        {'name': 'warm_up', 'type': 'text'}, {'name': 'code', 'type': 'text'}, {'name': 'rank', 'type': 'integer'},
        {'name': 'digits', 'type': 'text'}, {'name': 'figures', 'type': 'text'}, {'name': 'note', 'type': 'text'},
    ))
    table = table_name(cot.pk)
    _, (insert_seconds,) = timed(lambda: populate(table, args.objects))
    results = {'objects': args.objects, 'insert the objects with SQL: seconds': insert_seconds}

    db = settings.DATABASES['default']
    dsn = {'host': db['HOST'] or 'localhost', 'port': db['PORT'] or 5432, 'user': db['USER'],
           'password': db['PASSWORD'], 'dbname': db['NAME']}
    reader = Reader(dsn, table, args.objects)
    reader.start()
    time.sleep(0.5)
    for label, change in changes(cot, user):
        start = time.perf_counter()
        if 'online' in label:
            change()  # (a job: its own short transactions)
        else:
            in_request(user, change)
        end = time.perf_counter()
        time.sleep(0.2)  # reads that waited for the commit end after it
        longest, reads = reader.longest_wait(start, end)
        results[f'{label}: seconds'] = end - start
        results[f'{label}: longest read wait (s)'] = longest
        results[f'{label}: reads during the change'] = reads
    reader.stop.set()
    reader.join()
    print(json.dumps(results))


def main():
    run_benchmark(__file__, in_process, '--objects', 1000000, width=72)


if __name__ == '__main__':
    main()
