"""FieldChange: one save or deletion of a field definition, as the definition receivers consume it.

`CustomObjectTypeField.save()` builds it from one read of the stored row, once the row is written, and sends it with
the plugin's `field_saved` signal (signals.py); the post_delete receiver builds one for a deletion. Both reach
`receivers.field_changed`, which lists every consequence of a definition change.
"""

from dataclasses import dataclass, replace

from ..contextvars import converted_columns
from .snapshot import FieldSnapshot

__all__ = (
    'FieldChange',
)


@dataclass(frozen=True)
class FieldChange:
    # The definition as stored before the change; None: the field is being added.
    old: FieldSnapshot | None
    # The definition written; None: the field is deleted.
    new: FieldSnapshot | None
    # The write already bumped the type's cache timestamp (a new field takes its schema id from the type row).
    bumped: bool = False
    # The transaction may hold rows written before this one, which the DDL must wait for (see ddl.apply).
    rows_written: bool = True

    __hash__ = None  # (snapshots hold JSON values)

    @property
    def type_id(self):
        return (self.new or self.old).custom_object_type_id

    @property
    def columns_before(self):
        """The definition the table's columns match when the change's DDL runs: `old`, except for a field whose
        column an online conversion has already given the new type (field_conversion.py): then `old` with the new
        type, and unique when the converted column already is, so that only what remains (a rename, ...) is done."""
        if self.old is None or self.new is None or self.old.id not in converted_columns.get():
            return self.old
        return replace(self.old, type=self.new.type, unique=converted_columns.get()[self.old.id])

    @property
    def field_type(self):
        """The field type that plans the DDL: the new definition's (a type change converts to it)."""
        return (self.new or self.old).field_type
