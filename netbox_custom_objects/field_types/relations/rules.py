"""What a relation field's definition may be, for object and multiobject fields and their polymorphic variants: a
target that fields may refer to, a filter that is a JSON object, a related name of the right format that is free on
every target, and no cycle of references between custom object types (one check, `cycle_error`)."""

from django.db.models import Q
from django.utils.translation import gettext as _

from ...constants import APP_LABEL, IDENTIFIER_RE, extract_type_id
from .targets import target_error

__all__ = (
    'custom_type_ids',
    'cycle_error',
    'polymorphic_related_name_error',
    'referred_type_ids',
    'related_filter_error',
    'related_name_error',
    'related_name_format_error',
    'relation_definition_errors',
)


def relation_definition_errors(field, missing_target_message):
    """The definition errors shared by object and multiobject fields: a target, a filter that is a JSON object, a
    valid `related_name`, no cycle between types."""
    if not field.related_object_type_id:
        return {'related_object_type': missing_target_message}
    # Checked when the target is set, on creation (it cannot change): fields made before the rule stay editable.
    if field._state.adding and (error := target_error(field.related_object_type)):
        return {'related_object_type': error}
    errors = {}
    if error := related_filter_error(field.related_object_filter):
        errors['related_object_filter'] = error
    if error := related_name_error(field):
        errors['related_name'] = error
    if error := cycle_error(field, referred_type_ids(field)):
        errors['related_object_type'] = error
    return errors


def related_filter_error(related_object_filter):
    """The filter of a relation's pickers must be query parameters: a JSON object."""
    if related_object_filter is not None and not isinstance(related_object_filter, dict):
        return _('The filter must be a JSON object of query parameters.')
    return None


def related_name_format_error(name):
    """The one check of a related name's format (object, multiobject and polymorphic fields)."""
    if name and (not IDENTIFIER_RE.match(name) or '__' in name):
        return _('Use lowercase letters, digits and single underscores, starting with a letter.')
    return None


def related_name_error(row):
    """The related name must be a valid identifier and must not clash with an attribute of the target model."""
    if not row.related_name:
        return None
    if error := related_name_format_error(row.related_name):
        return error
    target = row.related_object_type.model_class() if row.related_object_type_id else None
    if target is None or row.related_name in _own_accessors(row):
        return None
    taken = {f.name for f in target._meta.get_fields()} | set(dir(target))
    if row.related_name in taken:
        return _('{model} already has an attribute named "{name}".').format(
            model=target._meta.verbose_name, name=row.related_name)
    return None


def _own_accessors(row):
    """Accessor names this very field already owns (a re-save must not clash with itself)."""
    stored = row.stored_row()
    return {stored.related_name} if stored is not None and stored.related_name else set()


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


def cycle_error(row, target_type_ids):
    """The one cycle check of relation fields: why references from field `row` to the custom object types
    `target_type_ids` would make types refer to each other in a cycle (a type may refer to itself), or None. The walk
    follows what the other fields of each type reached refer to, as stored."""
    own_id = row.custom_object_type_id
    pending, seen = [t for t in target_type_ids if t != own_id], set()
    while pending:
        type_id = pending.pop()
        if type_id == own_id:
            return _('This reference would create a cycle between custom object types.')
        if type_id in seen:
            continue
        seen.add(type_id)
        for other in type(row).objects.filter(custom_object_type_id=type_id).exclude(pk=row.pk):
            pending.extend(t for t in referred_type_ids(other) if t != type_id)
    return None


def referred_type_ids(row):
    """The ids of the custom object types field row `row` refers to: its target, or its stored allowed types."""
    object_types = []
    if row.related_object_type_id:
        object_types.append(row.related_object_type)
    if row.pk and row.is_polymorphic:
        object_types.extend(row.related_object_types.all())
    return custom_type_ids(object_types)


def custom_type_ids(object_types):
    """The ids of the custom object types among `object_types` (ObjectTypes or ContentTypes)."""
    return [
        type_id for ot in object_types
        if ot.app_label == APP_LABEL and (type_id := extract_type_id(ot.model)) is not None
    ]
