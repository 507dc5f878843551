"""Views of custom objects: NetBox's generic views, bound per request to the type named in the URL.

Every type shares one view per action; `CustomObjectViewMixin` reads the `custom_object_type` slug, fetches the
type's current model class and hands the generic view the queryset, form, table and filterset built for that class
(cached per class by `forms.dynamic`, `tables.dynamic` and `filtersets.dynamic`).
"""


from netbox.ui import layout
from netbox.views import generic

from ..filtersets import get_filterset_class
from ..forms.dynamic import (
    coupled_attributes,
    get_bulk_edit_form_class,
    get_filter_form_class,
    get_import_form_class,
    get_model_form_class,
)
from ..tables.dynamic import get_table_class, visible_fields
from ..ui.panels import CustomObjectFieldsPanel, CustomObjectTagsPanel, MultiObjectFieldPanel
from .base import CustomObjectViewMixin

__all__ = (
    'CustomObjectBulkDeleteView',
    'CustomObjectBulkEditView',
    'CustomObjectBulkImportView',
    'CustomObjectDeleteView',
    'CustomObjectEditView',
    'CustomObjectListView',
    'CustomObjectView',
)


class CustomObjectListView(CustomObjectViewMixin, generic.ObjectListView):

    def bind(self, model):
        super().bind(model)
        self.table = get_table_class(model)
        self.filterset = get_filterset_class(model)
        self.filterset_form = get_filter_form_class(model)


class CustomObjectView(CustomObjectViewMixin, generic.ObjectView):
    template_name = 'netbox_custom_objects/customobject.html'

    def bind(self, model):
        super().bind(model)
        self.layout = detail_layout(model)


def detail_layout(model):
    """Single-value fields and tags on the left, one card per multi-value field on the right."""
    many = [field for field in visible_fields(model) if field.field_type.many]
    return layout.SimpleLayout(
        left_panels=[CustomObjectFieldsPanel(title=model._meta.verbose_name.title()), CustomObjectTagsPanel()],
        right_panels=[MultiObjectFieldPanel(field) for field in many],
    )


class CustomObjectEditView(CustomObjectViewMixin, generic.ObjectEditView):

    def bind(self, model):
        super().bind(model)
        self.form = get_model_form_class(model)


class CustomObjectDeleteView(CustomObjectViewMixin, generic.ObjectDeleteView):
    pass


class CustomObjectBulkImportView(CustomObjectViewMixin, generic.BulkImportView):

    def bind(self, model):
        super().bind(model)
        self.model_form = get_import_form_class(model)


class CustomObjectBulkEditView(CustomObjectViewMixin, generic.BulkEditView):

    def bind(self, model):
        super().bind(model)
        self.table = get_table_class(model)
        self.filterset = get_filterset_class(model)
        self.form = get_bulk_edit_form_class(model)

    def post(self, request, **kwargs):
        # Attributes one field stores together (coordinates) are nulled together.
        nullified = set(request.POST.getlist('_nullify'))
        for group in coupled_attributes(self.model):
            if nullified & set(group):
                nullified |= set(group)
        if nullified:
            request.POST = request.POST.copy()
            request.POST.setlist('_nullify', sorted(nullified))
        return super().post(request, **kwargs)


class CustomObjectBulkDeleteView(CustomObjectViewMixin, generic.BulkDeleteView):

    def bind(self, model):
        super().bind(model)
        self.table = get_table_class(model)
        self.filterset = get_filterset_class(model)

