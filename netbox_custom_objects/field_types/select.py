"""Choice types: select (one value) and multiselect (an array), both from a NetBox CustomFieldChoiceSet."""

import django_filters
import django_tables2 as tables
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Q
from django.utils.html import escape, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from rest_framework import serializers

from netbox.api.fields import ChoiceField
from utilities.filters import MultiValueArrayFilter, MultiValueCharFilter
from utilities.forms.fields import (
    CSVChoiceField,
    CSVMultipleChoiceField,
    DynamicChoiceField,
    DynamicMultipleChoiceField,
)
from utilities.forms.utils import add_blank_choice
from utilities.forms.widgets import APISelect, APISelectMultiple

from ..choices import CustomObjectFieldTypeChoices
from .base import FormMode
from .column import ColumnFieldType
from .common import filter_disabled, finish_form_field, form_initial, form_required, serializer_kwargs
from .registry import register

__all__ = (
    'ChoiceValueField',
    'MultiSelectFieldType',
    'SelectFieldType',
)

SELECT_MAX_LENGTH = 100
EQUALITY_LOOKUPS = frozenset({'exact', 'contains'})  # (`contains`: a multiselect's list holds the value)
MULTISELECT_ITEM_MAX_LENGTH = 100


def choice_pairs(field):
    return [(value, label) for value, label in field.choices]


def badge(field, value):
    label = dict(choice_pairs(field)).get(value, value)
    color = field.get_choice_color(value)
    return format_html_join('', '<span class="badge text-bg-{}">{}</span>', [(color or 'secondary', label)])


class ChoiceValueField(ChoiceField):
    """A choice value in the REST API, as NetBox shows its own choice fields (and upstream 0.7): `{"value": "a",
    "label": "Alpha"}` on read (a value no longer in the choice set has the label ''). A write takes the bare value,
    or that representation (a dict with "value"), so that what a client read can be sent back as it is.

    Unlike NetBox's field, "true" or "1" are not turned into a boolean or a number before the check: the values of a
    choice set are strings."""

    def to_internal_value(self, data):
        if isinstance(data, dict) and 'value' in data:
            data = data['value']
        if data == '' and self.allow_blank:
            return data
        if isinstance(data, str) and data in self._choices:
            return data
        if data == '':
            raise serializers.ValidationError(_('This field may not be blank.'))
        raise serializers.ValidationError(_('{value} is not a valid choice.').format(value=data))


class ChoiceFieldType(ColumnFieldType):
    options = frozenset({'choice_set'})
    supports_primary = True

    def definition_errors(self, field):
        if not field.choice_set_id:
            return {'choice_set': _('Selection fields need a choice set.')}
        return {}

    def label(self, field, value):
        return dict(choice_pairs(field)).get(value, value)

    def _form_widget_url(self, field):
        return f'/api/extras/custom-field-choice-sets/{field.choice_set_id}/choices/'


