"""Views of custom objects: NetBox's generic views, bound per request to the type named in the URL.

Every type shares one view per action; `CustomObjectViewMixin` reads the `custom_object_type` slug, fetches the
type's current model class and hands the generic view the queryset, form, table and filterset built for that class
(cached per class by `forms.dynamic`, `tables.dynamic` and `filtersets.dynamic`).
"""


from extras.ui.panels import ImageAttachmentsPanel
from netbox.ui import layout
from netbox.views import generic

from ..filtersets import get_filterset_class
from ..forms.dynamic import (
    get_bulk_edit_form_class,
    get_filter_form_class,
    get_import_form_class,
    get_model_form_class,
)
from ..forms.field_hooks import apply_bulk_edit_hooks, nullify_plan
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
    """Single-value fields and tags on the left, one card per multi-value field on the right (then NetBox's Images
    panel, for a type with image attachments). The fields panel is
    titled as NetBox titles an object's main panel (its type's display name, words capitalized, the rest kept)."""
    many = [field for field in visible_fields(model) if field.field_type.many]
    images = [ImageAttachmentsPanel()] if model._snapshot.has_feature('image_attachments_enabled') else []
    return layout.SimpleLayout(
        left_panels=[CustomObjectFieldsPanel(), CustomObjectTagsPanel()],
        right_panels=[*(MultiObjectFieldPanel(field) for field in many), *images],
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
        # Form fields one field shows together (coordinates) are nulled together; fields whose form fields are not
        # model attributes (polymorphic pickers) are nulled by their field type's hooks, not by NetBox.
        nullified = set(request.POST.getlist('_nullify'))
        kept, self.nulled_by_hooks = nullify_plan(self.form, nullified)
        if kept != nullified:
            request.POST = request.POST.copy()
            request.POST.setlist('_nullify', sorted(kept))
        return super().post(request, **kwargs)

    def pre_save_operations(self, form, obj):
        super().pre_save_operations(form, obj)
        apply_bulk_edit_hooks(form, obj, self.nulled_by_hooks, 'clean')

    def post_save_operations(self, form, obj):
        super().post_save_operations(form, obj)
        apply_bulk_edit_hooks(form, obj, self.nulled_by_hooks, 'save')


class CustomObjectBulkDeleteView(CustomObjectViewMixin, generic.BulkDeleteView):

    def bind(self, model):
        super().bind(model)
        self.table = get_table_class(model)
        self.filterset = get_filterset_class(model)

