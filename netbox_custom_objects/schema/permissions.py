"""Who may see a plan and apply it: NetBox's ObjectPermissions, constraints included, on every type and field a plan
reads or writes (the REST API, the UI and the applier use this module; the management command runs without a
user and checks nothing).

`user.has_perm(perm)` without an object is true as soon as the user holds *any* permission for the action, whatever
its constraints, so rows are checked through `restrict()`, as NetBox's own views do:

- reading (preview, and the plan an apply starts from): the existing types a document names, and all their fields,
  must be viewable; otherwise the plan is refused without showing anything stored. Removed types the user may not
  view are treated as absent.
- before writing: each type or field that a plan changes or deletes must be changeable or deletable as it is;
- after writing, inside the apply's transaction: each type or field created or changed must still be within the
  user's add or change constraints (a change may not move a row out of them). A refusal rolls everything back.
"""

from django.utils.translation import gettext as _

from ..constants import APP_LABEL
from ..models import CustomObjectType, CustomObjectTypeField, CustomObjectTypeUniqueConstraint
from .exceptions import SchemaPermissionError

__all__ = (
    'WRITE_PERMISSIONS',
    'SchemaPermissions',
)

# Any one of them lets a user try an apply; what a given plan needs is checked row by row.
WRITE_PERMISSIONS = tuple(
    f'{APP_LABEL}.{action}_{model}'
    for model in ('customobjecttype', 'customobjecttypefield', 'customobjecttypeuniqueconstraint')
    for action in ('add', 'change', 'delete')
)


class SchemaPermissions:
    """The permission checks of one preview or apply, for `user`."""

    def __init__(self, user):
        self.user = user

    @staticmethod
    def may_apply_any(user):
        """Whether the user holds any permission an apply can use (the Apply button, the API's first check)."""
        return any(user.has_perm(perm) for perm in WRITE_PERMISSIONS)

    # Reading

    def readable_types(self, document):
        """The types a plan for `document` may read: those the user may view. Raises SchemaPermissionError when
        the document names (under `types`) an existing type the user may not view, or one with fields the user
        may not view."""
        viewable = CustomObjectType.objects.restrict(self.user, 'view')
        slugs = [type_def['slug'] for type_def in document['types']]
        named = CustomObjectType.objects.filter(slug__in=slugs)
        hidden = set(named.exclude(pk__in=viewable.values('pk')).values_list('slug', flat=True))
        hidden |= set(
            CustomObjectTypeField.objects.filter(custom_object_type__in=named)
            .exclude(pk__in=CustomObjectTypeField.objects.restrict(self.user, 'view').values('pk'))
            .values_list('custom_object_type__slug', flat=True)
        )
        hidden |= set(
            CustomObjectTypeUniqueConstraint.objects.filter(custom_object_type__in=named)
            .exclude(pk__in=CustomObjectTypeUniqueConstraint.objects.restrict(self.user, 'view').values('pk'))
            .values_list('custom_object_type__slug', flat=True)
        )
        if hidden:
            raise SchemaPermissionError([
                _('Custom object type "{slug}": this slug is taken by a type you may not view (or whose fields or '
                  'unique constraints you may not all view).').format(slug=slug) for slug in sorted(hidden)
            ])
        return viewable

    # Writing

    def check_plan(self, diffs, *, allow_destructive=False):
        """Before writing: every row the plan changes or deletes is within the user's constraints for that action,
        and the user may add what it adds. Raises SchemaPermissionError listing every refusal."""
        problems = []
        for diff in diffs:
            if diff.is_new:
                problems += self._missing('add', CustomObjectType, diff.slug)
            elif diff.is_delete:
                if allow_destructive:
                    problems += self._refused_type(diff.slug, 'delete')
                continue
            elif diff.cot_changes:
                problems += self._refused_type(diff.slug, 'change')
            if diff.adds:
                problems += self._missing('add', CustomObjectTypeField, diff.slug)
            problems += self._refused_fields(diff.slug, diff.alters, 'change')
            if allow_destructive:
                problems += self._refused_fields(diff.slug, diff.removes, 'delete')
            problems += self._refused_unique_constraints(diff)
        if problems:
            raise SchemaPermissionError(problems)

    def check_written(self, instance, action):
        """After `instance` has been saved by an apply (`action` 'add' or 'change'): raises SchemaPermissionError
        unless the row, as written, is within the user's constraints for the action."""
        model = type(instance)
        if not model.objects.restrict(self.user, action).filter(pk=instance.pk).exists():
            raise SchemaPermissionError([
                _('You may not {action} the {model} "{name}" as the document defines it.').format(
                    action=_(action), model=model._meta.verbose_name, name=instance.name)
            ])

    def _refused_unique_constraints(self, diff):
        """A changed constraint is deleted and created again (schema/unique.py): it needs both permissions."""
        ops = {change.op for change in diff.unique_changes}
        problems = []
        if ops & {'add', 'alter'}:
            problems += self._missing('add', CustomObjectTypeUniqueConstraint, diff.slug)
        gone = [change.name for change in diff.unique_changes if change.op in ('remove', 'alter')]
        if gone:
            allowed = set(CustomObjectTypeUniqueConstraint.objects.restrict(self.user, 'delete').filter(
                custom_object_type__slug=diff.slug, name__in=gone).values_list('name', flat=True))
            problems += [
                _('Custom object type "{slug}", unique constraint "{name}": you may not delete it.').format(
                    slug=diff.slug, name=name) for name in gone if name not in allowed
            ]
        return problems

    def _missing(self, action, model, slug):
        perm = f'{APP_LABEL}.{action}_{model._meta.model_name}'
        if self.user.has_perm(perm):
            return []
        return [_('Custom object type "{slug}": you do not have the permission {perm}.').format(slug=slug, perm=perm)]

    def _refused_type(self, slug, action):
        if CustomObjectType.objects.restrict(self.user, action).filter(slug=slug).exists():
            return []
        return [_('Custom object type "{slug}": you may not {action} it.').format(slug=slug, action=_(action))]

    def _refused_fields(self, slug, changes, action):
        if not changes:
            return []
        schema_ids = {change.schema_id for change in changes}
        allowed = set(
            CustomObjectTypeField.objects.restrict(self.user, action)
            .filter(custom_object_type__slug=slug, schema_id__in=schema_ids).values_list('schema_id', flat=True)
        )
        return [
            _('Custom object type "{slug}", field "{name}": you may not {action} it.').format(
                slug=slug, name=change.db_name, action=_(action))
            for change in changes if change.schema_id not in allowed
        ]
