"""Filter forms of the definition-row lists."""

from django import forms
from django.utils.translation import gettext_lazy as _

from netbox.forms import NetBoxModelFilterSetForm
from utilities.forms import BOOLEAN_WITH_BLANK_CHOICES
from utilities.forms.fields import TagFilterField
from utilities.forms.rendering import FieldSet

from ..models import CustomObjectType

__all__ = (
    'CustomObjectTypeFilterForm',
)


class CustomObjectTypeFilterForm(NetBoxModelFilterSetForm):
    model = CustomObjectType
    fieldsets = (
        FieldSet('q', 'filter_id', 'tag'),
        FieldSet('name', 'slug', 'group_name', 'version', 'config_context_enabled', name=_('Attributes')),
    )
    name = forms.CharField(label=_('Name'), required=False)
    slug = forms.CharField(label=_('Slug'), required=False)
    group_name = forms.CharField(label=_('Group name'), required=False)
    version = forms.CharField(label=_('Version'), required=False)
    config_context_enabled = forms.NullBooleanField(
        label=_('Config context'), required=False, widget=forms.Select(choices=BOOLEAN_WITH_BLANK_CHOICES),
    )
    tag = TagFilterField(model)
