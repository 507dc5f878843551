"""Which models object and multiobject fields (polymorphic ones included) may refer to.

The rule: a target is a model that NetBox itself offers for its object custom fields, a *public* ObjectType (NetBox's
and plugins' models, minus those marked private such as extras.CachedValue), that NetBox also change-logs (the
`change_logging` feature): the objects people create and manage (sites, devices, tags, custom objects, ...). That
leaves out NetBox's bookkeeping rows: core.ObjectType, core.Job, change records, and the users, groups, tokens and
permissions of the `users` app, whose rows a PROTECT reference could pin (a token that could no longer be revoked).
The link columns and foreign keys are built for an integer primary key named `id`, so the model must have one
(core.ObjectType's primary key is its parent's link; other models may use UUIDs).

Checked when a field's target is set, whatever the path (model validation: forms, REST, schema documents; the
`related_object_types` m2m receiver), and used to limit the choices the UI offers.
"""

from django.db.models import AutoField, BigAutoField, SmallAutoField
from django.utils.translation import gettext as _

from core.models import ObjectType

__all__ = (
    'TARGET_FEATURE',
    'relation_target_types',
    'target_error',
)

TARGET_FEATURE = 'change_logging'
_INTEGER_KEYS = (AutoField, BigAutoField, SmallAutoField)


def relation_target_types():
    """The ObjectTypes fields may refer to (a queryset: the choices of the UI's pickers). A model class must also
    have an integer `id` (target_error); all NetBox models matched here have one."""
    return ObjectType.objects.public().filter(features__contains=[TARGET_FEATURE])


def target_error(object_type):
    """Why `object_type` (an ObjectType) cannot be a relation target, or None when it can."""
    model = object_type.model_class()
    allowed = model is not None and object_type.public and TARGET_FEATURE in (object_type.features or ()) and \
        isinstance(model._meta.pk, _INTEGER_KEYS) and model._meta.pk.name == 'id'
    if allowed:
        return None
    return _('Fields cannot refer to {label}: they refer to NetBox objects whose changes NetBox records (sites, '
             'devices, tags, ...) and to custom objects.').format(label=f'{object_type.app_label}.{object_type.model}')
