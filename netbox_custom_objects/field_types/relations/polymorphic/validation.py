"""Checks of a field row's `related_object_types`, which are set after the row is first saved (so they are checked
when they change, from an m2m_changed receiver)."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext as _

from core.models import ObjectType

from ....constants import APP_LABEL, extract_type_id
from ..targets import target_error

__all__ = (
    'check_related_object_types',
    'polymorphic_related_name_error',
)


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
    if error := _cycle_error(row, object_type_ids):
        raise ValidationError({'related_object_types': error})


def _cycle_error(row, object_type_ids):
    """relations.cycle_error for types about to be added (not stored yet)."""
    object_types = ContentType.objects.filter(pk__in=object_type_ids, app_label=APP_LABEL).values_list('model',
                                                                                                       flat=True)
    own_id, seen = row.custom_object_type_id, set()
    pending = [t for name in object_types if (t := extract_type_id(name)) is not None and t != own_id]
    field_model = type(row)
    while pending:
        type_id = pending.pop()
        if type_id == own_id:
            return _('This reference would create a cycle between custom object types.')
        if type_id in seen:
            continue
        seen.add(type_id)
        for other in field_model.objects.filter(custom_object_type_id=type_id).exclude(pk=row.pk):
            targets = [other.related_object_type] if other.related_object_type_id else []
            if other.is_polymorphic:
                targets.extend(other.related_object_types.all())
            pending.extend(t for ot in targets if ot.app_label == APP_LABEL
                           and (t := extract_type_id(ot.model)) is not None and t != type_id)
    return None


def polymorphic_related_name_error(row, object_types):
    """Why `row.related_name` cannot be the reverse accessor of polymorphic field `row` on the models of
    `object_types` (ObjectTypes), or None: the name must be free on each model (not a field, method or another
    field's accessor), whoever comes first."""
    name = row.related_name
    if not name or not object_types:
        return None
    for object_type in object_types:
        model = object_type.model_class()
        if model is None:
            continue
        own = model.__dict__.get(name)
        ours = (getattr(own, 'type_id', None), getattr(own, 'field_name', None)) == \
            (row.custom_object_type_id, row.name)
        if not ours and (hasattr(model, name) or name in {f.name for f in model._meta.get_fields()}):
            return _('{model} already has an attribute named "{name}".').format(
                model=model._meta.verbose_name, name=name)
    pks = [object_type.pk for object_type in object_types]
    others = type(row).objects.filter(related_name=name).exclude(pk=row.pk).filter(
        Q(related_object_type__in=pks) | Q(is_polymorphic=True, related_object_types__in=pks))
    if other := others.select_related('custom_object_type').first():
        return _('The related name "{name}" is already used by the field {type}.{field}, which refers to the same '
                 'objects.').format(name=name, type=other.custom_object_type.name, field=other.name)
    return None
