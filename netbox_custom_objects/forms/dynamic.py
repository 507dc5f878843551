"""Forms of a generated model (edit, bulk edit, import, filter), composed from its field types' form fields.

One class per model class and form kind, kept on the model class itself: a definition change replaces the model
class, and its forms go with it (a cache keyed by the model would keep replaced classes alive, since every form
refers to its model). Fields honour `ui_editable`: 'hidden' fields are left out of
every form that writes, 'no' fields are shown disabled on the edit form and left out of bulk edit and import.
"""

from django.db import DataError
from django.utils.translation import gettext_lazy as _

from extras.choices import CustomFieldUIEditableChoices
from extras.forms.filtersets import LocalConfigContextFilterForm
from netbox.forms import NetBoxModelBulkEditForm, NetBoxModelFilterSetForm, NetBoxModelForm, NetBoxModelImportForm
from netbox.forms.mixins import OwnerFilterMixin, OwnerMixin
from users.models import Owner
from utilities.exceptions import AbortRequest
from utilities.forms.fields import CSVModelChoiceField, CSVModelMultipleChoiceField, JSONField, TagFilterField
from utilities.forms.rendering import FieldSet
from utilities.string import title

from ..dynamic_models.per_class import per_class
from ..field_types import FormMode
from .field_hooks import FieldHooksBulkEditMixin, FieldHooksFormMixin
from .lookups import NaturalKeyModelChoiceField, NaturalKeyModelMultipleChoiceField

__all__ = (
    'CustomObjectBulkEditForm',
    'CustomObjectFilterForm',
    'CustomObjectForm',
    'CustomObjectImportForm',
    'get_bulk_edit_form_class',
    'get_filter_form_class',
    'get_import_form_class',
    'get_model_form_class',
)


HIDDEN = CustomFieldUIEditableChoices.HIDDEN
READ_ONLY = CustomFieldUIEditableChoices.NO
# The form prefix of NetBox's quick-add modal (ObjectEditView).
QUICK_ADD_PREFIX = 'quickadd'


def _ordered_fields(model, exclude_editable=()):
    fields = (f for f in model._snapshot.fields if f.ui_editable not in exclude_editable)
    return sorted(fields, key=lambda f: (f.group_name, f.weight, f.name))


def _form_fields(model, mode, exclude_editable):
    """({form field name: form field}, {group name: [form field names]}, ((field, (form field names, ...)), ...))
    for the model's fields in `mode`."""
    form_fields, groups, per_field = {}, {}, []
    for field in _ordered_fields(model, exclude_editable):
        built = field.field_type.form_fields(field, mode, model)
        form_fields.update(built)
        groups.setdefault(field.group_name, []).extend(built)
        per_field.append((field, tuple(built)))
    return form_fields, groups, tuple(per_field)


def _fieldsets(model, groups, first_extra=()):
    """The ungrouped fields (plus `first_extra`) under the type's name, then one section per group."""
    fieldsets = [FieldSet(*groups.get('', ()), *first_extra, name=title(model._meta.verbose_name))]
    fieldsets.extend(FieldSet(*names, name=group) for group, names in groups.items() if group)
    return tuple(fieldsets)


#
# Edit
#

