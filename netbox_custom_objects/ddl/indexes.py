"""DDL of the unique indexes of compound unique constraints (dynamic_models/unique.py builds their definitions).

A constraint's index is a PostgreSQL unique index over expressions (a column, or lower(column)), partial when the
constraint has a condition. Django's schema editor writes its SQL from the constraint, so values in the condition are
quoted as Django quotes them.
"""

from dataclasses import dataclass

from django.db import models

from .operations import Operation, bare_model

__all__ = (
    'CreateUniqueIndex',
    'DropIndex',
)


@dataclass(frozen=True)
class CreateUniqueIndex(Operation):
    columns: tuple  # ((attname, unbound Field), ...): the columns the expressions and the condition name
    constraint: models.UniqueConstraint

    def forwards(self, editor):
        editor.add_constraint(bare_model(self.table, dict(self.columns)), self.constraint)

    def describe(self):
        return f'Create unique index {self.constraint.name} on {self.table}'


@dataclass(frozen=True)
class DropIndex(Operation):
    name: str

    def forwards(self, editor):
        # Qualified by the connection's own schema: a branch's search path also reaches main's index of that name.
        with editor.connection.cursor() as cursor:
            cursor.execute('SELECT current_schema()')
            schema = cursor.fetchone()[0]
        q = editor.quote_name
        editor.execute(f'DROP INDEX IF EXISTS {q(schema)}.{q(self.name)}')

    def describe(self):
        return f'Drop index {self.name} from {self.table}'
