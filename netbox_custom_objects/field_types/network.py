"""Network types: mac_address (a PostgreSQL `macaddr` column, NetBox's own MACAddressField), ip_address (`inet`,
NetBox's ipam IPAddressField) and ip_prefix (`cidr`, NetBox's ipam IPNetworkField, which refuses host bits).

Values are validated and shown as NetBox shows its own MAC addresses (EUI-48, `AA:BB:CC:DD:EE:FF`); the REST API,
GraphQL and exports give them as strings. Filters are NetBox's MAC filters: several values of `?<name>=` match any of
them, values of whole-value lookups are validated (a 400 naming the value), partial ones (`__ic`, `__isw`, ...) are not.
"""

import django_tables2 as tables
from django import forms
from django.core.exceptions import ValidationError
from django.db import DatabaseError, connections, router, transaction
from django.db.models import Q
from django_filters.utils import get_model_field
from rest_framework import serializers

from dcim.fields import MACAddressField
from ipam.fields import IPAddressField, IPNetworkField
from utilities.filters import MultiValueCharFilter, MultiValueMACAddressFilter, MultiValueNumberFilter

from ..choices import CustomObjectFieldTypeChoices
from .base import FormMode
from .column import ColumnFieldType
from .common import (
    CHAR_LOOKUPS,
    filter_disabled,
    finish_form_field,
    form_initial,
    form_required,
    lookup_filters,
    serializer_kwargs,
)
from .registry import register

__all__ = (
    'IPAddressFieldType',
    'IPPrefixFieldType',
    'MACAddressFieldType',
    'NetworkValueField',
    'NetworkValueFormField',
)

_TEXT_TYPES = frozenset({'text', 'longtext'})
# ipam's lookups comparing networks (PostgreSQL's >>, >>=, <<, <<=), each a filter `<name>__<lookup>`.
NET_LOOKUPS = ('net_contains', 'net_contains_or_equals', 'net_contained', 'net_contained_or_equal')
# `empty` is NetBox's lookup of CharFields only: on these columns "no value" is NULL.
_LOOKUPS = {**{suffix: lookup for suffix, lookup in CHAR_LOOKUPS.items() if lookup != 'empty'}, 'empty': 'isnull'}


def _parse_with(model_field):
    """A function reading a text as `model_field` does (NetBox's parsing and validators), raising ValidationError."""
    def parse(value):
        value = model_field.to_python(value.strip() if isinstance(value, str) else value)
        model_field.run_validators(value)
        return value
    return parse


class NetworkValueField(serializers.CharField):
    """A network value in the REST API: a string in, validated and normalized by `parse`; its text form out."""

    def __init__(self, parse, **kwargs):
        self.parse = parse
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        text = super().to_internal_value(data)
        try:
            return self.parse(text)
        except ValidationError as e:
            raise serializers.ValidationError(e.messages) from None

    def to_representation(self, value):
        try:
            return str(self.parse(value))
        except ValidationError:
            return str(value)  # (a value stored before, as it is)


class NetworkValueFormField(forms.CharField):
    """A network value in forms and imports, read by `parse` (NetBox's parsing and messages)."""

    def __init__(self, parse, **kwargs):
        self.parse = parse
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return self.parse(value) if value not in self.empty_values else None

    def prepare_value(self, value):
        return '' if value is None else str(value)


def ddl_class(model_field_class):
    """`model_field_class` as the schema editor must see it. NetBox's network fields report the internal type
    CharField, so a type change from or to a text column would look like no change of data type to Django's schema
    editor, which would then leave out the `USING <column>::<type>` that PostgreSQL needs for the conversion."""
    return type(f'DDL{model_field_class.__name__}', (model_field_class,), {
        '__module__': __name__,
        'get_internal_type': lambda self: model_field_class.__name__,
    })


