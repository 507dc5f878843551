"""Views of the fields of a custom object type: add, edit and delete (their list is the type's Fields tab)."""

from django.db.models import Q
from django.shortcuts import render

from netbox.views import generic
from utilities.forms import DeleteForm
from utilities.htmx import htmx_partial
from utilities.views import get_action_url, register_model_view

from ..forms import CustomObjectTypeFieldForm
from ..models import CustomObjectTypeField

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
class CustomObjectTypeFieldDeleteView(generic.ObjectDeleteView):
    """The confirmation says how many objects hold a value: deleting a field drops its column."""
    queryset = CustomObjectTypeField.objects.select_related('custom_object_type')
    template_name = 'netbox_custom_objects/customobjecttypefield_delete.html'

    def get_extra_context(self, request, instance):
        return {'value_count': objects_holding_a_value(instance)}

    def get(self, request, *args, **kwargs):
        if not htmx_partial(request):
            return super().get(request, *args, **kwargs)
        obj = self.get_object(**kwargs)
        return render(request, 'netbox_custom_objects/htmx/field_delete_form.html', {
            'object': obj,
            'object_type': self.queryset.model._meta.verbose_name,
            'form': DeleteForm(instance=obj, initial=request.GET),
            'form_url': get_action_url(self.queryset.model, action='delete', kwargs={'pk': obj.pk}),
            'dependent_objects': self._get_dependent_objects(obj),
            **self.get_extra_context(request, obj),
        })
