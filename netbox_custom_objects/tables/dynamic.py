"""The table of a generated model, composed from its field types' columns; one class per model class, kept on it
(dynamic_models/per_class.py)."""

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from extras.choices import CustomFieldUIVisibleChoices
from netbox.tables import NetBoxTable

from ..dynamic_models.per_class import per_class

__all__ = (
    'CustomObjectTable',
    'CustomObjectTagColumn',
    'get_table_class',
    'visible_fields',
)


class CustomObjectTagColumn(tables.TemplateColumn):
    """Tags linked to the type's own filtered list (NetBox's TagColumn reverses a URL without the type's slug,
    which left upstream's tag links broken, #543)."""
    template_code = """
    {% load helpers %}{% action_url record "list" as list_url %}
    {% for tag in value.all %}
      {% include 'netbox_custom_objects/inc/tag.html' with tag=tag list_url=list_url %}
    {% empty %}
      <span class="text-muted">&mdash;</span>
    {% endfor %}
    """

    def __init__(self):
        super().__init__(orderable=False, template_code=self.template_code, verbose_name=_('Tags'))

    def value(self, value):
        return ','.join(tag.name for tag in value.all())


class CustomObjectTable(NetBoxTable):
    """Base of the generated tables: NetBox's pk/id/actions plus owner, tags and timestamps."""
    owner = tables.Column(linkify=True, verbose_name=_('Owner'))
    tags = CustomObjectTagColumn()

    class Meta(NetBoxTable.Meta):
        pass


def visible_fields(model):
    """The fields of `model` shown in lists and detail pages, in display order."""
    fields = (f for f in model._snapshot.fields if f.ui_visible != CustomFieldUIVisibleChoices.HIDDEN)
    return sorted(fields, key=lambda f: (f.group_name, f.weight, f.name))


def get_table_class(model):
    """The table class of `model` (a generated model class), built once per class."""
    return per_class(model, '_nco_table', _build)


def _build(model):
    field_columns = {}
    for field in visible_fields(model):
        field_columns.update(field.field_type.table_columns(field))
    meta = type('Meta', (CustomObjectTable.Meta,), {
        'model': model,
        'fields': ('pk', 'id', *field_columns, 'owner', 'tags', 'created', 'last_updated', 'actions'),
        'default_columns': ('pk', 'id', *field_columns, 'tags'),
    })
    return type(f'{model.__name__}Table', (CustomObjectTable,), {'Meta': meta, **field_columns})
