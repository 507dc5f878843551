"""Healing generated tables after a NetBox upgrade adds columns to the feature mixins of CustomObject, or an upgrade
of this plugin gives a field type a column more (the url title).

Every table was created with the base columns of its day. When CustomObject's mixins gain a column, existing tables
lack it and queries fail. `heal_type()` adds missing base columns that can be added safely (nullable, or with a
default) through the DDL executor, and reports what it cannot fix (NOT NULL without default, changed types). It also
adds the missing columns the type's fields declare as `healed_columns()` (always nullable)."""

from django.db import connections

from .constants import table_name
from .ddl import AddColumn, apply, table_exists
from .dynamic_models.base_columns import base_columns
from .models import CustomObjectType

__all__ = (
    'heal_all_types',
    'heal_type',
)


def _existing_columns(connection, table):
    with connection.cursor() as cursor:
        return {
            column.name: column for column in connection.introspection.get_table_description(cursor, table)
        }


def heal_type(cot, *, dry_run=False, using='default'):
    """Return {'added': [column, ...], 'warned': [{'type', 'field', 'message'}]} for one type's table."""
    connection = connections[using]
    table = table_name(cot.pk)
    report = {'added': [], 'warned': []}
    if not table_exists(connection, table):
        report['warned'].append({'type': cot.name, 'field': None, 'message': f'table {table} is missing'})
        return report
    existing = _existing_columns(connection, table)
    operations = []
    for name, field in base_columns(cot.config_context_enabled):
        column = f'{name}_id' if field.remote_field is not None else name
        if column in existing:
            continue
        if field.null or field.has_default():
            operations.append(AddColumn(table, name, field))
            report['added'].append(column)
        else:
            report['warned'].append({
                'type': cot.name, 'field': column,
                'message': 'a NOT NULL column without a default cannot be added to a table that holds data',
            })
    for field in cot.fields.using(using).all():
        for name, column in field.field_type.healed_columns(field).items():
            if name not in existing:
                operations.append(AddColumn(table, name, column))
                report['added'].append(name)
    if operations and not dry_run:
        apply(operations, using=using)
    return report


def heal_all_types(*, dry_run=False, using='default', types=None):
    types = types if types is not None else CustomObjectType.objects.using(using).all()
    return {cot: heal_type(cot, dry_run=dry_run, using=using) for cot in types}
