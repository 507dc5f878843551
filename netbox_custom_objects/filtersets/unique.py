"""FilterSet of the unique constraints of types (REST API and UI list)."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext as _

from netbox.filtersets import ChangeLoggedModelFilterSet

from ..models import CustomObjectType, CustomObjectTypeUniqueConstraint
from .values import CheckedValuesMixin

__all__ = (
    'CustomObjectTypeUniqueConstraintFilterSet',
)


class CustomObjectTypeUniqueConstraintFilterSet(CheckedValuesMixin, ChangeLoggedModelFilterSet):
    q = django_filters.CharFilter(method='search', label=_('Search'))
    custom_object_type_id = django_filters.ModelMultipleChoiceFilter(
        queryset=CustomObjectType.objects.all(), label=_('Custom object type (ID)'),
    )
    custom_object_type = django_filters.ModelMultipleChoiceFilter(
        field_name='custom_object_type__slug', queryset=CustomObjectType.objects.all(), to_field_name='slug',
        label=_('Custom object type (slug)'),
    )

    class Meta:
        model = CustomObjectTypeUniqueConstraint
        fields = ('id', 'name', 'description', 'case_insensitive', 'condition_field_id')

    def search(self, queryset, name, value):
        if not value.strip():
            return queryset
        return queryset.filter(Q(name__icontains=value) | Q(description__icontains=value))
