"""Numeric types: integer (bigint) and decimal (numeric(16,4), the same precision as the form)."""

from decimal import Decimal, InvalidOperation

import django_tables2 as tables
from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from rest_framework import serializers

from utilities.filters import MultiValueDecimalFilter, MultiValueNumberFilter

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
    'DECIMAL_MAX_DIGITS',
    'DECIMAL_PLACES',
    'DecimalFieldType',
    'IntegerFieldType',
)

# One precision for the column, the form and the API (upstream: numeric(8,2) column vs 12,4 form).
DECIMAL_MAX_DIGITS = 16
DECIMAL_PLACES = 4
DECIMAL_LIMIT = Decimal(10) ** (DECIMAL_MAX_DIGITS - DECIMAL_PLACES)
DECIMAL_STEP = Decimal(1).scaleb(-DECIMAL_PLACES)
BIGINT_MIN, BIGINT_MAX = -2 ** 63, 2 ** 63 - 1


def range_validators(field):
    validators = []
    if field.validation_minimum is not None:
        validators.append(MinValueValidator(field.validation_minimum))
    if field.validation_maximum is not None:
        validators.append(MaxValueValidator(field.validation_maximum))
    return validators


class NumericFieldType(ColumnFieldType):
    options = frozenset({'validation_minimum', 'validation_maximum'})
    filter_class = MultiValueNumberFilter

    def definition_errors(self, field):
        low, high = field.validation_minimum, field.validation_maximum
        if low is not None and high is not None and low > high:
            return {'validation_maximum': 'The maximum must not be lower than the minimum.'}
        return {}

    def filters(self, field, model):
        if filter_disabled(field):
            return {}
        return lookup_filters(field.name, self.filter_class, NUMERIC_LOOKUPS)

    def search_q(self, field, text):
        value = self.search_value(text)
        return Q(**{field.name: value}) if value is not None else None

    def search_value(self, text):
        """The number `text` stands for when the column can hold it, else None (the text cannot match: quick search
        tries every field, so a text that is no number of this column is not an error)."""
        raise NotImplementedError

    def table_columns(self, field):
        return {field.name: tables.Column(verbose_name=field.verbose_name)}


@register
class IntegerFieldType(NumericFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_INTEGER
    converts_from = frozenset({'text', 'longtext', 'decimal'})

    def db_field(self, field):
        return models.BigIntegerField(validators=range_validators(field), **self.column_options(field))

    def search_value(self, text):
        try:
            value = int(text)
        except ValueError:  # (also for texts of more digits than Python converts)
            return None
        return value if BIGINT_MIN <= value <= BIGINT_MAX else None

    def conversion_errors(self, model, old, new, limit=5):
        # decimals convert by rounding; text must hold a whole number
        pattern = r'^\s*[-+]?\d+(\.\d*)?\s*$' if old.type == 'decimal' else r'^\s*[-+]?\d{1,18}\s*$'
        return _unconvertible(model, old.name, pattern, limit)

    def form_fields(self, field, mode, model):
        form_field = forms.IntegerField(
            required=form_required(field, mode), initial=form_initial(field, mode),
            min_value=field.validation_minimum, max_value=field.validation_maximum,
        )
        return {field.name: finish_form_field(form_field, field, mode)}

    def serializer_fields(self, field, model, nested_serializer_for):
        return {field.name: serializers.IntegerField(
            min_value=field.validation_minimum, max_value=field.validation_maximum, **serializer_kwargs(field)
        )}

    def graphql_fields(self, field, model, graphql):
        return {field.name: graphql.scalar('bigint')}  # a bigint column: GraphQL's Int is 32-bit


@register
class DecimalFieldType(NumericFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_DECIMAL
    filter_class = MultiValueDecimalFilter
    converts_from = frozenset({'text', 'longtext', 'integer'})

    def db_field(self, field):
        return models.DecimalField(
            max_digits=DECIMAL_MAX_DIGITS, decimal_places=DECIMAL_PLACES, validators=range_validators(field),
            **self.column_options(field),
        )

    def search_value(self, text):
        # Python reads NaN, Infinity and exponents PostgreSQL's numeric cannot hold (1e999999); a value beyond the
        # column's precision or scale can equal no stored value.
        try:
            value = Decimal(text)
        except InvalidOperation:
            return None
        if not value.is_finite() or abs(value) >= DECIMAL_LIMIT or value != value.quantize(DECIMAL_STEP):
            return None
        return value

    def conversion_errors(self, model, old, new, limit=5):
        return _unconvertible(model, old.name, r'^\s*[-+]?(\d{1,12}(\.\d{0,4})?|\.\d{1,4})\s*$', limit)

    def form_fields(self, field, mode, model):
        form_field = forms.DecimalField(
            required=form_required(field, mode), initial=form_initial(field, mode),
            max_digits=DECIMAL_MAX_DIGITS, decimal_places=DECIMAL_PLACES,
            min_value=field.validation_minimum, max_value=field.validation_maximum,
        )
        return {field.name: finish_form_field(form_field, field, mode)}

    def serializer_fields(self, field, model, nested_serializer_for):
        return {field.name: serializers.DecimalField(
            max_digits=DECIMAL_MAX_DIGITS, decimal_places=DECIMAL_PLACES, coerce_to_string=False,
            min_value=field.validation_minimum, max_value=field.validation_maximum, **serializer_kwargs(field)
        )}

    def graphql_fields(self, field, model, graphql):
        return {field.name: graphql.scalar('decimal')}


def _unconvertible(model, column, pattern, limit):
    """Rows whose value (as text) does not match `pattern`: they would not survive the column's new type."""
    rows = model.objects.exclude(**{f'{column}__isnull': True}).exclude(**{f'{column}__regex': pattern})
    return list(rows.order_by('pk').values_list('pk', column)[:limit])
