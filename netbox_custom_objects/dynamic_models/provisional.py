"""Classes built inside a transaction that has not committed yet (pitfall non-transactional-memory).

A rollback (a dry-run merge, a failed request) discards the transaction's on_commit callbacks, so a class whose key
is still recorded here once the transaction that built it is over was built from rows that no longer exist: the
model cache drops it.
"""

from functools import partial

from django.db import transaction

__all__ = (
    'ProvisionalKeys',
)


class ProvisionalKeys:
    """Cache keys built in open transactions, each with the connection (so the thread) that built it."""

    def __init__(self):
        self._owners = {}

    def __bool__(self):
        return bool(self._owners)

    def track(self, key, alias):
        """Record `key` if it was built inside a transaction on `alias`, until that transaction commits."""
        connection = transaction.get_connection(alias)
        if connection.in_atomic_block:
            self._owners[key] = connection
            transaction.on_commit(partial(self._committed, key, connection), using=alias)

    def _committed(self, key, connection):
        if self._owners.get(key) is connection:
            del self._owners[key]

    def built_elsewhere(self, key):
        """True if `key`'s class was built in another thread's transaction that is still open: its rows are not
        visible here, and that thread still needs the class (security review finding 20)."""
        owner = self._owners.get(key)
        return owner is not None and owner.in_atomic_block and owner is not transaction.get_connection(owner.alias)

    def pop_rolled_back(self):
        """The keys whose transaction ended without committing, no longer recorded. Each is checked against the
        connection (thread) that built it, not the caller's."""
        ended = [key for key, owner in list(self._owners.items()) if not owner.in_atomic_block]
        for key in ended:
            self._owners.pop(key, None)
        return ended
