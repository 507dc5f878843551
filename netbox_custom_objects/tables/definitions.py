"""Tables of the definition rows: custom object types and their fields (NetBox style, declarative)."""

import django_tables2 as tables
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from netbox.tables import NetBoxTable, columns
from utilities.object_types import object_type_identifier, object_type_name
from utilities.templatetags.builtins.filters import placeholder

from ..models import CustomObjectType, CustomObjectTypeField

__all__ = (
    'CustomObjectTypeFieldTable',
    'CustomObjectTypeTable',
    'RelatedObjectTypesColumn',
    'related_object_type_names',
    'related_object_types',
)


def related_object_types(field):
    """The object types a field (row) refers to: its target, or the targets of a polymorphic field, ordered as its
    pickers are (by app label and model). Reads `related_object_types` through a prefetch when there is one."""
    if field.is_polymorphic:
        return sorted(field.related_object_types.all(), key=lambda ot: (ot.app_label, ot.model))
    return [field.related_object_type] if field.related_object_type_id else []


def related_object_type_names(field):
    """The names of a field's targets as NetBox's object type columns show them ("Site", "DHCP Scope")."""
    return [object_type_name(object_type, include_app=False) for object_type in related_object_types(field)]


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
    journal_enabled = columns.BooleanColumn(verbose_name=_('Journal'))
    contacts_enabled = columns.BooleanColumn(verbose_name=_('Contacts'))
    image_attachments_enabled = columns.BooleanColumn(verbose_name=_('Image Attachments'))
    change_logging_enabled = columns.BooleanColumn(verbose_name=_('Change Logging'))
    menu_name = tables.Column(verbose_name=_('Menu'))
    menu_weight = tables.Column(verbose_name=_('Menu Weight'))
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
            'journal_enabled', 'contacts_enabled', 'image_attachments_enabled', 'change_logging_enabled', 'menu_name',
            'menu_weight',
        )
        default_columns = ('pk', 'id', 'name', 'created', 'last_updated')


class RelatedObjectTypesColumn(tables.Column):
    """The target of an object field, or the targets of a polymorphic one (which has no `related_object_type`)."""

    def __init__(self, **kwargs):
        # Rendered for every row, also when `related_object_type` is empty (polymorphic fields).
        super().__init__(empty_values=(), **kwargs)

    def render(self, record):
        return placeholder(', '.join(related_object_type_names(record)))

    def value(self, record):
        return ','.join(object_type_identifier(object_type) for object_type in related_object_types(record))


class CustomObjectTypeFieldTable(NetBoxTable):
    name = tables.Column(
        verbose_name=_('Name'),
        linkify=lambda record: reverse('plugins:netbox_custom_objects:customobjecttypefield_edit', args=[record.pk]),
    )
    label = tables.Column(verbose_name=_('Label'))
    type = columns.ChoiceFieldColumn(verbose_name=_('Type'))
    custom_object_type = tables.Column(verbose_name=_('Custom Object Type'), linkify=True)
    related_object_type = RelatedObjectTypesColumn(verbose_name=_('Related Object Type'))
    choice_set = tables.Column(verbose_name=_('Choice Set'), linkify=True)
    group_name = tables.Column(verbose_name=_('Group Name'))
    primary = columns.BooleanColumn(verbose_name=_('Primary'), false_mark=None)
    context = columns.BooleanColumn(verbose_name=_('Context'), false_mark=None)
    required = columns.BooleanColumn(verbose_name=_('Required'), false_mark=None)
    unique = columns.BooleanColumn(verbose_name=_('Must Be Unique'), false_mark=None)
    is_cloneable = columns.BooleanColumn(verbose_name=_('Is Cloneable'), false_mark=None)
    search_weight = tables.Column(verbose_name=_('Search Weight'))
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
