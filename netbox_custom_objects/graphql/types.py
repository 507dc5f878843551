"""The GraphQL object type of a generated model, `Table<id>ModelType`, built from its field types' shapes.

Base fields (as upstream 0.7.1): id, display, created, last_updated, tags, changelog, journal_entries (unless the
type turns the journal off), owner (unless a custom field is named so), and for types with config context
`local_context_data` and `config_context` (unless a custom field is named so); then one field per custom field
shape.

Permissions: NetBox's BaseObjectType restricts every queryset a type serves (root lists and objects, multiobject
lists) to what the user may view. Relations the optimizer does not plan, and targets without a GraphQL type of their
own, are restricted here, so no related object the user may not view is ever returned.
"""

from collections import defaultdict
from typing import Annotated, Union

import strawberry
import strawberry_django
from strawberry.scalars import JSON
from strawberry.types import Info
from strawberry_django.fields.field import StrawberryDjangoField
from strawberry_django.queryset import run_type_get_queryset

from core.graphql.mixins import ChangelogMixin
from extras.graphql.mixins import JournalEntriesMixin, TagsMixin
from netbox.graphql.scalars import BigInt
from netbox.graphql.types import BaseObjectType
from users.graphql.mixins import OwnerMixin

from ..dynamic_models.unique import unique_constraints_of
from .shapes import SCALARS, Polymorphic, Relation, Scalar, shapes

__all__ = (
    'ChoiceType',
    'CustomObjectObjectType',
    'RelatedObjectType',
    'RestrictedForeignKeyField',
    'build_object_type',
    'visible_objects',
)


class CustomObjectObjectType(ChangelogMixin, JournalEntriesMixin, TagsMixin, BaseObjectType):
    """Base of the generated object types: NetBox's changelog, journal_entries and tags (restricted to what the
    user may view), as upstream 0.7.1."""


class OwnedCustomObjectObjectType(OwnerMixin, CustomObjectObjectType):
    """With NetBox's `owner` (every type but one with a custom field named `owner`, which takes the name)."""


class UnjournaledObjectType(ChangelogMixin, TagsMixin, BaseObjectType):
    """Of a type without the journal (its objects have no `journal_entries`)."""


class OwnedUnjournaledObjectType(OwnerMixin, UnjournaledObjectType):
    pass


# (journal, owner) -> the base of a generated object type
OBJECT_TYPE_BASES = {
    (True, True): OwnedCustomObjectObjectType,
    (True, False): CustomObjectObjectType,
    (False, True): OwnedUnjournaledObjectType,
    (False, False): UnjournaledObjectType,
}


@strawberry.type(
    name='CustomObjectChoiceType',
    description='A choice of a select or multiselect field: the stored value and its label in the choice set.',
)
class ChoiceType:
    value: str
    label: str


def without_caching(obj, compute):
    """compute(), forgetting the related objects it cached on `obj`. A display expression or a config context reads
    related objects through their (unrestricted) descriptors, which cache them; RestrictedForeignKeyField trusts
    cached relations (the optimizer fetched them restricted), so a relation selected after `display` or
    `config_context` would otherwise return an object the user may not view."""
    cached_before = set(obj._state.fields_cache)
    try:
        return compute()
    finally:
        for name in set(obj._state.fields_cache) - cached_before:
            del obj._state.fields_cache[name]


def with_own_relations(obj, compute):
    """compute() over `obj`'s related objects as stored, not as the optimizer fetched them for the user (restricted:
    an object the user may not view reads as None), leaving `obj`'s cached relations as they were. The config context
    is the object's whatever else the query selects, as in the REST API."""
    cached = dict(obj._state.fields_cache)
    obj._state.fields_cache.clear()
    try:
        return compute()
    finally:
        obj._state.fields_cache.clear()
        obj._state.fields_cache.update(cached)


def display_without_caching(obj):
    """str(obj), forgetting the related objects that rendering cached on `obj` (see without_caching)."""
    return without_caching(obj, lambda: str(obj))


def _resolve_display(root) -> str:
    return display_without_caching(root)


