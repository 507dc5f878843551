"""The wiring order of the plugin, run by PluginConfig.ready()."""

import logging

from django.core.cache import cache
from django.core.signals import request_started
from django.db.models.signals import post_migrate

from core.signals import job_start
from netbox.registry import registry

from . import checks, receivers  # noqa: F401  (registers system checks and signal receivers)
from .branching import hooks as branching_hooks
from .constants import OPENAPI_CACHE_KEYS
from .dynamic_models import model_cache
from .dynamic_models.features import sync_object_type_features
from .dynamic_models.loader import database_ready, ensure_loaded, reset
from .dynamic_models.reserved import reserved_attribute_names
from .healing import heal_all_types
from .models import CustomObjectType
from .navigation import own_menus

__all__ = (
    'wire',
)

logger = logging.getLogger('netbox_custom_objects')


def _after_migrate(sender, using='default', **kwargs):
    """After every migrate: heal the generated tables (a NetBox upgrade may have added mixin columns), then load
    the models. Runs once per migrate, when our own app's post_migrate fires."""
    if sender.name != 'netbox_custom_objects':
        return
    reset()
    if database_ready():
        heal_all_types(using=using)
    ensure_loaded()
    if database_ready():
        resync_object_type_features()
    _forget_cached_openapi()


def resync_object_type_features():
    """NetBox's own post_migrate receiver (which runs before this one) sets each ObjectType's features from its
    class, which keeps change logging's mixin: a type without change logging gets its feature names back."""
    for custom_object_type in CustomObjectType.objects.filter(change_logging_enabled=False).select_related(
        'object_type'
    ):
        sync_object_type_features(custom_object_type)


def _forget_cached_openapi():
    """NetBox's cached OpenAPI description, made by the release before an upgrade (which runs migrate), may show
    more than this one would (api/openapi.py): drop it. Best effort: migrate does not need the cache otherwise."""
    delete_pattern = getattr(cache, 'delete_pattern', None)
    if delete_pattern is None:
        return
    try:
        delete_pattern(OPENAPI_CACHE_KEYS, itersize=1000)
    except Exception as e:  # the cache server is not reachable (an image build, say)
        logger.warning('The cached OpenAPI description could not be dropped: %s', e)


def wire():
    reserved_attribute_names()  # read from the model bases now, while nothing else builds classes
    branching_hooks.connect()
    request_started.connect(model_cache.sync_at_next_lookup, dispatch_uid='nco_sync_at_next_lookup')
    # A background job (RQ worker) checks the definitions at its start too, as a request does.
    job_start.connect(model_cache.sync_at_next_lookup, dispatch_uid='nco_sync_at_next_lookup_job')
    post_migrate.connect(_after_migrate, dispatch_uid='nco_after_migrate')
    # The top-level menus types may have of their own (navigation.py), after the plugin's own menu.
    registry['plugins']['menus'].extend(own_menus)
