"""Building the live schema: NetBox's own Query plus, per custom object type of the active branch, the root fields
`custom_objects_<slug>` (one object, `id` argument) and `custom_objects_<slug>_list` (`filters:` and `pagination:`
arguments), serving `Table<id>ModelType`.

Types refer to each other (a type may refer to itself) through references resolved once all types of the build
exist; a relation target that is neither a custom object type of the build nor a model with a GraphQL type in
NetBox's schema is served as `CustomObjectRelatedObjectType`.
"""

import copy
import logging
import re
from dataclasses import dataclass
from dataclasses import field as dc_field
from itertools import chain, count

import strawberry
import strawberry_django
from django.utils.module_loading import import_string
from strawberry.types.lazy_type import LazyType

from ..constants import APP_LABEL, extract_type_id, model_class_name
from ..dynamic_models import model_cache
from ..models import CustomObjectType
from .filters import build_filter_type
from .types import build_object_type

__all__ = (
    'SchemaBuild',
    'build_schema',
    'root_field_names',
)

logger = logging.getLogger('netbox_custom_objects.graphql')

ROOT_PREFIX = 'custom_objects_'
_NOT_A_NAME_CHARACTER = re.compile(r'[^0-9A-Za-z_]')


def root_field_names(types, taken=()):
    """{type id: root field name} for `types` ((type id, slug) pairs). Characters outside [0-9A-Za-z_] become `_`;
    a name whose own or `_list` form is taken (by NetBox's root fields or by an older type: ids decide) gets
    `_<type id>`, then `_<type id>_<n>`."""
    used, names = set(taken), {}
    for type_id, slug in sorted(types):
        base = ROOT_PREFIX + _NOT_A_NAME_CHARACTER.sub('_', slug)
        candidates = chain((base, f'{base}_{type_id}'), (f'{base}_{type_id}_{n}' for n in count(2)))
        name = next(c for c in candidates if c not in used and f'{c}_list' not in used)
        used.update((name, f'{name}_list'))
        names[type_id] = name
    return names


@dataclass(frozen=True)
class BuildReference(LazyType):
    """A reference to a type of the build, resolved when the schema is assembled (types may refer to each other)."""
    registry: dict = dc_field(default=None, compare=False, hash=False, repr=False)

    def resolve_type(self):
        return self.registry[self.type_name]


