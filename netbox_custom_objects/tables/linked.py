"""The table of the "Custom Objects" tab: custom objects of any type that refer to one object."""

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from netbox.tables import columns

__all__ = (
    'LinkedCustomObjectTable',
)


class LinkedCustomObjectTable(tables.Table):
    """Rows are dicts (type, object, field, tags): the objects come from several models. Sorted by NetBox's `sort`
    parameter; the rows come sorted (views/linked_rows.py), the columns only link to the orders."""
    type = tables.Column(verbose_name=_('Type'))
    object = tables.Column(verbose_name=_('Object'), linkify=True)
    field = tables.Column(verbose_name=_('Field'))
    tags = columns.TagColumn()

    class Meta:
        attrs = {'class': 'table table-hover object-list'}
        empty_text = _('No custom objects refer to this object')
        order_by_field = 'sort'
