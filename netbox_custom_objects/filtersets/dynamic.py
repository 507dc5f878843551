"""The FilterSet of a generated model, composed from its field types' filters; one class per model class."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext as _

from core.models import ObjectType
from extras.filters import TagFilter, TagIDFilter
from extras.filtersets import LocalConfigContextFilterSet
from extras.models import CachedValue
from netbox.filtersets import ChangeLoggedModelFilterSet
from users.filterset_mixins import OwnerFilterMixin

from ..constants import DISPLAY_SEARCH_FIELD
from ..dynamic_models.per_class import per_class
from .values import CheckedValuesMixin

__all__ = (
    'CustomObjectFilterSet',
    'get_filterset_class',
)

class CustomObjectFilterSet(CheckedValuesMixin, OwnerFilterMixin, ChangeLoggedModelFilterSet):
    """Base of the generated FilterSets: NetBox's id/created/last_updated/owner filters, tags and quick search."""
    q = django_filters.CharFilter(method='search', label=_('Search'))
    tag = TagFilter()
    tag_id = TagIDFilter()

    @classmethod
    def get_additional_lookups(cls, existing_filter_name, existing_filter):
        # The field types declare their lookups themselves (`name__ie`, `count__n`, ...); NetBox would add lookups
        # of those lookups (`name__ie__regex`, `count__n__gt`), which mean nothing.
        if existing_filter_name in cls.declared_filters and '__' in existing_filter_name:
            return {}
        return super().get_additional_lookups(existing_filter_name, existing_filter)

    def search(self, queryset, name, value):
        """Quick search: any field whose type can match the text (upstream: no match possible → empty)."""
        value = value.strip()
        if not value:
            return queryset
        model = self._meta.model
        query = Q()
        for field in model._snapshot.fields:
            if (q := field.field_type.search_q(field, value)) is not None:
                query |= q
        if model._snapshot.display_expression:
            # The name an object shows may come from the objects it refers to: matched in the search cache, where
            # it is kept rendered (search.py, display_search.py), not re-rendered here for every row.
            query |= Q(pk__in=CachedValue.objects.filter(
                object_type=ObjectType.objects.get_for_model(model), field=DISPLAY_SEARCH_FIELD,
                value__icontains=value,
            ).values('object_id'))
        return queryset.filter(query) if query else queryset.none()


def get_filterset_class(model):
    """The FilterSet class of `model` (a generated model class), built once per class and kept on it (a FilterSet
    refers to its model, so a cache keyed by the model would keep replaced classes alive)."""
    return per_class(model, '_nco_filterset', _build)


def _build(model):
    attrs = {
        'Meta': type('Meta', (), {'model': model, 'fields': ('id',)}),
    }
    for field in model._snapshot.fields:
        attrs.update(field.field_type.filters(field, model))
    # Types with config context get NetBox's "has local config context data" filter, as devices have.
    bases = (CustomObjectFilterSet, LocalConfigContextFilterSet) if model._snapshot.config_context_enabled \
        else (CustomObjectFilterSet,)
    return type(f'{model.__name__}FilterSet', bases, attrs)
