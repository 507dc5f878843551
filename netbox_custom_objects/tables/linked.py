"""The table of the "Custom Objects" tab: custom objects of any type that refer to one object."""

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

__all__ = (
    'LinkedCustomObjectTable',
)


class LinkedCustomObjectTable(tables.Table):
    """Rows are dicts (type, object, field): the objects come from several models."""
    type = tables.Column(verbose_name=_('Type'))
    object = tables.Column(verbose_name=_('Object'), linkify=True)
    field = tables.Column(verbose_name=_('Field'))

    class Meta:
        attrs = {'class': 'table table-hover object-list'}
        empty_text = _('No custom objects refer to this object')
