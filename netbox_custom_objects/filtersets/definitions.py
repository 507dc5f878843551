"""FilterSets of the definition rows (REST API and UI lists), NetBox style."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext as _

from core.models import ObjectType
from extras.models import CustomFieldChoiceSet
from netbox.filtersets import ChangeLoggedModelFilterSet, NetBoxModelFilterSet
from utilities.filters import MultiValueNumberFilter

from ..choices import CustomObjectFieldTypeChoices
from ..models import CustomObjectType, CustomObjectTypeField
from .values import CheckedValuesMixin

__all__ = (
    'CustomObjectTypeFieldFilterSet',
    'CustomObjectTypeFilterSet',
)


class CustomObjectTypeFilterSet(CheckedValuesMixin, NetBoxModelFilterSet):

    class Meta:
        model = CustomObjectType
        fields = (
            'id', 'name', 'slug', 'verbose_name', 'verbose_name_plural', 'description', 'version', 'group_name',
            'display_expression', 'config_context_enabled', 'journal_enabled', 'contacts_enabled',
            'image_attachments_enabled', 'change_logging_enabled', 'menu_name', 'menu_weight',
        )

    def search(self, queryset, name, value):
        if not value.strip():
            return queryset
        return queryset.filter(
            Q(name__icontains=value) | Q(slug__icontains=value) | Q(verbose_name__icontains=value)
            | Q(verbose_name_plural__icontains=value) | Q(description__icontains=value)
        )


class CustomObjectTypeFieldFilterSet(CheckedValuesMixin, ChangeLoggedModelFilterSet):
    q = django_filters.CharFilter(method='search', label=_('Search'))
    custom_object_type_id = django_filters.ModelMultipleChoiceFilter(
        queryset=CustomObjectType.objects.all(), label=_('Custom object type (ID)'),
    )
    custom_object_type = django_filters.ModelMultipleChoiceFilter(
        field_name='custom_object_type__slug', queryset=CustomObjectType.objects.all(), to_field_name='slug',
        label=_('Custom object type (slug)'),
    )
    type = django_filters.MultipleChoiceFilter(choices=CustomObjectFieldTypeChoices)
    choice_set_id = django_filters.ModelMultipleChoiceFilter(
        queryset=CustomFieldChoiceSet.objects.all(), label=_('Choice set (ID)'),
    )
    related_object_type_id = django_filters.ModelMultipleChoiceFilter(
        queryset=ObjectType.objects.all(), label=_('Related object type (ID)'),
    )
    related_object_types_id = django_filters.ModelMultipleChoiceFilter(
        field_name='related_object_types', queryset=ObjectType.objects.all(),
        label=_('Related object types of a polymorphic field (ID)'),
    )
    # A number: MultiValueNumberFilter gives the numeric lookups (__gte, __lt, ...) NetBox's number filters have.
    search_weight = MultiValueNumberFilter()

    class Meta:
        model = CustomObjectTypeField
        fields = (
            'id', 'name', 'label', 'description', 'group_name', 'primary', 'context', 'required', 'unique', 'weight',
            'search_weight', 'filter_logic', 'ui_visible', 'ui_editable', 'is_cloneable', 'is_polymorphic',
            'related_name', 'on_delete_behavior', 'schema_id', 'deprecated', 'validation_minimum',
            'validation_maximum', 'validation_regex', 'deprecated_since', 'scheduled_removal',
        )

    def search(self, queryset, name, value):
        if not value.strip():
            return queryset
        return queryset.filter(
            Q(name__icontains=value) | Q(label__icontains=value) | Q(description__icontains=value)
        )
