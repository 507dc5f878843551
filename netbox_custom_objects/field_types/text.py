"""Text-like types: text, longtext and url."""

import django_tables2 as tables
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from rest_framework import serializers

from netbox.tables import columns
from utilities.filters import MultiValueCharFilter
from utilities.forms.fields import LaxURLField
from utilities.templatetags.builtins.filters import render_markdown
from utilities.validators import EnhancedURLValidator

from ..choices import CustomObjectFieldTypeChoices
from .base import ColumnFieldType, FormMode
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
    'LongTextFieldType',
    'TextFieldType',
    'URLFieldType',
)


# Types whose values have a text form PostgreSQL can cast to varchar/text.
SCALAR_TYPES = frozenset({
    'text', 'longtext', 'url', 'integer', 'decimal', 'boolean', 'date', 'datetime', 'select', 'json',
})


def regex_validators(field):
    if not field.validation_regex:
        return []
    message = _('Values must match this regex: {regex}').format(regex=field.validation_regex)
    return [RegexValidator(regex=field.validation_regex, message=message)]


class TextLikeFieldType(ColumnFieldType):
    """Shared behaviour of the string types: loose/exact filters, quick search, text inputs."""
    options = frozenset({'validation_regex'})
    form_widget = None

    def form_fields(self, field, mode, model):
        form_field = forms.CharField(
            required=form_required(field, mode), initial=form_initial(field, mode), widget=self.form_widget,
        )
        if mode is not FormMode.FILTER:
            form_field.validators = regex_validators(field)
        return {field.name: finish_form_field(form_field, field, mode)}

    def serializer_fields(self, field, model, nested_serializer_for):
        return {field.name: serializers.CharField(
            allow_blank=not field.required, validators=regex_validators(field), **serializer_kwargs(field)
        )}

    def filters(self, field, model):
        if filter_disabled(field):
            return {}
        base = 'icontains' if field.filter_logic == 'loose' else 'exact'
        return lookup_filters(field.name, MultiValueCharFilter, CHAR_LOOKUPS, base_lookup=base)

    def search_q(self, field, text):
        return Q(**{f'{field.name}__icontains': text})

    def table_columns(self, field):
        return {field.name: tables.Column(verbose_name=field.verbose_name, linkify=bool(field.primary))}

    def graphql_fields(self, field, model, graphql):
        return {field.name: graphql.scalar('string')}


@register
class TextFieldType(TextLikeFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_TEXT

    def db_field(self, field):
        # varchar without a length limit (PostgreSQL), as NetBox's own text custom fields
        return models.CharField(max_length=None, validators=regex_validators(field), **self.column_options(field))

    converts_from = SCALAR_TYPES


@register
class LongTextFieldType(TextLikeFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_LONGTEXT
    form_widget = forms.Textarea

    def db_field(self, field):
        return models.TextField(validators=regex_validators(field), **self.column_options(field))

    converts_from = SCALAR_TYPES

    def render_html(self, field, value):
        return render_markdown(value or '')

    def table_columns(self, field):
        return {field.name: columns.MarkdownColumn(verbose_name=field.verbose_name)}


@register
class URLFieldType(TextLikeFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_URL
    converts_from = frozenset({'text', 'longtext'})

    def conversion_errors(self, model, old, new, limit=5):
        """Values a url field could not be given on write: longer than 200 characters, not a URL, or of a scheme
        outside ALLOWED_URL_SCHEMES (`javascript:`, `data:`, ...), which pages would otherwise link. The change is
        refused (naming them) rather than the values cleared: nothing is half-applied, and nothing is lost."""
        validator, bad = EnhancedURLValidator(), []
        values = model.objects.exclude(**{f'{old.name}__isnull': True}).exclude(**{old.name: ''})
        for pk, value in values.order_by('pk').values_list('pk', old.name).iterator():
            try:
                if len(value) > 200:
                    raise ValidationError('too long')
                validator(value)
            except ValidationError:
                bad.append((pk, value))
                if len(bad) >= limit:
                    break
        return bad

    def db_field(self, field):
        validators = [EnhancedURLValidator(), *regex_validators(field)]
        return models.CharField(max_length=200, validators=validators, **self.column_options(field))

    def form_fields(self, field, mode, model):
        if mode is FormMode.FILTER:
            return super().form_fields(field, mode, model)
        form_field = LaxURLField(
            assume_scheme='https', required=form_required(field, mode), initial=form_initial(field, mode)
        )
        form_field.validators = [*form_field.validators, *regex_validators(field)]
        return {field.name: finish_form_field(form_field, field, mode)}

    def serializer_fields(self, field, model, nested_serializer_for):
        return {field.name: serializers.CharField(
            max_length=200, allow_blank=not field.required,
            validators=[EnhancedURLValidator(), *regex_validators(field)], **serializer_kwargs(field)
        )}

    def render_html(self, field, value):
        if not value:
            return ''
        return mark_safe(f'<a href="{escape(value)}" rel="noopener noreferrer">{escape(value)}</a>')

    def table_columns(self, field):
        return {field.name: tables.URLColumn(verbose_name=field.verbose_name)}
