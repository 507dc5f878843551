"""The table of unique constraints (their list page and the panel on a type's page)."""

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from netbox.tables import NetBoxTable, columns

from ..models import CustomObjectTypeUniqueConstraint

__all__ = (
    'CustomObjectTypeUniqueConstraintTable',
)


class CustomObjectTypeUniqueConstraintTable(NetBoxTable):
    name = tables.Column(verbose_name=_('Name'), linkify=True)
    custom_object_type = tables.Column(verbose_name=_('Custom Object Type'), linkify=True)
    fields_display = tables.Column(verbose_name=_('Fields'), orderable=False)
    case_insensitive = columns.BooleanColumn(verbose_name=_('Case-insensitive'), false_mark=None)
    condition_display = tables.Column(verbose_name=_('Condition'), orderable=False)
    description = columns.MarkdownColumn(verbose_name=_('Description'))
    actions = columns.ActionsColumn(actions=('edit', 'delete', 'changelog'))

    class Meta(NetBoxTable.Meta):
        model = CustomObjectTypeUniqueConstraint
        fields = (
            'pk', 'id', 'name', 'custom_object_type', 'fields_display', 'case_insensitive', 'condition_display',
            'description', 'created', 'last_updated',
        )
        default_columns = ('name', 'custom_object_type', 'fields_display', 'case_insensitive', 'condition_display')
