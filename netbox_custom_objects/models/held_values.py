"""What a field held when it was deleted, kept with the deletion's change record (acceptance matrix E4).

Dropping a column destroys its values, and netbox-branching keeps no other copy: undoing the field's DELETE (a
revert) would re-create an empty column. The DELETE change of a field therefore carries `held_values`
({object pk: {value attribute: change-log value}}) in its pre-change data. netbox-branching restores a deleted row
by deserializing that data, and sets keys that are not model fields as plain attributes — so the re-created field
finds `held_values` on itself and writes them back once its column exists.

`held_values` is internal: it is left out of the conflicts of the field's change diff (branching/conflicts.py)."""

from core.choices import ObjectChangeActionChoices

__all__ = (
    'HeldValuesMixin',
)

HELD_VALUES = 'held_values'


class HeldValuesMixin:

    def to_objectchange(self, action):
        objectchange = super().to_objectchange(action)
        if action == ObjectChangeActionChoices.ACTION_DELETE and objectchange.prechange_data is not None:
            if values := self._values_held(self._state.db or 'default'):
                objectchange.prechange_data = {**objectchange.prechange_data, HELD_VALUES: values}
        return objectchange

    def restore_held_values(self, using):
        """Write back what a re-created field held (see above). Called by the field's save() once the row and its
        column exist (models/fields.py: after the field change has been applied)."""
        if values := self.__dict__.pop(HELD_VALUES, None):
            model = self.custom_object_type.get_model()
            self.field_type.restore_values(self, model, values, using)

    def _values_held(self, using):
        try:
            model = self.custom_object_type.get_model()
        except LookupError:
            return {}
        # Read in batches, only the field's columns or link rows (field_types/held.py): serializing each object
        # whole took minutes for a type with 100,000 objects.
        return self.field_type.held_values(self, model, using)
