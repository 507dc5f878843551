"""The live GraphQL schema: NetBox's /graphql/ serves custom object types as they are now, in the active branch,
without a restart.

NetBox assembles one strawberry schema at start-up (netbox/graphql/schema.py) and hands it to NetBoxGraphQLView.
This module is the one place where the plugin changes that: `install()` (called from the PluginConfig's ready())
wraps `NetBoxGraphQLView.execute_operation`, the step that runs a GraphQL operation after NetBox has authenticated
the request, so that each operation runs on the live schema of the request's branch (netbox-branching activates the
branch named by the `X-NetBox-Branch` header, the `_branch` parameter or its cookie before the view runs).
Rendering GraphiQL, refusing unauthenticated requests and everything else stay NetBox's.

The live schema is NetBox's Query plus the root fields of the custom object types (see `schema`). It is cached per
process by (branch, signature of the definitions): the signature is one aggregate query per GraphQL request (the
number of types and the latest `cache_timestamp`, which every type or field save bumps); a rebuild happens only
when it changes, and reuses what the branch's previous build made of the types that did not change. Should a build
fail, NetBox's own schema is served (and the failure logged), never a 500.
"""

import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field

from django.db import DatabaseError
from django.db.models import Count, Max

from netbox.graphql.views import NetBoxGraphQLView

from ..branching.context import active_branch_key
from ..models import CustomObjectType

__all__ = (
    'LiveSchemas',
    'install',
    'live_schemas',
)

logger = logging.getLogger('netbox_custom_objects.graphql')


@dataclass(frozen=True)
class LiveSchema:
    """NetBox's schema alone, served when the live one cannot be built (a `schema.Build` otherwise)."""
    schema: object
    root_fields: dict = field(default_factory=dict)
    types: dict = field(default_factory=dict)
    registry: dict = field(default_factory=dict)
    failed_at: float | None = None  # a failed build is tried again RETRY_AFTER seconds later


class LiveSchemas:
    """Live schemas by (NetBox's schema, branch key, signature); the latest per branch is kept, for up to
    MAX_BRANCHES branches (the least recently built goes first)."""
    MAX_BRANCHES = 8
    RETRY_AFTER = 60.0

    def __init__(self):
        self._entries = OrderedDict()
        self._lock = threading.Lock()

    def get(self, base_schema):
        """The live schema for the active branch (NetBox's `base_schema` when it cannot be built)."""
        return self.entry(base_schema).schema

    def entry(self, base_schema):
        try:
            key = (id(base_schema), active_branch_key(), self.signature())
        except DatabaseError:  # the plugin's tables are not there (yet): NetBox's schema is all there is
            logger.exception('GraphQL: custom object types unavailable')
            return LiveSchema(base_schema)
        entry = self._entries.get(key)
        if not self._usable(entry):
            with self._lock:  # one build at a time; concurrent requests for the same key wait for it
                entry = self._entries.get(key)
                if not self._usable(entry):
                    entry = self._build(base_schema, self._latest(key))
                    self._store(key, entry)
        return entry

    def _usable(self, entry):
        if entry is None:
            return False
        failed_at = getattr(entry, 'failed_at', None)
        return failed_at is None or time.monotonic() - failed_at < self.RETRY_AFTER

    def _latest(self, key):
        """The entry of the same branch that `key` replaces (None if there is none, or it holds nothing)."""
        entry = next((e for k, e in reversed(self._entries.items()) if k[:2] == key[:2]), None)
        return entry if entry is not None and entry.types else None

    @staticmethod
    def signature():
        """What changes whenever a type or field of the active branch is created, changed or deleted."""
        row = CustomObjectType.objects.aggregate(count=Count('pk'), stamp=Max('cache_timestamp'))
        return row['count'], row['stamp']

    @staticmethod
    def _build(base_schema, previous):
        # Imported on first use: it assembles NetBox's GraphQL types, which must not happen before every plugin's
        # ready() has registered its GraphQL type extensions.
        from .schema import build_schema

        try:
            return build_schema(base_schema, previous=previous)
        except Exception:
            logger.exception("GraphQL: the live schema could not be built; serving NetBox's schema")
            return LiveSchema(base_schema, failed_at=time.monotonic())

    def _store(self, key, entry):
        for stale in [k for k in self._entries if k[:2] == key[:2]]:
            del self._entries[stale]
        self._entries[key] = entry
        while len(self._entries) > self.MAX_BRANCHES:
            self._entries.popitem(last=False)

    def clear(self):
        with self._lock:
            self._entries.clear()


live_schemas = LiveSchemas()


def install():
    """Make NetBoxGraphQLView run each operation on the live schema (idempotent)."""
    inherited = NetBoxGraphQLView.execute_operation
    if getattr(inherited, 'serves_live_schema', False):
        return

    def execute_operation(self, *args, **kwargs):
        self.schema = live_schemas.get(self.schema)
        return inherited(self, *args, **kwargs)

    execute_operation.serves_live_schema = True
    execute_operation.__doc__ = inherited.__doc__
    NetBoxGraphQLView.execute_operation = execute_operation
