"""Text-like types: text, longtext and url.

A url field has a second column, `<name>_title` (as upstream 0.7): the text shown as the link instead of the address,
on detail and list pages. It is read and written under that key in the REST API, the forms and the import; NULL (and
'' on input) means "no title", and the API shows it as ''. The column follows the field: added, renamed and dropped
with it, added when a text field becomes a url field and dropped when a url field becomes text.
"""

from urllib.parse import urlsplit

import django_tables2 as tables
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from rest_framework import serializers

from netbox.config import get_config
from netbox.tables import columns
from utilities.filters import MultiValueCharFilter
from utilities.forms.fields import LaxURLField
from utilities.templatetags.builtins.filters import render_markdown
from utilities.validators import EnhancedURLValidator

from ..choices import CustomObjectFieldTypeChoices
from ..ddl import AddColumn, AlterColumn, DropColumn
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
    'LinkTitleField',
    'LongTextFieldType',
    'TextFieldType',
    'URLFieldType',
    'title_attribute',
)


# Types whose values have a text form PostgreSQL can cast to varchar/text.
SCALAR_TYPES = frozenset({
    'text', 'longtext', 'url', 'integer', 'decimal', 'boolean', 'date', 'datetime', 'select', 'json', 'mac_address',
    'ip_address', 'ip_prefix',
})


URL_MAX_LENGTH = 200
TITLE_MAX_LENGTH = 200
TITLE_SUFFIX = '_title'
LINK_TEXT_LENGTH = 70


def title_attribute(field):
    """The link-title column of `field` (a definition, or None) when it is a url field, else None."""
    if field is None or field.type != CustomObjectFieldTypeChoices.TYPE_URL:
        return None
    return f'{field.name}{TITLE_SUFFIX}'


def title_column():
    return models.CharField(max_length=TITLE_MAX_LENGTH, null=True, blank=True)


def title_ops(table, old, new):
    """The DDL that keeps the link-title column with its field (any text-like type may become a url or stop being
    one: text and longtext convert from and to url)."""
    old_title, new_title = title_attribute(old), title_attribute(new)
    if old_title == new_title:
        return []
    if old_title is None:
        return [AddColumn(table, new_title, title_column())]
    if new_title is None:
        return [DropColumn(table, old_title, title_column())]
    return [AlterColumn(table, old_title, title_column(), new_title, title_column())]


class LinkTitleField(serializers.CharField):
    """The `<name>_title` of a url field in the REST API: optional, '' when there is none; null and '' both
    clear it."""

    def __init__(self, **kwargs):
        super().__init__(max_length=TITLE_MAX_LENGTH, required=False, allow_blank=True, allow_null=True, **kwargs)

    def get_attribute(self, instance):
        return super().get_attribute(instance) or ''

    def run_validation(self, data=serializers.empty):
        value = super().run_validation(data)
        return value or None


def regex_validators(field):
    if not field.validation_regex:
        return []
    message = _('Values must match this regex: {regex}').format(regex=field.validation_regex)
    return [RegexValidator(regex=field.validation_regex, message=message)]


class TextLikeFieldType(ColumnFieldType):
    """Shared behaviour of the string types: loose/exact filters, quick search, text inputs."""
    options = frozenset({'validation_regex'})
    form_widget = None
    folds_case = True

    def schema_ops(self, table, old, new, resolve_model):
        return [*super().schema_ops(table, old, new, resolve_model), *title_ops(table, old, new)]

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
                if len(value) > URL_MAX_LENGTH:
                    raise ValidationError('too long')
                validator(value)
            except ValidationError:
                bad.append((pk, value))
                if len(bad) >= limit:
                    break
        return bad

    def db_field(self, field):
        validators = [EnhancedURLValidator(), *regex_validators(field)]
        return models.CharField(max_length=URL_MAX_LENGTH, validators=validators, **self.column_options(field))

    def model_fields(self, field, resolve_model):
        return {**super().model_fields(field, resolve_model), title_attribute(field): title_column()}

    def value_attributes(self, field):
        return field.name, title_attribute(field)

    def unique_key_attributes(self, field):
        return (field.name,)  # (the link title is no part of the value's identity)

    def healed_columns(self, field):
        return {title_attribute(field): title_column()}  # url fields made before the title existed

    def model_attributes(self, field):
        return self.value_attributes(field)

    def instance_value(self, field, instance):
        """(url, title) or None: the title is the link text on detail pages."""
        url = getattr(instance, field.name, None)
        return (url, getattr(instance, title_attribute(field), None) or '') if url else None

    def display_value(self, field, value):
        return (value[0] if isinstance(value, tuple) else value) or ''

    def render_html(self, field, value):
        url, title = value if isinstance(value, tuple) else (value, '')
        return link_html(url, title)

    def form_fields(self, field, mode, model):
        if mode is FormMode.FILTER:
            return super().form_fields(field, mode, model)
        form_field = LaxURLField(
            assume_scheme='https', required=form_required(field, mode), initial=form_initial(field, mode)
        )
        form_field.validators = [*form_field.validators, *regex_validators(field)]
        title_field = forms.CharField(
            required=False, max_length=TITLE_MAX_LENGTH, empty_value=None,
            help_text=_('Text shown as the link instead of the address.'),
        )
        finish_form_field(title_field, field, mode)
        title_field.label = _('{field} (link title)').format(field=field.verbose_name)
        title_field.help_text = _('Text shown as the link instead of the address.')
        return {field.name: finish_form_field(form_field, field, mode), title_attribute(field): title_field}

    def serializer_fields(self, field, model, nested_serializer_for):
        return {
            field.name: serializers.CharField(
                max_length=URL_MAX_LENGTH, allow_blank=not field.required,
                validators=[EnhancedURLValidator(), *regex_validators(field)], **serializer_kwargs(field)
            ),
            title_attribute(field): LinkTitleField(label=_('{field} (link title)').format(field=field.verbose_name)),
        }

    def search_q(self, field, text):
        return Q(**{f'{field.name}__icontains': text}) | Q(**{f'{title_attribute(field)}__icontains': text})

    def table_columns(self, field):
        return {field.name: LinkColumn(title_attribute(field), verbose_name=field.verbose_name)}


def link_html(url, title=''):
    """A link to `url` showing `title`, or the address itself when there is no title, cut at 70 characters as NetBox
    shows its url custom fields; plain text for a scheme NetBox does not allow (ALLOWED_URL_SCHEMES: escaping does
    not neutralize `javascript:`)."""
    if not url:
        return ''
    text = Truncator(title or url).chars(LINK_TEXT_LENGTH)
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        scheme = None
    if scheme is None or (scheme and scheme not in get_config().ALLOWED_URL_SCHEMES):
        return format_html('{}', text)
    return format_html('<a href="{}" rel="noopener noreferrer">{}</a>', url, text)


class LinkColumn(tables.Column):
    """A url field in object lists: its link title as the link text (the address when there is none); exports
    keep the address."""

    def __init__(self, title_attribute, **kwargs):
        super().__init__(**kwargs)
        self.title_attribute = title_attribute

    def render(self, value, record):
        return link_html(value, getattr(record, self.title_attribute, None))

    def value(self, value):
        return value
