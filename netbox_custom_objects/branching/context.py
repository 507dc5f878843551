"""The active branch, as seen by the model cache and the DDL routing."""

from django.apps import apps

__all__ = (
    'active_branch_key',
    'branching_installed',
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
