"""Views of custom object types: list, detail, edit, delete, bulk operations and the Fields tab."""

from django.db.models import Count
from django.db.models.deletion import ProtectedError
from django.utils.translation import gettext_lazy as _

from extras.ui.panels import CustomFieldsPanel, TagsPanel
from netbox.models.deletion import CountOnly
from netbox.ui import layout
from netbox.ui.panels import CommentsPanel
from netbox.views import generic
from utilities.views import ViewTab, register_model_view

from ..filtersets import CustomObjectTypeFieldFilterSet, CustomObjectTypeFilterSet
from ..forms import (
    CustomObjectTypeBulkEditForm,
    CustomObjectTypeFilterForm,
    CustomObjectTypeForm,
    CustomObjectTypeImportForm,
)
from ..models import CustomObjectType, CustomObjectTypeField
from ..tables import CustomObjectTypeFieldTable, CustomObjectTypeTable
from ..ui.panels import CustomObjectTypeFieldsPanel, CustomObjectTypePanel, last_activity
from ..ui.unique_panels import TypeUniqueConstraintsPanel
from .counts import viewable_count
from .deletion import DeleteWarningMixin

__all__ = (
    'CustomObjectTypeBulkDeleteView',
    'CustomObjectTypeBulkEditView',
    'CustomObjectTypeBulkImportView',
    'CustomObjectTypeDeleteView',
    'CustomObjectTypeEditView',
    'CustomObjectTypeFieldsView',
    'CustomObjectTypeListView',
    'CustomObjectTypeView',
)

# The delete confirmation lists the objects that go with a type, up to this many (beyond it, only their count).
DEPENDENT_OBJECTS_SHOWN = 1000


def _types_with_field_count():
    return CustomObjectType.objects.annotate(field_count=Count('fields'))


@register_model_view(CustomObjectType, 'list', path='', detail=False)
class CustomObjectTypeListView(generic.ObjectListView):
    queryset = _types_with_field_count()
    filterset = CustomObjectTypeFilterSet
    filterset_form = CustomObjectTypeFilterForm
    table = CustomObjectTypeTable


@register_model_view(CustomObjectType)
class CustomObjectTypeView(generic.ObjectView):
    queryset = CustomObjectType.objects.all()
    template_name = 'netbox_custom_objects/customobjecttype.html'
    layout = layout.SimpleLayout(
        left_panels=[
            CustomObjectTypePanel(),
            CustomFieldsPanel(),
            TagsPanel(),
            CommentsPanel(),
        ],
        right_panels=[
            CustomObjectTypeFieldsPanel(),
            TypeUniqueConstraintsPanel(),
        ],
    )

    def get_extra_context(self, request, instance):
        model = instance.get_model()
        instance.object_count = {
            'count': model.objects.restrict(request.user, 'view').count(),
            'url': instance.get_list_url(),
        }
        instance.last_activity = last_activity(instance)
        fields = instance.fields.restrict(request.user, 'view').select_related(
            'choice_set', 'related_object_type',
        ).prefetch_related(
            'related_object_types',
        )
        return {'fields': fields}


@register_model_view(CustomObjectType, 'fields')
class CustomObjectTypeFieldsView(generic.ObjectChildrenView):
    queryset = CustomObjectType.objects.all()
    child_model = CustomObjectTypeField
    table = CustomObjectTypeFieldTable
    filterset = CustomObjectTypeFieldFilterSet
    actions = ()
    tab = ViewTab(
        label=_('Fields'),
        badge=lambda obj: viewable_count(obj.fields.all()),
        permission='netbox_custom_objects.view_customobjecttypefield',
        weight=520,
    )

    def get_children(self, request, parent):
        return parent.fields.restrict(request.user, 'view').select_related(
            'custom_object_type', 'choice_set', 'related_object_type',
        ).prefetch_related('related_object_types')

    def get_extra_context(self, request, instance):
        return {'base_template': 'netbox_custom_objects/customobjecttype.html'}


@register_model_view(CustomObjectType, 'add', detail=False)
@register_model_view(CustomObjectType, 'edit')
class CustomObjectTypeEditView(generic.ObjectEditView):
    queryset = CustomObjectType.objects.all()
    form = CustomObjectTypeForm


@register_model_view(CustomObjectType, 'delete')
class CustomObjectTypeDeleteView(DeleteWarningMixin, generic.ObjectDeleteView):
    """Deleting a type drops its table: the confirmation lists the objects that go with it, and refuses while
    fields of other types refer to it."""
    queryset = CustomObjectType.objects.all()
    warning_template = 'netbox_custom_objects/inc/type_delete_warning.html'

    def get_extra_context(self, request, instance):
        count = instance.get_model().objects.count()
        return {**super().get_extra_context(request, instance), 'object_count': count}

    def _get_dependent_objects(self, obj):
        _refuse_if_referenced(obj)
        dependent_objects = super()._get_dependent_objects(obj)
        model = obj.get_model()
        count = model.objects.count()
        if count:
            objects = model.objects.all()
            dependent_objects[model] = list(objects) if count <= DEPENDENT_OBJECTS_SHOWN else CountOnly(count)
        return dependent_objects


def _refuse_if_referenced(custom_object_type):
    if referencing := custom_object_type.referring_fields():
        raise ProtectedError(_('Fields of other types refer to this type.'), referencing)


@register_model_view(CustomObjectType, 'bulk_import', path='import', detail=False)
class CustomObjectTypeBulkImportView(generic.BulkImportView):
    queryset = CustomObjectType.objects.all()
    model_form = CustomObjectTypeImportForm


@register_model_view(CustomObjectType, 'bulk_edit', path='edit', detail=False)
class CustomObjectTypeBulkEditView(generic.BulkEditView):
    queryset = _types_with_field_count()
    filterset = CustomObjectTypeFilterSet
    table = CustomObjectTypeTable
    form = CustomObjectTypeBulkEditForm


@register_model_view(CustomObjectType, 'bulk_delete', path='delete', detail=False)
class CustomObjectTypeBulkDeleteView(generic.BulkDeleteView):
    queryset = _types_with_field_count()
    filterset = CustomObjectTypeFilterSet
    table = CustomObjectTypeTable
