"""The coordinates type: a latitude/longitude pair in two columns, `<name>_latitude` and `<name>_longitude`."""

from decimal import Decimal

import django_tables2 as tables
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.html import format_html
from django.utils.translation import gettext as _
from rest_framework import serializers

from utilities.filters import MultiValueDecimalFilter

from ..choices import CustomObjectFieldTypeChoices
from ..ddl import AddColumn, AlterColumn, DropColumn
from .base import FieldType
from .common import (
    NUMERIC_LOOKUPS,
    filter_disabled,
    finish_form_field,
    form_required,
    lookup_filters,
    serializer_kwargs,
)
from .registry import register

__all__ = (
    'CoordinatesFieldType',
)

# (suffix, max_digits, decimal_places, bound)
AXES = (('latitude', 8, 6, 90), ('longitude', 9, 6, 180))


def axis_field(field, digits, places, bound, ddl=False):
    if ddl:
        return models.DecimalField(max_digits=digits, decimal_places=places, null=True)
    return models.DecimalField(
        max_digits=digits, decimal_places=places, null=True, blank=True,
        validators=[MinValueValidator(Decimal(-bound)), MaxValueValidator(Decimal(bound))],
    )


@register
class CoordinatesFieldType(FieldType):
    key = CustomObjectFieldTypeChoices.TYPE_COORDINATES
    supports_unique = False
    supports_default = False
    supports_primary = False

    def columns(self, field):
        return tuple(f'{field.name}_{suffix}' for suffix, *_ in AXES)

    def value_attributes(self, field):
        return self.columns(field)

    def model_attributes(self, field):
        return field.name, *self.columns(field)  # the name too: the API and forms know the field by it

    def definition_errors(self, field):
        if field.search_weight:
            field.search_weight = 0  # coordinates are never searched
        return {}

    def model_fields(self, field, resolve_model):
        return {
            f'{field.name}_{suffix}': axis_field(field, digits, places, bound)
            for suffix, digits, places, bound in AXES
        }

    def clean_instance(self, field, instance):
        """Both coordinates or neither; a required field needs both."""
        latitude, longitude = (getattr(instance, name) for name in self.columns(field))
        if (latitude is None) != (longitude is None):
            return {self.columns(field)[0 if latitude is None else 1]: _(
                'Latitude and longitude must be given together.')}
        if field.required and latitude is None:
            return {self.columns(field)[0]: _('This field is required.')}
        return {}

    def validate_value(self, field, value):
        raise ValidationError(_('Coordinates fields have no default value.'))

    # DDL

    def schema_ops(self, table, old, new, resolve_model):
        def ddl(f):
            return {f'{f.name}_{s}': axis_field(f, d, p, b, ddl=True) for s, d, p, b in AXES}

        if old is None:
            return [AddColumn(table, name, column) for name, column in ddl(new).items()]
        if new is None:
            return [DropColumn(table, name, column) for name, column in ddl(old).items()]
        if old.name == new.name:
            return []
        return [
            AlterColumn(table, old_name, old_column, new_name, new_column)
            for (old_name, old_column), (new_name, new_column) in zip(ddl(old).items(), ddl(new).items())
        ]

    # Values

    def instance_value(self, field, instance):
        values = tuple(getattr(instance, name) for name in self.columns(field))
        return None if None in values else values

    def display_value(self, field, value):
        return '' if value is None else f'{value[0]}, {value[1]}'

    def render_html(self, field, value):
        if value is None:
            return ''
        return format_html('{}, {}', value[0], value[1])

    # Surfaces

    def form_fields(self, field, mode, model):
        form_fields = {}
        for suffix, digits, places, bound in AXES:
            form_field = forms.DecimalField(
                required=form_required(field, mode), max_digits=digits, decimal_places=places,
                min_value=-bound, max_value=bound,
            )
            finish_form_field(form_field, field, mode)
            form_field.label = f'{field.verbose_name} ({_(suffix)})'
            form_fields[f'{field.name}_{suffix}'] = form_field
        return form_fields

    def serializer_fields(self, field, model, nested_serializer_for):
        kwargs = serializer_kwargs(field)
        kwargs.pop('default', None)
        return {
            f'{field.name}_{suffix}': serializers.DecimalField(
                max_digits=digits, decimal_places=places, coerce_to_string=False,
                min_value=-bound, max_value=bound, **kwargs,
            )
            for suffix, digits, places, bound in AXES
        }

    def filters(self, field, model):
        if filter_disabled(field):
            return {}
        filters = {}
        for name in self.columns(field):
            filters.update(lookup_filters(name, MultiValueDecimalFilter, NUMERIC_LOOKUPS))
        return filters

    def table_columns(self, field):
        return {
            name: tables.Column(verbose_name=f'{field.verbose_name} ({suffix})')
            for name, suffix in zip(self.columns(field), ('lat', 'lon'))
        }

    def graphql_fields(self, field, model, graphql):
        # flat `<name>_latitude` / `<name>_longitude`, the keys of the REST API and the filters
        return {name: graphql.scalar('decimal') for name in self.columns(field)}
