"""The live GraphQL schema: NetBox's /graphql/ serves custom object types as they are now, in the active branch,
without a restart.

NetBox assembles one strawberry schema at start-up (netbox/graphql/schema.py) and hands it to NetBoxGraphQLView.
This module is the one place where the plugin changes that: `install()` (called from the PluginConfig's ready())
wraps `NetBoxGraphQLView.execute_operation`, the step that runs a GraphQL operation after NetBox has authenticated
the request, so that each operation runs on the live schema of the request's branch (netbox-branching activates the
branch named by the `X-NetBox-Branch` header, the `_branch` parameter or its cookie before the view runs).
Rendering GraphiQL, refusing unauthenticated requests and everything else stay NetBox's.

The live schema is NetBox's Query plus the root fields of the custom object types (built by `builder`). It is cached per
process by the model classes it serves: the active context's class of every type (one query for the type ids; the
model cache answers the rest without SQL, and swaps a class whenever its definition changes, in this worker or
another). A branch whose definitions equal main's uses main's classes (dynamic_models/sharing), so any number of
such branches share main's schema instead of each building one; a rebuild happens only when a class changes, and
reuses what the branch's previous build made of the types that did not change. Should a build fail, NetBox's own
schema is served (and the failure logged), never a 500.

An operation overtaken by a definition change another worker committed after this request's sync (its query met a
column or table just dropped) is run again on the schema of the definitions now committed, up to MAX_ATTEMPTS in
all: strawberry turns the database error into an entry of the answer's `errors`, so the retry middleware never sees
it. NetBox's GraphQL API only reads, so running an operation again is safe.
"""

import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field

from django.db import DatabaseError

from netbox.graphql.views import NetBoxGraphQLView

from ..branching.context import active_branch_key, in_main
from ..dynamic_models import model_cache
from ..middleware import overtaken_by_definition_change
from ..models import CustomObjectType

__all__ = (
    'LiveSchema',
    'LiveSchemas',
    'build_schema',
    'current_models',
    'install',
    'live_schemas',
)

logger = logging.getLogger('netbox_custom_objects.graphql')

# As the retry middleware: an operation slower than the interval between definition changes may be overtaken twice.
MAX_ATTEMPTS = 3


@dataclass(frozen=True)
class LiveSchema:
    """A live schema and what the next build of the same branch may reuse; NetBox's schema alone (nothing to reuse)
    when the live one cannot be built."""
    schema: object
    root_fields: dict = field(default_factory=dict)  # {type id: root field name}
    types: dict = field(default_factory=dict)  # {type id: builder.BuiltType}
    registry: dict = field(default_factory=dict)  # {GraphQL name: class}, where the types' references resolve
    failed_at: float | None = None  # a failed build is tried again RETRY_AFTER seconds later


class LiveSchemas:
    """Live schemas by (NetBox's schema, the model classes served); up to MAX_SCHEMAS of them (the least recently
    used goes first). Each branch remembers its latest key, which is what its next build starts from."""
    MAX_SCHEMAS = 16
    RETRY_AFTER = 60.0

    def __init__(self):
        self._entries = OrderedDict()
        self._latest_keys = {}  # (id(NetBox's schema), branch key) -> the key of the branch's latest schema
        self._lock = threading.Lock()

    def get(self, base_schema):
        """The live schema for the active branch (NetBox's `base_schema` when it cannot be built)."""
        return self.entry(base_schema).schema

    def entry(self, base_schema):
        try:
            models = current_models()
        except DatabaseError:  # the plugin's tables are not there (yet): NetBox's schema is all there is
            logger.exception('GraphQL: custom object types unavailable')
            return LiveSchema(base_schema)
        # Classes are compared by identity; the entry holds them (in its types), so no id is reused meanwhile.
        key = (id(base_schema), tuple((type_id, id(model)) for type_id, model in models.items()))
        branch = (id(base_schema), active_branch_key())
        with self._lock:  # one build at a time; concurrent requests for the same key wait for it
            entry = self._entries.get(key)
            if self._usable(entry):
                self._entries.move_to_end(key)
            else:
                entry = self._build(base_schema, models, self._previous(branch))
                self._entries[key] = entry
                while len(self._entries) > self.MAX_SCHEMAS:
                    self._entries.popitem(last=False)
            self._latest_keys[branch] = key
        return entry

    def _usable(self, entry):
        if entry is None:
            return False
        return entry.failed_at is None or time.monotonic() - entry.failed_at < self.RETRY_AFTER

    def _previous(self, branch):
        """The latest schema of the branch, if still kept and holding anything (what a rebuild may reuse)."""
        entry = self._entries.get(self._latest_keys.get(branch))
        return entry if entry is not None and entry.types else None

    @staticmethod
    def _build(base_schema, models, previous):
        try:
            return build_schema(base_schema, models=models, previous=previous)
        except Exception:
            logger.exception("GraphQL: the live schema could not be built; serving NetBox's schema")
            return LiveSchema(base_schema, failed_at=time.monotonic())

    def clear(self):
        with self._lock:
            self._entries.clear()
            self._latest_keys.clear()


def current_models():
    """{type id: model class} of every custom object type of the active branch."""
    models = {}
    for type_id in CustomObjectType.objects.order_by('pk').values_list('pk', flat=True):
        try:
            models[type_id] = model_cache.get_model_by_id(type_id)
        except LookupError:  # deleted meanwhile
            continue
    return models


def build_schema(base_schema, models=None, previous=None):
    """A LiveSchema serving NetBox's `base_schema` plus the custom object types (`models`, the active branch's when
    None), reusing what it can of `previous` (the branch's last LiveSchema)."""
    # Imported on first use: the builder assembles NetBox's GraphQL types, which must not happen before every
    # plugin's ready() has registered its GraphQL type extensions (this module is imported from our ready()).
    from .builder import SchemaBuilder

    builder = SchemaBuilder(base_schema, current_models() if models is None else models, previous)
    schema = builder.build()
    return LiveSchema(schema, builder.root_fields, builder.built, builder.registry)


live_schemas = LiveSchemas()


def _overtaken(result):
    """Whether an operation's result (or any of a batch's) failed on a definition change committed meanwhile."""
    results = result if isinstance(result, list) else [result]
    return any(
        overtaken_by_definition_change(getattr(error, 'original_error', None))
        for one in results for error in (getattr(one, 'errors', None) or ())
    )


def install():
    """Make NetBoxGraphQLView run each operation on the live schema (idempotent)."""
    inherited = NetBoxGraphQLView.execute_operation
    if getattr(inherited, 'serves_live_schema', False):
        return

    def execute_operation(self, *args, **kwargs):
        netbox_schema = self.schema
        for attempt in range(1, MAX_ATTEMPTS + 1):
            self.schema = live_schemas.get(netbox_schema)
            result = inherited(self, *args, **kwargs)
            if attempt == MAX_ATTEMPTS or not _overtaken(result):
                return result
            logger.info('GraphQL operation overtaken by a definition change: running it again')
            with in_main():
                model_cache.sync()
            model_cache.sync()  # (the active branch's classes)
        return result

    execute_operation.serves_live_schema = True
    execute_operation.__doc__ = inherited.__doc__
    NetBoxGraphQLView.execute_operation = execute_operation
