"""Bulk import (CSV/JSON/YAML) forms of the definition rows."""

from netbox.forms import NetBoxModelImportForm
from utilities.forms.fields import SlugField

from ..models import CustomObjectType
from .type_settings import TypeSettingsFormMixin

__all__ = (
    'CustomObjectTypeImportForm',
)


class CustomObjectTypeImportForm(TypeSettingsFormMixin, NetBoxModelImportForm):
    slug = SlugField()

    class Meta:
        model = CustomObjectType
        fields = (
            'name', 'slug', 'verbose_name', 'verbose_name_plural', 'display_expression', 'group_name', 'version',
            'description', 'config_context_enabled', 'comments', 'tags', 'journal_enabled', 'contacts_enabled',
            'image_attachments_enabled', 'change_logging_enabled', 'menu_name', 'menu_weight',
        )
