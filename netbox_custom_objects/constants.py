"""Names and formulas of the plugin: the only place table, model and through names are spelled."""

import re

__all__ = (
    'APP_LABEL',
    'DISPLAY_SEARCH_FIELD',
    'DISPLAY_SEARCH_WEIGHT',
    'FIXED_ROUTE_SLUGS',
    'IDENTIFIER_MAX_LENGTH',
    'IDENTIFIER_RE',
    'SURFACE_RESERVED_NAMES',
    'SYNC_INTERVAL',
    'TABLE_MODEL_RE',
    'USER_TABLE_DATABASE_NAME_PREFIX',
    'content_type_label',
    'extract_type_id',
    'model_class_name',
    'model_name',
    'table_name',
    'through_model_name',
    'through_table_name',
)

APP_LABEL = 'netbox_custom_objects'

USER_TABLE_DATABASE_NAME_PREFIX = 'custom_objects_'

# Seconds a worker trusts what it read of the definitions between two syncs with the database outside a request: the
# model cache's classes (dynamic_models/cache.py), the polymorphic fields allowing a model (field_types/relations).
SYNC_INTERVAL = 2.0
# NetBox caches its OpenAPI description (/api/schema/) for a day under keys of this pattern (netbox/urls.py)
OPENAPI_CACHE_KEYS = 'views.decorators.cache.cache_*.api_schema_*'

# The search cache entry (extras.CachedValue `field`) of an object's rendered display expression (field names cannot
# start with an underscore, so no field clashes), and its weight: that of NetBox's own names (Site.name, ...).
DISPLAY_SEARCH_FIELD = '_display'
DISPLAY_SEARCH_WEIGHT = 100

# Lowercase alphanumerics separated by single underscores; must start with a letter so that the name is a valid
# Python identifier and SQL column everywhere (upstream accepted "1abc" and then broke GraphQL and templates).
IDENTIFIER_RE = re.compile(r'^[a-z][a-z0-9]*(_[a-z0-9]+)*$')
IDENTIFIER_MAX_LENGTH = 50  # field names: they become SQL column and through-table names

# `table<id>model`, case-insensitive, anchored.
TABLE_MODEL_RE = re.compile(r'^table(?P<id>\d+)model$', re.IGNORECASE)

# Names a field must not take that are not attributes of the generated model's bases: keys of its REST serializer and
# GraphQL type (a field of that name would be shadowed there), and attributes NetBox's generic views and templates
# look up on any object to decide what it supports (custom fields, image attachments, jobs). The model's attributes
# themselves are read from its bases when the plugin starts (dynamic_models/reserved.py), not listed here.
SURFACE_RESERVED_NAMES = frozenset({
    'changelog', 'class_type', 'context_display', 'custom_field_data', 'display', 'display_url', 'images', 'jobs',
    'model', 'url',
})

# Path segments under /plugins/custom-objects/ and /api/plugins/custom-objects/ that a type slug would shadow.
FIXED_ROUTE_SLUGS = frozenset({
    'custom-object-types', 'custom-object-type-fields', 'custom-object-type-unique-constraints', 'journal-entries',
    'linked-objects', 'schema',
})


def table_name(type_id):
    return f'{USER_TABLE_DATABASE_NAME_PREFIX}{type_id}'


def model_class_name(type_id):
    return f'Table{type_id}Model'


def model_name(type_id):
    """The lower-case model name, as used by ContentType/ObjectType and `apps.get_model()`."""
    return f'table{type_id}model'


def through_table_name(type_id, field_name):
    return f'{USER_TABLE_DATABASE_NAME_PREFIX}{type_id}_{field_name}'


def through_model_name(type_id, field_name):
    return f'Through_{through_table_name(type_id, field_name)}'


def extract_type_id(name):
    """Return the type id of `table<id>model` as an int, or None."""
    if match := TABLE_MODEL_RE.match(name or ''):
        return int(match.group('id'))
    return None


def content_type_label(display_name):
    return f'Custom Objects > {display_name}'
