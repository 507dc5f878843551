"""Answering a request again when a definition change committed by another worker overtook it.

Every request checks the definitions it uses at its first model lookup (the model cache's sync), but a change can
still commit between that check and the request's queries: a read then meets a column or table that is gone
(PostgreSQL makes it wait for the change's lock, then fails), and a write is refused by its definition check
(dynamic_models/freshness.py) before it writes anything. Such a request is answered again from the start (up to
MAX_ATTEMPTS in all), with the classes of the definition now committed, instead of with a 500:

- only when nothing it did was committed (a write that committed is never repeated), its body is still at hand
  (JSON and form bodies are; multipart uploads are not retried), and no transaction is open;
- a value sent under a field's previous name (the field was renamed meanwhile) is sent again under its current
  name, so that a write prepared before a rename is not lost.
"""

import json
import logging
from io import BytesIO
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.db import DatabaseError, connections, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponse
from psycopg import errors as pg_errors

from .branching.context import in_main
from .contextvars import attempting, request_attempt
from .ddl.locks import release_write_locks
from .dynamic_models import model_cache
from .dynamic_models.freshness import StaleDefinition
from .dynamic_models.rows import load_snapshots

__all__ = ('DefinitionChangeRetryMiddleware', 'overtaken_by_definition_change')

# A request slower than the interval between definition changes may be overtaken more than once.
MAX_ATTEMPTS = 3
logger = logging.getLogger('netbox_custom_objects')

SAFE_METHODS = frozenset({'GET', 'HEAD', 'OPTIONS'})
_REPLAYABLE_TYPES = ('application/json', 'application/x-www-form-urlencoded')
_OVERTAKEN = (pg_errors.UndefinedColumn, pg_errors.UndefinedTable, pg_errors.DeadlockDetected)


class Attempt:
    def __init__(self, request):
        self.retry = False
        self.attempts = 1
        self.committed = False  # a write of this attempt committed: never answer it again
        self.renames = {}  # {previous field name: current name} for the body of the next attempt
        self.write_locks = {}  # {database alias: ids of the types whose write lock this attempt holds}
        self.replayable = request.method in SAFE_METHODS or _keep_body(request)

    def mark_committed(self):
        self.committed = True


class DefinitionChangeRetryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with attempting(Attempt(request)) as attempt:
            initial = dict(request.__dict__)  # e.g. the user before DRF's authentication set it
            response = self._attempt(request, attempt)
            while attempt.retry:
                attempt.retry = False
                attempt.attempts += 1
                _rewind(request, initial, attempt.renames)
                response = self._attempt(request, attempt)
            return response

    def _attempt(self, request, attempt):
        try:
            return self.get_response(request)
        finally:
            locks, attempt.write_locks = attempt.write_locks, {}
            for alias, type_ids in locks.items():
                _release(connections[alias], type_ids)

    def process_exception(self, request, exception):
        """Note a request overtaken by a definition change (answered again by __call__, which drops the stand-in
        answer returned here instead of logging a 500 that nobody receives)."""
        attempt = request_attempt.get()
        if attempt is None or attempt.attempts >= MAX_ATTEMPTS or not attempt.replayable:
            return None
        if not overtaken_by_definition_change(exception):
            return None
        if request.method not in SAFE_METHODS and attempt.committed:
            return None
        if any(connection.in_atomic_block for connection in connections.all(initialized_only=True)):
            return None
        logger.info(
            '%s %s overtaken by a definition change (%s): answering it again',
            request.method,
            request.path,
            str(exception).splitlines()[0],
        )
        # Main's classes are in Django's app registry, which NetBox's own views walk without looking a custom model
        # up (the objects pointing at a site on its page, the deletion collector): drop those whose type changed or
        # vanished now, or the new attempt would meet the same table. The new attempt's first lookup syncs the
        # active branch's.
        with in_main():
            model_cache.sync()
        model_cache.sync_at_next_lookup()
        attempt.retry = True
        if request.method not in SAFE_METHODS:
            # Read now: the branch this request works in is active only while the view runs.
            attempt.renames = _renames(_type_id(request, exception))
        return HttpResponse(status=503)


def _release(connection, type_ids):
    """Release the write locks of an attempt. Connections persist between requests (CONN_MAX_AGE): a lock that
    cannot be released ends with its session instead, or it would hold back every change of the type."""
    try:
        release_write_locks(connection, type_ids)
    except DatabaseError:
        logger.exception('Could not release the write locks of types %s: closing the connection', sorted(type_ids))
        connection.close()


def overtaken_by_definition_change(exception):
    """Whether `exception` comes from a definition change that committed while the request ran (a dropped column or
    table met by a query, a stale class refused by a write's check, a deadlock with the change's DDL)."""
    if isinstance(exception, StaleDefinition):
        return True
    return isinstance(exception, DatabaseError) and isinstance(exception.__cause__, _OVERTAKEN)


def _keep_body(request):
    """Read a replayable body now (Django keeps it), so that a second attempt can parse it again."""
    if not request.content_type.startswith(_REPLAYABLE_TYPES):
        return not request.META.get('CONTENT_LENGTH')
    try:
        length = int(request.META.get('CONTENT_LENGTH') or 0)
    except ValueError:
        return False
    if length > (settings.DATA_UPLOAD_MAX_MEMORY_SIZE or 0):
        return False
    request.body  # noqa: B018 (cached on the request)
    return True


def _type_id(request, exception):
    if isinstance(exception, StaleDefinition):
        return exception.type_id
    slug = getattr(request.resolver_match, 'kwargs', {}).get('custom_object_type')
    return model_cache.type_id_for_slug(slug) if slug else None


def _renames(type_id):
    if type_id is None:
        return {}
    snapshot = load_snapshots([type_id]).get(type_id)
    if snapshot is None:
        return {}
    current = {field.name for field in snapshot.fields}
    return {old: field.name for field in snapshot.fields for old in field.previous_names if old not in current}


def _rewind(request, initial, renames):
    """Make `request` as it was before its first attempt (`initial`: its attributes then), its body readable again
    with its keys renamed by `renames`."""
    body = request.__dict__.get('_body')
    request.__dict__.clear()
    request.__dict__.update(initial)
    if body is None:
        return
    if renames and body:
        body = _renamed_body(request.content_type, body, renames)
    request._body = body
    request._stream = BytesIO(body)
    request._read_started = False


def _renamed_body(content_type, body, renames):
    if content_type == 'application/json':
        try:
            data = json.loads(body)
        except ValueError:
            return body
        items = data if isinstance(data, list) else [data]
        for item in items:
            if isinstance(item, dict):
                for old, new in renames.items():
                    if old in item and new not in item:
                        item[new] = item.pop(old)
        return json.dumps(data).encode()
    pairs = parse_qsl(body.decode(), keep_blank_values=True)
    names = {name for name, _ in pairs}
    return urlencode(
        [(renames.get(name, name) if renames.get(name) not in names else name, value) for name, value in pairs]
    ).encode()


# Whether an attempt committed anything (any model: a change log entry, a token's last use, an object).


@receiver(post_save, dispatch_uid='nco_attempt_saved')
@receiver(post_delete, dispatch_uid='nco_attempt_deleted')
@receiver(m2m_changed, dispatch_uid='nco_attempt_links')
def _note_commit(sender, using='default', **kwargs):
    attempt = request_attempt.get()
    if attempt is not None and not attempt.committed:
        transaction.on_commit(attempt.mark_committed, using=using)
