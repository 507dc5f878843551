"""Deleted targets: no foreign key points at the targets of polymorphic fields, so their references are detached
when a target is deleted (from a post_delete receiver), at the cost of a dictionary lookup for other models."""

import time

from django.apps import apps as django_apps
from django.db import DatabaseError, router, transaction

from ....constants import APP_LABEL, SYNC_INTERVAL

__all__ = (
    'PolymorphicTargets',
    'polymorphic_targets',
)


class PolymorphicTargets:
    """Which polymorphic fields allow a model: {(app_label, model): ((type id, field name), ...)}.

    Read in one query per database alias (main, or a branch), kept MAX_AGE seconds (as long as the model cache trusts
    its classes between syncs) or until a definition change in this process invalidates it."""
    MAX_AGE = SYNC_INTERVAL

    def __init__(self):
        self._maps = {}  # alias -> (built at, mapping); replaced, never mutated, so readers need no lock

    def invalidate(self):
        self._maps = {}

    def fields_allowing(self, model):
        field_model = django_apps.get_model(APP_LABEL, 'CustomObjectTypeField')
        alias = router.db_for_read(field_model) or 'default'
        entry = self._maps.get(alias)
        if entry is None or time.monotonic() - entry[0] > self.MAX_AGE:
            entry = (time.monotonic(), self._load(field_model, alias))
            self._maps = {**self._maps, alias: entry}
        opts = model._meta.concrete_model._meta
        return entry[1].get((opts.app_label, opts.model_name), ())

    @staticmethod
    def _load(field_model, alias):
        rows = field_model.objects.using(alias).filter(is_polymorphic=True, related_object_types__isnull=False)
        mapping = {}
        try:
            with transaction.atomic(using=alias):  # a savepoint: a missing table (during migrate) breaks nothing
                for type_id, name, app_label, model in rows.values_list(
                        'custom_object_type_id', 'name', 'related_object_types__app_label',
                        'related_object_types__model'):
                    mapping.setdefault((app_label, model), []).append((type_id, name))
        except DatabaseError:
            return {}
        return {key: tuple(value) for key, value in mapping.items()}

    def detach(self, model, instance, using, get_model):
        """Null or unlink the references to `instance` (of `model`, deleted through `using`).

        `get_model(type id)` returns the class of a custom object type (LookupError when it is gone)."""
        for type_id, field_name in self.fields_allowing(model):
            try:
                owner = get_model(type_id)
            except LookupError:
                continue
            field = owner._snapshot.field_named(field_name)
            if field is not None and field.is_polymorphic:
                field.field_type.detach(field, owner, instance, using)


polymorphic_targets = PolymorphicTargets()
