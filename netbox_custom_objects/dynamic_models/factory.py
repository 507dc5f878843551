"""The model factory: a pure function from a TypeSnapshot to a model class.

No database access and no caching here. Relation targets are resolved through the `resolve_model` callable the
caller passes in, so the factory can build models for main, for a branch, or under an isolated app registry.
"""

from ..constants import APP_LABEL, model_class_name, table_name
from .base import CustomObject
from .config_context import CustomObjectConfigContextMixin
from .features import class_attributes, feature_mixins
from .unique import build_constraints

__all__ = (
    'GENERATED_MODULE',
    'build_model',
    'model_bases',
)

GENERATED_MODULE = f'{APP_LABEL}.dynamic_models.generated'


def model_bases(config_context_enabled, snapshot=None):
    """The abstract bases of a generated model: config context support is chosen per type, once; the optional
    NetBox features (journal, contacts, image attachments) are those the type enables, all of them without a
    snapshot (features.py). They come after CustomObject, whose methods extend theirs."""
    own = (CustomObjectConfigContextMixin, CustomObject) if config_context_enabled else (CustomObject,)
    return (*own, *feature_mixins(snapshot))


def build_model(snapshot, resolve_model, *, apps=None):
    """Return a new model class for `snapshot`.

    Args:
        snapshot: the TypeSnapshot to build from.
        resolve_model: callable `(app_label, model_name) -> model class` for relation targets.
        apps: the app registry to register the class in (Django's global registry when None).
    """
    meta_attrs = {
        'app_label': APP_LABEL,
        'base_manager_name': '_base_objects',  # (managers.py)
        'db_table': table_name(snapshot.id),
        'managed': False,
        'ordering': ('id',),
        'verbose_name': snapshot.verbose_name,
        'verbose_name_plural': snapshot.verbose_name_plural,
    }
    if apps is not None:
        meta_attrs['apps'] = apps
    if snapshot.unique_constraints:
        meta_attrs['constraints'] = build_constraints(snapshot.id, snapshot.unique_constraints, snapshot.fields)
    attrs = {
        '__module__': GENERATED_MODULE,
        'Meta': type('Meta', (), meta_attrs),
        'custom_object_type_id': snapshot.id,
        '_snapshot': snapshot,
        # attributes, not field names: a coordinates field clones both of its columns
        'clone_fields': tuple(a for f in snapshot.fields if f.is_cloneable for a in f.field_type.clone_attributes(f)),
        **class_attributes(snapshot),
    }
    for field in snapshot.fields:
        attrs.update(field.field_type.model_fields(field, resolve_model))
    model = type(model_class_name(snapshot.id), model_bases(snapshot.config_context_enabled, snapshot), attrs)
    for field in snapshot.fields:
        field.field_type.finish_model(field, model, isolated=apps is not None)
    return model
