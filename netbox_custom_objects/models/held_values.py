"""What a field held when it was deleted, kept with the deletion's change record (acceptance matrix E4).

Dropping a column destroys its values, and netbox-branching keeps no other copy: undoing the field's DELETE (a
revert) would re-create an empty column. The DELETE change of a field therefore carries `held_values`
({object pk: {value attribute: change-log value}}) in its pre-change data. netbox-branching restores a deleted row
by deserializing that data, and sets keys that are not model fields as plain attributes — so the re-created field
finds `held_values` on itself and writes them back once its column exists."""

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

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)  # the row, then its DDL (post_save)
        if values := self.__dict__.pop(HELD_VALUES, None):
            using = kwargs.get('using') or self._state.db or 'default'
            model = self.custom_object_type.get_model()
            self.field_type.restore_values(self, model, values, using)

    def _values_held(self, using):
        try:
            model = self.custom_object_type.get_model()
        except LookupError:
            return {}
        attributes = self.field_type.value_attributes(self)
        held = {}
        # One serialization per object, as NetBox's change log does for each object it records.
        for obj in model.objects.using(using).iterator(chunk_size=500):
            data = obj.serialize_object()
            entry = {name: data[name] for name in attributes if data.get(name) not in (None, '', [], {})}
            if entry:
                held[str(obj.pk)] = entry
        return held
