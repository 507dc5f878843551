"""The base of the rename scenarios (test_renames_*.py): a type `widget` with a text field `code` and objects, and
what they check after a sync, merge or revert: the table's columns, the field names, the values under a name."""

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.models import CustomObjectTypeField

from .base import BranchingTestCase, current_model, schema_columns


class RenamesTestCase(BranchingTestCase):

    def make_type(self, count):
        """A type `widget` with a text field `code` and `count` objects (code 'v0', 'v1', ...)."""
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='code')
        cot.refresh_from_db()
        model = cot.get_model()
        return cot, [model.objects.create(code=f'v{i}') for i in range(count)]

    def assert_column(self, schema, cot, name, gone=()):
        """The type's table in `schema` has the column `name`, none of `gone`."""
        columns = schema_columns(schema, table_name(cot.pk))
        self.assertIn(name, columns)
        self.assertFalse(columns & set(gone), f'stale columns in {schema}')

    def field_names(self, cot):
        return sorted(CustomObjectTypeField.objects.filter(custom_object_type=cot).values_list('name', flat=True))

    def values(self, cot, name):
        return dict(current_model(cot).objects.values_list('pk', name))
