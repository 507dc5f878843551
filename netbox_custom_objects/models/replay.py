"""Replay of definition rows by netbox-branching (merge, sync, revert).

netbox-branching replays a CREATE through the model's `deserialize_object()` classmethod when it has one, else
through Django's deserializer, which saves with `save_base(raw=True)`: the receivers then skip the row (raw), and
no table or column would be created in the target schema. The hook below returns the same deserialized object
with a `save()` that runs the model's real save — and with it the DDL, on the alias the engine replays into.
(DELETE undo already uses the model's own save.)"""

from utilities.serialization import deserialize_object

__all__ = (
    'ReplayableDefinitionMixin',
)


class FullSave:
    """Quacks like Django's DeserializedObject (`.object`, `.m2m_data`, `.save()`), saving for real."""

    def __init__(self, deserialized):
        self.object = deserialized.object
        self.m2m_data = deserialized.m2m_data or {}

    def save(self, using=None, **kwargs):
        self.object.save(using=using, force_insert=True)
        for accessor, values in self.m2m_data.items():
            getattr(self.object, accessor).set(values)


class ReplayableDefinitionMixin:

    @classmethod
    def deserialize_object(cls, data, pk=None):
        return FullSave(deserialize_object(cls, data, pk=pk))
