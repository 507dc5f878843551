"""What saving an edited field definition would cost, told before it is saved (the REST `?dry_run=true` preview,
the edit form) and used to decide where the change runs.

A change whose DDL rewrites the table (a column's type changes) keeps every reader of the type waiting for the
rewrite when it runs in the request. On a type with more objects than the plugin setting
`background_type_change_rows`, such a change runs as a background job that converts the column online instead
(field_conversion.py); below it, and inside a branch, it stays in the request as before.
"""

from dataclasses import dataclass

from django.db import connections, router

from netbox.plugins.utils import get_plugin_config

from .branching.context import active_branch_key
from .constants import table_name
from .dynamic_models import model_cache
from .dynamic_models.snapshot import FieldSnapshot
from .field_types.visibility import viewable_pks

__all__ = (
    'BACKGROUND_ROWS_SETTING',
    'FieldChangePlan',
    'background_threshold',
    'plan_field_change',
)

BACKGROUND_ROWS_SETTING = 'background_type_change_rows'
DEFAULT_BACKGROUND_ROWS = 100_000  # about 0.7 s of rewrite on the machine of docs/operations.md
UNCONVERTIBLE_COUNTED = 1000  # values that would not convert are counted up to this
UNCONVERTIBLE_SHOWN = 5


def background_threshold():
    """Tables with more rows than this convert a column online, in a background job."""
    return get_plugin_config('netbox_custom_objects', BACKGROUND_ROWS_SETTING, DEFAULT_BACKGROUND_ROWS)


@dataclass(frozen=True)
class FieldChangePlan:
    operations: tuple  # the DDL, described
    rows: int  # objects of the type
    new_column_type: str | None  # set when the change converts the column and so rewrites the table
    runs_in_background: bool
    unconvertible: tuple = ()  # ((pk, value or None when the user may not view the object), ...), the first ones
    unconvertible_count: int | None = None  # None: not counted (no type change)

    @property
    def rewrites_table(self):
        return self.new_column_type is not None

    def as_dict(self):
        return {
            'operations': list(self.operations),
            'rewrites_table': self.rewrites_table,
            'rows': self.rows,
            'runs_as': 'background job' if self.runs_in_background else 'request',
            'background_threshold': background_threshold(),
            'unconvertible': None if self.unconvertible_count is None else {
                'count': self.unconvertible_count,
                'count_is_lower_bound': self.unconvertible_count > UNCONVERTIBLE_COUNTED,
                'objects': [{'id': pk, **({'value': value} if value is not None else {})}
                            for pk, value in self.unconvertible],
            },
        }


def plan_field_change(row, count_unconvertible=False):
    """The plan of saving `row` (a CustomObjectTypeField, edited or new) over the definition the database holds.
    `count_unconvertible`: also count the stored values a type change would not convert (reads the column)."""
    stored = row.stored_row()
    old = FieldSnapshot.from_row(stored) if stored is not None else None
    new = FieldSnapshot.from_row(row)
    model = row.custom_object_type.get_model()
    rows = model.objects.count()
    type_changed = old is not None and old.type != new.type
    if type_changed and old.type not in new.field_type.converts_from:
        return FieldChangePlan((), rows, None, False)  # refused by validation: nothing would run
    table, resolve = table_name(row.custom_object_type_id), model_cache.resolver_for(row.custom_object_type_id)
    connection = connections[router.db_for_write(type(row), instance=row)]
    operations = tuple(op.describe() for op in new.field_type.schema_ops(table, old, new, resolve))
    new_column_type = new.field_type.rewritten_column(table, old, new, resolve, connection)
    in_background = (new_column_type is not None and rows > background_threshold()
                     and active_branch_key() is None)
    unconvertible, count = (), None
    if type_changed and count_unconvertible:
        unconvertible, count = _unconvertible(model, old, new)
    return FieldChangePlan(operations, rows, new_column_type, in_background, unconvertible, count)


def _unconvertible(model, old, new):
    bad = new.field_type.conversion_errors(model, old, new, limit=UNCONVERTIBLE_COUNTED + 1)
    shown = bad[:UNCONVERTIBLE_SHOWN]
    viewable = viewable_pks(model, [pk for pk, _value in shown])
    return tuple((pk, value if pk in viewable else None) for pk, value in shown), len(bad)
