"""Upstream 0.7.1's names and shapes for what scripts read (issue 13, items 3 and 5 of the Python API):

- reverse accessors: `object_type.custom_object_types`, `choice_set.choices_for_object_type`,
  `object_type.customobjecttypefield_set` (related object type) and `object_type.polymorphic_custom_object_type_fields`
  (related object types). Only Django's state changes (no SQL); `on_delete` stays as it was (see the models);
- a type's `schema_document` as upstream stores it, `{"schema_version": "1", "types": [<the type's entry>]}`, where
  ours stored the entry alone. Runs in main and, through netbox-branching's Branch.migrate(), in each branch schema.
"""

import django.db.models.deletion
from django.db import migrations, models

SCHEMA_VERSION = '1'


def wrapped(document):
    """The document in upstream's shape; None when it already is (or holds nothing)."""
    if not isinstance(document, dict) or not document or isinstance(document.get('types'), list):
        return None
    return {'schema_version': SCHEMA_VERSION, 'types': [document]}


def unwrapped(document):
    if not isinstance(document, dict) or not isinstance(document.get('types'), list):
        return None
    entries = [entry for entry in document['types'] if isinstance(entry, dict)]
    return entries[0] if entries else {}


def convert(apps, schema_editor, conversion):
    model = apps.get_model('netbox_custom_objects', 'CustomObjectType')
    rows = model.objects.using(schema_editor.connection.alias)
    for pk, document in rows.values_list('pk', 'schema_document'):
        if (converted := conversion(document)) is not None:
            # Bookkeeping of the row's own format: no change record (a merge replays the new shape in the branch's
            # migrated schema; readers take either shape).
            rows.filter(pk=pk).update(schema_document=converted)


def wrap_documents(apps, schema_editor):
    convert(apps, schema_editor, wrapped)


def unwrap_documents(apps, schema_editor):
    convert(apps, schema_editor, unwrapped)


class Migration(migrations.Migration):
    dependencies = [
        ('netbox_custom_objects', '0004_adopt_upstream'),
    ]

    operations = [
        migrations.AlterField(
            model_name='customobjecttype',
            name='object_type',
            field=models.OneToOneField(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name='custom_object_types',
                to='core.objecttype',
            ),
        ),
        migrations.AlterField(
            model_name='customobjecttypefield',
            name='choice_set',
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name='choices_for_object_type',
                to='extras.customfieldchoiceset',
            ),
        ),
        migrations.AlterField(
            model_name='customobjecttypefield',
            name='related_object_type',
            field=models.ForeignKey(
                blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, to='core.objecttype'
            ),
        ),
        migrations.AlterField(
            model_name='customobjecttypefield',
            name='related_object_types',
            field=models.ManyToManyField(
                blank=True, related_name='polymorphic_custom_object_type_fields', to='core.objecttype'
            ),
        ),
        migrations.RunPython(wrap_documents, unwrap_documents),
    ]