class CustomObjectForm(FieldHooksFormMixin, OwnerMixin, NetBoxModelForm):
    """Base of the generated edit forms."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.prefix == QUICK_ADD_PREFIX:
            # NetBox's quick-add modal cannot open another one (nested quick add is not supported).
            for form_field in self.fields.values():
                if getattr(form_field, 'quick_add', False):
                    form_field.quick_add = False

    def save(self, commit=True):
        creating = self.instance.pk is None
        try:
            instance = super().save(commit=commit)
        except DataError as e:
            # A value the form took that the database refuses: while a background job converts a field's column to
            # another type (field_conversion.py), a value the new type cannot hold. NetBox's edit view shows an
            # AbortRequest as a message and rolls the save back (anything else would be a 500).
            raise AbortRequest(_('The database cannot store a value of this form: a field may be changing type in a '
                                 'background job. Check the values.')) from e
        if commit and creating:
            self._apply_hidden_many_defaults(instance)
        return instance

    def _apply_hidden_many_defaults(self, instance):
        # A hidden multi-value field is not on the form, yet its default still applies to new objects.
        for field in instance._snapshot.fields:
            if field.ui_editable == HIDDEN and field.field_type.many and field.default:
                getattr(instance, field.name).set(field.default)


def get_model_form_class(model):
    return per_class(model, '_nco_edit_form', _build_model_form)


def _build_model_form(model):
    form_fields, groups, hook_fields = _form_fields(model, FormMode.EDIT, exclude_editable=(HIDDEN,))
    fieldsets = _fieldsets(model, groups, first_extra=('tags',))
    if model._snapshot.config_context_enabled:
        # As on NetBox's device form: local data that takes precedence over the config contexts.
        form_fields['local_context_data'] = JSONField(required=False, label='')
        fieldsets += (FieldSet('local_context_data', name=_('Local Config Context Data')),)
    meta = type('Meta', (), {'model': model, 'fields': (*form_fields, 'owner', 'tags')})
    attrs = {'Meta': meta, 'fieldsets': fieldsets, 'hook_fields': hook_fields, **form_fields}
    return type(f'{model.__name__}Form', (CustomObjectForm,), attrs)


#
# Bulk edit
#

class CustomObjectBulkEditForm(FieldHooksBulkEditMixin, OwnerMixin, NetBoxModelBulkEditForm):
    """Base of the generated bulk edit forms: every field optional."""


def get_bulk_edit_form_class(model):
    return per_class(model, '_nco_bulk_edit_form', _build_bulk_edit_form)


def _build_bulk_edit_form(model):
    form_fields, groups, hook_fields = _form_fields(model, FormMode.BULK_EDIT, exclude_editable=(HIDDEN, READ_ONLY))
    # "Set null" is offered for every optional field (upstream #621); required fields keep their value.
    nullable = tuple(name for field, names in hook_fields if not field.required for name in names)
    attrs = {
        'model': model,
        'fieldsets': _fieldsets(model, groups),
        'nullable_fields': nullable,
        'hook_fields': hook_fields,
        **form_fields,
    }
    return type(f'{model.__name__}BulkEditForm', (CustomObjectBulkEditForm,), attrs)


#
# Import
#

class CustomObjectImportForm(NetBoxModelImportForm):
    """Base of the generated import forms (CSV, JSON and YAML)."""
    owner = CSVModelChoiceField(
        queryset=Owner.objects.all(), required=False, to_field_name='name', help_text=_("Name of the object's owner"),
    )


def get_import_form_class(model):
    return per_class(model, '_nco_import_form', _build_import_form)


def _build_import_form(model):
    form_fields, _groups, _hooks = _form_fields(model, FormMode.IMPORT, exclude_editable=(HIDDEN, READ_ONLY))
    form_fields = {name: _with_natural_keys(form_field) for name, form_field in form_fields.items()}
    meta = type('Meta', (), {'model': model, 'fields': (*form_fields, 'owner', 'tags')})
    return type(f'{model.__name__}ImportForm', (CustomObjectImportForm,), {'Meta': meta, **form_fields})


def _with_natural_keys(form_field):
    """References in imported data may name their target (name, slug, ...) as well as give its id."""
    if isinstance(form_field, CSVModelMultipleChoiceField):
        return NaturalKeyModelMultipleChoiceField.from_field(form_field)
    if isinstance(form_field, CSVModelChoiceField):
        return NaturalKeyModelChoiceField.from_field(form_field)
    return form_field


#
# Filter
#

class CustomObjectFilterForm(OwnerFilterMixin, NetBoxModelFilterSetForm):
    """Base of the generated filter forms: quick search, saved filters, tags and owner."""


def get_filter_form_class(model):
    return per_class(model, '_nco_filter_form', _build_filter_form)


def _build_filter_form(model):
    form_fields, groups, _hooks = _form_fields(model, FormMode.FILTER, exclude_editable=())
    for form_field in form_fields.values():
        form_field.required = False
    fieldsets = (
        FieldSet('q', 'filter_id', 'tag'),
        *(FieldSet(*names, name=group or _('Attributes')) for group, names in groups.items() if names),
        FieldSet('owner_group_id', 'owner_id', name=_('Ownership')),
    )
    bases = (CustomObjectFilterForm,)
    if model._snapshot.config_context_enabled:
        bases += (LocalConfigContextFilterForm,)
        fieldsets = (*fieldsets[:-1], FieldSet('local_context_data', name=_('Config Context')), fieldsets[-1])
    attrs = {'model': model, 'fieldsets': fieldsets, 'tag': TagFilterField(model), **form_fields}
    return type(f'{model.__name__}FilterForm', bases, attrs)
