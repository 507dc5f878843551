"""Applying a schema document: the plan from the comparator, carried out through the definition models.

Everything happens in one transaction on the database the router picks for the definition rows (main's, or the
active branch's), and every row goes through `full_clean()` and `save()`/`delete()`: the models' validation rules
apply, the receivers run the DDL inside the same transaction, and the change log records each step (what a branch
merge replays). So an apply lands completely or not at all. Destructive changes are refused before anything is
written unless allowed.

Order of the steps: type attributes; field removals; type deletions; then, type by type in dependency order (a type
after the types its fields refer to), creation of new types, field alterations (renames included) and additions;
finally each type's stored document and id counter.
"""

import logging

from django.core.exceptions import ValidationError
from django.db import DataError, IntegrityError, router, transaction
from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from ..models import CustomObjectType, CustomObjectTypeField, CustomObjectTypeUniqueConstraint
from ..models.constraints import constraining_permissions, constraint_message
from .comparator import diff_document
from .exceptions import CircularDependencyError, DestructiveChangesError, InvalidDefinitionError
from .format import EXTENSION_TYPE_ATTRS, TOMBSTONE_KEYS, TYPE_ATTRS, TYPE_DEFAULTS
from .permissions import SchemaPermissions
from .references import References
from .stored import stored_document, stored_entry
from .unique import unique_constraint_row

__all__ = (
    'apply_diffs',
    'apply_document',
    'creation_order',
    'plan_document',
)

logger = logging.getLogger('netbox_custom_objects')

REFUSED = _('The database refused this change (it conflicts with stored data or with a concurrent change).')


def apply_document(document, *, allow_destructive=False, user=None):
    """Apply a (parsed) document and return its diffs. Raises SchemaValidationError, an
    UnresolvableReferenceError subclass, CircularDependencyError or DestructiveChangesError before any change, and
    InvalidDefinitionError when a model refuses a definition, or SchemaPermissionError when `user` (if given) may
    not make a change (everything rolled back)."""
    diffs = diff_document(document, user=user)
    type_defs = {type_def['slug']: type_def for type_def in document['types']}
    return apply_diffs(diffs, type_defs, allow_destructive=allow_destructive, user=user)


def plan_document(document, *, user=None):
    """The diffs of a document, after every check apply_document() makes before writing (format, references,
    cycles, what `user` may view), except the one for destructive changes (the diffs show them) and those of what
    the user may write. Nothing is written."""
    diffs = diff_document(document, user=user)
    creation_order({type_def['slug']: type_def for type_def in document['types']})
    return diffs


def apply_diffs(diffs, type_defs_by_slug, *, allow_destructive=False, user=None):
    """Carry out `diffs` (from diff_document, with the same `user`) with the document entries they came from, keyed
    by slug. With a `user`, every row written is checked against the user's permissions (schema.permissions)."""
    order = creation_order(type_defs_by_slug)
    destructive = [diff.slug for diff in diffs if diff.has_destructive_changes]
    if destructive and not allow_destructive:
        raise DestructiveChangesError(destructive)
    permissions = SchemaPermissions(user) if user is not None else None
    using = router.db_for_write(CustomObjectType)
    with transaction.atomic(using=using):
        if permissions:
            permissions.check_plan(diffs, allow_destructive=allow_destructive)
        _Execution(diffs, type_defs_by_slug, permissions).run(order)
    return diffs


def creation_order(type_defs_by_slug):
    """The slugs of the document's types, each after the types of the document its fields refer to (document
    order otherwise). Raises CircularDependencyError for a cycle; a type may refer to itself."""
    dependencies = {slug: _referenced_slugs(type_def) & set(type_defs_by_slug) - {slug}
                    for slug, type_def in type_defs_by_slug.items()}
    order, state = [], {}

    def visit(slug, path):
        if state.get(slug) == 'done':
            return
        if state.get(slug) == 'visiting':
            raise CircularDependencyError([*path[path.index(slug):], slug])
        state[slug] = 'visiting'
        for dependency in sorted(dependencies[slug], key=list(type_defs_by_slug).index):
            visit(dependency, [*path, slug])
        state[slug] = 'done'
        order.append(slug)

    for slug in type_defs_by_slug:
        visit(slug, [])
    return order


