"""CustomObjectTypeField: a typed field of a custom object type.

The row holds every option of every field type; which options apply, and what they must contain, is decided by the
field type (`field_types`), so `clean()` here only runs the checks common to all types and then asks the type.
"""

import logging

from django.core.exceptions import ValidationError
from django.db import DataError, IntegrityError, models, router, transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from extras.choices import CustomFieldFilterLogicChoices, CustomFieldUIEditableChoices, CustomFieldUIVisibleChoices
from netbox.models import ChangeLoggedModel
from netbox.models.features import CloningMixin, ExportTemplatesMixin
from utilities.validators import validate_regex

from ..choices import CustomObjectFieldTypeChoices, ObjectFieldOnDeleteChoices, SearchWeightChoices
from ..constants import through_model_name, through_table_name
from ..contextvars import deleting_types
from ..dynamic_models.field_change import FieldChange
from ..dynamic_models.snapshot import FieldSnapshot
from ..field_types import DEFAULT_FIELD_TYPE, get_field_type
from ..signals import field_saved
from .held_values import HeldValuesMixin
from .names import name_errors
from .object_types import CustomObjectType
from .replay import ReplayableDefinitionMixin
from .schema_ids import SchemaIdMixin
from .stored_rules import StoredDefinitionRulesMixin
from .unique_constraints import constraints_using, refuse_deletion_if_unique_key
from .validators import validate_field_name, validate_pep440

__all__ = (
    'CustomObjectTypeField',
)

logger = logging.getLogger('netbox_custom_objects')

UNCONVERTIBLE = _('Some stored values cannot be converted for this change (out of range or not valid for the new '
                  'type). Change or clear them first.')
CONFLICTING = _('The stored objects conflict with this change (values that are not unique, or missing where a '
                'value is required). Change them first.')


