"""Keeping in-memory state in step with merges, syncs and reverts.

A merge, sync or revert replays definition changes, which build model classes as they go. When the operation
rolls back (a dry run, or a failure) the database forgets those changes but a worker's memory would not: the
model cache re-checks every class against the database when the operation ends, whatever the outcome
(non-transactional-memory)."""

from ..dynamic_models import model_cache

__all__ = (
    'resync_model_cache',
)


def resync_model_cache(sender=None, **kwargs):
    """Drop classes whose type changed or vanished (they are rebuilt from the database on next use)."""
    model_cache.release_preloaded()
    model_cache.discard_rolled_back()
    model_cache.sync_at_next_lookup()
    model_cache.sync()
