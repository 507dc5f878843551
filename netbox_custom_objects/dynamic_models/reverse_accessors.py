"""Reverse accessors of polymorphic fields: `site.<related name>` gives the custom objects whose polymorphic object
or multiobject field refers to that site, as `site.<related name>` does for a non-polymorphic field (where Django
puts the accessor on the target).

A polymorphic field has no foreign key for Django to follow, so the accessor is a descriptor of ours, put on each
allowed target's class when main's class of the field's type is built, and on a target custom object type's class
when that one is rebuilt (its new class would lack it otherwise). Branch classes put nothing on shared classes
(pitfall registries-keyed-by-label): the descriptor resolves the type's class when it is read, so in a branch it
answers with the branch's objects and the branch's definition (a field the branch deleted or renamed reads as no
objects).
"""

from django.apps import apps

from ..constants import APP_LABEL

__all__ = (
    'PolymorphicReverseDescriptor',
    'install_polymorphic_accessors',
    'remove_polymorphic_accessors',
)


class PolymorphicReverseManager:
    """The referring objects of one target object: all(), filter(), count(), exists(), iteration (any queryset
    method, through the queryset of `get_queryset()`)."""

    def __init__(self, descriptor, instance):
        self.descriptor = descriptor
        self.instance = instance

    def __repr__(self):
        return f'<{type(self).__name__} {self.descriptor.accessor} of {self.instance!r}>'

    def get_queryset(self):
        model = self.descriptor.resolve(self.descriptor.type_id)
        field = model._snapshot.field_named(self.descriptor.field_name)
        if field is None or not field.is_polymorphic or field.related_name != self.descriptor.accessor:
            return model.objects.none()
        return field.field_type.referring(field, model, model.objects.all(), self.instance)

    def all(self):
        return self.get_queryset()

    def __iter__(self):
        return iter(self.get_queryset())

    def __getattr__(self, name):
        return getattr(self.get_queryset(), name)


class PolymorphicReverseDescriptor:
    """`<related name>` on a target class, owned by the field `field_name` of type `type_id`; `resolve(type id)`
    returns the class of that type in the active context."""

    def __init__(self, type_id, field_name, accessor, resolve):
        self.type_id = type_id
        self.field_name = field_name
        self.accessor = accessor
        self.resolve = resolve

    def __get__(self, instance, owner=None):
        return self if instance is None else PolymorphicReverseManager(self, instance)

    def __set__(self, instance, value):
        raise TypeError(f'{self.accessor} is read-only: set the field {self.field_name} on the custom objects.')


def _accessors(model):
    """(target class, accessor, field) of the polymorphic fields of generated `model` that have a related name."""
    for field in model._snapshot.fields:
        if not field.is_polymorphic or not field.related_name:
            continue
        for app_label, model_name in field.related_object_types:
            # Main's registered classes as they are (no loading: a custom object type built later gets its
            # accessors then, from install_polymorphic_accessors()).
            target = apps.all_models[app_label].get(model_name)
            if target is not None:
                yield target, field.related_name, field


def _install(target, accessor, type_id, field, resolve):
    existing = target.__dict__.get(accessor)
    if (
        existing is not None
        and not isinstance(existing, PolymorphicReverseDescriptor)
        or existing is None
        and hasattr(target, accessor)
    ):
        return  # never replace an attribute that is not ours (the field's validation refuses such names)
    setattr(target, accessor, PolymorphicReverseDescriptor(type_id, field.name, accessor, resolve))


def install_polymorphic_accessors(model, resolve):
    """Put the reverse accessors of main's new class `model` on its targets, and those of the other types' fields
    that allow `model` on `model`."""
    for target, accessor, field in _accessors(model):
        _install(target, accessor, model.custom_object_type_id, field, resolve)
    label = (model._meta.app_label, model._meta.model_name)
    for other in list(apps.all_models[APP_LABEL].values()):
        if other is model or getattr(other, '_snapshot', None) is None or other._meta.auto_created:
            continue
        for field in other._snapshot.fields:
            if field.is_polymorphic and field.related_name and label in field.related_object_types:
                _install(model, field.related_name, other.custom_object_type_id, field, resolve)


def remove_polymorphic_accessors(model):
    """Take the reverse accessors owned by `model`'s type off its targets (main's class is being replaced or its
    type deleted; a new class puts back those it still has)."""
    for target, accessor, _field in _accessors(model):
        descriptor = target.__dict__.get(accessor)
        if isinstance(descriptor, PolymorphicReverseDescriptor) and descriptor.type_id == model.custom_object_type_id:
            delattr(target, accessor)