def _referenced_slugs(type_def):
    slugs = set()
    for field_def in type_def.get('fields', ()):
        references = [field_def.get('related_object_type'), *field_def.get('related_object_types', ())]
        slugs.update(References.custom_object_slug(ref) for ref in references if ref)
    return slugs - {None}


class _Execution:
    """One apply, inside its transaction."""

    def __init__(self, diffs, type_defs_by_slug, permissions=None):
        self.diffs = {diff.slug: diff for diff in diffs}
        self.type_defs = type_defs_by_slug
        self.permissions = permissions  # SchemaPermissions of the user applying, or None (no checks)
        self.references = References()

    def run(self, order):
        for diff in self.diffs.values():
            if diff.cot_changes and not diff.is_new and not diff.is_delete:
                self.update_type(diff)
        for diff in self.diffs.values():
            self.remove_unique_constraints(diff)  # (before the fields they use)
        for diff in self.diffs.values():
            self.remove_fields(diff)
        for diff in self.diffs.values():
            if diff.is_delete:
                self.delete_type(diff)
        for slug in order:
            diff = self.diffs[slug]
            cot = self.create_type(diff) if diff.is_new else CustomObjectType.objects.get(slug=slug)
            self.alter_fields(cot, diff.alters)
            for change in diff.adds:
                self.save_field(cot, CustomObjectTypeField(), change)
            self.add_unique_constraints(cot, diff)
        for slug in order:
            self.record_document(slug)

    # Types

    def type_attributes(self, slug, *, existing=False):
        """The type's attributes as the document gives them; of an `existing` type, extension attributes the
        document does not carry are left out (their stored values stay)."""
        type_def = self.type_defs[slug]
        return {
            attr: type_def.get(attr, TYPE_DEFAULTS.get(attr)) for attr in TYPE_ATTRS
            if not existing or attr in type_def or attr not in EXTENSION_TYPE_ATTRS
        }

    def create_type(self, diff):
        cot = CustomObjectType(**self.type_attributes(diff.slug))
        self.save(cot, diff.slug)
        return cot

    def update_type(self, diff):
        cot = CustomObjectType.objects.get(slug=diff.slug)
        for attr, value in self.type_attributes(diff.slug, existing=True).items():
            setattr(cot, attr, value)
        self.save(cot, diff.slug)

    def delete_type(self, diff):
        cot = CustomObjectType.objects.get(slug=diff.slug)
        try:
            cot.delete()
        except IntegrityError as e:  # ProtectedError/RestrictedError: other types' fields or objects need it
            raise InvalidDefinitionError(diff.slug, None, ValidationError(str(e.args[0]))) from e

    def record_document(self, slug):
        """Store the document entry (as a one-type document, see schema.stored), keeping the tombstones of earlier
        documents (ids are never reused), and move the id counter past every id the document and the database hold."""
        cot = CustomObjectType.objects.get(slug=slug)
        type_def = self.type_defs[slug]
        stored = stored_entry(cot.schema_document)
        entry = {key: value for key, value in stored.items() if key not in (*TYPE_ATTRS, 'fields')}
        entry.update(type_def)
        tombstones = _merge_tombstones(stored.get('removed_fields'), type_def.get('removed_fields'))
        if tombstones:
            entry['removed_fields'] = tombstones
        document = stored_document(entry, cot.schema_document)
        ids = [f['id'] for f in type_def.get('fields', ())] + [t['id'] for t in tombstones]
        highest = max([*ids, cot.fields.aggregate(m=Max('schema_id'))['m'] or 0])
        next_schema_id = max(cot.next_schema_id, highest + 1)
        if document != cot.schema_document or next_schema_id != cot.next_schema_id:
            cot.schema_document, cot.next_schema_id = document, next_schema_id
            self.save(cot, slug, checked=False)  # bookkeeping of the changes already checked

    # Fields

    def remove_fields(self, diff):
        if not diff.removes:
            return
        rows = CustomObjectTypeField.objects.filter(
            custom_object_type__slug=diff.slug, schema_id__in=[change.schema_id for change in diff.removes])
        for row in rows:
            if permissions := constraining_permissions(row):
                raise InvalidDefinitionError(diff.slug, row.name, ValidationError(constraint_message(permissions)))
            row.delete()

    def alter_fields(self, cot, alters):
        if not alters:
            return
        rows = {row.schema_id: row for row in cot.fields.filter(schema_id__in=[c.schema_id for c in alters])}
        renames = [change for change in alters if change.is_rename]
        if {change.definition['name'] for change in renames} & {rows[c.schema_id].name for c in renames}:
            # Names passed along (a→b while b→c, or a swap): free every new name first.
            for change in renames:
                row = rows[change.schema_id]
                row.name = f'schema_renaming_{change.schema_id}'
                self.save(row, cot.slug, change.db_name, checked=False)  # a passing name; the final one is checked
            rows = {row.schema_id: row for row in cot.fields.filter(schema_id__in=rows)}
        for change in alters:
            self.save_field(cot, rows[change.schema_id], change)

    def save_field(self, cot, row, change):
        row.custom_object_type = cot
        row.schema_id = change.schema_id
        definition = change.definition
        for attr, value in definition.items():
            if attr == 'choice_set':
                row.choice_set = self.references.choice_set(value) if value else None
            elif attr == 'related_object_type':
                row.related_object_type = self.references.object_type(value) if value else None
            elif attr != 'related_object_types':
                setattr(row, attr, value)
        self.save(row, cot.slug, definition['name'])
        targets = [self.references.object_type(reference) for reference in definition['related_object_types']]
        if {t.pk for t in targets} != set(row.related_object_types.values_list('pk', flat=True)):
            try:
                row.related_object_types.set(targets)
            except ValidationError as e:
                raise InvalidDefinitionError(cot.slug, definition['name'], e) from e

    # Unique constraints (schema/unique.py): a changed one is deleted first and created again after the fields

    def remove_unique_constraints(self, diff):
        gone = [change.name for change in diff.unique_changes if change.op in ('remove', 'alter')]
        for row in CustomObjectTypeUniqueConstraint.objects.filter(custom_object_type__slug=diff.slug, name__in=gone):
            row.delete()

    def add_unique_constraints(self, cot, diff):
        for change in diff.unique_changes:
            if change.op in ('add', 'alter'):
                try:
                    row = unique_constraint_row(cot, change.definition)
                except ValidationError as e:
                    raise InvalidDefinitionError(cot.slug, None, e) from e
                self.save(row, cot.slug)

    # Rows

    def save(self, instance, slug, field_name=None, *, checked=True):
        """full_clean() then save(): the model's rules hold for documents as for forms and the API; then, unless
        `checked` is false, the row as written must be within the user's permissions."""
        action = 'add' if instance._state.adding else 'change'
        try:
            instance.full_clean()
            instance.save()
        except ValidationError as e:
            raise InvalidDefinitionError(slug, field_name, e) from e
        except (DataError, IntegrityError) as e:
            # What validation cannot foresee (a concurrent change, say): still the document's error, not a crash.
            # The database's text names tables and constraints and quotes the row: logged, not answered.
            logger.warning('Applying a schema document (type %s): the database refused a change: %s', slug, e)
            raise InvalidDefinitionError(slug, field_name, ValidationError(REFUSED)) from e
        if checked and self.permissions:
            self.permissions.check_written(instance, action)


def _merge_tombstones(*lists):
    merged = {}
    for tombstones in lists:
        for tombstone in tombstones or ():
            if isinstance(tombstone, dict) and 'id' in tombstone:
                merged[tombstone['id']] = {key: tombstone[key] for key in TOMBSTONE_KEYS if key in tombstone}
    return [merged[schema_id] for schema_id in sorted(merged)]