class CustomObjectTypeField(
    HeldValuesMixin, StoredDefinitionRulesMixin, SchemaIdMixin, ReplayableDefinitionMixin, CloningMixin,
    ExportTemplatesMixin, ChangeLoggedModel
):
    custom_object_type = models.ForeignKey(
        to=CustomObjectType,
        on_delete=models.CASCADE,
        related_name='fields',
    )
    name = models.CharField(
        verbose_name=_('name'),
        max_length=50,
        validators=[validate_field_name],
        help_text=_('Internal field name: lowercase letters, digits and single underscores, starting with a letter.'),
    )
    label = models.CharField(
        verbose_name=_('label'),
        max_length=50,
        blank=True,
        help_text=_('Name of the field as displayed to users (if not provided, the name is used)'),
    )
    type = models.CharField(
        verbose_name=_('type'),
        max_length=50,
        choices=CustomObjectFieldTypeChoices,
        default=DEFAULT_FIELD_TYPE,
    )
    description = models.CharField(verbose_name=_('description'), max_length=200, blank=True)
    group_name = models.CharField(
        verbose_name=_('group name'),
        max_length=50,
        blank=True,
        help_text=_('Fields within the same group are displayed together'),
    )
    primary = models.BooleanField(
        verbose_name=_('primary name field'),
        default=False,
        help_text=_("The field's value is used as the display name of the object"),
    )
    context = models.BooleanField(
        verbose_name=_('context field'),
        default=False,
        help_text=_('The value is shown as context when the object is picked in a selector'),
    )
    required = models.BooleanField(
        verbose_name=_('required'),
        default=False,
        help_text=_('This field is required when creating new objects or editing an existing object.'),
    )
    unique = models.BooleanField(
        verbose_name=_('must be unique'),
        default=False,
        help_text=_('The value of this field must be unique among objects of this type'),
    )
    default = models.JSONField(
        verbose_name=_('default'),
        blank=True,
        null=True,
        help_text=_('Default value for the field (must be a JSON value). Encapsulate strings with double quotes.'),
    )
    weight = models.PositiveSmallIntegerField(
        verbose_name=_('display weight'),
        default=100,
        help_text=_('Fields with higher weights appear lower in a form.'),
    )
    # Any weight 0-32767, as upstream and NetBox's own custom fields; SearchWeightChoices names the usual ones.
    search_weight = models.PositiveSmallIntegerField(
        verbose_name=_('search weight'),
        default=SearchWeightChoices.MEDIUM,
        help_text=_('Weighting for search. Lower values are more important; 0 means the field is not searched. '
                    'Usual values: 100 (high), 500 (medium), 1000 (low).'),
    )
    filter_logic = models.CharField(
        verbose_name=_('filter logic'),
        max_length=50,
        choices=CustomFieldFilterLogicChoices,
        default=CustomFieldFilterLogicChoices.FILTER_LOOSE,
        help_text=_('Loose matches any instance of a given string; exact matches the entire field.'),
    )
    ui_visible = models.CharField(
        verbose_name=_('UI visible'),
        max_length=50,
        choices=CustomFieldUIVisibleChoices,
        default=CustomFieldUIVisibleChoices.ALWAYS,
        help_text=_('Specifies whether the field is displayed in the UI'),
    )
    ui_editable = models.CharField(
        verbose_name=_('UI editable'),
        max_length=50,
        choices=CustomFieldUIEditableChoices,
        default=CustomFieldUIEditableChoices.YES,
        help_text=_('Specifies whether the field value can be edited in the UI'),
    )
    is_cloneable = models.BooleanField(
        verbose_name=_('is cloneable'),
        default=False,
        help_text=_('Replicate this value when cloning objects'),
    )
    comments = models.TextField(verbose_name=_('comments'), blank=True)
    validation_regex = models.CharField(
        verbose_name=_('validation regex'),
        max_length=500,
        blank=True,
        validators=[validate_regex],
        help_text=_('Regular expression to enforce on text values. Use ^ and $ to match the entire string.'),
    )
    validation_minimum = models.BigIntegerField(verbose_name=_('minimum value'), blank=True, null=True)
    validation_maximum = models.BigIntegerField(verbose_name=_('maximum value'), blank=True, null=True)
    choice_set = models.ForeignKey(
        to='extras.CustomFieldChoiceSet',
        on_delete=models.PROTECT,
        related_name='choices_for_object_type',  # upstream's reverse accessor name
        verbose_name=_('choice set'),
        blank=True,
        null=True,
    )
    related_object_type = models.ForeignKey(
        to='core.ObjectType',
        on_delete=models.PROTECT,  # (upstream's default reverse accessor: ObjectType.customobjecttypefield_set)
        verbose_name=_('related object type'),
        blank=True,
        null=True,
    )
    is_polymorphic = models.BooleanField(
        verbose_name=_('polymorphic'),
        default=False,
        help_text=_('Allow references to objects of several types'),
    )
    related_object_types = models.ManyToManyField(
        to='core.ObjectType',
        related_name='polymorphic_custom_object_type_fields',  # upstream's reverse accessor name
        verbose_name=_('related object types'),
        blank=True,
    )
    related_object_filter = models.JSONField(
        verbose_name=_('related object filter'),
        blank=True,
        null=True,
        help_text=_('Filter the object selection choices using a query_params dict (must be a JSON object).'),
    )
    related_name = models.CharField(
        verbose_name=_('related name'),
        max_length=100,
        blank=True,
        help_text=_('Name of the reverse accessor on the referenced objects, e.g. "circuit_links".'),
    )
    on_delete_behavior = models.CharField(
        verbose_name=_('on delete'),
        max_length=20,
        choices=ObjectFieldOnDeleteChoices,
        default=ObjectFieldOnDeleteChoices.SET_NULL,
        help_text=_('What happens to this object when the referenced object is deleted'),
    )
    schema_id = models.PositiveIntegerField(blank=True, null=True, editable=False)
    # Names this field had before (oldest first). Change-log payloads recorded under an old name are mapped to the
    # field through them when replayed (netbox-branching merges), without searching the change log.
    previous_names = models.JSONField(default=list, blank=True, editable=False)
    deprecated = models.BooleanField(verbose_name=_('deprecated'), default=False)
    deprecated_since = models.CharField(
        verbose_name=_('deprecated since'), max_length=50, blank=True, validators=[validate_pep440],
    )
    scheduled_removal = models.CharField(
        verbose_name=_('scheduled removal'), max_length=50, blank=True, validators=[validate_pep440],
    )

    clone_fields = (
        'custom_object_type', 'type', 'required', 'unique', 'group_name', 'weight', 'filter_logic', 'search_weight',
        'ui_visible', 'ui_editable', 'is_cloneable', 'choice_set', 'related_object_type', 'on_delete_behavior',
    )

    class Meta:
        ordering = ('group_name', 'weight', 'name')
        verbose_name = _('Custom Object Type Field')
        verbose_name_plural = _('Custom Object Type Fields')
        constraints = (
            models.UniqueConstraint(
                fields=('name', 'custom_object_type'),
                name='%(app_label)s_%(class)s_unique_name',
                violation_error_message=_('A field with this name already exists on this type.'),
            ),
            models.UniqueConstraint(
                fields=('related_object_type', 'related_name'),
                condition=~Q(related_name=''),
                name='%(app_label)s_%(class)s_unique_related_name',
                violation_error_message=_('Another field already uses this related name for the same object type.'),
            ),
            models.UniqueConstraint(
                fields=('schema_id', 'custom_object_type'),
                condition=Q(schema_id__isnull=False),
                name='%(app_label)s_%(class)s_unique_schema_id',
            ),
        )

    def __str__(self):
        return self.label or self.name.replace('_', ' ').capitalize()

    def get_absolute_url(self):
        return self.custom_object_type.get_absolute_url()

    # Type-dependent behaviour lives in the field type.

    @property
    def field_type(self):
        return get_field_type(self.type).variant_for(self)

    @property
    def choices(self):
        """The (value, label) pairs of the choice set, as NetBox's own custom fields and upstream give them (its
        `choices`, so `dict(field.choices)` maps values to labels); [] without a choice set."""
        if not self.choice_set_id:
            return []
        return self.choice_set.choices

    def get_choice_label(self, value):
        return next((label for v, label in self.choices if v == value), value)

    def get_choice_color(self, value):
        return self.choice_set.get_choice_color(value) if self.choice_set_id else None

    @property
    def verbose_name(self):
        return str(self)

    @property
    def many(self):
        return self.field_type.many

    @property
    def through_table_name(self):
        return through_table_name(self.custom_object_type_id, self.name)

    @property
    def through_model_name(self):
        return through_model_name(self.custom_object_type_id, self.name)

    # Validation

    def clean(self):
        super().clean()
        self._validate_primary_and_context()
        self._validate_unchanged_type_id()
        self._validate_constrained_name()
        self._validate_immutable_attributes()
        self._validate_unique_key_type()
        if self.type in CustomObjectFieldTypeChoices.values():
            self.field_type.validate_definition(self)
            if errors := name_errors(self):
                raise ValidationError(errors)
            self._validate_against_data()

    def clean_fields(self, exclude=None):
        # A related row already loaded on this instance, from the database the row goes to, exists: Django's check
        # would query it again. (One deleted in the meantime is still refused by the foreign key, which save()
        # reports as a validation error.) A row loaded elsewhere — main's type while a branch is active, whose
        # copied tables have no foreign keys — is checked where the row goes (acceptance matrix A6).
        target_db = router.db_for_write(type(self), instance=self)
        loaded = {
            field.name for field in self._meta.concrete_fields
            if field.many_to_one and field.is_cached(self) and getattr(self, field.attname) is not None
            and getattr(self, field.name) is not None and getattr(self, field.name)._state.db == target_db
        }
        super().clean_fields(exclude={*(exclude or ()), *loaded})

    def validate_constraints(self, exclude=None):
        # Without a related name its conditional unique constraint cannot apply; Django would ask the database.
        exclude = {*(exclude or ()), *(() if self.related_name else ('related_name',))}
        super().validate_constraints(exclude=exclude)

    def _validate_unique_key_type(self):
        """A field in a unique constraint keeps its type: the constraint's index is built on its column."""
        stored = self.stored_row()
        if stored is not None and stored.type != self.type and (rows := constraints_using(self)):
            raise ValidationError({'type': _('Unique constraints use this field: {names}. Delete or change them before '
                                             'changing its type.').format(names=', '.join(f'"{r}"' for r in rows))})

    def _validate_primary_and_context(self):
        if self.primary and self.context:
            raise ValidationError({'context': _('A primary name field cannot also be a context field.')})

    # Persistence

    def save(self, *args, **kwargs):
        # The row change and the DDL that follows it (see receivers) commit or roll back together, on the database
        # the row is written to (as Django's save() picks it: main's, or the active branch's).
        using = kwargs.get('using') or router.db_for_write(type(self), instance=self)
        # A transaction of its own holds no rows that the DDL must wait for (see ddl.apply).
        rows_written = transaction.get_connection(using).in_atomic_block
        try:
            with transaction.atomic(using=using):
                old, bumped = self._prepare_write(using)
                super().save(*args, **kwargs)
                # Sent once the row is written: the new definition is named by the row's id (constraint names).
                change = FieldChange(old, FieldSnapshot.from_row(self), bumped=bumped, rows_written=rows_written)
                field_saved.send(sender=type(self), change=change, using=using)
                self.restore_held_values(using)  # (a revert re-creating a deleted field: its column exists now)
        except (DataError, IntegrityError) as e:
            # The DDL met data it cannot convert or constrain (clean() normally refuses this first): report it as
            # the validation error it is; the savepoint has rolled back the row and the DDL together. The
            # database's text names tables and constraints, and quotes values the user may not view: logged only.
            logger.warning('Field %s of type %s: the database refused the change: %s', self.name,
                           self.custom_object_type_id, e)
            raise ValidationError(UNCONVERTIBLE if isinstance(e, DataError) else CONFLICTING) from e
        finally:
            self.__dict__.pop('_stored_row', None)  # (validation reads the row as it is now)

    def _prepare_write(self, using):
        """(the stored definition, a FieldSnapshot or None; whether the type's timestamp was bumped): the one read of
        the stored row in a save, and what the save needs from it (the target check, the previous names) and from
        the type row (the schema id)."""
        stored = type(self).objects.using(using).filter(pk=self.pk).first() if self.pk else None
        if stored is not None:
            self._validate_unchanged_target(stored.related_object_type_id)
            self._remember_previous_name(stored.name)
        bumped = False
        if self.schema_id is None:
            self.schema_id, bumped = self._allocate_schema_id(using)
        return (FieldSnapshot.from_row(stored) if stored is not None else None), bumped

    def _remember_previous_name(self, stored_name):
        if stored_name != self.name and stored_name not in self.previous_names:
            self.previous_names = [*self.previous_names, stored_name]

    def delete(self, *args, **kwargs):
        using = kwargs.get('using') or self._state.db or 'default'
        with transaction.atomic(using=using):
            if self.custom_object_type_id not in deleting_types.get():
                refuse_deletion_if_unique_key(self, using)
            return super().delete(*args, **kwargs)
