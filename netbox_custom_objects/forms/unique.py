"""The edit form of a type's unique constraint: fields picked among the type's own."""

import json

from django import forms
from django.utils.translation import gettext_lazy as _

from netbox.forms.mixins import ChangelogMessageMixin
from utilities.forms.fields import DynamicModelChoiceField, DynamicModelMultipleChoiceField
from utilities.forms.rendering import FieldSet

from ..models import CustomObjectType, CustomObjectTypeField, CustomObjectTypeUniqueConstraint

__all__ = (
    'CustomObjectTypeUniqueConstraintForm',
)


class CustomObjectTypeUniqueConstraintForm(ChangelogMessageMixin, forms.ModelForm):
    custom_object_type = DynamicModelChoiceField(
        label=_('Custom object type'), queryset=CustomObjectType.objects.all(),
    )
    key_fields = DynamicModelMultipleChoiceField(
        label=_('Fields'), queryset=CustomObjectTypeField.objects.all(),
        query_params={'custom_object_type_id': '$custom_object_type'},
        help_text=_('Fields whose values, together, no two objects may share.'),
    )
    condition_field = DynamicModelChoiceField(
        label=_('Condition field'), queryset=CustomObjectTypeField.objects.all(), required=False,
        query_params={'custom_object_type_id': '$custom_object_type'},
        help_text=_('Unique only among the objects whose value of this field is the condition value.'),
    )
    condition_value = forms.CharField(
        label=_('Condition value'), required=False,
        help_text=_('The value the condition field must have: a choice value, true/false, a number or text.'),
    )

    fieldsets = (
        FieldSet('custom_object_type', 'name', 'key_fields', 'case_insensitive', 'description',
                 name=_('Unique Constraint')),
        FieldSet('condition_field', 'condition_value', name=_('Condition')),
    )

    class Meta:
        model = CustomObjectTypeUniqueConstraint
        fields = ('custom_object_type', 'name', 'case_insensitive', 'condition_field', 'description')

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial['key_fields'] = list(self.instance.field_ids or ())
            if self.instance.condition_value is not None:
                value = self.instance.condition_value
                self.initial['condition_value'] = value if isinstance(value, str) else json.dumps(value)
            # A constraint stays with its type
            self.fields['custom_object_type'].disabled = True

    def clean_condition_value(self):
        text = self.cleaned_data.get('condition_value')
        if text in (None, ''):
            return None
        try:
            value = json.loads(text)
        except ValueError:
            return text  # plain text (a choice value, a name)
        return value if isinstance(value, (bool, int, float, str)) else text

    def clean(self):
        super().clean()
        # Key order: as the fields were listed
        fields = self.cleaned_data.get('key_fields') or ()
        self.instance.field_ids = [field.pk for field in fields]
        self.instance.condition_value = self.cleaned_data.get('condition_value')
        return self.cleaned_data

    def _get_validation_exclusions(self):
        # field_ids and condition_value are set by clean(): validated with the rest (errors on them are shown on
        # the form fields that set them)
        return super()._get_validation_exclusions() - {'field_ids', 'condition_value'}

    def add_error(self, field, error):
        if isinstance(error, dict) or hasattr(error, 'error_dict'):
            errors = error if isinstance(error, dict) else error.error_dict
            renamed = {'key_fields' if key == 'field_ids' else key: value for key, value in errors.items()}
            return super().add_error(field, renamed)
        return super().add_error('key_fields' if field == 'field_ids' else field, error)
