"""Stand-in classes: what a custom object content type resolves to where its type does not exist.

Pages that review changes (netbox-branching's branch, diff and change pages) list changes of types that the context
they are viewed in does not have: a type created in a branch, viewed from main or from another branch; a type a
branch deleted, or one that a revert removed. NetBox and netbox-branching resolve every change's content type to a
class (`ContentType.model_class()`) and read its `_meta` and managers. A stand-in is such a class for those pages:
named after the type's recorded definition, without fields, and without rows (its objects do not exist where the
page is viewed, as a deleted object's do not). It lives in a private app registry, never in Django's, so nothing
else lists it. Lookups decide when a stand-in is wanted (branching/review.py); this module only builds them."""

import threading

from ..constants import APP_LABEL, model_name
from .factory import build_model
from .registration import branch_registry, restore_class_attributes

__all__ = (
    'stand_in_model',
)

_lock = threading.Lock()
_registry = {}  # 'apps': the private registry, built on first use
_classes = {}  # (type id, verbose name, verbose name plural) -> class


def stand_in_model(snapshot):
    """The stand-in class of the type `snapshot` (a TypeSnapshot; its fields are ignored)."""
    key = (snapshot.id, snapshot.verbose_name, snapshot.verbose_name_plural)
    with _lock:
        if key not in _classes:
            _classes[key] = _build(snapshot)
        return _classes[key]


def _build(snapshot):
    registry = _registry.setdefault('apps', branch_registry())
    registry.all_models[APP_LABEL].pop(model_name(snapshot.id), None)  # a renamed type's previous stand-in

    def resolve_model(app_label, name):  # (a class without fields relates to nothing of its own)
        raise LookupError(f'{app_label}.{name}')

    resolve_model.apps = registry
    resolve_model.preserved = []
    try:
        model = build_model(snapshot, resolve_model, apps=registry)
    finally:
        restore_class_attributes(resolve_model.preserved)
    model.vanished = True  # the default manager reads no row (managers.py) ...
    model._meta.base_manager_name = 'objects'  # ... and so does the base manager, which GenericForeignKeys use
    return model
