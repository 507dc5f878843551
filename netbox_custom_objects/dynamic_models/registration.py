"""Adding and removing generated classes in Django's app registry and NetBox's ObjectType table.

The only code that touches `apps.all_models`. Django's rules: a model name maps to one class at a time (we
unregister before a new class is built), and every change expires the registry's caches (`apps.clear_cache()`),
which also drops reverse relations of the old class from the `_meta` of its targets.
"""

from contextlib import contextmanager
from functools import cache

from django.apps import apps
from django.apps.registry import Apps

from core.models import ObjectType

from ..constants import APP_LABEL
from ..field_types.relations.polymorphic import link_models
from .base import CustomObject
from .features import feature_mixins, object_type_features
from .reverse_accessors import remove_polymorphic_accessors

__all__ = (
    'adopt',
    'branch_registry',
    'ensure_object_type',
    'expire_related_caches',
    'owned_classes',
    'restore_class_attributes',
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
    remove_polymorphic_accessors(model)
    expire_related_caches(model, include_mixins=not replaced)


@contextmanager
def targeted_cache_expiry():
    """Build classes without Django's registry-wide cache expiry.

    `Apps.register_model()` expires the `_meta` caches of *every* model; the next relation lookup anywhere then
    rebuilds the whole relation graph — a cost that grows with every type. Inside this block that global expiry
    is suppressed; callers expire what a new class actually touches with `expire_related_caches()`.
    Callers hold the model cache's lock, the only code that registers models after start-up."""
    outermost = 'clear_cache' not in vars(apps)  # building a class may build its targets' classes first
    if outermost:
        apps.clear_cache = _clear_function_caches
    try:
        yield
    finally:
        if outermost:
            del apps.clear_cache


def _clear_function_caches():
    # Not get_swappable_settings_name(): generated models are never swappable, and clearing it would make the next
    # foreign key deconstruction list every model (which rebuilds expired classes).
    apps.get_models.cache_clear()


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
    return frozenset(f.name for f in _base_fields())


def _base_fields():
    """The fields every generated class may take from its abstract bases (the optional features' included)."""
    return [field for base in (CustomObject, *feature_mixins()) for field in base._meta.get_fields()]


def branch_registry():
    """A private app registry for a branch's classes, so that they never replace main's in Django's registry.

    The NetBox mixins of CustomObject point at NetBox models by label (owner, tags, journal, ...); those real
    classes are registered here too so the labels resolve. Their reverse relations to branch classes are all
    hidden, so registering them here leaves the real classes untouched."""
    registry = Apps()
    registry.app_configs[APP_LABEL] = BranchAppConfig(registry)
    for label in _mixin_targets():
        model = apps.get_model(label)
        registry.register_model(model._meta.app_label, model)
    return registry


class BranchAppConfig:
    """The plugin's app config as a branch registry sees it: `_meta.app_config` of branch classes (NetBox and
    Django read its verbose_name, e.g. in `str(content_type)`), and the models whose relations Django follows to
    give branch classes their reverse relations (deletion cascades, reverse accessors) — the branch's own."""

    def __init__(self, registry):
        self._main = apps.get_app_config(APP_LABEL)
        self.apps = registry
        self.models = registry.all_models[APP_LABEL]

    def __getattr__(self, name):  # label, name, verbose_name, default_auto_field, ...: the plugin's own
        return getattr(self._main, name)

    def get_models(self, include_auto_created=False, include_swapped=False):
        return [model for model in self.models.values() if include_auto_created or not model._meta.auto_created]


@cache
def _mixin_targets():
    labels = set()
    for field in _base_fields():
        remote = getattr(field, 'remote_field', None)
        if remote is None:
            continue
        for target in (remote.model, getattr(remote, 'through', None)):
            if isinstance(target, str):
                labels.add(target)
            elif isinstance(target, type):
                labels.add(target._meta.label)
    labels.add('extras.Tag')
    return tuple(sorted(labels))


def adopt(registry, model):
    """Make `model` (a real NetBox class, or main's class of a type) resolvable in a branch registry, so that the
    relation fields of branch classes complete their set-up there; returns the class attributes to restore."""
    opts = model._meta
    if registry.all_models[opts.app_label].get(opts.model_name) is not model:
        registry.all_models[opts.app_label].pop(opts.model_name, None)
        registry.register_model(opts.app_label, model)
    return model, dict(model.__dict__)


def restore_class_attributes(preserved):
    """Undo what building a branch class did to shared classes: Django sets reverse accessors on relation
    targets, and a branch class must never replace main's accessors (pitfall registries-keyed-by-label)."""
    for model, attributes in preserved:
        for name in set(model.__dict__) - set(attributes):
            delattr(model, name)
        for name, value in attributes.items():
            if model.__dict__.get(name) is not value:
                setattr(model, name, value)


def owned_classes(model):
    """`model`, the through models of its multiobject fields (not NetBox's, e.g. tags) and the link models of its
    polymorphic multiobject fields."""
    throughs = (field.remote_field.through for field in model._meta.local_many_to_many)
    ours = tuple(t for t in throughs if isinstance(t, type) and t._meta.app_label == APP_LABEL)
    return (model, *ours, *link_models(model))


def _remove_reverse_accessor(field):
    if field.remote_field is None:  # a GenericForeignKey (polymorphic object field): no reverse accessor
        return
    target = field.remote_field.model
    if isinstance(target, str) or field.remote_field.hidden:
        return
    accessor = field.remote_field.get_accessor_name()
    descriptor = target.__dict__.get(accessor)
    if descriptor is not None and getattr(getattr(descriptor, 'rel', None), 'field', None) is field:
        delattr(target, accessor)


def ensure_object_type(model):
    """Create or refresh the ObjectType row of `model` (features decide e.g. change logging and branching)."""
    features = object_type_features(model)
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
