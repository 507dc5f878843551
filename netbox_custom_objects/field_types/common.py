"""Building blocks shared by the field types: finishing form fields, serializer kwargs, lookup filters."""

import django_filters

from extras.choices import CustomFieldFilterLogicChoices, CustomFieldUIEditableChoices
from utilities.constants import FILTER_CHAR_BASED_LOOKUP_MAP, FILTER_NUMERIC_BASED_LOOKUP_MAP
from utilities.templatetags.builtins.filters import render_markdown

from .base import FormMode

__all__ = (
    'CHAR_LOOKUPS',
    'NUMERIC_LOOKUPS',
    'filter_disabled',
    'finish_form_field',
    'form_initial',
    'form_required',
    'lookup_filters',
    'serializer_kwargs',
)

CHAR_LOOKUPS = FILTER_CHAR_BASED_LOOKUP_MAP
NUMERIC_LOOKUPS = FILTER_NUMERIC_BASED_LOOKUP_MAP


def form_required(field, mode):
    # Bulk edit and filter forms never require a value (upstream #264/#409); imports and edits do.
    return bool(field.required) and mode in (FormMode.EDIT, FormMode.IMPORT)


def form_initial(field, mode):
    return field.default if mode is FormMode.EDIT else None


def finish_form_field(form_field, field, mode):
    """Label, help text and the ui_editable rule, as NetBox does for its custom fields."""
    form_field.label = field.verbose_name
    if field.description:
        form_field.help_text = render_markdown(field.description)
    if mode is FormMode.EDIT and field.ui_editable == CustomFieldUIEditableChoices.NO:
        form_field.disabled = True
    return form_field


def serializer_kwargs(field, **extra):
    """Common DRF kwargs: required on create when the field is required, null allowed otherwise."""
    kwargs = {
        'required': bool(field.required),
        'allow_null': not field.required,
        'label': field.verbose_name,
        'help_text': field.description or None,
    }
    if field.default is not None and not field.required:
        kwargs['default'] = field.default
        kwargs['required'] = False
    kwargs.update(extra)
    return kwargs


def filter_disabled(field):
    return field.filter_logic == CustomFieldFilterLogicChoices.FILTER_DISABLED


def lookup_filters(name, filter_class, lookups, *, field_name=None, base_lookup='exact', **kwargs):
    """The filter `name` plus NetBox's suffix lookups (`name__ic`, `name__n`, ...) built from `lookups`."""
    field_name = field_name or name
    filters = {name: filter_class(field_name=field_name, lookup_expr=base_lookup, **kwargs)}
    for suffix, lookup in lookups.items():
        if lookup in ('isnull', 'empty'):
            filters[f'{name}__{suffix}'] = django_filters.BooleanFilter(field_name=field_name, lookup_expr=lookup)
            continue
        filters[f'{name}__{suffix}'] = filter_class(
            field_name=field_name, lookup_expr=lookup, exclude=suffix.startswith('n'), **kwargs
        )
    return filters

