"""The features and menu settings of a type in its edit and import forms (models/type_features.py).

Each feature is a Yes/No choice rather than a checkbox: a browser always sends a choice, while a request (or a CSV
row) that leaves a setting out keeps the type's stored value, or the default for a new type. (An unchecked checkbox
is indistinguishable from an absent one, so a minimal form post would switch change logging, journal and contacts
off.)"""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models.type_features import FEATURE_DEFAULTS

__all__ = (
    'TypeSettingsFormMixin',
)

YES_NO = ((True, _('Yes')), (False, _('No')))


class TypeSettingsFormMixin:

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in FEATURE_DEFAULTS:
            if field := self.fields.get(name):
                # (a null-boolean field: Django's ModelForm keeps the default of a value left out only when it
                # cleans to an empty value, which a boolean's False is not)
                self.fields[name] = forms.NullBooleanField(
                    required=False, label=field.label, help_text=field.help_text, widget=forms.Select(choices=YES_NO),
                )
        if 'menu_weight' in self.fields:
            self.fields['menu_weight'].required = False