class SchemaBuild:
    """One build: the generated types and filter inputs of `models` ({type id: model class}), by GraphQL name."""

    def __init__(self, base_schema, models):
        self.base = base_schema
        self.models = dict(models)
        self.registry = {}

    # Names

    @staticmethod
    def type_name(model):
        return f'{model_class_name(model.custom_object_type_id)}Type'

    @staticmethod
    def filter_name(model):
        return f'{model_class_name(model.custom_object_type_id)}Filter'

    # Relation targets

    def output_type(self, target):
        """The GraphQL type of `target` objects in this build, or None (served as CustomObjectRelatedObjectType)."""
        if (model := self._custom_model(target)) is not None:
            return self._reference(self.type_name(model))
        return self._native(target, 'types', 'Type')

    def filter_type(self, target):
        """The filter input of `target`, or None."""
        if (model := self._custom_model(target)) is not None:
            return self._reference(self.filter_name(model))
        return self._native(target, 'filters', 'Filter')

    def _custom_model(self, target):
        if target._meta.app_label != APP_LABEL:
            return None
        type_id = extract_type_id(target._meta.model_name)
        return self.models.get(type_id) if type_id is not None else None

    def _reference(self, name):
        return BuildReference(type_name=name, module=__name__, registry=self.registry)

    def _native(self, target, module, suffix):
        """NetBox's convention `<app_label>.graphql.<module>.<Model><suffix>`, if NetBox's schema serves it."""
        if target._meta.app_label == APP_LABEL:
            return None  # a custom object type left out of this build
        try:
            cls = import_string(f'{target._meta.app_label}.graphql.{module}.{target._meta.object_name}{suffix}')
        except ImportError:
            return None
        definition = getattr(cls, '__strawberry_definition__', None)
        if definition is None or self.base.get_type_by_name(definition.name) is None:
            return None
        return cls

    # Building

    def build_types(self):
        """Build every type; a type that fails is logged and left out (and the build restarts without it, so no
        reference points at it)."""
        while True:
            self.registry.clear()
            failed = None
            for type_id, model in sorted(self.models.items()):
                try:
                    filters = build_filter_type(model, self)
                    self.registry[self.filter_name(model)] = filters
                    self.registry[self.type_name(model)] = build_object_type(model, self, filters)
                except Exception:
                    logger.exception('GraphQL: custom object type %s left out of the schema', type_id)
                    failed = type_id
                    break
            if failed is None:
                return
            del self.models[failed]

    def query(self):
        """NetBox's Query with the root fields of every type of the build."""
        taken = {f.name for f in self.base.query.__strawberry_definition__.fields}
        names = root_field_names(((i, m._snapshot.slug) for i, m in self.models.items()), taken)
        annotations, attrs = {}, {}
        for type_id, name in names.items():
            model = self.models[type_id]
            object_type = self.registry[self.type_name(model)]
            label = model._snapshot.display_name
            annotations[name] = object_type
            attrs[name] = strawberry_django.field(description=f'One {label} object, by id')
            annotations[f'{name}_list'] = list[object_type]
            attrs[f'{name}_list'] = strawberry_django.field(description=f'{model._snapshot.verbose_name_plural}')
        attrs['__annotations__'] = annotations
        self.root_fields = names
        return strawberry.type(name='Query')(type('Query', (self.base.query,), attrs))


def current_models():
    """{type id: model class} of every custom object type of the active branch."""
    models = {}
    for type_id in CustomObjectType.objects.order_by('pk').values_list('pk', flat=True):
        try:
            models[type_id] = model_cache.get_model_by_id(type_id)
        except LookupError:  # deleted meanwhile
            continue
    return models


class LiveStrawberrySchema(strawberry.Schema):
    """A strawberry Schema that starts from the GraphQL types NetBox's schema converted at start-up.

    Converting NetBox's ~500 types again for every build would take seconds; reusing the converted (immutable)
    types of `base_schema` leaves only the Query and the custom object types to convert (about 20 times faster).
    Strawberry creates its type converter inside Schema.__init__, so the seed is applied when it is assigned."""

    def __init__(self, *args, base_schema, **kwargs):
        self._base_schema = base_schema
        super().__init__(*args, **kwargs)

    @property
    def schema_converter(self):
        return self.__dict__['schema_converter']

    @schema_converter.setter
    def schema_converter(self, converter):
        root_names = {self.config.name_converter.from_type(root.__strawberry_definition__)
                      for root in (self._base_schema.query, self._base_schema.mutation, self._base_schema.subscription)
                      if root is not None}
        converter.type_map.update({
            name: concrete for name, concrete in self._base_schema.schema_converter.type_map.items()
            if name not in root_names
        })
        self.__dict__['schema_converter'] = converter


def build_schema(base_schema, models=None):
    """A schema serving NetBox's `base_schema` plus the custom object types (`models`, the active branch's when
    None). Returns (schema, {type id: root field name})."""
    build = SchemaBuild(base_schema, current_models() if models is None else models)
    build.build_types()
    query = build.query()
    options = {'query': query, 'config': copy.copy(base_schema.config), 'extensions': base_schema.extensions}
    try:
        schema = LiveStrawberrySchema(base_schema=base_schema, **options)
    except Exception:
        # should strawberry's internals change under the seed, a full conversion still works
        logger.exception('GraphQL: seeded schema build failed; converting every type')
        schema = strawberry.Schema(**options)
    return schema, build.root_fields
