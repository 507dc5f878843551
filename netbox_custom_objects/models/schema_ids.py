"""Schema ids of fields: the stable identity a field keeps through renames, which portable schema documents and
merges use. One counter per type, `next_schema_id`, shared by main and every branch."""

from django.db import connections
from django.utils import timezone

from .object_types import CustomObjectType

__all__ = (
    'SchemaIdMixin',
)


class SchemaIdMixin:
    """Allocation of a new field's schema id (CustomObjectTypeField.save())."""

    def _allocate_schema_id(self, using):
        """(schema id, bumped): take the next id from the type's counter, past any id already taken (fields replayed
        from a branch), and bump the type's cache timestamp, in one statement whose row lock keeps concurrent saves
        from colliding. `bumped` is False when the type row is not there to bump (the definition receivers bump the
        timestamp of any other save)."""
        connection = connections[using]
        q = connection.ops.quote_name
        floor = self._draw_main_schema_id() if using != 'default' else 0
        with connection.cursor() as cursor:
            cursor.execute(
                f'UPDATE {q(CustomObjectType._meta.db_table)} SET cache_timestamp = %s, next_schema_id = GREATEST('
                f'next_schema_id, (SELECT COALESCE(MAX(schema_id), 0) + 1 FROM {q(self._meta.db_table)} '
                f'WHERE custom_object_type_id = %s), %s) + 1 WHERE id = %s RETURNING next_schema_id - 1',
                [timezone.now(), self.custom_object_type_id, floor, self.custom_object_type_id],
            )
            row = cursor.fetchone()
        return (row[0], True) if row else (1, False)

    def _draw_main_schema_id(self):
        """In a branch, for a type main has too: an id drawn from main's counter (0 for a branch-only type), so that
        main and every branch draw from one counter and fields added on both sides never share an id after a
        merge (pitfall schema-id-outside-changelog). Ids are never reused: one drawn by a branch that is then discarded
        is skipped."""
        connection = connections['default']
        q = connection.ops.quote_name
        with connection.cursor() as cursor:
            cursor.execute(
                f'UPDATE {q(CustomObjectType._meta.db_table)} SET next_schema_id = GREATEST(next_schema_id, '
                f'(SELECT COALESCE(MAX(schema_id), 0) + 1 FROM {q(self._meta.db_table)} '
                f'WHERE custom_object_type_id = %s)) + 1 WHERE id = %s RETURNING next_schema_id - 1',
                [self.custom_object_type_id, self.custom_object_type_id],
            )
            row = cursor.fetchone()
        return row[0] if row else 0
