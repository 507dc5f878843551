"""The "Custom Objects" tab of every object that custom objects refer to (object and multi-object fields, polymorphic
ones included).

One row per (referring object, field), across all types, paginated without loading the referring objects of other
pages (upstream #340: one query per object made pages of widely-referenced objects take seconds); quick search, type
and tag filters and sorting run in the database (linked_rows.py). Rows, the tag choices and the tab's badge are
limited to the types and objects the user may view (upstream #26, #482).
"""

from django.apps import apps
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _
from django.views.generic import View
from django_tables2.data import TableListData

from utilities.paginator import EnhancedPaginator, get_paginate_count
from utilities.permissions import get_permission_for_model
from utilities.views import ViewTab, get_default_template

from ..constants import APP_LABEL
from ..tables.linked import LinkedCustomObjectTable
from .base import CustomObjectViewMixin
from .counts import viewable_count
from .linked_rows import SORT_KEYS, LinkedRows, filter_part, linked_tags

__all__ = (
    'CustomObjectLinkedObjectsView',
    'LinkedCustomObjectsView',
    'referring_fields',
)


def referring_fields(target_model):
    """[(model, field snapshot)] of the object and multi-object fields (polymorphic ones included) that can point at
    `target_model`, read from the generated classes (no query)."""
    label = (target_model._meta.app_label, target_model._meta.model_name)
    found = []
    for model in apps.get_app_config(APP_LABEL).get_models():
        snapshot = getattr(model, '_snapshot', None)
        for field in snapshot.fields if snapshot is not None else ():
            if label in field.field_type.target_labels(field):
                found.append((model, field))
    return sorted(found, key=lambda pair: (pair[0]._meta.verbose_name.lower(), pair[1].name))


def referring(model, field, queryset, instance):
    """The objects of `queryset` whose `field` refers to `instance`."""
    return field.field_type.referring(field, model, queryset, instance)


def linked_count(instance):
    """The tab's badge: the referring objects the requesting user may view (those the tab lists)."""
    return sum(
        viewable_count(referring(model, field, model.objects.all(), instance))
        for model, field in referring_fields(type(instance))
    )


class LinkedCustomObjectsView(LoginRequiredMixin, View):
    """Registered for NetBox's models (URL argument `model`) by `template_content`."""
    base_template = None
    tab = ViewTab(
        label=_('Custom Objects'),
        badge=linked_count,
        weight=8000,
        hide_if_empty=True,
    )

    def get(self, request, model, **kwargs):
        instance = get_object_or_404(model.objects.restrict(request.user, 'view'), **kwargs)
        return render_linked_objects(request, instance, self.base_template or get_default_template(model), self.tab)


def render_linked_objects(request, instance, base_template, tab):
    """The tab's page: quick search (`q`), type (`type`: a type's slug) and tag (`tag`: slugs) filters, sorting
    (`sort`: type, object or field, `-` in front for descending) and pagination, as NetBox's object lists."""
    pairs = [
        (model, field) for model, field in referring_fields(type(instance))
        if request.user.has_perm(get_permission_for_model(model, 'view'))
    ]
    parts = [
        (model, field, referring(model, field, model.objects.restrict(request.user, 'view'), instance))
        for model, field in pairs
    ]
    types = {model._snapshot.slug: model._meta.verbose_name for model, field in pairs}
    tags = linked_tags(parts)
    text, chosen_type, chosen_tags = request.GET.get('q', '').strip(), request.GET.get('type', ''), \
        request.GET.getlist('tag')
    if chosen_type:
        # (a type's slug, as upstream; the model name `table<id>model` is still understood)
        parts = [part for part in parts if chosen_type in (part[0]._snapshot.slug, part[0]._meta.model_name)]
    parts = [(model, field, filter_part(model, field, queryset, text, chosen_tags))
             for model, field, queryset in parts]
    sort = request.GET.get('sort', '')
    rows = LinkedRows(parts, sort=sort if sort.removeprefix('-') in SORT_KEYS else '')
    # Handed over as table data as it is: django-tables2 would make a list of any other sequence (every row); the
    # rows come sorted already (UnsortedData only reports the order to the column headers).
    table = LinkedCustomObjectTable(UnsortedData(rows), order_by=rows.order_by)
    table.paginate(
        paginator_class=EnhancedPaginator, page=request.GET.get('page', 1), per_page=get_paginate_count(request),
    )
    return render(request, 'netbox_custom_objects/linked_objects.html', {
        'object': instance,
        'table': table,
        'types': sorted(types.items(), key=lambda item: str(item[1]).lower()),
        'tags': tags,
        'chosen_type': chosen_type,
        'chosen_tags': chosen_tags,
        'q': text,
        'base_template': base_template,
        'tab': tab,
    })


class UnsortedData(TableListData):
    """Rows that come sorted (LinkedRows sorts in the database); django-tables2 would sort the rows in memory."""

    def order_by(self, aliases):
        pass


class CustomObjectLinkedObjectsView(CustomObjectViewMixin, View):
    """The same tab on the pages of custom objects (other types, or the same one, may refer to them)."""
    tab = LinkedCustomObjectsView.tab

    def get(self, request, pk):
        instance = get_object_or_404(self.queryset.restrict(request.user, 'view'), pk=pk)
        return render_linked_objects(request, instance, 'netbox_custom_objects/customobject.html', self.tab)

