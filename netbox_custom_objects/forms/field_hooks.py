"""The generated forms' calls to the field types' form hooks (`form_initial`, `form_clean`, `form_save`).

A form field named after a model attribute is read and saved by Django and NetBox. The other form fields of a field
(e.g. the per-type pickers of a polymorphic field) are the field type's business: the forms call its hooks, for
every field they show (the base hooks do nothing), and never ask which type a field has.

Bulk edit: an empty form field leaves the stored value alone (BULK_EDIT mode); "set null" on any form field of a
field whose form fields are not its model attributes clears the field through the hooks in EDIT mode with no values.
"""

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError

from ..field_types import FormMode

__all__ = (
    'FieldHooksBulkEditMixin',
    'FieldHooksFormMixin',
    'apply_bulk_edit_hooks',
    'nullify_plan',
)


def _add_errors(form, errors):
    for name, message in errors.items():
        form.add_error(name if name in form.fields else None, message)


class FieldHooksFormMixin:
    """Edit forms (add, edit, clone, quick add): the hooks in EDIT mode."""
    # Set on each generated class: ((field snapshot, (form field names, ...)), ...) of the fields on the form.
    hook_fields = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            for field, _names in self.hook_fields:
                for name, value in field.field_type.form_initial(field, self.instance).items():
                    # Values given in the request (e.g. ?name=... on a link) win, as for every other field.
                    self.initial.setdefault(name, value)

    def clean(self):
        super().clean()  # some of NetBox's form mixins return None
        for field, _names in self.hook_fields:
            _add_errors(self, field.field_type.form_clean(field, self.instance, self.cleaned_data, FormMode.EDIT))
        return self.cleaned_data

    def _update_errors(self, errors):
        # Model validation names a field by its attribute; a field shown as other form fields (polymorphic pickers)
        # gets the message on its first one, anything else unknown to the form on the form itself (never a 500).
        if hasattr(errors, 'error_dict'):
            first_names = {field.name: names[0] for field, names in self.hook_fields if names}
            remapped = {}
            for name, messages in errors.error_dict.items():
                if name != NON_FIELD_ERRORS and name not in self.fields:
                    name = first_names.get(name) if first_names.get(name) in self.fields else NON_FIELD_ERRORS
                remapped.setdefault(name, []).extend(messages)
            errors = ValidationError(remapped)
        super()._update_errors(errors)

    def _save_m2m(self):
        # Runs once the instance is saved, both for save() and for save_m2m() after save(commit=False).
        super()._save_m2m()
        for field, _names in self.hook_fields:
            field.field_type.form_save(field, self.instance, self.cleaned_data, FormMode.EDIT)


class FieldHooksBulkEditMixin:
    """Bulk edit forms: the chosen values are checked against a blank object (nothing is stored here); the view
    applies them to each object through `apply_bulk_edit_hooks`."""
    hook_fields = ()

    def clean(self):
        super().clean()
        probe = self.model()
        for field, _names in self.hook_fields:
            _add_errors(self, field.field_type.form_clean(field, probe, self.cleaned_data, FormMode.BULK_EDIT))
        return self.cleaned_data


def nullify_plan(form_class, nullified):
    """Split the form field names ticked "set null" into (names NetBox's bulk edit nulls itself, names of the fields
    the hooks clear). Form fields that one field shows together are nulled together (e.g. both coordinates)."""
    kept, hooked = set(nullified), set()
    for field, names in form_class.hook_fields:
        if not kept & set(names):
            continue
        if set(names) <= set(field.field_type.value_attributes(field)):
            kept |= set(names)
        else:
            kept -= set(names)
            hooked.add(field.name)
    return kept, hooked


def apply_bulk_edit_hooks(form, obj, hooked, stage):
    """Call the hooks of every field on `form` for `obj`: stage 'clean' before the object is validated and saved,
    'save' after. The fields named in `hooked` are cleared (EDIT mode, no values)."""
    errors = {}
    for field, _names in form.hook_fields:
        mode, data = (FormMode.EDIT, {}) if field.name in hooked else (FormMode.BULK_EDIT, form.cleaned_data)
        if stage == 'clean':
            errors.update(field.field_type.form_clean(field, obj, data, mode))
        else:
            field.field_type.form_save(field, obj, data, mode)
    if errors:
        raise ValidationError([f'{obj}: {message}' for message in errors.values()])
