"""What an edited field must keep of its stored definition, and what its stored objects must survive.

A field's row is compared with the row as the database holds it (`stored_row()`, read once per instance): a field
keeps its type, target and polymorphism; a rename or type change is refused while object permissions name it; a type
conversion or a new unique constraint is checked against the stored values first."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from ..dynamic_models.snapshot import FieldSnapshot
from .constraints import constraining_permissions, constraint_message

__all__ = (
    'StoredDefinitionRulesMixin',
)


class StoredDefinitionRulesMixin:

    def stored_row(self):
        """The row as the database holds it (None for a new field): what validation compares the edited row with.
        Read once per instance and remembered until the row is saved (save() reads it again, in its transaction)."""
        if not self.pk:
            return None
        if '_stored_row' not in self.__dict__:
            self._stored_row = type(self).objects.filter(pk=self.pk).first()
        return self._stored_row

    def _validate_immutable_attributes(self):
        stored = self.stored_row()
        if stored is not None and stored.is_polymorphic != self.is_polymorphic:
            raise ValidationError({'is_polymorphic': _('Polymorphism cannot be changed after a field is created.')})
        self._validate_unchanged_target(stored.related_object_type_id if stored is not None else None)

    def _validate_unchanged_target(self, stored_target_id):
        """A relation keeps its target: its links (a foreign key column, a link table's rows) hold ids of the target's
        objects, which would silently name other objects of another model (site #5 read as location #5). Checked by
        clean() and again by save(), so that no path (forms, REST, schema documents, scripts) can change it."""
        if stored_target_id and self.related_object_type_id and stored_target_id != self.related_object_type_id:
            raise ValidationError({'related_object_type': _('The related object type cannot be changed.')})

    def _validate_against_data(self):
        """Changes that the stored objects must survive: a type conversion, or becoming unique."""
        stored = self.stored_row()
        if stored is None:
            return
        old, new = FieldSnapshot.from_row(stored), FieldSnapshot.from_row(self)
        model = self.custom_object_type.get_model()
        if old.type != new.type:
            new.field_type.check_conversion(model, old, new)
        if new.unique and not old.unique:
            new.field_type.check_unique(model, old)

    def _validate_constrained_name(self):
        """A rename or type change is refused while object permissions constrain the field (models/constraints)."""
        stored = self.stored_row()
        if stored is None or (stored.name, stored.type) == (self.name, self.type):
            return
        if permissions := constraining_permissions(stored):
            raise ValidationError({'name' if stored.name != self.name else 'type': constraint_message(permissions)})

    def _validate_unchanged_type_id(self):
        stored = self.stored_row()
        if stored is not None and stored.custom_object_type_id != self.custom_object_type_id:
            raise ValidationError({'custom_object_type': _('A field cannot be moved to another type.')})
