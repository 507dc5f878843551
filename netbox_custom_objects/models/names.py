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

from django.db.models import Q
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
    if error := _identifier_error(row):
        errors['name'] = error
    neighbours = _Neighbours(row)
    if 'name' not in errors and (error := _attribute_error(row, neighbours)):
        errors['name'] = error
    if error := _accessor_error(row, neighbours):
        errors['related_name' if row.related_name else 'name'] = error
    return errors


class _Neighbours:
    """The stored fields (other than `row`) that put attributes on the models `row` touches: those of its own type
    and of its target type, and the relations pointing at either. Read in one query."""

    def __init__(self, row):
        self.type_ids = {row.custom_object_type_id, _target_type_id(row)} - {None}
        query = Q()
        for type_id in self.type_ids:
            query |= Q(custom_object_type_id=type_id)
            query |= Q(related_object_type__app_label=APP_LABEL, related_object_type__model=model_name(type_id))
            # polymorphic fields that may refer to the type, with a related name (their accessor goes there too)
            query |= Q(is_polymorphic=True, related_object_types__app_label=APP_LABEL,
                       related_object_types__model=model_name(type_id)) & ~Q(related_name='')
        rows = type(row).objects.filter(query).distinct().select_related('related_object_type')
        self.rows = [other for other in rows if other.pk != row.pk and other.type in FIELD_TYPE_CLASS]
        # The custom object types the polymorphic ones among them may refer to (a query only when there are some).
        polymorphic = [other.pk for other in self.rows if other.is_polymorphic and other.related_name]
        self.polymorphic_targets = {}
        if polymorphic:
            for pk, target in type(row).related_object_types.through.objects.filter(
                    customobjecttypefield_id__in=polymorphic, objecttype__app_label=APP_LABEL).values_list(
                    'customobjecttypefield_id', 'objecttype__model'):
                if (type_id := extract_type_id(target)) is not None:
                    self.polymorphic_targets.setdefault(pk, set()).add(type_id)

    def attributes_of(self, type_id, exclude_name=None):
        """{attribute: field name} of the fields of type `type_id`."""
        return {attribute: field.name for field in self.rows
                if field.custom_object_type_id == type_id and field.name != exclude_name
                for attribute in field.field_type.model_attributes(field)}

    def accessors_to(self, type_id):
        """{reverse accessor: field name} of the relations to type `type_id` (polymorphic ones included)."""
        return {accessor: field.name for field in self.rows if type_id in self._target_type_ids(field)
                if (accessor := field.field_type.reverse_accessor(field)) is not None}

    def _target_type_ids(self, field):
        if field.is_polymorphic:
            return self.polymorphic_targets.get(field.pk, ())
        return (_target_type_id(field),)


def _attribute_error(row, neighbours):
    field_type = row.field_type
    reserved = reserved_attribute_names()
    # (A field of the same name is a duplicate, which the unique constraint reports.)
    taken = neighbours.attributes_of(row.custom_object_type_id, exclude_name=row.name)
    incoming = neighbours.accessors_to(row.custom_object_type_id)
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


def _accessor_error(row, neighbours):
    """The reverse accessor of a relation to a custom object type must be free on the target's model."""
    accessor = row.field_type.reverse_accessor(row)
    target_id = _target_type_id(row)
    if accessor is None or target_id is None:
        return None
    taken = neighbours.attributes_of(target_id)
    if target_id == row.custom_object_type_id:
        taken.update({attribute: row.name for attribute in row.field_type.model_attributes(row)})
    other = taken.get(accessor) or neighbours.accessors_to(target_id).get(accessor)
    if other is None:
        return None
    hint = '' if row.related_name else _(' Choose a related name.')
    return _('The related name "{accessor}" clashes with the field "{other}" of the referenced type.{hint}').format(
        accessor=accessor, other=other, hint=hint)


def _target_type_id(row):
    if not row.related_object_type_id or row.is_polymorphic:
        return None
    target = row.related_object_type
    return extract_type_id(target.model) if target.app_label == APP_LABEL else None
