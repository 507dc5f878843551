"""Assembling a live schema without converting again what is already converted.

Strawberry turns every type of a schema into a graphql-core type when the schema is made: for NetBox's ~500 types
that takes seconds. Those conversions are immutable and do not depend on the schema holding them, so a live schema
starts from the ones NetBox's schema made at start-up, and from the previous live schema's conversions of the custom
object types it reuses unchanged (see `builder.SchemaBuilder`). Only the Query and the types that changed are
converted. (Strawberry creates its converter inside Schema.__init__, so the seed is applied when it is assigned.)
"""

import re

import strawberry

__all__ = (
    'LiveStrawberrySchema',
    'seed_for',
    'type_owner',
)

# GraphQL names a custom object type owns: its object type, its filter input, the unions of its polymorphic fields.
_OWNED_NAME = re.compile(r'^(?:Table(?P<type>\d+)Model(?:Type|Filter)|CustomObject(?P<union>\d+)_.+_Related)$')


def type_owner(name):
    """The id of the custom object type owning the GraphQL type `name`, or None."""
    if match := _OWNED_NAME.match(name):
        return int(match.group('type') or match.group('union'))
    return None


def root_names(schema):
    roots = (schema.query, schema.mutation, schema.subscription)
    return {schema.config.name_converter.from_type(root.__strawberry_definition__) for root in roots if root}


def seed_for(base_schema, previous_schema=None, reused=frozenset()):
    """{GraphQL name: converted type} to start a live schema from: NetBox's types, plus those of `previous_schema`
    (a LiveStrawberrySchema of the same base) that belong to no custom object type or to one in `reused`."""
    excluded = root_names(base_schema)
    seed = {name: concrete for name, concrete in base_schema.schema_converter.type_map.items() if name not in excluded}
    if isinstance(previous_schema, LiveStrawberrySchema):
        for name, concrete in previous_schema.schema_converter.type_map.items():
            owner = type_owner(name)
            if name not in seed and name not in excluded and (owner is None or owner in reused):
                seed[name] = concrete
    return seed


class LiveStrawberrySchema(strawberry.Schema):
    """A strawberry Schema whose converter starts from `seed` ({GraphQL name: converted type})."""

    def __init__(self, *args, seed, **kwargs):
        self._seed = seed
        super().__init__(*args, **kwargs)

    @property
    def schema_converter(self):
        return self.__dict__['schema_converter']

    @schema_converter.setter
    def schema_converter(self, converter):
        converter.type_map.update(self._seed)
        self.__dict__['schema_converter'] = converter
