"""netbox-custom-objects: user-defined object types for NetBox, as real models and tables, branch-native."""

from django.apps import apps

from netbox.plugins import PluginConfig

__all__ = (
    'CustomObjectsPluginConfig',
    'config',
)

__version__ = '0.1.0'


class CustomObjectsPluginConfig(PluginConfig):
    name = 'netbox_custom_objects'
    verbose_name = 'Custom Objects'
    description = 'User-defined object types with their own tables, pages, API and GraphQL, branch-native'
    version = __version__
    author = 'netbox-custom-objects contributors'
    base_url = 'custom-objects'
    min_version = '4.7.0'
    max_version = '4.7.99'
    default_settings = {
        'max_custom_object_types': 50,
        # A field type change that rewrites a table of more objects than this runs online, as a background job
        # (change_plan.py, field_conversion.py).
        'background_type_change_rows': 100_000,
    }
    # No static root queries: graphql/live.py serves them. Named explicitly rather than left to NetBox's fallback
    # path `graphql.schema`, which would take whatever attribute of that name our graphql package ever holds.
    graphql_schema = 'graphql.STATIC_ROOT_QUERIES'
    serializer_resolver = 'api.resolver.serializer_resolver'
    # Config and export templates: the `custom_objects` filter here, the variable in get_jinja_context() (jinja_env.py).
    jinja_filters = 'jinja_env.filters'
    # A request overtaken by a definition change committed in another worker is answered again (middleware.py);
    # NetBox's cached /api/schema/ is never handed from one client to another (api/openapi.py).
    middleware = [
        'netbox_custom_objects.middleware.DefinitionChangeRetryMiddleware',
        'netbox_custom_objects.api.openapi.SchemaCacheMiddleware',
    ]

    def ready(self):
        super().ready()
        from . import startup
        from .graphql import live

        startup.wire()
        live.install()  # /graphql/ serves the live schema (see graphql/live.py)
        # Lists of models made during start-up (our template extensions, NetBox's ready() code) were cached before
        # the generated models could load: the first apps.get_models() after start-up must come through get_models()
        # below, or Django's relation graph would miss every type until something registers a model.
        apps.get_models.cache_clear()

    def get_jinja_context(self):
        from .jinja_env import CustomObjectsNamespace

        return {'custom_objects': CustomObjectsNamespace()}

    # Generated models are loaded on first use after start-up rather than in ready(), which must not query the
    # database; `apps.get_model()`, `apps.get_models()` and `ContentType.model_class()` all come through here.

    def get_model(self, model_name, require_ready=True):
        from .branching.context import active_branch_key
        from .constants import extract_type_id
        from .dynamic_models import model_cache
        from .dynamic_models.loader import load_model

        # A custom object model comes from the model cache, never straight from the registry: in a branch it is the
        # branch's class (main's registered one may have other columns, or not exist in the branch at all), and in
        # main the lookup is where the freshness check of each request and job runs. A registered class may have
        # been built before another worker changed the definition (an RQ work horse inherits the classes its
        # worker built at start-up): netbox-branching's merge finds its classes only through
        # ContentType.model_class(), and would write a column since dropped (issue 17). While a class is being
        # built, Django's own lookups see the registry as it stands.
        if extract_type_id(model_name) is not None and (active_branch_key() is not None
                                                          or (self.apps.ready and not model_cache.building)):
            return load_model(model_name)
        try:
            return super().get_model(model_name, require_ready=require_ready)
        except LookupError:
            return load_model(model_name)

    def get_models(self, include_auto_created=False, include_swapped=False):
        if apps.ready:
            from .dynamic_models import model_cache
            from .dynamic_models.loader import ensure_loaded

            ensure_loaded()
            model_cache.discard_rolled_back()
            model_cache.rebuild_expired()
        return super().get_models(include_auto_created=include_auto_created, include_swapped=include_swapped)


config = CustomObjectsPluginConfig
