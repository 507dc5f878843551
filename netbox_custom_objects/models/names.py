"""Names that cannot break a model: the checks a field's name (and related name) must pass against everything else
that puts attributes on the same generated model, in either order of creation.

A field becomes one or more class attributes of its type's model (`model_attributes`: `site` and `site_id`,
`loc_latitude`, ...); a relation puts its reverse accessor on its target's model (`reverse_accessor`). Whichever
comes second would silently replace the other's descriptor: the type then fails on every read or write (a 500), or
the DDL fails on a column that exists. So a name is refused when one of its attributes is

- an attribute of the model's bases (Django's Model, NetBox's mixins, the plugin's own: dynamic_models/reserved.py),
- an attribute of another field of the type,
- the reverse accessor of a relation (of any type, this one included) that points at the type;

and a relation is refused when its reverse accessor is an attribute of the target type's fields or of another
relation pointing there. Database identifiers named after the field must fit PostgreSQL's 63 bytes: PostgreSQL would
silently truncate them, and then renames and deletes no longer find the table (we refuse rather than truncate, so
the names stay those of the documented formulas: `custom_objects_<type id>_<field name>`, `<name>_content_type_id`).
"""

from django.utils.translation import gettext as _

from ..constants import APP_LABEL, extract_type_id, model_name
from ..ddl.naming import MAX_IDENTIFIER_LENGTH
from ..dynamic_models.reserved import reserved_attribute_names
from ..field_types import FIELD_TYPE_CLASS

__all__ = (
    'name_errors',
)


def name_errors(row):
    """{attribute of `row`: message} for names that clash or do not fit the database."""
    errors = {}
    if error := _attribute_error(row) or _identifier_error(row):
        errors['name'] = error
    if error := _accessor_error(row):
        errors['related_name' if row.related_name else 'name'] = error
    return errors


def _attribute_error(row):
    field_type = row.field_type
    reserved = reserved_attribute_names()
    taken = _attributes_of_fields(_other_fields(row, row.custom_object_type_id))
    incoming = _accessors_pointing_at(row.custom_object_type_id, exclude=row)
    if field_type.reverse_accessor(row) is not None and _target_type_id(row) == row.custom_object_type_id:
        incoming[field_type.reverse_accessor(row)] = row.name
    for attribute in field_type.model_attributes(row):
        derived = '' if attribute == row.name else _(' (the field adds the attribute "{attribute}")').format(
            attribute=attribute)
        if attribute in reserved:
            return _('"{name}" is a reserved name{derived}: every custom object has an attribute of that name.').format(
                name=row.name, derived=derived)
        if attribute in taken:
            return _('"{name}" clashes with the field "{other}"{derived}.').format(
                name=row.name, other=taken[attribute], derived=derived)
        if attribute in incoming:
            return _('"{name}" clashes with the related name of the field "{other}", which refers to this type'
                     '{derived}.').format(name=row.name, other=incoming[attribute], derived=derived)
    return None


def _identifier_error(row):
    for identifier in row.field_type.db_identifiers(row):
        if len(identifier.encode()) > MAX_IDENTIFIER_LENGTH:
            excess = len(identifier.encode()) - MAX_IDENTIFIER_LENGTH
            return _(
                'The name is too long for a {type} field: the database name "{identifier}" would be longer than '
                'PostgreSQL\'s limit of {limit} bytes. Use a name of at most {max} characters.'
            ).format(type=row.type, identifier=identifier, limit=MAX_IDENTIFIER_LENGTH, max=len(row.name) - excess)
    return None


def _accessor_error(row):
    """The reverse accessor of a relation to a custom object type must be free on the target's model."""
    accessor = row.field_type.reverse_accessor(row)
    target_id = _target_type_id(row)
    if accessor is None or target_id is None:
        return None
    fields = _other_fields(row, target_id)
    if target_id == row.custom_object_type_id:
        fields.append(row)
    taken = _attributes_of_fields(fields)
    incoming = _accessors_pointing_at(target_id, exclude=row)
    other = taken.get(accessor) or incoming.get(accessor)
    if other is None:
        return None
    hint = '' if row.related_name else _(' Choose a related name.')
    return _('The related name "{accessor}" clashes with the field "{other}" of the referenced type.{hint}').format(
        accessor=accessor, other=other, hint=hint)


def _other_fields(row, type_id):
    return list(type(row).objects.filter(custom_object_type_id=type_id).exclude(pk=row.pk))


def _attributes_of_fields(fields):
    """{attribute: field name} of the model attributes of `fields`."""
    return {attribute: field.name for field in fields if _known(field)
            for attribute in field.field_type.model_attributes(field)}


def _accessors_pointing_at(type_id, exclude):
    """{reverse accessor: field name} of the relations (stored rows other than `exclude`) to type `type_id`."""
    rows = type(exclude).objects.filter(related_object_type__app_label=APP_LABEL,
                                        related_object_type__model=model_name(type_id)).exclude(pk=exclude.pk)
    return {accessor: row.name for row in rows if _known(row)
            if (accessor := row.field_type.reverse_accessor(row)) is not None}


def _target_type_id(row):
    if not row.related_object_type_id or row.is_polymorphic:
        return None
    target = row.related_object_type
    return extract_type_id(target.model) if target.app_label == APP_LABEL else None


def _known(row):
    return row.type in FIELD_TYPE_CLASS
