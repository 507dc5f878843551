"""The online type change of a field on a big type, run by ConvertFieldJob (jobs.py).

Queued by the REST API and the edit form when `change_plan.plan_field_change` says the change rewrites a table of
more rows than the threshold. The job validates the change again against the data as it is then, converts the
column beside the old one (ddl/conversion.py: shadow column, trigger, batches), and saves the field's new definition
in the transaction that swaps the columns, so that the definition, its change record and the table change together.
On any failure the shadow column goes and the field keeps its old definition and values.
"""

import time
import uuid
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import DataError, IntegrityError, OperationalError, connections, transaction
from django.test import RequestFactory

from netbox.context_managers import event_tracking

from .constants import table_name
from .contextvars import column_converted
from .ddl.conversion import ColumnConversion, conversions_in_progress
from .dynamic_models import model_cache
from .dynamic_models.snapshot import FieldSnapshot
from .models import CustomObjectTypeField

__all__ = (
    'BATCH_SIZE',
    'ConversionRefused',
    'QueuedChange',
    'convert_field',
    'queued_change',
)

BATCH_SIZE = 10_000
SWAP_ATTEMPTS = 5  # the swap gives up waiting for reads after its lock timeout, then tries again


class ConversionRefused(Exception):
    """The change cannot be made (any more): the message says why; nothing was changed."""


@dataclass(frozen=True)
class QueuedChange:
    """What the job needs to make the change a request asked for: the attributes that differ from the stored row,
    and the stored row's `last_updated` (the change is refused if the field was edited in between)."""
    field_id: int
    changes: dict  # {attname: value}
    stored_last_updated: object
    request_id: str
    changelog_message: str = ''


def queued_change(row, request_id=None, changelog_message=''):
    """The QueuedChange of `row`, edited and validated, over its stored definition."""
    stored = row.stored_row()
    changes = {
        field.attname: field.value_from_object(row) for field in row._meta.concrete_fields
        if not field.primary_key and field.value_from_object(row) != field.value_from_object(stored)
        and field.name not in ('last_updated', 'created')
    }
    return QueuedChange(row.pk, changes, stored.last_updated, str(request_id or uuid.uuid4()), changelog_message)


def convert_field(queued, user, progress, batch_size=None, using='default'):
    """Make the queued change online; `progress(step, converted rows, total rows)` is told along the way. Raises
    ConversionRefused (nothing changed) when the change is no longer valid."""
    with _tracked(user, queued):  # (its errors show values of the objects the user may view only)
        field = _edited_field(queued, using)
    old = FieldSnapshot.from_row(field.stored_row())
    new = FieldSnapshot.from_row(field)
    table = table_name(field.custom_object_type_id)
    db_type = new.field_type.rewritten_column(table, old, new, model_cache.resolver_for(field.custom_object_type_id),
                                              connections[using])
    with _tracked(user, queued):
        if db_type is None:  # (no rewrite after all: the change is saved as it would be in a request)
            progress('saving', 0, 0)
            with transaction.atomic(using=using):
                field.save()
            return field
    conversion = ColumnConversion(table, old.name, db_type, field.pk)
    total = field.custom_object_type.get_model().objects.count()
    conversion.prepare(using)
    try:
        _backfill(conversion, total, progress, batch_size or BATCH_SIZE, using)
        if new.unique:
            progress('building the unique index', total, total)
            conversion.build_unique_index(using)
        progress('swapping the columns', total, total)
        _swap_and_save(conversion, field, new.unique, user, queued, using)
    except (DataError, IntegrityError, ValidationError) as e:
        conversion.discard(using)
        raise ConversionRefused(_refusal(e, new)) from e
    except BaseException:
        conversion.discard(using)
        raise
    progress('done', total, total)
    return field


def _refusal(error, new):
    """What the job's log says of data written since the change was checked that the change cannot take. Never
    the database's text: it quotes values, and the job's log may be read by users who may not view the objects."""
    if isinstance(error, ValidationError):
        reason = '; '.join(error.messages)
    elif isinstance(error, IntegrityError):
        reason = 'objects came to share a value since the change was checked, so the field cannot be unique.'
    else:
        reason = f'a value written since the change was checked cannot be converted to {new.type}.'
    return f'Nothing was changed: {reason}'


def _edited_field(queued, using):
    rows = CustomObjectTypeField.objects.using(using).select_related('custom_object_type')
    field = rows.filter(pk=queued.field_id).first()
    if field is None:
        raise ConversionRefused('The field no longer exists.')
    if field.last_updated != queued.stored_last_updated or field.pk in conversions_in_progress(
            connections[using], table_name(field.custom_object_type_id)):
        raise ConversionRefused('The field was changed after this change was queued, or another conversion of it '
                                'is running; nothing was changed. Make the change again.')
    field.snapshot()
    field._changelog_message = queued.changelog_message  # (as NetBox's serializers and forms set it)
    for attname, value in queued.changes.items():
        setattr(field, attname, value)
    try:
        field.full_clean()  # (the stored values as they are now: written since the request, or not)
    except ValidationError as e:
        raise ConversionRefused('; '.join(f'{key}: {" ".join(messages)}' for key, messages in
                                          e.message_dict.items())) from e
    return field


def _refuse_if_edited(field_id, queued, using):
    """The field's row, locked until the swap commits, still is the one the change was made over."""
    stored = CustomObjectTypeField.objects.using(using).select_for_update().filter(pk=field_id)
    if stored.values_list('last_updated', flat=True).first() != queued.stored_last_updated:
        raise ConversionRefused('The field was changed or deleted while its values were converted; nothing was '
                                'changed. Make the change again.')


def _backfill(conversion, total, progress, batch_size, using):
    after, converted = 0, 0
    progress('converting', 0, total)
    while True:
        after, rows = conversion.backfill(after, batch_size, using)
        if not rows:
            return
        converted += rows
        progress('converting', converted, total)


def _swap_and_save(conversion, field, unique, user, queued, using):
    """The columns swapped and the definition saved in one transaction, retried while reads keep the table busy
    past the swap's lock timeout (the readers never queue behind it for longer)."""
    for attempt in range(1, SWAP_ATTEMPTS + 1):
        try:
            with _tracked(user, queued), transaction.atomic(using=using):
                _refuse_if_edited(field.pk, queued, using)
                conversion.swap(using, unique=unique)
                with column_converted(field.pk, unique):
                    field.save()
            return
        except OperationalError:
            if attempt == SWAP_ATTEMPTS:
                raise
            time.sleep(attempt)


def _tracked(user, queued):
    """The change record made as in the request that queued it (its user, request id and message)."""
    request = RequestFactory().get('/')
    request.id, request.user = uuid.UUID(queued.request_id), user
    return event_tracking(request)
