"""URLs under /api/plugins/custom-objects/ (namespace `plugins-api:netbox_custom_objects-api`).

The fixed routes come first: a type's slug is matched by the catch-all `<custom_object_type>/` route, and the
models refuse slugs that would shadow a fixed route.
"""

from django.urls import include, path

from netbox.api.routers import NetBoxRouter

from . import views
from .openapi import TypedSchemaRoutes

router = NetBoxRouter()
router.include_root_view = False
router.register('custom-object-types', views.CustomObjectTypeViewSet)
router.register('custom-object-type-fields', views.CustomObjectTypeFieldViewSet)
router.register('custom-object-type-unique-constraints', views.CustomObjectTypeUniqueConstraintViewSet)
router.register(r'(?P<custom_object_type>[^/.]+)', views.CustomObjectViewSet, basename='customobject')

# The per-type routes of the schema offer the same actions as the router's list and detail routes.
list_actions, detail_actions = router.routes[0].mapping, router.routes[2].mapping

urlpatterns = [
    path('', views.CustomObjectsRootView.as_view(), name='api-root'),
    path('linked-objects/', views.LinkedObjectsView.as_view(), name='linked-objects'),
    path('schema/', include('netbox_custom_objects.api.portable_schema')),
    *router.urls,
    TypedSchemaRoutes(views.CustomObjectViewSet, list_actions, detail_actions),
]
