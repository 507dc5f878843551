"""Adding and removing generated classes in Django's app registry and NetBox's ObjectType table.

The only code that touches `apps.all_models`. Django's rules: a model name maps to one class at a time (we
unregister before a new class is built), and every change expires the registry's caches (`apps.clear_cache()`),
which also drops reverse relations of the old class from the `_meta` of its targets.
"""

from django.apps import apps
from django.db.models.fields.related import ForeignObject

from core.models import ObjectType
from netbox.models.features import get_model_features

from ..constants import APP_LABEL

__all__ = (
    'ensure_object_type',
    'owned_classes',
    'unregister',
)


def unregister(model):
    """Remove `model` from the app registry and its reverse accessors from the models it points at."""
    registered = apps.all_models[APP_LABEL]
    for cls in owned_classes(model):
        if registered.get(cls._meta.model_name) is cls:
            del registered[cls._meta.model_name]
    for field in model._meta.get_fields():
        if isinstance(field, ForeignObject) and not field.auto_created:
            _remove_reverse_accessor(field)
    apps.clear_cache()


def owned_classes(model):
    """`model` and the through models of its multiobject fields (not NetBox's, e.g. tags)."""
    throughs = (field.remote_field.through for field in model._meta.local_many_to_many)
    return (model, *(t for t in throughs if isinstance(t, type) and t._meta.app_label == APP_LABEL))


def _remove_reverse_accessor(field):
    target = field.remote_field.model
    if isinstance(target, str) or field.remote_field.hidden:
        return
    accessor = field.remote_field.get_accessor_name()
    descriptor = target.__dict__.get(accessor)
    if descriptor is not None and getattr(getattr(descriptor, 'rel', None), 'field', None) is field:
        delattr(target, accessor)


def ensure_object_type(model):
    """Create or refresh the ObjectType row of `model` (features decide e.g. change logging and branching)."""
    features = get_model_features(model)
    object_type, created = ObjectType.objects.get_or_create(
        app_label=APP_LABEL,
        model=model._meta.model_name,
        defaults={'public': True, 'features': features},
    )
    if not created and (sorted(object_type.features) != sorted(features) or not object_type.public):
        object_type.features = features
        object_type.public = True
        object_type.save(update_fields=('features', 'public'))
    return object_type
