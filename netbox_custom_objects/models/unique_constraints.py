"""CustomObjectTypeUniqueConstraint: a set of a type's fields whose values no two objects may share.

Upstream users' most common blocker (upstream #669, #673): unique over several fields, case-insensitive for text
fields, over a polymorphic reference (its content type and object id), and partial ("unique when status = active":
an equality on one field). The row is identity and validation only; its unique index (dynamic_models/unique.py
defines it, ddl/indexes.py builds it) is created and dropped by `receivers`, inside the row's transaction.

Fields are held by id (`field_ids`, in key order): a renamed field stays in its constraints, and the index, on the
renamed column, with it. A field a constraint uses cannot be deleted or retyped (`constraints_using`).
"""

import json
import logging

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, router, transaction
from django.db.models import ProtectedError
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l

from netbox.models import ChangeLoggedModel

from ..constants import APP_LABEL
from ..dynamic_models.snapshot import FieldSnapshot
from ..dynamic_models.unique import UniqueSnapshot, build_constraint, duplicate_groups
from ..field_types.visibility import viewable_pks
from .object_types import CustomObjectType
from .replay import ReplayableDefinitionMixin

__all__ = (
    'CustomObjectTypeUniqueConstraint',
    'constraints_using',
    'refuse_deletion_if_unique_key',
)

logger = logging.getLogger('netbox_custom_objects')