@register
class SelectFieldType(ChoiceFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_SELECT
    converts_from = frozenset({'text', 'longtext'})

    def db_field(self, field):
        return models.CharField(max_length=SELECT_MAX_LENGTH, choices=choice_pairs(field), **self.column_options(field))

    def conversion_errors(self, model, old, new, limit=5):
        values = [value for value, label in new.choices]
        rows = model.objects.exclude(**{f'{old.name}__isnull': True}).exclude(**{f'{old.name}__in': values})
        return list(rows.order_by('pk').values_list('pk', old.name)[:limit])

    def display_value(self, field, value):
        return '' if value is None else str(self.label(field, value))

    def render_html(self, field, value):
        return badge(field, value) if value else ''

    def form_fields(self, field, mode, model):
        required = form_required(field, mode)
        choices = choice_pairs(field)
        if not required or field.default is None:
            choices = add_blank_choice(choices)
        if mode is FormMode.IMPORT:
            form_field = CSVChoiceField(choices=choices, required=required)
        elif mode is FormMode.FILTER:
            form_field = DynamicMultipleChoiceField(
                choices=choices, required=False, widget=APISelectMultiple(api_url=self._form_widget_url(field))
            )
        else:
            form_field = DynamicChoiceField(
                choices=choices, required=required, initial=form_initial(field, mode),
                widget=APISelect(api_url=self._form_widget_url(field)),
            )
        return {field.name: finish_form_field(form_field, field, mode)}

    def serializer_fields(self, field, model, nested_serializer_for):
        return {field.name: ChoiceValueField(choices=choice_pairs(field), **serializer_kwargs(field))}

    def filters(self, field, model):
        if filter_disabled(field):
            return {}
        return {
            field.name: ChoiceValueFilter(field_name=field.name, choices=choice_pairs(field)),
            f'{field.name}__n': ChoiceValueFilter(field_name=field.name, exclude=True, choices=choice_pairs(field)),
            f'{field.name}__empty': _empty_filter(field.name),
        }

    def search_q(self, field, text):
        matching = [value for value, label in choice_pairs(field) if text.lower() in f'{value} {label}'.lower()]
        return Q(**{f'{field.name}__in': matching}) if matching else None

    def table_columns(self, field):
        return {field.name: ChoiceBadgeColumn(field, verbose_name=field.verbose_name)}

    def graphql_fields(self, field, model, graphql):
        return {field.name: graphql.scalar('choice')}  # CustomObjectChoiceType {value label}


@register
class MultiSelectFieldType(ChoiceFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_MULTISELECT
    supports_unique = False

    def db_field(self, field):
        base = models.CharField(max_length=MULTISELECT_ITEM_MAX_LENGTH, choices=choice_pairs(field))
        return ArrayField(base, **self.column_options(field))

    def ddl_field(self, field, resolve_model):
        return ArrayField(models.CharField(max_length=MULTISELECT_ITEM_MAX_LENGTH), null=True)

    def validate_value(self, field, value):
        if not isinstance(value, (list, tuple)):
            raise serializers.ValidationError(_('A list of choice values is expected.'))
        super().validate_value(field, list(value))

    def display_value(self, field, value):
        return ', '.join(str(self.label(field, v)) for v in value or ())

    def render_html(self, field, value):
        return mark_safe(' '.join(badge(field, v) for v in value or ()))

    def form_fields(self, field, mode, model):
        required = form_required(field, mode)
        choices = choice_pairs(field)
        if mode is FormMode.IMPORT:
            form_field = CSVMultipleChoiceField(choices=choices, required=required)
        else:
            form_field = DynamicMultipleChoiceField(
                choices=choices, required=required, initial=form_initial(field, mode),
                widget=APISelectMultiple(api_url=self._form_widget_url(field)),
            )
        return {field.name: finish_form_field(form_field, field, mode)}

    def serializer_fields(self, field, model, nested_serializer_for):
        return {field.name: serializers.ListField(
            child=ChoiceValueField(choices=choice_pairs(field)), **serializer_kwargs(field)
        )}

    def filters(self, field, model):
        if filter_disabled(field):
            return {}
        return {
            field.name: ArrayItemFilter(field_name=field.name, choices=choice_pairs(field)),
            f'{field.name}__n': ArrayItemFilter(field_name=field.name, exclude=True, choices=choice_pairs(field)),
            f'{field.name}__empty': _empty_filter(field.name),
        }

    def search_q(self, field, text):
        matching = [value for value, label in choice_pairs(field) if text.lower() in f'{value} {label}'.lower()]
        return Q(**{f'{field.name}__overlap': matching}) if matching else None

    def table_columns(self, field):
        return {field.name: ChoiceBadgeColumn(field, many=True, verbose_name=field.verbose_name, orderable=False)}

    def graphql_fields(self, field, model, graphql):
        return {field.name: graphql.scalar('choices')}  # a list of CustomObjectChoiceType


class ChoicesCheckedMixin:
    """The values of an equality filter (`?status=a`, `__n`) must be choices of the set: any other is a 400 naming
    it ("Select a valid choice. ..."), as NetBox's own choice filters (`MultipleChoiceFilter(choices=...)`) and
    upstream answer. The text lookups NetBox derives from the filter (`__ic`, `__regex`, ...) compare text: they take
    any value."""

    def __init__(self, *args, choices=None, **kwargs):
        super().__init__(*args, **kwargs)
        if choices is not None and self.lookup_expr in EQUALITY_LOOKUPS:
            self.field_class = django_filters.fields.MultipleChoiceField
            self.extra['choices'] = choices


class ChoiceValueFilter(ChoicesCheckedMixin, MultiValueCharFilter):
    """The objects whose select field holds one of the values (`?status=a&status=b`)."""


class ArrayItemFilter(ChoicesCheckedMixin, MultiValueArrayFilter):
    """The objects whose list holds a given value (any of several: `?labels=a&labels=b`). NetBox's filter compares
    with `contains` a single value, which suits its JSON-stored custom fields; an array column needs an array on
    the right (`labels @> ARRAY['a']`), a bare string is a "malformed array literal" error."""

    def get_filter_predicate(self, v):
        if v is None or self.lookup_expr != 'contains':  # (NetBox's text lookups, `labels__ic`, compare as text)
            return super().get_filter_predicate(v)
        return {f'{self.field_name}__contains': [v]}


def _empty_filter(name):
    return django_filters.BooleanFilter(field_name=name, lookup_expr='isnull')


class ChoiceBadgeColumn(tables.Column):
    """Choice labels as coloured badges (upstream #369, #529)."""

    def __init__(self, field, many=False, **kwargs):
        super().__init__(**kwargs)
        self.field = field
        self.many = many

    def render(self, value):
        values = value if self.many else [value]
        return mark_safe(' '.join(badge(self.field, v) for v in values if v not in (None, '')))

    def value(self, value):
        values = value if self.many else [value]
        return ','.join(escape(v) for v in values or () if v is not None)
