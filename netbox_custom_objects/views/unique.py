"""Views of the unique constraints of types: list, detail, add, edit, delete (also listed on the type's page)."""

from netbox.object_actions import AddObject, BulkDelete, BulkExport
from netbox.ui import layout
from netbox.views import generic
from utilities.views import register_model_view

from ..filtersets import CustomObjectTypeUniqueConstraintFilterSet
from ..forms import CustomObjectTypeUniqueConstraintForm
from ..models import CustomObjectTypeUniqueConstraint
from ..tables import CustomObjectTypeUniqueConstraintTable
from ..ui.unique_panels import UniqueConstraintPanel

__all__ = (
    'UniqueConstraintBulkDeleteView',
    'UniqueConstraintDeleteView',
    'UniqueConstraintEditView',
    'UniqueConstraintListView',
    'UniqueConstraintView',
)

_constraints = CustomObjectTypeUniqueConstraint.objects.select_related(
    'custom_object_type', 'condition_field').prefetch_related('custom_object_type__fields')


@register_model_view(CustomObjectTypeUniqueConstraint, 'list', path='', detail=False)
class UniqueConstraintListView(generic.ObjectListView):
    queryset = _constraints
    filterset = CustomObjectTypeUniqueConstraintFilterSet
    table = CustomObjectTypeUniqueConstraintTable
    actions = (AddObject, BulkExport, BulkDelete)  # (no import or bulk edit: constraints are defined one by one)


@register_model_view(CustomObjectTypeUniqueConstraint)
class UniqueConstraintView(generic.ObjectView):
    queryset = _constraints
    template_name = 'generic/object.html'
    layout = layout.SimpleLayout(left_panels=[UniqueConstraintPanel()])


@register_model_view(CustomObjectTypeUniqueConstraint, 'add', detail=False)
@register_model_view(CustomObjectTypeUniqueConstraint, 'edit')
class UniqueConstraintEditView(generic.ObjectEditView):
    queryset = _constraints
    form = CustomObjectTypeUniqueConstraintForm


@register_model_view(CustomObjectTypeUniqueConstraint, 'delete')
class UniqueConstraintDeleteView(generic.ObjectDeleteView):
    queryset = _constraints


@register_model_view(CustomObjectTypeUniqueConstraint, 'bulk_delete', path='delete', detail=False)
class UniqueConstraintBulkDeleteView(generic.BulkDeleteView):
    queryset = _constraints
    filterset = CustomObjectTypeUniqueConstraintFilterSet
    table = CustomObjectTypeUniqueConstraintTable
