"""What every custom object view shares: binding a generic NetBox view to the type named in the URL."""

from django.http import Http404
from django.urls import resolve
from django.utils.translation import gettext as _

from netbox.registry import registry

from ..constants import APP_LABEL, model_name
from ..models import CustomObjectType

__all__ = (
    'CustomObjectViewMixin',
    'object_queryset',
    'register_object_tabs',
)

# The tabs of a custom object (registry name, view path); the order of the strip comes from each view's tab weight.
OBJECT_TABS = (
    ('configcontext', 'netbox_custom_objects.views.tabs.CustomObjectConfigContextView'),
    ('contacts', 'netbox_custom_objects.views.tabs.CustomObjectContactsView'),
    ('custom_objects', 'netbox_custom_objects.views.linked.CustomObjectLinkedObjectsView'),
    ('image-attachments', 'netbox_custom_objects.views.feature_tabs.CustomObjectImageAttachmentsView'),
    ('journal', 'netbox_custom_objects.views.tabs.CustomObjectJournalView'),
    ('changelog', 'netbox_custom_objects.views.tabs.CustomObjectChangeLogView'),
)


def register_object_tabs(model):
    """Make NetBox's tab strip show our tabs on the pages of `model` (idempotent).

    NetBox finds an object's tabs in its view registry under the model's name; it resolves each tab's URL through
    the model's `_get_action_url()` hook, which adds the type's slug."""
    views = registry['views'][APP_LABEL]
    if model._meta.model_name not in views:
        views[model._meta.model_name] = [
            {'name': name, 'view': view, 'path': name, 'detail': True, 'kwargs': {}} for name, view in OBJECT_TABS
        ]


def object_queryset(model):
    """All objects of `model`, with the relations its fields display fetched up front (no query per row)."""
    select, prefetch = ['owner'], ['tags']
    for field in model._snapshot.fields:
        select.extend(field.field_type.select_related(field))
        prefetch.extend(field.field_type.prefetch_related(field))
    queryset = model.objects.select_related(*select).prefetch_related(*prefetch)
    for field in model._snapshot.fields:
        queryset = field.field_type.list_queryset(field, queryset)
    return queryset


class CustomObjectViewMixin:
    """Bind a generic view to the type whose slug is the URL's `custom_object_type` argument."""
    custom_object_type = None
    model = None
    # NetBox's feature views (journal, changelog, contacts) take the model as a URL argument.
    pass_model = False

    def dispatch(self, request, *args, custom_object_type=None, **kwargs):
        if custom_object_type is None:
            # Re-run as a background job (bulk import/edit/delete): the URL arguments are not passed again.
            custom_object_type = resolve(request.path_info).kwargs['custom_object_type']
        self.custom_object_type = CustomObjectType.objects.filter(slug=custom_object_type).first()
        if self.custom_object_type is None:
            return self.unknown_type(request)
        self.model = self.custom_object_type.get_model()
        register_object_tabs(self.model)
        self.bind(self.model)
        if self.pass_model:
            kwargs['model'] = self.model
        return super().dispatch(request, *args, **kwargs)

    def unknown_type(self, request):
        """A slug that names no type is answered as a type the user holds no permission on would be (NetBox's
        permission mixins: the login page for anonymous users, 403 for the others), so that slugs cannot be probed;
        404 to whom every type is open (superusers, `EXEMPT_VIEW_PERMISSIONS`)."""
        handle_no_permission = getattr(self, 'handle_no_permission', None)
        if handle_no_permission is None or request.user.has_perm(f'{APP_LABEL}.view_{model_name(0)}'):
            raise Http404(_('No custom object type has this slug.'))
        return handle_no_permission()

    def bind(self, model):
        """Give the generic view what it takes from class attributes, built for `model`."""
        self.queryset = object_queryset(model)

    def get_extra_context(self, request, *args):
        return {**super().get_extra_context(request, *args), 'custom_object_type': self.custom_object_type}
