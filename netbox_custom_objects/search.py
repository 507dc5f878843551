"""Global search: an index of the types themselves, and one index per type over its searchable fields.

A generated model's index is (re)registered whenever its class is built (Django's `class_prepared`), so NetBox's
search cache always indexes the fields of the current definition; values come from the field types' display value
(select labels, referenced objects' names, ...). A type with a display expression also indexes the rendered text
under `_display` (weight 100, as NetBox's names), so global and quick search find an object by the name it shows;
`display_search.py` keeps that text fresh when the objects it reads change. Objects already cached are re-cached by a
background job after a definition change that alters what is searchable: `schedule_reindex()`, called from the
definition receivers.
"""

from django.apps import apps as django_apps
from django.db import transaction
from django.db.models.signals import class_prepared
from django.dispatch import receiver

from netbox.registry import registry
from netbox.search import FieldTypes, ObjectFieldValue, SearchIndex, register_search

from .constants import DISPLAY_SEARCH_FIELD, DISPLAY_SEARCH_WEIGHT
from .display_search import display_value
from .dynamic_models import display
from .jobs import ReindexCustomObjectTypeJob
from .models import CustomObjectType

__all__ = (
    'CustomObjectIndex',
    'CustomObjectTypeIndex',
    'build_index',
    'indexes',
    'schedule_reindex',
    'search_changed',
)


class CustomObjectTypeIndex(SearchIndex):
    model = CustomObjectType
    fields = (
        ('name', 100),
        ('description', 500),
        ('comments', 5000),
    )
    display_attrs = ('description',)


class CustomObjectIndex(SearchIndex):
    """Base of the per-type indexes: fields and weights come from the indexed object's own class."""

    @classmethod
    def to_cache(cls, instance, custom_fields=None):
        values = []
        for field in searchable_fields(type(instance)):
            field_type = field.field_type
            value = field_type.display_value(field, field_type.instance_value(field, instance))
            if value:
                values.append(ObjectFieldValue(field.name, cls.value_type(instance, field), field.search_weight, value))
        if display := display_value(instance):
            values.append(ObjectFieldValue(DISPLAY_SEARCH_FIELD, FieldTypes.STRING, DISPLAY_SEARCH_WEIGHT, display))
        return values

    @classmethod
    def value_type(cls, instance, field):
        attributes = field.field_type.value_attributes(field)
        if len(attributes) != 1 or field.field_type.select_related(field) or field.field_type.many:
            return FieldTypes.STRING
        return cls.get_field_type(instance, attributes[0])


def searchable_fields(model):
    return [field for field in model._snapshot.fields if field.search_weight > 0]


def build_index(model):
    """The SearchIndex of a generated model class."""
    context = tuple(
        field.name for field in model._snapshot.fields
        if field.context and field.field_type.value_attributes(field) == (field.name,) and not field.field_type.many
    )
    return type(f'{model.__name__}Index', (CustomObjectIndex,), {
        'model': model,
        'fields': tuple((field.name, field.search_weight) for field in searchable_fields(model)) + (
            ((DISPLAY_SEARCH_FIELD, DISPLAY_SEARCH_WEIGHT),) if model._snapshot.display_expression else ()),
        'display_attrs': context,
    })


@receiver(class_prepared, dispatch_uid='nco_register_search_index')
def register_index(sender, **kwargs):
    """Index every generated class of main; a branch's class only when main has none (a type created in the
    branch). The per-type index reads fields from each object's own class, so branch objects index correctly."""
    if getattr(sender, '_snapshot', None) is None or sender._meta.abstract:
        return
    label = f'{sender._meta.app_label}.{sender._meta.model_name}'
    if sender._meta.apps is django_apps or label not in registry['search']:
        register_search(build_index(sender))


def search_changed(old, new, using='default'):
    """Whether a change of a field definition (FieldSnapshots; None: added or deleted), written through `using`,
    alters what the search cache holds for the stored objects of its type, so that they must be re-cached: the
    field's indexed values, or the indexed display text (`_display`) when the type's display expression reads the
    field. An added field holds a value in the stored objects only when it has a default (its column is added with
    it, FieldType.added_column); without one there is nothing to index yet."""
    if old is None and new.default is None:
        return False
    return _values_changed(old, new) or _display_changed(old, new, using)


def _values_changed(old, new):
    def signature(field):
        if field is None or not field.search_weight:
            return None
        return field.name, field.type, field.search_weight, field.choice_set_id, field.related_object_type_id

    return signature(old) != signature(new)


def _display_changed(old, new, using):
    """A field the display expression reads (by its old or new name) is added, renamed, retyped or deleted."""
    if old is not None and new is not None and (old.name, old.type, old.choice_set_id) == (
            new.name, new.type, new.choice_set_id):
        return False
    field = new or old
    expression = CustomObjectType.objects.using(using).filter(pk=field.custom_object_type_id).values_list(
        'display_expression', flat=True).first()
    names = {f.name for f in (old, new) if f is not None}
    return bool(expression) and bool(names & display.variables(expression))


def schedule_reindex(type_id, branch=None):
    """Re-cache the objects of type `type_id` (in branch `branch`, a schema id; None: main) for global search once
    the current transaction commits (one job per type and branch at a time: a waiting job is reused)."""
    transaction.on_commit(lambda: ReindexCustomObjectTypeJob.enqueue_for(type_id, branch=branch))


indexes = [CustomObjectTypeIndex]
