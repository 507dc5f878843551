"""Pages that review changes: netbox-branching's own pages resolve every change's type, wherever they are viewed.

A branch's page, its diff and its changes, the merge, sync, revert and migrate forms and the change diff pages list
changes of types the context they are viewed in may not have: a type created in a branch, viewed from main or from
another branch; a type deleted in a branch, or removed from main by a revert. netbox-branching resolves each
change's content type to a class (`ContentType.model_class()`) and reads its `_meta` (names) and managers (the
changed object); a type that does not exist there resolves to nothing, and the page fails (500).

On those pages (GET requests in netbox-branching's URL namespaces, its REST API's included, and NetBox's change
log), such a lookup gets a stand-in class instead (dynamic_models/standins.py): named after the type's last
recorded definition, with no objects (they do not exist where the page is viewed; the page shows each change's
recorded representation, as it does for any object that is not there). Everywhere else, a type the context does
not have stays a LookupError."""

from django.contrib.contenttypes.models import ContentType
from django.db import DEFAULT_DB_ALIAS

from core.models import ObjectChange
from netbox.context import current_request
from netbox_branching.models import ChangeDiff

from ..constants import extract_type_id
from ..dynamic_models.snapshot import TypeSnapshot
from ..dynamic_models.standins import stand_in_model
from .context import active_branch_key, in_main

__all__ = (
    'recorded_definition',
    'review_lookup',
)

REVIEW_NAMESPACES = {'netbox_branching', 'netbox_branching-api'}  # its pages, and its REST API's reads
REVIEW_VIEWS = ('core:objectchange_list', 'core:objectchange')  # NetBox's change log (its filter lists every type)
SAFE_METHODS = ('GET', 'HEAD')
NAME_ATTRIBUTES = ('name', 'slug', 'verbose_name', 'verbose_name_plural')


def review_lookup(model_name, lookup):
    """`lookup(model_name)`, or on a review page, the stand-in of a type the active context does not have."""
    request = current_request.get()
    if not _reviewing(request) or extract_type_id(model_name) is None:
        return lookup(model_name)
    # Definitions do not change during a GET: remember the answer for the rest of the request (a page resolves the
    # same content type once per row), per context (netbox-branching switches contexts within a request).
    memo = request.__dict__.setdefault('_nco_stand_ins', {})
    key = (active_branch_key(), model_name)
    if key in memo:
        return memo[key]
    try:
        return lookup(model_name)
    except LookupError:
        memo[key] = stand_in_model(recorded_definition(extract_type_id(model_name)))
        return memo[key]


def _reviewing(request):
    match = getattr(request, 'resolver_match', None)
    return match is not None and request.method in SAFE_METHODS and (
        REVIEW_NAMESPACES.intersection(match.namespaces) or match.view_name in REVIEW_VIEWS)


def recorded_definition(type_id):
    """The TypeSnapshot (names only, no fields) of type `type_id`: main's row, else as last recorded by a change
    diff (of any branch), else by a change record (of the active context, then of main)."""
    from ..models import CustomObjectType  # (models import the model cache, which imports this package)

    with in_main():
        row = CustomObjectType.objects.filter(pk=type_id).first()
    if row is None:
        data = _recorded_data(CustomObjectType, type_id)
        row = CustomObjectType(pk=type_id, **{name: data[name] for name in NAME_ATTRIBUTES if data.get(name)})
        row.name = row.name or f'custom_object_type_{type_id}'
    return TypeSnapshot.from_row(row, ())


def _recorded_data(type_model, type_id):
    content_type = ContentType.objects.get_for_model(type_model)
    diff = ChangeDiff.objects.filter(object_type=content_type, object_id=type_id).order_by('-last_updated').first()
    if diff is not None and (diff.modified or diff.original):
        return diff.modified or diff.original
    for using in (None, DEFAULT_DB_ALIAS):  # (ObjectChange reads follow the active branch)
        changes = ObjectChange.objects.filter(changed_object_type=content_type, changed_object_id=type_id)
        change = (changes.using(using) if using else changes).order_by('-time').first()
        if change is not None and (change.postchange_data or change.prechange_data):
            return change.postchange_data or change.prechange_data
    return {}
