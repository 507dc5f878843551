"""Tables of the definition rows: custom object types and their fields (NetBox style, declarative)."""

import django_tables2 as tables
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from netbox.tables import NetBoxTable, columns

from ..models import CustomObjectType, CustomObjectTypeField

__all__ = (
    'CustomObjectTypeFieldTable',
    'CustomObjectTypeTable',
)


class CustomObjectTypeTable(NetBoxTable):
    name = tables.Column(verbose_name=_('Name'), linkify=True)
    verbose_name = tables.Column(verbose_name=_('Display Name'))
    verbose_name_plural = tables.Column(verbose_name=_('Display Name (Plural)'))
    slug = tables.Column(verbose_name=_('Slug'))
    group_name = tables.Column(verbose_name=_('Group Name'))
    version = tables.Column(verbose_name=_('Version'))
    description = columns.MarkdownColumn(verbose_name=_('Description'))
    comments = columns.MarkdownColumn(verbose_name=_('Comments'))
    config_context_enabled = columns.BooleanColumn(verbose_name=_('Config Context'), false_mark=None)
    field_count = tables.Column(
        verbose_name=_('Fields'),
        linkify=lambda record: reverse('plugins:netbox_custom_objects:customobjecttype_fields', args=[record.pk]),
    )
    tags = columns.TagColumn(url_name='plugins:netbox_custom_objects:customobjecttype_list')

    class Meta(NetBoxTable.Meta):
        model = CustomObjectType
        fields = (
            'pk', 'id', 'name', 'verbose_name', 'verbose_name_plural', 'slug', 'group_name', 'version',
            'description', 'comments', 'config_context_enabled', 'field_count', 'tags', 'created', 'last_updated',
        )
        default_columns = ('pk', 'id', 'name', 'created', 'last_updated')


class CustomObjectTypeFieldTable(NetBoxTable):
    name = tables.Column(
        verbose_name=_('Name'),
        linkify=lambda record: reverse('plugins:netbox_custom_objects:customobjecttypefield_edit', args=[record.pk]),
    )
    label = tables.Column(verbose_name=_('Label'))
    type = columns.ChoiceFieldColumn(verbose_name=_('Type'))
    custom_object_type = tables.Column(verbose_name=_('Custom Object Type'), linkify=True)
    related_object_type = columns.ContentTypeColumn(verbose_name=_('Related Object Type'))
    choice_set = tables.Column(verbose_name=_('Choice Set'), linkify=True)
    group_name = tables.Column(verbose_name=_('Group Name'))
    primary = columns.BooleanColumn(verbose_name=_('Primary'), false_mark=None)
    context = columns.BooleanColumn(verbose_name=_('Context'), false_mark=None)
    required = columns.BooleanColumn(verbose_name=_('Required'), false_mark=None)
    unique = columns.BooleanColumn(verbose_name=_('Must Be Unique'), false_mark=None)
    is_cloneable = columns.BooleanColumn(verbose_name=_('Is Cloneable'), false_mark=None)
    search_weight = columns.ChoiceFieldColumn(verbose_name=_('Search Weight'))
    filter_logic = columns.ChoiceFieldColumn(verbose_name=_('Filter Logic'))
    ui_visible = columns.ChoiceFieldColumn(verbose_name=_('Visible'))
    ui_editable = columns.ChoiceFieldColumn(verbose_name=_('Editable'))
    description = columns.MarkdownColumn(verbose_name=_('Description'))
    related_name = tables.Column(verbose_name=_('Related Name'))
    on_delete_behavior = columns.ChoiceFieldColumn(verbose_name=_('On Delete'))
    validation_minimum = tables.Column(verbose_name=_('Minimum Value'))
    validation_maximum = tables.Column(verbose_name=_('Maximum Value'))
    validation_regex = tables.Column(verbose_name=_('Validation Regex'))
    actions = columns.ActionsColumn(actions=('edit', 'delete', 'changelog'))

    class Meta(NetBoxTable.Meta):
        model = CustomObjectTypeField
        fields = (
            'pk', 'id', 'name', 'label', 'type', 'custom_object_type', 'related_object_type', 'choice_set',
            'group_name', 'primary', 'context', 'required', 'unique', 'default', 'weight', 'is_cloneable',
            'search_weight', 'filter_logic', 'ui_visible', 'ui_editable', 'description', 'related_name',
            'on_delete_behavior', 'validation_minimum', 'validation_maximum', 'validation_regex', 'comments',
            'created', 'last_updated',
        )
        default_columns = (
            'name', 'label', 'type', 'related_object_type', 'group_name', 'required', 'unique', 'primary',
            'weight', 'ui_visible', 'description',
        )
