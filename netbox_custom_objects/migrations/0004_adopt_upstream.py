"""Adopt a database that upstream netboxlabs-netbox-custom-objects (0.6.1 – 0.7.x) migrated: see `_upstream.py`.

Does nothing on a database that upstream never migrated. Runs in main with `netbox migrate`, and in every branch
schema when netbox-branching's Branch.migrate() applies our pending migrations there (this migration works on the
schema of the connection it is given).
"""

import time

from django.db import migrations

from ._upstream import adopt, main_schema


def adopt_upstream(apps, schema_editor):
    started = time.monotonic()
    with schema_editor.connection.cursor() as cursor:
        cursor.execute('SELECT current_schema()')
        schema = cursor.fetchone()[0]
        steps = adopt(cursor, schema, main_schema())
    if steps:
        print(f'\n  Adopted the data of upstream netbox-custom-objects in schema {schema}: {len(steps)} step(s) in '
              f'{time.monotonic() - started:.2f} s.')


class Migration(migrations.Migration):

    dependencies = [
        ('netbox_custom_objects', '0003_field_previous_names'),
    ]

    operations = [
        migrations.RunPython(adopt_upstream, migrations.RunPython.noop),
    ]
