"""ObjectPermission constraints that name a field (security review finding 23).

A constraint on a type's objects, such as `{"serial__startswith": "X"}`, is written against a field's name. Renaming,
retyping or deleting that field would make every request of the users it applies to fail (NetBox's `restrict()`
raises on an unknown or mistyped lookup), and a new field taking the old name would silently inherit the constraint.
Users' own changes (forms, REST API, schema documents) are therefore refused while a constraint names the field,
naming the permissions to change first. Replays of netbox-branching (merge, sync, revert) are not checked: they
re-apply changes already made.
"""

from django.db.models import ProtectedError
from django.utils.translation import gettext as _

from users.models import ObjectPermission

__all__ = (
    'constraining_permissions',
    'constraint_message',
    'refuse_deletion_if_constrained',
)


def constraining_permissions(field):
    """The ObjectPermissions on `field`'s type whose constraints name one of the field's attributes."""
    object_type_id = field.custom_object_type.object_type_id
    if object_type_id is None:
        return []
    attributes = set(field.field_type.model_attributes(field))
    found = []
    for permission in ObjectPermission.objects.filter(object_types=object_type_id).exclude(constraints=None):
        constraint_sets = permission.constraints if isinstance(permission.constraints, list) else [
            permission.constraints]
        if any(isinstance(constraints, dict) and key.split('__')[0] in attributes
               for constraints in constraint_sets for key in constraints):
            found.append(permission)
    return found


def constraint_message(permissions):
    return _('Object permissions have constraints on this field: {names}. Change their constraints first.').format(
        names=', '.join(f'"{permission.name}"' for permission in permissions))


def refuse_deletion_if_constrained(field):
    """Raise ProtectedError (NetBox answers 409, or lists them on the delete page) while constraints name `field`."""
    if permissions := constraining_permissions(field):
        raise ProtectedError(constraint_message(permissions), permissions)
