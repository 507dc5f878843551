"""UI routes under /plugins/custom-objects/ (URL names as upstream's, namespace `plugins:netbox_custom_objects`).

Types and fields use NetBox's registered model views. The objects of every type share one view per action, taking
the type's slug (`custom_object_type`) in the path; the fixed segments come first so that no slug can shadow them.
"""

from django.urls import include, path

from utilities.urls import get_model_urls

from . import views
from .constants import APP_LABEL

__all__ = (
    'urlpatterns',
)

app_name = APP_LABEL

_object_routes = (
    ('', views.CustomObjectListView, 'customobject_list'),
    ('add/', views.CustomObjectEditView, 'customobject_add'),
    ('bulk-import/', views.CustomObjectBulkImportView, 'customobject_bulk_import'),
    ('bulk-edit/', views.CustomObjectBulkEditView, 'customobject_bulk_edit'),
    ('bulk-delete/', views.CustomObjectBulkDeleteView, 'customobject_bulk_delete'),
    ('<int:pk>/', views.CustomObjectView, 'customobject'),
    ('<int:pk>/edit/', views.CustomObjectEditView, 'customobject_edit'),
    ('<int:pk>/delete/', views.CustomObjectDeleteView, 'customobject_delete'),
    ('<int:pk>/journal/', views.CustomObjectJournalView, 'customobject_journal'),
    ('<int:pk>/changelog/', views.CustomObjectChangeLogView, 'customobject_changelog'),
    ('<int:pk>/contacts/', views.CustomObjectContactsView, 'customobject_contacts'),
    ('<int:pk>/image-attachments/', views.CustomObjectImageAttachmentsView, 'customobject_image-attachments'),
    ('<int:pk>/config-context/', views.CustomObjectConfigContextView, 'customobject_configcontext'),
    ('<int:pk>/custom-objects/', views.CustomObjectLinkedObjectsView, 'customobject_custom_objects'),
)

urlpatterns = [
    path('custom-object-types/', include(get_model_urls(APP_LABEL, 'customobjecttype', detail=False))),
    path('custom-object-types/<int:pk>/', include(get_model_urls(APP_LABEL, 'customobjecttype'))),
    path('custom-object-type-fields/', include(get_model_urls(APP_LABEL, 'customobjecttypefield', detail=False))),
    path('custom-object-type-fields/<int:pk>/', include(get_model_urls(APP_LABEL, 'customobjecttypefield'))),
    path('custom-object-type-unique-constraints/',
         include(get_model_urls(APP_LABEL, 'customobjecttypeuniqueconstraint', detail=False))),
    path('custom-object-type-unique-constraints/<int:pk>/',
         include(get_model_urls(APP_LABEL, 'customobjecttypeuniqueconstraint'))),
    path('journal-entries/add/', views.CustomJournalEntryEditView.as_view(), name='custom_journalentry_add'),
    path('schema/', include('netbox_custom_objects.views.portable_schema')),
    *(
        path(f'<slug:custom_object_type>/{route}', view.as_view(), name=name)
        for route, view, name in _object_routes
    ),
]
