"""Views of the fields of a custom object type: add, edit and delete (their list is the type's Fields tab)."""

from django.db.models import Q

from netbox.views import generic
from utilities.views import register_model_view

from ..forms import CustomObjectTypeFieldForm
from ..models import CustomObjectTypeField
from ..models.constraints import refuse_deletion_if_constrained
from .deletion import DeleteWarningMixin

__all__ = (
    'CustomObjectTypeFieldDeleteView',
    'CustomObjectTypeFieldEditView',
    'objects_holding_a_value',
)


def objects_holding_a_value(field):
    """How many objects hold a value in `field` (a row): what deleting the field (its column) throws away."""
    model = field.custom_object_type.get_model()
    snapshot = model._snapshot.field_named(field.name)
    if snapshot is None:
        return 0
    condition = Q()
    for attribute in snapshot.field_type.value_attributes(snapshot):
        condition |= Q(**{f'{attribute}__isnull': False})
    return model.objects.filter(condition).distinct().count()


@register_model_view(CustomObjectTypeField, 'add', detail=False)
@register_model_view(CustomObjectTypeField, 'edit')
class CustomObjectTypeFieldEditView(generic.ObjectEditView):
    queryset = CustomObjectTypeField.objects.select_related('custom_object_type')
    form = CustomObjectTypeFieldForm


@register_model_view(CustomObjectTypeField, 'delete')
class CustomObjectTypeFieldDeleteView(DeleteWarningMixin, generic.ObjectDeleteView):
    """The confirmation says how many objects hold a value: deleting a field drops its column."""
    queryset = CustomObjectTypeField.objects.select_related('custom_object_type')
    warning_template = 'netbox_custom_objects/inc/field_delete_warning.html'

    def get_extra_context(self, request, instance):
        return {**super().get_extra_context(request, instance), 'value_count': objects_holding_a_value(instance)}

    def _get_dependent_objects(self, obj):
        refuse_deletion_if_constrained(obj)
        return super()._get_dependent_objects(obj)