@strawberry.type(
    name='CustomObjectRelatedObjectType',
    description='An object of a model without a GraphQL type of its own.',
)
class RelatedObjectType:
    id: BigInt
    object_type: str
    display: str
    url: str | None

    @classmethod
    def of(cls, obj):
        url = getattr(obj, 'get_absolute_url', None)
        try:
            url = url() if url else None
        except Exception:  # a model without a detail view
            url = None
        return cls(id=obj.pk, object_type=obj._meta.label_lower, display=str(obj), url=url)


def visible_objects(info, objects):
    """The objects (of any models) that the request's user may view: NetBox's restrict() per model, one query per
    model whose permission has constraints, none otherwise."""
    user = info.context.request.user
    by_model = defaultdict(list)
    for obj in objects:
        by_model[obj._meta.concrete_model].append(obj)
    allowed = set()
    for model, members in by_model.items():
        queryset = model._default_manager.all()
        if hasattr(queryset, 'restrict'):
            queryset = queryset.restrict(user, 'view')
        if queryset.query.is_empty():
            continue
        if not queryset.query.where:
            allowed.update((model, obj.pk) for obj in members)
            continue
        pks = queryset.filter(pk__in=[obj.pk for obj in members]).values_list('pk', flat=True)
        allowed.update((model, pk) for pk in pks)
    return [obj for obj in objects if (obj._meta.concrete_model, obj.pk) in allowed]


class RestrictedForeignKeyField(StrawberryDjangoField):
    """A foreign key to a model with a GraphQL type. The optimizer prefetches it through the target type's
    get_queryset() (NetBox's restrict()); when it did not plan the relation (below a polymorphic union, say), the
    object is fetched through the same get_queryset() rather than read unrestricted from the descriptor."""

    def get_result(self, source, info, args, kwargs):
        if source is None:
            return super().get_result(source, info, args, kwargs)
        model_field = source._meta.get_field(self.django_name)
        if model_field.is_cached(source):
            return model_field.get_cached_value(source)
        pk = getattr(source, model_field.attname)
        if pk is None:
            return None
        queryset = model_field.related_model._default_manager.filter(pk=pk)
        return run_type_get_queryset(queryset, self.django_type, info).first()


def build_object_type(model, builder, filters):
    """The strawberry type of `model` (a generated model class). `builder` resolves relation targets to GraphQL types
    (see builder.SchemaBuilder); `filters` is the model's filter input."""
    annotations, attrs = {}, {}
    for field in model._snapshot.fields:
        for name, shape in field.field_type.graphql_fields(field, model, shapes).items():
            annotations[name], attrs[name] = _output_field(field, name, shape, builder)
    custom_names = set(annotations)
    if model._snapshot.config_context_enabled and 'config_context' not in custom_names:
        annotations['config_context'], attrs['config_context'] = _config_context_field()
    label = model._meta.label_lower
    attrs.update({
        # (a field of the generated class itself: strawberry reads fields from the classes it decorates)
        'display': strawberry_django.field(resolver=_resolve_display),
        '__annotations__': annotations,
        '__doc__': f'{model._snapshot.display_name} (custom object type {model._snapshot.slug})',
        # by label, not class: a polymorphic target is an instance of the model class current in the model cache
        'is_type_of': classmethod(lambda cls, obj, info: getattr(getattr(obj, '_meta', None), 'label_lower', None)
                                  == label),
    })
    base = OBJECT_TYPE_BASES[model._snapshot.has_feature('journal_enabled'), 'owner' not in custom_names]
    cls = type(builder.type_name(model), (base,), attrs)
    fields = ['id', 'created', 'last_updated']
    if model._snapshot.config_context_enabled and 'local_context_data' not in custom_names:
        fields.append('local_context_data')
    return strawberry_django.type(
        model,
        name=builder.type_name(model),
        description=_description(model),
        fields=fields,
        filters=filters,
        pagination=True,
        # every column, always: display strings and resolvers read columns the query did not select
        only=[f.name for f in model._meta.concrete_fields],
    )(cls)


def _description(model):
    """A type with unique constraints describes them (schema introspection shows them); None, strawberry's default,
    for the others, whose description stays as it was."""
    if constraints := unique_constraints_of(model):
        return (f'{model._snapshot.display_name} (custom object type {model._snapshot.slug}). Unique: '
                + '; '.join(constraint.describe() for constraint in constraints) + '.')
    return None


