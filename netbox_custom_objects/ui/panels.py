"""Panels of the detail pages: a custom object type (attributes, field list) and a custom object (its values)."""

from django.utils.translation import gettext_lazy as _

from core.models import ObjectChange
from extras.choices import CustomFieldUIVisibleChoices
from netbox.ui import attrs, panels
from utilities.data import resolve_attr_path

from ..tables.definitions import related_object_type_names
from ..tables.dynamic import visible_fields

__all__ = (
    'CallTextAttr',
    'CustomObjectFieldsPanel',
    'CustomObjectTagsPanel',
    'CustomObjectTypeFieldsPanel',
    'CustomObjectTypePanel',
    'MultiObjectFieldPanel',
    'last_activity',
)


class CallTextAttr(attrs.TextAttr):
    """A text attribute read by calling a method of the object (a name with a default, e.g. `get_verbose_name`)."""

    def get_value(self, obj):
        return getattr(obj, self.accessor)()


class CustomObjectTypePanel(panels.ObjectAttributesPanel):
    """The type's attributes. Its display names are shown as the pages use them: derived from the internal name
    when left blank."""
    title = _('Custom Object Type')

    name = attrs.TextAttr('name', label=_('Internal name'))
    verbose_name = CallTextAttr('get_verbose_name', label=_('Display name'))
    verbose_name_plural = CallTextAttr('get_verbose_name_plural', label=_('Display name (plural)'))
    slug = attrs.TextAttr('slug', label=_('Slug'))
    group_name = attrs.TextAttr('group_name', label=_('Group name'))
    version = attrs.TextAttr('version', label=_('Version'))
    description = attrs.TextAttr('description', label=_('Description'))
    display_expression = attrs.TextAttr('display_expression', label=_('Display expression'), style='font-monospace')
    config_context_enabled = attrs.BooleanAttr('config_context_enabled', label=_('Config context'))
    journal_enabled = attrs.BooleanAttr('journal_enabled', label=_('Journal'))
    contacts_enabled = attrs.BooleanAttr('contacts_enabled', label=_('Contacts'))
    image_attachments_enabled = attrs.BooleanAttr('image_attachments_enabled', label=_('Image attachments'))
    change_logging_enabled = attrs.BooleanAttr('change_logging_enabled', label=_('Change logging'))
    menu_name = attrs.TextAttr('menu_name', label=_('Menu'))
    menu_weight = attrs.NumericAttr('menu_weight', label=_('Menu weight'))
    objects = attrs.TemplatedAttr(
        'object_count', label=_('Objects'), template_name='netbox_custom_objects/attrs/object_count.html',
    )
    last_activity = attrs.DateTimeAttr('last_activity', label=_('Last activity'), spec='minutes')


class CustomObjectTypeFieldsPanel(panels.ObjectPanel):
    """The type's fields by group, with their type, targets (named as the Fields tab names them) and flags, and
    edit/delete links."""
    template_name = 'netbox_custom_objects/panels/type_fields.html'
    title = _('Fields')

    def get_context(self, context):
        ctx = super().get_context(context)
        groups = {}
        for field in context.get('fields', ()):
            groups.setdefault(field.group_name, []).append((field, related_object_type_names(field)))
        return {**ctx, 'field_groups': groups}


class CustomObjectFieldsPanel(panels.ObjectPanel):
    """The object's single-value fields by group, honouring ui_visible (hidden: never; if-set: when set)."""
    template_name = 'netbox_custom_objects/panels/object_fields.html'

    def get_context(self, context):
        ctx = super().get_context(context)
        obj = ctx['object']
        groups = {}
        for field in visible_fields(type(obj)):
            if field.field_type.many:
                continue
            value = field.field_type.instance_value(field, obj)
            if field.ui_visible == CustomFieldUIVisibleChoices.IF_SET and value in (None, '', [], ()):
                continue
            groups.setdefault(field.group_name, []).append((field, field.field_type.render_html(field, value)))
        return {**ctx, 'field_groups': groups, 'object_type_row': context.get('custom_object_type')}


class CustomObjectTagsPanel(panels.ObjectPanel):
    """The object's tags, linked to the type's list filtered by tag."""
    template_name = 'netbox_custom_objects/panels/tags.html'
    title = _('Tags')


class MultiObjectFieldPanel(panels.ObjectPanel):
    """One card per multi-value field (shown on the right of the detail page)."""
    template_name = 'netbox_custom_objects/panels/multi_object_field.html'

    def __init__(self, field, **kwargs):
        super().__init__(title=field.verbose_name, **kwargs)
        self.field = field

    def get_context(self, context):
        ctx = super().get_context(context)
        value = resolve_attr_path(ctx['object'], self.field.name)
        return {**ctx, 'related_objects': list(value.all()) if value is not None else [], 'field': self.field}

    def should_render(self, context):
        if self.field.ui_visible == CustomFieldUIVisibleChoices.IF_SET:
            return bool(context['related_objects'])
        return True


def last_activity(custom_object_type):
    """Time of the latest change to the type or to any of its objects."""
    object_types = [custom_object_type.object_type_id] if custom_object_type.object_type_id else []
    latest = ObjectChange.objects.filter(changed_object_type_id__in=object_types).order_by('-time').first()
    return max(filter(None, (latest.time if latest else None, custom_object_type.last_updated)), default=None)
