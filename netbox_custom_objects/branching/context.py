"""The active branch, as seen by the model cache and the DDL routing."""

from contextlib import contextmanager

from django.apps import apps

from netbox.plugins import get_plugin_config

__all__ = (
    'active_branch_key',
    'branch_activated',
    'branch_key_of_alias',
    'branching_installed',
    'in_main',
)


def branching_installed():
    return apps.is_installed('netbox_branching')


def active_branch_key():
    """The schema id of the active branch, or None in main (and whenever netbox-branching is not installed)."""
    if not branching_installed():
        return None
    from netbox_branching.contextvars import active_branch  # only importable with the plugin installed

    branch = active_branch.get()
    return branch.schema_id if branch is not None else None


def branch_key_of_alias(using):
    """The schema id of the branch whose database alias is `using` (netbox-branching's `schema_<schema name>`), or
    None for main's."""
    if not branching_installed() or not using.startswith('schema_'):
        return None
    return using.removeprefix('schema_').removeprefix(get_plugin_config('netbox_branching', 'schema_prefix'))


@contextmanager
def branch_activated(schema_id):
    """Activate the branch `schema_id` (None: stay in main) for a background job queued from it; LookupError when
    the branch no longer exists."""
    if schema_id is None:
        yield
        return
    from netbox_branching.models import Branch
    from netbox_branching.utilities import activate_branch

    branch = Branch.objects.filter(schema_id=schema_id).first()
    if branch is None:
        raise LookupError(f'branch {schema_id} no longer exists')
    with activate_branch(branch):
        yield


@contextmanager
def in_main():
    """Deactivate the active branch for the block (nothing to do in main, or without netbox-branching)."""
    if active_branch_key() is None:
        yield
        return
    from netbox_branching.utilities import deactivate_branch

    with deactivate_branch():
        yield
