"""Reading the definition rows the model cache builds from: snapshots of types and their fields, in few queries."""

from collections import defaultdict

from django.apps import apps as django_apps
from django.db.models import prefetch_related_objects

from ..constants import APP_LABEL
from .snapshot import TypeSnapshot

__all__ = (
    'load_snapshots',
    'type_model',
)


def type_model():
    """CustomObjectType, looked up in the app registry (models/ imports this package)."""
    return django_apps.get_model(APP_LABEL, 'CustomObjectType')


def load_snapshots(type_ids=None):
    """Read snapshots of the given types (all types when None): three queries (types, fields, unique constraints),
    four with polymorphic fields."""
    definitions = type_model()
    types = definitions.objects.all()
    fields = definitions.fields.rel.related_model.objects.select_related('choice_set', 'related_object_type')
    if type_ids is not None:
        types = types.filter(pk__in=type_ids)
        fields = fields.filter(custom_object_type_id__in=type_ids)
    # The type rows first: each query sees what was committed when it started, so a change committed between the two
    # can give a snapshot with the new fields under the old timestamp (rebuilt at the next sync), never old fields
    # under the new one, which no sync would ever notice.
    types = list(types)
    fields_by_type = defaultdict(list)
    polymorphic = []
    for field in fields.order_by('pk'):
        fields_by_type[field.custom_object_type_id].append(field)
        if field.is_polymorphic:
            polymorphic.append(field)
    prefetch_related_objects(polymorphic, 'related_object_types')
    uniques = definitions.unique_constraints.rel.related_model.objects.order_by('pk')
    if type_ids is not None:
        uniques = uniques.filter(custom_object_type_id__in=type_ids)
    uniques_by_type = defaultdict(list)
    for unique in uniques:
        uniques_by_type[unique.custom_object_type_id].append(unique)
    return {row.pk: TypeSnapshot.from_row(row, fields_by_type[row.pk], uniques_by_type[row.pk]) for row in types}
