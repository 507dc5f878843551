"""The filter input of a generated model, `Table<id>ModelFilter`, for the `filters:` argument of its list field.

NetBox's conventions (strawberry-django filter inputs): `id`, `created`, `last_updated`, `tags` and
`journal_entries` as on NetBox's change-logged models, then per custom field (unless its filter logic is "disabled"):
- scalars: the lookup input NetBox uses for such a column (strings: exact, i_contains, starts_with, regex, in_list,
  ...; numbers and dates: exact, gt, gte, lt, lte, range, in_list, ...; multiselect: contains, overlap, ...; JSON:
  path + lookup);
- object and multiobject fields: `<name>` takes the target's own filter input (nested, as NetBox's relations) and
  `<name>_id` an object id; a tree parent also `ancestor_id` and `descendant_id` (lists of object ids);
- polymorphic fields: `<name>_<app_label>_<model>` takes that type's own filter input (nested, as upstream 0.7.1;
  a list of object ids for a type without a filter input) and `<name>_<app_label>_<model>_id` an object id;
- coordinates: `<name>_latitude` and `<name>_longitude` as decimals;
- types with config context support: `local_context_data` (JSON path lookups).
`AND`, `OR`, `NOT` and `DISTINCT` come with every strawberry-django filter input.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated

import strawberry
import strawberry_django
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from strawberry.types import Info
from strawberry_django import ComparisonFilterLookup, DatetimeFilterLookup
from strawberry_django.filters import apply as apply_filters

from ..field_types.common import filter_disabled
from .shapes import SCALARS, Polymorphic, Relation, Scalar, shapes, specialised

if TYPE_CHECKING:
    from extras.graphql.filters import JournalEntryFilter, TagFilter

__all__ = (
    'CustomObjectFilter',
    'build_filter_type',
)

ID_LOOKUP = specialised(ComparisonFilterLookup[strawberry.ID])


@dataclass
class UnjournaledFilter:
    """Base of the generated filter inputs of a type without the journal: the fields of NetBox's
    ChangeLoggedModelFilter and TagsFilterMixin, spelled here with the ID lookup specialised once (see
    shapes.specialised)."""
    id: ID_LOOKUP | None = strawberry_django.filter_field()
    created: DatetimeFilterLookup | None = strawberry_django.filter_field()
    last_updated: DatetimeFilterLookup | None = strawberry_django.filter_field()
    tags: Annotated['TagFilter', strawberry.lazy('extras.graphql.filters')] | None = strawberry_django.filter_field()


@dataclass
class CustomObjectFilter(UnjournaledFilter):
    """Base of the generated filter inputs: with JournalEntriesFilterMixin's field too (as upstream 0.7.1)."""
    journal_entries: Annotated['JournalEntryFilter', strawberry.lazy('extras.graphql.filters')] | None = (
        strawberry_django.filter_field()
    )


def build_filter_type(model, builder):
    """The strawberry filter input of `model`; `builder` resolves relation targets to their filter inputs."""
    annotations, attrs = {}, {}
    for field in model._snapshot.fields:
        if filter_disabled(field):
            continue
        for name, shape in field.field_type.graphql_fields(field, model, shapes).items():
            for filter_name, (annotation, filter_field) in _filter_fields(model, name, shape, builder).items():
                if annotation is not None:
                    annotations[filter_name] = annotation
                attrs[filter_name] = filter_field
    if model._snapshot.config_context_enabled and 'local_context_data' not in annotations:
        annotations['local_context_data'] = SCALARS['json'][1] | None  # (as upstream 0.7.1)
        attrs['local_context_data'] = strawberry_django.filter_field()
    attrs['__annotations__'] = annotations
    base = CustomObjectFilter if model._snapshot.has_feature('journal_enabled') else UnjournaledFilter
    cls = type(builder.filter_name(model), (base,), attrs)
    return strawberry_django.filter_type(model, name=builder.filter_name(model))(cls)


