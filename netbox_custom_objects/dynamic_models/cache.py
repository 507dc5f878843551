"""The model cache: generated classes keyed by (type id, branch key).

- Main's classes (branch key None) are registered in Django's app registry; a branch's classes live in a private
  registry per branch, because a branch may have columns main lacks.
- An entry remembers the `cache_timestamp` of the type row it was built from. Saving a type or one of its fields
  bumps that timestamp; this worker expires the class at once (receivers), other workers notice at their next
  sync: at the start of each request and at most every SYNC_INTERVAL seconds otherwise, with one small query. A
  warm `get_model()` therefore runs no SQL at all.
- An expired class is rebuilt at the next lookup — `get_model()`, `apps.get_model()` or `apps.get_models()` —
  so a type whose fields are saved one after another is built once, not once per field.
- A class that points at another type's class expires with that target, so foreign keys never point at a stale
  class.
"""

import threading
import time
from collections import defaultdict
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Protocol

from django.apps import apps as django_apps
from django.db import router
from django.db.models import Model

from ..branching.context import active_branch_key, in_main
from ..constants import APP_LABEL, SYNC_INTERVAL, extract_type_id
from ..field_types.base import ModelResolver
from .factory import build_model
from .provisional import ProvisionalKeys
from .registration import (
    adopt,
    branch_registry,
    expire_related_caches,
    owned_classes,
    restore_class_attributes,
    targeted_cache_expiry,
    unregister,
)
from .reverse_accessors import install_polymorphic_accessors
from .rows import load_snapshots, type_model
from .sharing import shareable_type_ids
from .snapshot import TypeSnapshot

__all__ = (
    'ModelCache',
    'model_cache',
)


class TypeRow(Protocol):
    """What get_model() reads of a CustomObjectType row."""
    pk: int
    cache_timestamp: datetime | None


@dataclass(frozen=True)
class _Entry:
    snapshot: TypeSnapshot
    model: type