def _output_field(field, name, shape, builder):
    """(annotation, strawberry field) of one shape."""
    description = field.description or None
    if isinstance(shape, Scalar):
        if shape.kind in ('choice', 'choices'):
            return _choice_field(field, name, shape.kind == 'choices', description)
        return SCALARS[shape.kind][0] | None, strawberry_django.field(description=description)
    if isinstance(shape, Relation):
        target_type = builder.output_type(shape.target)
        if target_type is None:
            return _stub_field(name, shape.many, description)
        if shape.many:
            return list[target_type], strawberry_django.field(description=description)
        return Union[target_type, None], strawberry_django.field(  # noqa: UP007 (a lazy reference has no "|")
            field_cls=RestrictedForeignKeyField, description=description)
    if isinstance(shape, Polymorphic):
        return _polymorphic_field(field, shape, builder, description)
    raise TypeError(f'Unknown GraphQL shape {shape!r} of field {field.name}')


def _choice_field(field, name, many, description):
    """A select field as ChoiceType (None when empty), a multiselect field as a list of them ([] when empty). The
    labels are the choice set's when the class was built (a choice set change gives the type a new class)."""
    labels = {value: str(label) for value, label in field.choices}

    def choice(value):
        return ChoiceType(value=value, label=labels.get(value, value))

    def resolve(root) -> None:
        value = getattr(root, name)
        if many:
            return [choice(v) for v in value or ()]
        return choice(value) if value not in (None, '') else None

    annotation = list[ChoiceType] if many else ChoiceType | None
    resolve.__annotations__['return'] = annotation
    return annotation, strawberry_django.field(resolve, only=[name], description=description)


def _config_context_field():
    """`config_context`: the object's rendered config context (the applying ConfigContexts by weight, then its
    local data), as the REST API's."""

    def resolve(root, info: Info) -> JSON:
        # objects with the same dimension objects and tags share their source contexts within a request
        shared = info.context.request.__dict__.setdefault('_custom_objects_config_contexts', {})
        return with_own_relations(root, lambda: root.render_config_context(shared))

    return JSON | None, strawberry_django.field(resolve, description='The rendered config context')


def _stub_field(name, many, description):
    """A relation to a model without a GraphQL type: its objects as RelatedObjectType."""

    def resolve(root, info: Info):
        value = getattr(root, name)
        objects = list(value.all()) if many else ([value] if value is not None else [])
        shown = [RelatedObjectType.of(obj) for obj in visible_objects(info, objects)]
        return shown if many else next(iter(shown), None)

    annotation = list[RelatedObjectType] if many else RelatedObjectType | None
    resolve.__annotations__['return'] = annotation
    return annotation, strawberry_django.field(resolve, prefetch_related=[name], description=description)


def _polymorphic_field(field, shape, builder, description):
    """A union of the targets' GraphQL types (RelatedObjectType for targets without one), `CustomObject<type
    id>_<name>_Related`, resolved through the field type's instance_value()."""
    members, stubbed = [], set()
    for target in shape.targets:
        target_type = builder.output_type(target)
        if target_type is None:
            stubbed.add(target._meta.label_lower)
            target_type = RelatedObjectType
        if target_type not in members:
            members.append(target_type)
    if len(members) == 1:  # one allowed type: that type itself, as upstream
        union = members[0]
    else:
        union = Annotated[Union[tuple(members)], strawberry.union(  # noqa: UP007
            f'CustomObject{field.custom_object_type_id}_{field.name}_Related')]
    annotation = list[union] if shape.many else Union[union, None]  # noqa: UP007
    field_type, many = field.field_type, shape.many

    def present(obj):
        return RelatedObjectType.of(obj) if obj._meta.label_lower in stubbed else obj

    def resolve(root, info: Info):
        value = field_type.instance_value(field, root)
        objects = list(value.all()) if many and value is not None else ([value] if value is not None else [])
        shown = [present(obj) for obj in visible_objects(info, objects)]
        return shown if many else next(iter(shown), None)

    resolve.__annotations__['return'] = annotation
    return annotation, strawberry_django.field(
        resolve, prefetch_related=list(field_type.prefetch_related(field)), description=description)
