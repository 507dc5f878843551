"""Building a live schema: NetBox's own Query plus, per custom object type of the active branch, the root fields
`custom_objects_<slug>` (one object, `id` argument) and `custom_objects_<slug>_list` (`filters:` and `pagination:`
arguments), serving `Table<id>ModelType`.

Types refer to each other (a type may refer to itself) through references resolved by name in a registry, once all
types of the build exist; a relation target that is neither a custom object type of the build nor a model with a
GraphQL type in NetBox's schema is served as `CustomObjectRelatedObjectType`.

Builds are incremental: a type whose model class is the one the previous build used, and whose relation targets are
all reused too, keeps its classes and its converted GraphQL types (see `seeding`). The model cache gives a type a
new class whenever its definition or a target's changes, so after one change only that type and the types pointing
at it are built again.

`SchemaBuilder` makes one schema; `live.LiveSchema` keeps what it made, and `live.LiveSchemas` decides when to
build. This module imports NetBox's GraphQL types, so only `live` imports it, on first use.
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
from .filters import build_filter_type
from .seeding import LiveStrawberrySchema, seed_for
from .types import build_object_type

__all__ = (
    'BuildReference',
    'BuiltType',
    'SchemaBuilder',
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
    """A reference to a type of the build, by name in `registry` (types may refer to each other and to themselves)."""
    registry: dict = dc_field(default=None, compare=False, hash=False, repr=False)

    def resolve_type(self):
        return self.registry[self.type_name]


@dataclass(frozen=True)
class BuiltType:
    """What a build made of one custom object type."""
    model: type
    object_type: type
    filter_type: type
    references: frozenset  # ids of the custom object types looked up as relation targets


class SchemaBuilder:
    """One build: the types and filter inputs of `models` ({type id: model class}) and the schema serving them.

    `previous` is the branch's last `live.LiveSchema`, or None: its `registry` ({GraphQL name: class}, kept per
    branch) is where references resolve, its `types` ({type id: BuiltType}) what may be reused, its `schema` the
    conversions that may be. After `build()`: `built` ({type id: BuiltType}), `root_fields` ({type id: root field
    name}), `registry`."""

    def __init__(self, base_schema, models, previous=None):
        self.base = base_schema
        self.models = dict(models)
        self.registry = {} if previous is None else previous.registry
        self.previous = {} if previous is None else previous.types
        self.previous_schema = None if previous is None else previous.schema
        self.built = {}
        self.reused = frozenset()
        self.root_fields = {}
        self._references = None

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
        if target._meta.app_label == APP_LABEL:
            model = self._custom_model(target)
            return self._reference(self.type_name(model)) if model is not None else None
        return self._native(target, 'types', 'Type')

    def filter_type(self, target):
        """The filter input of `target`, or None."""
        if target._meta.app_label == APP_LABEL:
            model = self._custom_model(target)
            return self._reference(self.filter_name(model)) if model is not None else None
        return self._native(target, 'filters', 'Filter')

    def _custom_model(self, target):
        type_id = extract_type_id(target._meta.model_name)
        if type_id is None:
            return None
        if self._references is not None:
            self._references.add(type_id)
        return self.models.get(type_id)

    def _reference(self, name):
        return BuildReference(type_name=name, module=__name__, registry=self.registry)

    def _native(self, target, module, suffix):
        """NetBox's convention `<app_label>.graphql.<module>.<Model><suffix>`, if NetBox's schema serves it."""
        try:
            cls = import_string(f'{target._meta.app_label}.graphql.{module}.{target._meta.object_name}{suffix}')
        except ImportError:
            return None
        definition = getattr(cls, '__strawberry_definition__', None)
        if definition is None or self.base.get_type_by_name(definition.name) is None:
            return None
        return cls

    # Building

    def build(self):
        """The schema serving NetBox's schema plus the custom object types, starting from the conversions NetBox and
        the previous schema made of what is reused."""
        self.build_types()
        options = {'query': self.query(), 'config': copy.copy(self.base.config), 'extensions': self.base.extensions}
        try:
            return LiveStrawberrySchema(seed=seed_for(self.base, self.previous_schema, self.reused), **options)
        except Exception:
            # should strawberry's internals change under the seed, a full conversion still works
            logger.exception('GraphQL: seeded schema build failed; converting every type')
            return strawberry.Schema(**options)

    def build_types(self):
        """Reuse what can be reused and build the rest. A type that fails is logged and left out, and the build
        starts over without it (the types pointing at it then serve CustomObjectRelatedObjectType)."""
        while True:
            self.reused = self._reusable()
            self.built = {type_id: self.previous[type_id] for type_id in self.reused}
            to_build = sorted(set(self.models) - self.reused)
            failed = next((type_id for type_id in to_build if not self._build(type_id)), None)
            if failed is None:
                break
            del self.models[failed]
        names = {}
        for built in self.built.values():
            names[self.type_name(built.model)] = built.object_type
            names[self.filter_name(built.model)] = built.filter_type
        for stale in set(self.registry) - set(names):
            del self.registry[stale]
        self.registry.update(names)

    def _reusable(self):
        reusable = {type_id for type_id, built in self.previous.items() if self.models.get(type_id) is built.model}
        while stale := {type_id for type_id in reusable if not self.previous[type_id].references <= reusable}:
            reusable -= stale
        return frozenset(reusable)

    def _build(self, type_id):
        model = self.models[type_id]
        self._references = set()
        try:
            filters = build_filter_type(model, self)
            self.registry[self.filter_name(model)] = filters
            object_type = build_object_type(model, self, filters)
            self.registry[self.type_name(model)] = object_type
        except Exception:
            logger.exception('GraphQL: custom object type %s left out of the schema', type_id)
            return False
        finally:
            references, self._references = frozenset(self._references), None
        self.built[type_id] = BuiltType(model, object_type, filters, references)
        return True

    def query(self):
        """NetBox's Query with the root fields of every type of the build."""
        taken = {f.name for f in self.base.query.__strawberry_definition__.fields}
        self.root_fields = root_field_names(((i, m._snapshot.slug) for i, m in self.models.items()), taken)
        annotations, attrs = {}, {}
        for type_id, name in self.root_fields.items():
            model, object_type = self.models[type_id], self.built[type_id].object_type
            annotations[name] = object_type
            attrs[name] = strawberry_django.field(description=f'One {model._snapshot.display_name} object, by id')
            annotations[f'{name}_list'] = list[object_type]
            attrs[f'{name}_list'] = strawberry_django.field(description=model._snapshot.verbose_name_plural)
        attrs['__annotations__'] = annotations
        return strawberry.type(name='Query')(type('Query', (self.base.query,), attrs))