class NetworkFieldType(ColumnFieldType):
    """Shared behaviour of the network types: one column of a NetBox field class, text in and out."""
    model_field_class = None
    converts_from = _TEXT_TYPES

    def __init__(self):
        self.ddl_field_class = ddl_class(self.model_field_class)

    def db_field(self, field):
        return self.model_field_class(**self.column_options(field))

    def ddl_field(self, field, resolve_model):
        name, path, args, kwargs = super().ddl_field(field, resolve_model).deconstruct()
        return self.ddl_field_class(*args, **kwargs)

    def parse(self, field):
        return _parse_with(self.db_field(field))

    def display_value(self, field, value):
        if value is None or value == '':
            return ''
        try:
            return str(self.parse(field)(value))
        except ValidationError:
            return str(value)

    def conversion_errors(self, model, old, new, limit=5):
        """Values NetBox would not accept, or PostgreSQL could not cast to the column's type (the change is refused,
        naming them; nothing is converted)."""
        parse, bad, accepted = self.parse(new), [], {}
        values = model.objects.exclude(**{f'{old.name}__isnull': True})
        for pk, value in values.order_by('pk').values_list('pk', old.name).iterator():
            try:
                parse(value)
            except ValidationError:
                bad.append((pk, value))
                if len(bad) >= limit:
                    return bad
            else:
                accepted.setdefault(str(value), pk)
        bad.extend(self._uncastable(model, new, accepted)[:limit - len(bad)])
        return sorted(bad)

    def _uncastable(self, model, field, accepted):
        """(pk, value) of the `accepted` values ({text: pk}) that PostgreSQL's cast refuses (one query when all
        cast; its parser and netaddr's differ at the edges)."""
        if not accepted:
            return []
        using = router.db_for_write(model)
        db_type = self.db_field(field).db_type(connections[using])

        def casts(texts):
            try:
                with transaction.atomic(using=using), connections[using].cursor() as cursor:
                    cursor.execute(f'SELECT CAST(v AS {db_type}) FROM unnest(%s::text[]) AS v', [texts])
            except DatabaseError:
                return False
            return True

        if casts(list(accepted)):
            return []
        return [(pk, text) for text, pk in accepted.items() if not casts([text])]

    def form_fields(self, field, mode, model):
        if mode is FormMode.FILTER:
            form_field = forms.CharField(required=False)
        else:
            form_field = NetworkValueFormField(
                self.parse(field), required=form_required(field, mode), initial=form_initial(field, mode),
            )
        return {field.name: finish_form_field(form_field, field, mode)}

    def serializer_fields(self, field, model, nested_serializer_for):
        return {field.name: NetworkValueField(self.parse(field), **serializer_kwargs(field))}

    def table_columns(self, field):
        return {field.name: tables.Column(verbose_name=field.verbose_name, linkify=bool(field.primary))}

    def graphql_fields(self, field, model, graphql):
        return {field.name: graphql.scalar('string')}  # (graphql-core gives a value's str())


@register
class MACAddressFieldType(NetworkFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_MAC_ADDRESS
    model_field_class = MACAddressField

    def filters(self, field, model):
        if filter_disabled(field):
            return {}
        return lookup_filters(field.name, MultiValueMACAddressFilter, _LOOKUPS)

    def search_q(self, field, text):
        query = Q(**{f'{field.name}__icontains': text})
        try:
            return query | Q(**{field.name: self.parse(field)(text)})
        except ValidationError:
            return query


class NetworkValueFilter(MultiValueCharFilter):
    """A filter on an ip_address or ip_prefix column (several values: any of them). The values of lookups that
    compare whole values are checked as the column reads them: a network for the net_* lookups, a value the column
    takes for `exact` (a prefix without host bits for ip_prefix, with NetBox's message); partial ones (`__ic`, ...)
    are not, as NetBox's MAC filters (and a refused value is a 400 naming it, not a database error)."""

    @property
    def field(self):
        field = super().field
        if getattr(self, 'model', None) is not None and not getattr(self, '_values_checked', False):
            self._values_checked = True
            model_field = get_model_field(self.model, self.field_name)
            if self.lookup_expr == 'exact':
                field.validators.append(_parse_with(model_field))
            elif self.lookup_expr in NET_LOOKUPS:
                field.validators.append(model_field.to_python)
        return field


class IPFieldType(NetworkFieldType):

    def filters(self, field, model):
        if filter_disabled(field):
            return {}
        name = field.name
        filters = lookup_filters(name, NetworkValueFilter, _LOOKUPS)
        for lookup in NET_LOOKUPS:
            filters[f'{name}__{lookup}'] = NetworkValueFilter(field_name=name, lookup_expr=lookup)
        filters[f'{name}__family'] = MultiValueNumberFilter(field_name=name, lookup_expr='family')
        filters[f'{name}__mask_length'] = MultiValueNumberFilter(field_name=name, lookup_expr='net_mask_length')
        return filters

    def search_q(self, field, text):
        return Q(**{f'{field.name}__icontains': text})


@register
class IPAddressFieldType(IPFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_IP_ADDRESS
    model_field_class = IPAddressField
    converts_from = _TEXT_TYPES | {'ip_prefix'}


@register
class IPPrefixFieldType(IPFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_IP_PREFIX
    model_field_class = IPNetworkField
    converts_from = _TEXT_TYPES | {'ip_address'}

    def search_q(self, field, text):
        """Part of the text form, or the prefixes holding an address or prefix (as NetBox's prefix search)."""
        query = super().search_q(field, text)
        try:
            network = IPNetworkField().to_python(text.strip())
        except ValidationError:
            return query
        return query | Q(**{f'{field.name}__net_contains_or_equals': str(network)}) if network else query
