"""The related rows a list of custom objects needs, so that listing costs a fixed number of queries.

NetBox's viewsets prefetch the relations the serializer declares. What they cannot see is what `display` and
`_context` read: the display expression may use any field, context fields are shown in every representation, and a
related custom object shows its own display and context when nested. The field types say which lookups their values
need (`select_related` / `prefetch_related`); this module adds those of the fields that are shown or displayed (those
the display expression names), and those of the related custom objects' display, a few levels deep (types may refer
to themselves).
"""

from django.core.exceptions import FieldDoesNotExist

from ..dynamic_models import display
from .serializers_.dynamic import is_custom_object_model

__all__ = (
    'object_lookups',
)

MAX_DEPTH = 3


def object_lookups(model, shown=frozenset(), depth=MAX_DEPTH):
    """(select_related, prefetch_related) lookups for listing objects of generated `model` with the response keys
    `shown` (the keys of its field values; display and `_context` are always rendered)."""
    select, prefetch = set(), set()
    if depth <= 0:
        return select, prefetch
    for field in _needed_fields(model, shown):
        field_type = field.field_type
        for name in field_type.select_related(field):
            select.add(name)
            _add_target_lookups(model, name, select, prefetch, depth)
        for name in field_type.prefetch_related(field):
            prefetch.add(name)
            # below a prefetched relation, everything is prefetched too
            _add_target_lookups(model, name, prefetch, prefetch, depth)
    return select, prefetch


def _needed_fields(model, shown):
    snapshot = model._snapshot
    # The display expression renders only the fields it names (the primary field when it renders nothing).
    rendered = display.variables(snapshot.display_expression) if snapshot.display_expression else frozenset()
    for field in snapshot.fields:
        displayed = field.name in rendered or field.primary or field.context
        if displayed or not shown.isdisjoint(field.field_type.value_attributes(field)):
            yield field


def _add_target_lookups(model, name, select, prefetch, depth):
    """A related custom object is shown nested (display and `_context`): add what those read, below `name`."""
    try:
        target = model._meta.get_field(name).related_model
    except FieldDoesNotExist:  # a lookup through something else than a model field (e.g. a generic relation)
        return
    if target is None or not is_custom_object_model(target):
        return
    inner_select, inner_prefetch = object_lookups(target, depth=depth - 1)
    select.update(f'{name}__{lookup}' for lookup in inner_select)
    prefetch.update(f'{name}__{lookup}' for lookup in inner_prefetch)
