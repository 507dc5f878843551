"""One id sequence for every custom object and link table.

Tables are created at runtime, also inside netbox-branching branches, and merged or restored into main with
explicit ids. Drawing every id from one sequence in main's schema keeps ids unique across types, branches,
merges and reverts: a table created in a branch, merged, then written in main never collides (pitfall branch-local-id-sequences).
"""

from django.db import migrations

SEQUENCE = 'netbox_custom_objects_object_id_seq'

# netbox-branching's Branch.migrate() runs pending RunSQL with search_path set to the branch schema alone, which would
# create a second sequence there: tables then created in the branch would bind their id default to it and draw ids
# that collide with main's. The sequence belongs to main only (branch DDL reaches it through the search path).
fake_on_branch = True


class Migration(migrations.Migration):

    dependencies = [
        ('netbox_custom_objects', '0001_initial'),
    ]

    operations = [
        migrations.RunSQL(
            sql=f'CREATE SEQUENCE IF NOT EXISTS "{SEQUENCE}" AS bigint',
            reverse_sql=f'DROP SEQUENCE IF EXISTS "{SEQUENCE}"',
        ),
    ]
