"""What the plugin adds to NetBox's own object pages: the "Custom Objects" tab of referenced objects.

Loaded by NetBox at start-up (PluginConfig `template_extensions`), before it builds its URL configuration: the tab is
a registered view of every public model with pages of its own, so it is registered here, for all of them (by import
path: the views load with the URL configuration); it shows only on objects that custom objects refer to.
"""

from django.apps import apps

from netbox.models.features import model_is_public
from utilities.views import register_model_view

from .constants import APP_LABEL

__all__ = (
    'LINKED_OBJECTS_VIEW',
    'register_linked_object_tabs',
    'template_extensions',
)

LINKED_OBJECTS_VIEW = 'netbox_custom_objects.views.linked.LinkedCustomObjectsView'

template_extensions = []


def register_linked_object_tabs():
    for model in apps.get_models():
        if model._meta.app_label != APP_LABEL and model_is_public(model) and hasattr(model, 'get_absolute_url'):
            register_model_view(model, 'custom_objects', path='custom-objects', kwargs={'model': model})(
                LINKED_OBJECTS_VIEW
            )


register_linked_object_tabs()
