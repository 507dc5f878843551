"""The permissions applying a plan needs (checked by the REST API and the UI; the executor itself checks none)."""

from ..constants import APP_LABEL

__all__ = (
    'APPLY_PERMISSIONS',
    'required_permissions',
)

# Creating and changing types and their fields.
APPLY_PERMISSIONS = (f'{APP_LABEL}.add_customobjecttype', f'{APP_LABEL}.change_customobjecttype')


def required_permissions(diffs, *, allow_destructive=False):
    """APPLY_PERMISSIONS, plus the delete permission of what the destructive changes of `diffs` delete when they are
    allowed (refused changes delete nothing)."""
    needed = set(APPLY_PERMISSIONS)
    if allow_destructive and any(diff.is_delete for diff in diffs):
        needed.add(f'{APP_LABEL}.delete_customobjecttype')
    if allow_destructive and any(diff.removes for diff in diffs):
        needed.add(f'{APP_LABEL}.delete_customobjecttypefield')
    return sorted(needed)
