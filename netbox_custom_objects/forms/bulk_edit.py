"""Bulk edit forms of the definition rows."""

from django import forms
from django.utils.translation import gettext_lazy as _

from netbox.forms import NetBoxModelBulkEditForm
from utilities.forms.fields import CommentField
from utilities.forms.rendering import FieldSet

from ..models import CustomObjectType

__all__ = (
    'CustomObjectTypeBulkEditForm',
)


class CustomObjectTypeBulkEditForm(NetBoxModelBulkEditForm):
    description = forms.CharField(label=_('Description'), max_length=200, required=False)
    group_name = forms.CharField(label=_('Group name'), max_length=100, required=False)
    comments = CommentField()

    model = CustomObjectType
    fieldsets = (
        FieldSet('description', 'group_name'),
    )
    nullable_fields = ('description', 'group_name', 'comments')