class CustomObjectTypeUniqueConstraint(ReplayableDefinitionMixin, ChangeLoggedModel):
    custom_object_type = models.ForeignKey(
        to=CustomObjectType, on_delete=models.CASCADE, related_name='unique_constraints',
    )
    name = models.CharField(verbose_name=_l('name'), max_length=100)
    field_ids = models.JSONField(
        verbose_name=_l('fields'), default=list,
        help_text=_l('The ids of the fields whose values, together, no two objects may share (in key order).'),
    )
    case_insensitive = models.BooleanField(
        verbose_name=_l('case-insensitive'), default=False,
        help_text=_l('Compare the values of text fields (text, long text, URL) regardless of case.'),
    )
    condition_field = models.ForeignKey(
        to='netbox_custom_objects.CustomObjectTypeField', on_delete=models.RESTRICT, related_name='+',
        verbose_name=_l('condition field'), blank=True, null=True,
        help_text=_l('Unique only among the objects whose value of this field is the condition value.'),
    )
    condition_value = models.JSONField(verbose_name=_l('condition value'), blank=True, null=True)
    description = models.CharField(verbose_name=_l('description'), max_length=200, blank=True)

    class Meta:
        ordering = ('custom_object_type', 'name')
        verbose_name = _l('Unique Constraint')
        verbose_name_plural = _l('Unique Constraints')
        constraints = (
            models.UniqueConstraint(
                fields=('custom_object_type', 'name'), name='%(app_label)s_%(class)s_unique_name',
                violation_error_message=_l('This type already has a unique constraint of this name.'),
            ),
        )

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse(f'plugins:{APP_LABEL}:customobjecttypeuniqueconstraint', args=[self.pk])

    # Fields

    def type_fields(self, using=None):
        """{id: field row} of the type's fields."""
        fields = self.custom_object_type.fields.model.objects.using(using or self._state.db or 'default')
        return {field.pk: field for field in fields.filter(custom_object_type_id=self.custom_object_type_id)}

    def key_fields(self, using=None):
        fields = self.type_fields(using)
        return [fields[field_id] for field_id in self.field_ids if field_id in fields]

    # Display (pages and tables)

    @property
    def fields_display(self):
        # (through the type's fields, which lists prefetch)
        names = {field.pk: field.name for field in self.custom_object_type.fields.all()}
        return ', '.join(names[field_id] for field_id in self.field_ids or () if field_id in names)

    @property
    def condition_display(self):
        if self.condition_field_id is None:
            return ''
        return f'{self.condition_field.name} = {json.dumps(self.condition_value)}'

    # Validation

    def clean(self):
        super().clean()
        if not self.custom_object_type_id:
            return
        fields = self.type_fields(router.db_for_write(type(self), instance=self))
        self._validate_fields(fields)
        self._validate_condition(fields)
        self._validate_against_data(fields)

    def _validate_fields(self, fields):
        ids = self.field_ids
        if not isinstance(ids, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
            raise ValidationError({'field_ids': _('Give a list of field ids.')})
        if len(set(ids)) != len(ids):
            raise ValidationError({'field_ids': _('A field is listed twice.')})
        if unknown := [i for i in ids if i not in fields]:
            raise ValidationError({'field_ids': _('These are no fields of this type: {ids}.').format(
                ids=', '.join(map(str, unknown)))})
        if unfit := [fields[i].name for i in ids if not fields[i].field_type.unique_key_attributes(fields[i])]:
            raise ValidationError({'field_ids': _(
                'These fields cannot be part of a unique constraint (their type keeps no single comparable value): '
                '{names}.').format(names=', '.join(unfit))})
        if len(ids) < 2 and self.condition_field_id is None and not self.case_insensitive:
            raise ValidationError({'field_ids': _(
                'Give two or more fields, a condition or case-insensitivity (a single field is made unique by its '
                'own "unique" option).')})
        if self.case_insensitive and not any(fields[i].field_type.folds_case for i in ids):
            raise ValidationError({'case_insensitive': _(
                'Case-insensitivity applies to text fields, and this constraint has none.')})

    def _validate_condition(self, fields):
        if self.condition_field_id is None:
            if self.condition_value is not None:
                raise ValidationError({'condition_value': _('A condition value needs a condition field.')})
            return
        field = fields.get(self.condition_field_id)
        if field is None:
            raise ValidationError({'condition_field': _('The condition field must be a field of this type.')})
        if len(field.field_type.unique_key_attributes(field)) != 1:
            raise ValidationError({'condition_field': _(
                'A {type} field cannot be a condition (it has no single comparable value).').format(type=field.type)})
        if self.condition_value is None:
            raise ValidationError({'condition_value': _('Give the value the condition field must have.')})
        if not isinstance(self.condition_value, (str, int, float, bool)):
            raise ValidationError({'condition_value': _('Give a single value: a text, a number, true or false.')})
        try:
            field.field_type.validate_value(field, self.condition_value)
        except ValidationError as e:
            raise ValidationError({'condition_value': e.messages})
        except LookupError:
            pass  # (a reference: its value is an object id, checked by the database's comparison)

    def _validate_against_data(self, fields):
        """Refuse the constraint while stored objects already clash (naming them): its index could not be built."""
        model = self.custom_object_type.get_model()
        snapshots = {i: FieldSnapshot.from_row(field) for i, field in fields.items()}
        constraint = build_constraint(self.custom_object_type_id, UniqueSnapshot.from_row(self), snapshots)
        if constraint is None or not (groups := duplicate_groups(model, constraint)):
            return
        # (objects the user may not view are named by id only)
        viewable = viewable_pks(model, [pk for group in groups for pk in group])
        shown = '; '.join(', '.join(_describe(model, pk, pk in viewable) for pk in group) for group in groups)
        raise ValidationError(_(
            'Objects already share values of these fields, so they cannot be made unique: {groups}. Change them '
            'first.').format(groups=shown))

    # Persistence

    def save(self, *args, **kwargs):
        # The row and its index (receivers) commit or roll back together.
        using = kwargs.get('using') or router.db_for_write(type(self), instance=self)
        try:
            with transaction.atomic(using=using):
                super().save(*args, **kwargs)
        except IntegrityError as e:
            # Objects written since validation clash: the index cannot be built (the savepoint rolled back both).
            logger.warning('Unique constraint %s: the database refused its index: %s', self.name, e)
            raise ValidationError(_('Stored objects share values of these fields. Change them first.')) from e

    def delete(self, *args, **kwargs):
        using = kwargs.get('using') or self._state.db or 'default'
        with transaction.atomic(using=using):
            return super().delete(*args, **kwargs)


def _describe(model, pk, viewable):
    obj = model.objects.filter(pk=pk).first() if viewable else None
    return f'{obj} (#{pk})' if obj is not None else f'#{pk}'


def constraints_using(field, using=None):
    """The unique constraints of `field`'s type that name it (as a key field or as the condition)."""
    if not field.pk:
        return []
    rows = CustomObjectTypeUniqueConstraint.objects.using(using or field._state.db or 'default').filter(
        custom_object_type_id=field.custom_object_type_id)
    return [row for row in rows.order_by('name') if field.pk in (row.field_ids or ()) or
            row.condition_field_id == field.pk]


def refuse_deletion_if_unique_key(field, using=None):
    """Raise ProtectedError (NetBox answers 409, or lists them on the delete page) while unique constraints use
    `field`: the user deletes or changes them first."""
    if rows := constraints_using(field, using):
        raise ProtectedError(_('Unique constraints use this field: {names}. Delete or change them first.').format(
            names=', '.join(f'"{row.name}"' for row in rows)), rows)
