"""Reading what a field holds in every object of its type, in batches (for the record of a field's deletion:
models/held_values.py).

The values are those NetBox's change log records for each object (Django's JSON serialization of the model fields:
foreign keys as ids, many-to-many fields as lists of ids, dates and decimals as strings), read a few thousand rows
at a time with only the field's columns, instead of serializing every object whole."""

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Q
from django.utils.encoding import is_protected_type

__all__ = (
    'BATCH_SIZE',
    'changelog_value',
    'held_model_values',
)

BATCH_SIZE = 5000
EMPTY = (None, '', [], {})
JSON_NATIVE = (str, int, float, bool, list, dict, type(None))

_encoder = DjangoJSONEncoder()


class _Row:
    """A stand-in instance for `Field.value_to_string()`, which reads the value through the field's attname."""

    def __init__(self, attname, value):
        setattr(self, attname, value)


def changelog_value(model_field, value):
    """`value` (of `model_field`, as the database returned it) as Django's JSON serializer records it."""
    if not is_protected_type(value):
        value = model_field.value_to_string(_Row(model_field.attname, value))
    return value if isinstance(value, JSON_NATIVE) else _encoder.default(value)


def held_model_values(field, model, using, attributes, held=None):
    """{object pk (str): {attribute: change-log value}} of the model fields of `model` named in `attributes`
    (columns and many-to-many fields), for the objects where one of them holds something; added to `held`."""
    held = {} if held is None else held
    names = set(attributes)
    columns = [f for f in model._meta.concrete_fields if f.name in names and not f.primary_key]
    if columns:
        _read_columns(model, columns, using, held)
    for m2m in model._meta.local_many_to_many:
        if m2m.name in names:
            _read_links(m2m, using, held)
    return held


def _read_columns(model, columns, using, held):
    """Keyset batches (by pk) of the rows where a column is set."""
    something = Q()
    for column in columns:
        something |= Q(**{f'{column.attname}__isnull': False})
    queryset = model._base_manager.using(using).filter(something).order_by('pk')
    last = None
    while True:
        batch = queryset if last is None else queryset.filter(pk__gt=last)
        rows = list(batch.values_list('pk', *(column.attname for column in columns))[:BATCH_SIZE])
        for pk, *values in rows:
            entry = {column.name: changelog_value(column, value) for column, value in zip(columns, values, strict=True)}
            entry = {name: value for name, value in entry.items() if value not in EMPTY}
            if entry:
                held.setdefault(str(pk), {}).update(entry)
        if len(rows) < BATCH_SIZE:
            return
        last = rows[-1][0]


def _read_links(m2m, using, held):
    """The link rows of a many-to-many field, streamed in source order: {source pk: [target pks]}."""
    through = m2m.remote_field.through
    source = through._meta.get_field(m2m.m2m_field_name()).attname
    target = through._meta.get_field(m2m.m2m_reverse_field_name()).attname
    rows = through._base_manager.using(using).order_by(source, target).values_list(source, target)
    for source_pk, target_pk in rows.iterator(chunk_size=BATCH_SIZE):
        held.setdefault(str(source_pk), {}).setdefault(m2m.name, []).append(target_pk)