class ModelCache:
    """The generated classes of a process. Its verbs:

    - look up: get_model (a type row), get_model_by_id, get_model_by_name, type_id_for_slug, cached_models,
      resolver_for (relation targets, for DDL planning), building;
    - after a definition change in this worker: refresh (rebuild now), expire (rebuild at the next lookup), clear
      (forget every class: upstream's CustomObjectType.clear_model_cache());
    - follow other workers and transactions: sync (one query), sync_at_next_lookup (each request and job),
      discard_rolled_back, rebuild_expired (both before apps.get_models());
    - merges and syncs of a branch: preload, release_preloaded; start-up: load_all."""

    def __init__(self, registry=None):
        """`registry`: where main's classes are registered — Django's app registry when None (the one cache of a
        process); an isolated `Apps()` lets a test stand a second "worker" beside it."""
        self._main_registry = registry
        self._entries = {}
        self._dependents = defaultdict(set)  # (target id, branch) -> {(dependent id, branch)}
        self._branch_registries = {}
        self._lock = threading.RLock()
        self._building = threading.local()
        self._synced_at = 0.0
        self._preloaded = {}  # type id -> TypeSnapshot read elsewhere (a branch being merged)
        self._preload_branch = None  # the context the preloaded classes serve (main, or a branch being synced)
        self._provisional = ProvisionalKeys()  # keys built in transactions that have not committed yet
        self._preload_needed = lambda: False
        self._exceptions = {}  # type id -> (DoesNotExist, MultipleObjectsReturned) of all its classes
        self._shareable = {}  # branch key -> ids of the types whose main class the branch uses (see sharing.py)
        # Keys of main whose classes were expired and not rebuilt yet: apps.get_models() rebuilds them first, so
        # that Django's relation graph (deletion collectors, reverse accessors) never misses a type.
        self._expired = set()
        self._slugs = {}  # branch key -> {slug: type id}, as of the last sync

    # Lookups

    def get_model(self, type_row: TypeRow, no_cache: bool = False) -> type[Model]:
        key = (type_row.pk, active_branch_key())
        entry = self._current_entry(key)
        if entry is not None and not no_cache:
            built_from = entry.snapshot.cache_timestamp
            if type_row.cache_timestamp is None or built_from is None or type_row.cache_timestamp <= built_from:
                return entry.model
        return self._rebuild(key)

    def get_model_by_id(self, type_id: int) -> type[Model]:
        """The class of type `type_id` in the active branch (LookupError if the type does not exist)."""
        key = (type_id, active_branch_key())
        entry = self._current_entry(key)
        return entry.model if entry is not None else self._rebuild(key)

    def type_id_for_slug(self, slug: str) -> int | None:
        """The id of the type with `slug` in the active branch (None if none has it). Read from the last sync while
        no definition changed since (a request's first lookup syncs), else with one query."""
        self._current_entry(None)
        slugs = self._slugs.get(active_branch_key())
        if slugs is not None and slug in slugs:
            return slugs[slug]
        return type_model().objects.filter(slug=slug).values_list('pk', flat=True).first()

    def get_model_by_name(self, model_name: str) -> type[Model]:
        type_id = extract_type_id(model_name)
        if type_id is None:
            raise LookupError(f'{model_name!r} is not a custom object model name')
        return self.get_model_by_id(type_id)

    def cached_models(self, branch_key: str | None = None) -> list[type[Model]]:
        """The classes built so far for main (None) or the branch `branch_key`, without building any."""
        return [entry.model for (_, branch), entry in self._entries.items() if branch == branch_key]

    def _current_entry(self, key):
        self.discard_rolled_back()
        if time.monotonic() - self._synced_at > SYNC_INTERVAL:
            self.sync()
        return self._entries.get(key)

    # Building

    def _rebuild(self, key, snapshot=None):
        """Build the class of `key` afresh, then the classes pointing at it (so none keeps a stale target)."""
        with self._lock:
            if snapshot is None:
                snapshot = load_snapshots([key[0]]).get(key[0]) or self._preloaded.get(key[0])
            if key[1] is not None:
                self._drop_shared(key[1])
            dependents = self._collect_dependents(key) - {key}
            self._drop(key, replaced=snapshot is not None)
            self._expired.discard(key)
            if snapshot is None:
                raise LookupError(f'Custom object type {key[0]} does not exist')
            model = self._build(key, snapshot)
            for dependent in sorted(dependents, key=lambda k: (k[0], k[1] or '')):
                if dependent not in self._entries:
                    with suppress(LookupError):
                        self._build(dependent)
            return model

    @property
    def building(self) -> bool:
        """True while this thread is building a class (Django calls back into get_models() meanwhile)."""
        return getattr(self._building, 'depth', 0) > 0

    def _build(self, key, snapshot=None):
        self._building.depth = getattr(self._building, 'depth', 0) + 1
        try:
            return self._build_now(key, snapshot)
        finally:
            self._building.depth -= 1

    def _build_now(self, key, snapshot):
        if snapshot is None:
            snapshot = load_snapshots([key[0]]).get(key[0]) or self._preloaded.get(key[0])
        if snapshot is None:
            raise LookupError(f'Custom object type {key[0]} does not exist')
        if self._shares_main_class(key, snapshot):
            # The branch has main's definitions: share main's class (one class per definition, not per branch).
            self._entries[key] = main = self._entries[(key[0], None)]
            return main.model
        registry = self._registry_for(key[1])
        if registry is None:
            with targeted_cache_expiry():
                model = build_model(snapshot, self._resolver(key))
            expire_related_caches(model)
            install_polymorphic_accessors(model, self.get_model_by_id)
        else:
            resolver = self._resolver(key)
            try:
                model = build_model(snapshot, resolver, apps=registry)
            finally:
                restore_class_attributes(resolver.preserved)
        self._give_identity(key, model)
        self._entries[key] = _Entry(snapshot, model)
        self._expired.discard(key)
        self._provisional.track(key, router.db_for_write(type_model()))
        return model

    def _give_identity(self, key, model):
        """Mark the class with its branch (None: main) and its way to the current class of its type, and give it the
        exceptions of every class of its type, so that code catching `SomeClass.DoesNotExist` catches it whichever
        class of the type raised it (managers.py)."""
        model.branch_key = key[1]
        # How a class's manager finds the class now current for the active branch (managers.py), without importing
        # this module (which builds the classes that manager serves).
        model._current_class = partial(self.get_model_by_id, key[0])
        model.DoesNotExist, model.MultipleObjectsReturned = self._exceptions.setdefault(
            key[0], (model.DoesNotExist, model.MultipleObjectsReturned))

    def _shares_main_class(self, key, snapshot):
        main = self._entries.get((key[0], None))
        if key[1] is None or main is None or main.snapshot != snapshot:
            return False
        if key[1] not in self._shareable:  # read in the branch being built for (the active one)
            main_snapshots = {type_id: entry.snapshot for (type_id, branch), entry in self._entries.items()
                              if branch is None}
            self._shareable[key[1]] = shareable_type_ids(load_snapshots(), main_snapshots)
        return key[0] in self._shareable[key[1]]

    def _drop_shared(self, branch):
        """Forget the branch's uses of main classes: a definition change in the branch may end the sharing of any
        type related to the changed one (they are decided again at their next use)."""
        for key, entry in list(self._entries.items()):
            if key[1] == branch and self._entries.get((key[0], None)) is entry:
                self._drop(key)

    def discard_rolled_back(self) -> None:
        """Drop classes built in transactions that ended without committing, and preloaded classes whose
        operation is over (cheap when there are none)."""
        if self._preloaded and not self._preload_needed():
            with self._lock:
                preloaded, self._preloaded = self._preloaded, {}
                for type_id in preloaded:
                    self._drop((type_id, self._preload_branch))
        if not self._provisional:
            return
        with self._lock:
            for key in self._provisional.pop_rolled_back():
                if key[0] not in self._preloaded:
                    self._drop(key)

    def _resolver(self, key):
        type_id, branch = key
        registry = self._registry_for(branch)
        preserved = []

        def resolve_model(app_label, model_name):
            target_id = extract_type_id(model_name) if app_label == APP_LABEL else None
            if target_id == type_id:
                return 'self'
            if target_id is None:
                target = django_apps.get_model(app_label, model_name)
            else:
                self._dependents[(target_id, branch)].add(key)
                entry = self._entries.get((target_id, branch))
                target = entry.model if entry is not None else self._build((target_id, branch))
            if registry is not None and branch is not None:
                preserved.append(adopt(registry, target))
            return target

        resolve_model.apps = registry  # where through models of this class register
        resolve_model.preserved = preserved
        return resolve_model

    def _registry_for(self, branch):
        if branch is None:
            return self._main_registry
        if branch not in self._branch_registries:
            self._branch_registries[branch] = branch_registry()
        return self._branch_registries[branch]

    # Invalidation

    def refresh(self, type_id: int) -> type[Model] | None:
        """Rebuild type `type_id` (in the active branch) and every class pointing at it, after a definition change
        in this worker. Returns the new class, or None if the type no longer exists."""
        try:
            return self._rebuild((type_id, active_branch_key()))
        except LookupError:
            return None

    def expire(self, type_id: int) -> None:
        """Forget the class of type `type_id` in the active branch, and the classes pointing at it, after a
        definition change in this worker. The next lookup builds it afresh from the rows: once for any number of
        changes in between (a type created field by field)."""
        with self._lock:
            self._drop((type_id, active_branch_key()), replaced=True, expired=True)

    def rebuild_expired(self) -> None:
        """Build main's expired classes again (called by apps.get_models(), which must list every type)."""
        if not self._expired or self.building or active_branch_key() is not None:
            return
        with self._lock:
            expired, self._expired = sorted(self._expired), set()
            snapshots = load_snapshots([type_id for type_id, _ in expired])
            for key in expired:
                if key not in self._entries and key[0] in snapshots:
                    self._rebuild(key, snapshots[key[0]])

    def resolver_for(self, type_id: int) -> ModelResolver:
        """The relation-target resolver of type `type_id` in the active branch (for DDL planning)."""
        return self._resolver((type_id, active_branch_key()))

    def clear(self) -> None:
        """Forget every class of every branch; each is built again at its next lookup."""
        with self._lock:
            for key in list(self._entries):
                self._drop(key)
            self._branch_registries.clear()
            self._expired.clear()

    def _collect_dependents(self, key, seen=None):
        seen = seen if seen is not None else set()
        for dependent in self._dependents.get(key, ()):
            if dependent not in seen:
                seen.add(dependent)
                self._collect_dependents(dependent, seen)
        return seen

    def _drop(self, key, cascade=True, replaced=False, expired=False):
        """Forget the class of `key` (and, with cascade, the classes pointing at it). `replaced`: new classes
        for the same tables follow (at once, or at the next lookup when `expired`)."""
        self._shareable.clear()
        self._slugs.clear()
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._unregister(entry.model, key[1], replaced)
            if expired and key[1] is None:
                self._expired.add(key)
        if cascade:
            for dependent in self._dependents.pop(key, set()):
                self._drop(dependent, replaced=replaced, expired=expired)

    def _unregister(self, model, branch, replaced=False):
        registry = self._registry_for(branch)
        if registry is None:
            unregister(model, replaced=replaced)
        else:
            registered = registry.all_models[APP_LABEL]
            for cls in owned_classes(model):
                registered.pop(cls._meta.model_name, None)

    # Start-up and cross-worker consistency

    def load_all(self) -> None:
        """Build every type's class for main (at start-up, which may be a request in a branch: main's rows, never
        the branch's, or a type that exists only in the branch would get a class in main's registry)."""
        with self._lock, in_main():
            snapshots = load_snapshots()
            for type_id, snapshot in sorted(snapshots.items()):
                if (type_id, None) not in self._entries:
                    self._build((type_id, None), snapshot)
            self._synced_at = time.monotonic()

    def sync(self) -> None:
        """Drop classes whose type changed or vanished since they were built (in another worker, or by a
        rolled-back transaction in this one). One query; classes are rebuilt lazily."""
        branch = active_branch_key()
        rows = list(type_model().objects.values_list('id', 'slug', 'cache_timestamp'))
        stamps = {type_id: stamp for type_id, _, stamp in rows}
        with self._lock:
            for key, entry in list(self._entries.items()):
                if key[0] in self._preloaded or self._provisional.built_elsewhere(key):
                    continue
                if key[1] == branch and stamps.get(key[0], False) != entry.snapshot.cache_timestamp:
                    self._drop(key)
            self._expired = {key for key in self._expired if key[0] in stamps}
            self._slugs[branch] = {slug: type_id for type_id, slug, _ in rows}
            self._synced_at = time.monotonic()

    def preload(self, snapshots: dict[int, TypeSnapshot], needed: Callable[[], bool]) -> dict[int, type[Model]]:
        """Build classes of the active context (main, or a branch being synced) from `snapshots` ({type id:
        TypeSnapshot}) of types it does not have (yet); they stay while `needed()` is true (e.g. while a merge
        runs), then are checked against the database. Returns {type id: class}."""
        with self._lock:
            self._preloaded = dict(snapshots)
            self._preload_needed = needed
            self._preload_branch = active_branch_key()
            return {type_id: self._rebuild((type_id, self._preload_branch), snapshot)
                    for type_id, snapshot in sorted(snapshots.items())}

    def release_preloaded(self) -> None:
        """The operation that preloaded classes is over: discard_rolled_back() checks them against the database."""
        self._preload_needed = lambda: False

    def sync_at_next_lookup(self, **kwargs) -> None:
        """Force a sync at the next lookup (connected to request_started and job_start)."""
        self._synced_at = 0.0


model_cache = ModelCache()
