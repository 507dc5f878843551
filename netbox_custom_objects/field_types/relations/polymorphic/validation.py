"""Checks of a field row's `related_object_types`, which are set after the row is first saved (so they are checked
when they change, from an m2m_changed receiver)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from core.models import ObjectType

from ..rules import custom_type_ids, cycle_error, polymorphic_related_name_error
from ..targets import target_error

__all__ = (
    'check_related_object_types',
    'lacks_targets',
)

REFERENCE_TYPES = ('object', 'multiobject')


def lacks_targets(field_type, is_polymorphic, related_object_types):
    """Whether a new field would be a polymorphic reference naming no model it may refer to (so holding nothing),
    which upstream 0.7.1 refuses too. (The types are set after the row is saved: its clean() cannot see them.)"""
    return bool(is_polymorphic) and field_type in REFERENCE_TYPES and not related_object_types


def check_related_object_types(row, action, object_type_ids):
    """Refuse (ValidationError) a change of `row.related_object_types` (an m2m_changed `pre_*` action): only
    polymorphic fields take them, they are immutable once set, each must be a model fields may refer to
    (relations/targets.py), and they must not make types refer in a cycle."""
    if action not in ('pre_add', 'pre_remove', 'pre_clear'):
        return
    if not row.is_polymorphic:
        if action == 'pre_add' and object_type_ids:
            raise ValidationError({'related_object_types': _('Only polymorphic fields take related object types.')})
        return
    if row.related_object_types.exists():
        raise ValidationError({'related_object_types': _(
            'The related object types of a polymorphic field cannot be changed once set.')})
    if action != 'pre_add':
        return
    object_types = list(ObjectType.objects.filter(pk__in=object_type_ids).order_by('app_label', 'model'))
    for object_type in object_types:
        if error := target_error(object_type):
            raise ValidationError({'related_object_types': error})
    if error := polymorphic_related_name_error(row, object_types):
        raise ValidationError({'related_name': error})
    if error := cycle_error(row, custom_type_ids(object_types)):
        raise ValidationError({'related_object_types': error})