def _filter_fields(model, name, shape, builder):
    """{filter name: (annotation or None for a method, filter field)} of one shape."""
    if isinstance(shape, Scalar):
        return {name: (SCALARS[shape.kind][1] | None, strawberry_django.filter_field())}
    if isinstance(shape, Relation):
        fields = {f'{name}_id': (None, _match_method(name))}
        if (target_filter := builder.filter_type(shape.target)) is not None:
            fields[name] = (target_filter | None, strawberry_django.filter_field())
        for filter_name, match in shape.filters.items():
            fields[f'{filter_name}_id'] = (None, _relation_walk_method(model, filter_name, match))
        return fields
    if isinstance(shape, Polymorphic):
        targets = {target._meta.label_lower: target for target in shape.targets}
        fields = {}
        for filter_name, (content_type_id, match) in shape.filters.items():
            content_type = ContentType.objects.get_for_id(content_type_id)
            target = targets.get(f'{content_type.app_label}.{content_type.model}')
            target_filter = builder.filter_type(target) if target is not None else None
            if target_filter is not None:
                method = _polymorphic_nested_method(model, filter_name, content_type_id, match, target, target_filter)
            else:
                method = _polymorphic_method(model, filter_name, content_type_id, match)
            fields[filter_name] = (None, method)
            fields[f'{filter_name}_id'] = (None, _polymorphic_id_method(model, filter_name, content_type_id, match))
        return fields
    raise TypeError(f'Unknown GraphQL shape {shape!r} of {name}')


def _match_method(name):
    """`<name>_id`: objects related to the object with this id (foreign keys and many-to-many alike)."""

    def method(self, value: strawberry.ID, prefix: str) -> Q:
        return Q(**{f'{prefix}{name}': _object_id(value)})

    return strawberry_django.filter_field(method, description=f'Objects related through {name} to this object id')


def _relation_walk_method(model, filter_name, match):
    """`<filter>_id` of a relation's own filters: objects that match(queryset, ids) finds for these object ids."""

    def method(self, value: list[strawberry.ID], prefix: str) -> Q:
        matching = match(model._default_manager.all(), [_object_id(v) for v in value])
        return Q(**{f'{prefix}pk__in': matching.values('pk')})

    return strawberry_django.filter_field(method, description=f'Objects related to these object ids ({filter_name})')


def _polymorphic_method(model, filter_name, content_type_id, match):
    """`<name>_<app_label>_<model>`: objects referring to any of these objects of that type."""

    def method(self, value: list[strawberry.ID], prefix: str) -> Q:
        matching = match(model._default_manager.all(), content_type_id, [_object_id(v) for v in value])
        return Q(**{f'{prefix}pk__in': matching.values('pk')})

    return strawberry_django.filter_field(method, description=f'Objects referring to any of these ({filter_name})')


def _polymorphic_nested_method(model, filter_name, content_type_id, match, target, target_filter):
    """`<name>_<app_label>_<model>`: objects referring to an object of that type matching the type's filter input."""

    def method(self, value, prefix: str, info: Info) -> Q:
        matched = apply_filters(value, target._default_manager.all(), info)
        matching = match(model._default_manager.all(), content_type_id, matched.values('pk'))
        return Q(**{f'{prefix}pk__in': matching.values('pk')})

    method.__annotations__['value'] = target_filter
    return strawberry_django.filter_field(
        method, description=f'Objects referring to an object matching this filter ({filter_name})')


def _polymorphic_id_method(model, filter_name, content_type_id, match):
    """`<name>_<app_label>_<model>_id`: objects referring to the object of that type with this id."""

    def method(self, value: strawberry.ID, prefix: str) -> Q:
        matching = match(model._default_manager.all(), content_type_id, [_object_id(value)])
        return Q(**{f'{prefix}pk__in': matching.values('pk')})

    return strawberry_django.filter_field(method, description=f'Objects referring to this object id ({filter_name})')


def _object_id(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ValueError(f'{value!r} is not an object id') from None
