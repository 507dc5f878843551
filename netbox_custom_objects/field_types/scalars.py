"""Boolean, date, datetime and JSON types."""

import json
from datetime import timedelta

import django_filters
import django_tables2 as tables
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from rest_framework import serializers

from netbox.tables import columns
from utilities.filters import MultiValueDateFilter, MultiValueDateTimeFilter
from utilities.forms.fields import JSONField as JSONFormField
from utilities.forms.widgets import DatePicker, DateTimePicker

from ..choices import CustomObjectFieldTypeChoices
from .column import ColumnFieldType
from .common import (
    NUMERIC_LOOKUPS,
    filter_disabled,
    finish_form_field,
    form_initial,
    form_required,
    lookup_filters,
    serializer_kwargs,
)
from .registry import register

__all__ = (
    'BooleanFieldType',
    'DateFieldType',
    'DateTimeFieldType',
    'JSONFieldType',
    'validate_json_text',
)

_TEXT_TYPES = frozenset({'text', 'longtext'})
MAX_UTC_OFFSET = timedelta(hours=16)


@register
class BooleanFieldType(ColumnFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_BOOLEAN
    supports_unique = False
    converts_from = _TEXT_TYPES

    def db_field(self, field):
        return models.BooleanField(**self.column_options(field))

    def unique_key_attributes(self, field):
        # Alone a flag cannot be unique, but beside other fields it can (one active entry per name).
        return (field.name,)

    def conversion_errors(self, model, old, new, limit=5):
        # PostgreSQL's boolean input: true/false, t/f, yes/no, y/n, on/off, 1/0 (any case, trimmed)
        pattern = r'^\s*(t|true|f|false|y|yes|n|no|on|off|1|0)\s*$'
        rows = model.objects.exclude(**{f'{old.name}__isnull': True}).exclude(**{f'{old.name}__iregex': pattern})
        return list(rows.order_by('pk').values_list('pk', old.name)[:limit])

    def display_value(self, field, value):
        return '' if value is None else (_('True') if value else _('False'))

    def form_fields(self, field, mode, model):
        choices = ((None, '---------'), (True, _('True')), (False, _('False')))
        form_field = forms.NullBooleanField(
            required=form_required(field, mode), initial=form_initial(field, mode), widget=forms.Select(choices=choices)
        )
        return {field.name: finish_form_field(form_field, field, mode)}

    def serializer_fields(self, field, model, nested_serializer_for):
        return {field.name: serializers.BooleanField(**serializer_kwargs(field))}

    def filters(self, field, model):
        if filter_disabled(field):
            return {}
        return {
            field.name: django_filters.BooleanFilter(field_name=field.name),
            f'{field.name}__empty': django_filters.BooleanFilter(field_name=field.name, lookup_expr='isnull'),
        }

    def table_columns(self, field):
        return {field.name: columns.BooleanColumn(verbose_name=field.verbose_name)}

    def graphql_fields(self, field, model, graphql):
        return {field.name: graphql.scalar('boolean')}


class TemporalFieldType(ColumnFieldType):
    parse = None

    def search_q(self, field, text):
        value = self.parse(text.strip())
        return Q(**{field.name: value}) if value is not None else None

    def filters(self, field, model):
        if filter_disabled(field):
            return {}
        return lookup_filters(field.name, self.filter_class, NUMERIC_LOOKUPS)


@register
class DateFieldType(TemporalFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_DATE
    parse = staticmethod(lambda text: _safe(parse_date, text))
    filter_class = MultiValueDateFilter
    converts_from = _TEXT_TYPES | {'datetime'}

    def db_field(self, field):
        return models.DateField(**self.column_options(field))

    def conversion_errors(self, model, old, new, limit=5):
        if old.type == 'datetime':
            return []
        rows = model.objects.exclude(**{f'{old.name}__isnull': True}).exclude(
            **{f'{old.name}__regex': r'^\s*\d{4}-\d{2}-\d{2}\s*$'})
        return [(pk, v) for pk, v in rows.order_by('pk').values_list('pk', old.name)[:limit]]

    def form_fields(self, field, mode, model):
        form_field = forms.DateField(
            required=form_required(field, mode), initial=form_initial(field, mode), widget=DatePicker()
        )
        return {field.name: finish_form_field(form_field, field, mode)}

    def serializer_fields(self, field, model, nested_serializer_for):
        return {field.name: serializers.DateField(**serializer_kwargs(field))}

    def table_columns(self, field):
        return {field.name: columns.DateColumn(verbose_name=field.verbose_name)}

    def graphql_fields(self, field, model, graphql):
        return {field.name: graphql.scalar('date')}


@register
class DateTimeFieldType(TemporalFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_DATETIME
    parse = staticmethod(lambda text: _within_offsets(_safe(parse_datetime, text)))
    filter_class = MultiValueDateTimeFilter
    converts_from = _TEXT_TYPES | {'date'}

    def db_field(self, field):
        return models.DateTimeField(**self.column_options(field))

    def conversion_errors(self, model, old, new, limit=5):
        if old.type == 'date':
            return []
        pattern = r'^\s*\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}(:?\d{2})?|Z)?)?\s*$'
        rows = model.objects.exclude(**{f'{old.name}__isnull': True}).exclude(**{f'{old.name}__regex': pattern})
        return list(rows.order_by('pk').values_list('pk', old.name)[:limit])

    def form_fields(self, field, mode, model):
        form_field = forms.DateTimeField(
            required=form_required(field, mode), initial=form_initial(field, mode), widget=DateTimePicker()
        )
        return {field.name: finish_form_field(form_field, field, mode)}

    def serializer_fields(self, field, model, nested_serializer_for):
        return {field.name: serializers.DateTimeField(**serializer_kwargs(field))}

    def table_columns(self, field):
        return {field.name: columns.DateTimeColumn(verbose_name=field.verbose_name)}

    def graphql_fields(self, field, model, graphql):
        return {field.name: graphql.scalar('datetime')}


@register
class JSONFieldType(ColumnFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_JSON
    converts_from = frozenset()

    def db_field(self, field):
        return models.JSONField(validators=[validate_json_text], **self.column_options(field))

    def validate_value(self, field, value):
        try:
            json.dumps(value)
        except (TypeError, ValueError):
            raise forms.ValidationError(_('The value must be JSON-serializable.'))
        validate_json_text(value)

    def display_value(self, field, value):
        return '' if value is None else json.dumps(value, sort_keys=True)

    def form_fields(self, field, mode, model):
        if mode.value == 'filter':
            form_field = forms.CharField(required=False)
        else:
            initial = form_initial(field, mode)
            form_field = JSONFormField(
                required=form_required(field, mode), initial=json.dumps(initial) if initial is not None else None
            )
        return {field.name: finish_form_field(form_field, field, mode)}

    def serializer_fields(self, field, model, nested_serializer_for):
        return {field.name: serializers.JSONField(validators=[validate_json_text], **serializer_kwargs(field))}

    def filters(self, field, model):
        if filter_disabled(field):
            return {}
        # JSON is matched as text, always loosely (as upstream and NetBox's JSON custom fields)
        return {field.name: django_filters.CharFilter(method=_json_contains_text(field.name))}

    def search_q(self, field, text):
        return _json_text_q(field.name, text)

    def table_columns(self, field):
        return {field.name: tables.Column(verbose_name=field.verbose_name)}

    def graphql_fields(self, field, model, graphql):
        return {field.name: graphql.scalar('json')}


def validate_json_text(value):
    """Refuse the character U+0000 in the strings and keys of a JSON value: PostgreSQL's jsonb cannot store it and
    would answer with an error (a 500) instead of a validation error. (Walked without recursion: values may nest
    deeply.)"""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if '\x00' in item:
                raise ValidationError(_('JSON text cannot contain the character U+0000 (\\u0000).'), code='nul')
        elif isinstance(item, dict):
            pending.extend(item)
            pending.extend(item.values())
        elif isinstance(item, (list, tuple)):
            pending.extend(item)


def _json_text_q(column, text):
    # Django's JSONField `icontains` compares the document's text form, case-insensitively
    return Q(**{f'{column}__icontains': text})


def _json_contains_text(column):
    def method(queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(**{f'{column}__icontains': value})

    return method


def _within_offsets(value):
    """`value`, unless its UTC offset is one PostgreSQL cannot read (16 hours or more; ISO 8601 and Python allow up
    to 24): such a text matches no stored value."""
    offset = value.utcoffset() if value is not None else None
    return None if offset is not None and abs(offset) >= MAX_UTC_OFFSET else value


def _safe(parser, text):
    try:
        return parser(text)
    except ValueError:
        return None

