"""Adding and removing generated classes in Django's app registry and NetBox's ObjectType table.

The only code that touches `apps.all_models`. Django's rules: a model name maps to one class at a time (we
unregister before a new class is built), and every change expires the registry's caches (`apps.clear_cache()`),
which also drops reverse relations of the old class from the `_meta` of its targets.
"""

from contextlib import contextmanager
from functools import cache

from django.apps import apps

from core.models import ObjectType
from netbox.models.features import get_model_features

from ..constants import APP_LABEL
from .base import CustomObject

__all__ = (
    'ensure_object_type',
    'expire_related_caches',
    'owned_classes',
    'targeted_cache_expiry',
    'unregister',
)


def unregister(model, replaced=False):
    """Remove `model` from the app registry and its reverse accessors from the models it points at.

    `replaced`: a new class for the same table follows at once; the models that only the NetBox mixins relate to
    (owner, tags, journal, ...) then keep their caches, since the new class has the same mixin columns."""
    registered = apps.all_models[APP_LABEL]
    for cls in owned_classes(model):
        if registered.get(cls._meta.model_name) is cls:
            del registered[cls._meta.model_name]
    for field in _forward_relations(model):
        _remove_reverse_accessor(field)
    expire_related_caches(model, include_mixins=not replaced)


@contextmanager
def targeted_cache_expiry():
    """Build classes without Django's registry-wide cache expiry.

    `Apps.register_model()` expires the `_meta` caches of *every* model; the next relation lookup anywhere then
    rebuilds the whole relation graph — a cost that grows with every type. Inside this block that global expiry
    is suppressed; callers expire what a new class actually touches with `expire_related_caches()`.
    Callers hold the model cache's lock, the only code that registers models after start-up."""
    apps.clear_cache = _clear_function_caches
    try:
        yield
    finally:
        del apps.clear_cache


def _clear_function_caches():
    apps.get_models.cache_clear()
    apps.get_swappable_settings_name.cache_clear()


def expire_related_caches(model, include_mixins=False):
    """Expire the `_meta` caches of `model`, its through models and the models its fields point at (and, with
    `include_mixins`, those its NetBox mixins point at). Only forward fields are read: asking for reverse ones
    would rebuild the relation graph of every model, the cost this function exists to avoid."""
    _clear_function_caches()
    for cls in owned_classes(model):
        cls._meta._expire_cache()
        for field in _forward_relations(cls, include_mixins=include_mixins):
            target = field.related_model
            if isinstance(target, type):
                target._meta._expire_cache()


def _forward_relations(model, include_mixins=True):
    opts = model._meta
    fields = (*opts.local_fields, *opts.local_many_to_many, *opts.private_fields)
    return [
        f for f in fields
        if f.is_relation and not f.auto_created and (include_mixins or f.name not in _mixin_field_names())
    ]


@cache
def _mixin_field_names():
    return frozenset(f.name for f in CustomObject._meta.get_fields())


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
