"""CustomObject: the abstract base of every generated model (NetBox feature mixins, display string, URLs)."""

import logging

import yaml
from django.apps import apps
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext as _

from netbox.models import BaseModel
from netbox.models.features import (
    BookmarksMixin,
    ChangeLoggingMixin,
    CloningMixin,
    CustomLinksMixin,
    CustomValidationMixin,
    EventRulesMixin,
    ExportTemplatesMixin,
    NotificationsMixin,
    TagsMixin,
)
from netbox.models.mixins import OwnerMixin
from utilities.serialization import deserialize_object

from ..branching.context import active_branch_key
from ..constants import APP_LABEL
from ..contextvars import (
    display_being_rendered,
    related_primary_being_rendered,
    rendering_display,
    rendering_related_primary,
)
from ..field_types.relations.pending_links import write_pending
from . import display
from .export import export_data
from .freshness import check_definition
from .managers import CustomObjectBaseManager, CustomObjectManager
from .payloads import FIELD_IDS, field_ids, translate_renamed_keys
from .per_class import per_class
from .tags import TagsField

logger = logging.getLogger('netbox_custom_objects')

__all__ = (
    'CustomObject',
)


class SkippedCreate:
    """Quacks like Django's DeserializedObject; saves nothing: the object's type was deleted in the target."""

    m2m_data = {}

    def __init__(self, model, pk):
        self.object = model(pk=pk)
        self.object.full_clean = lambda *args, **kwargs: None  # nothing to validate: nothing is written

    def save(self, using=None, **kwargs):
        logger.warning('Skipped the creation of %s %s: its custom object type was deleted while the branch was '
                       'open', self.object._meta.verbose_name, self.object.pk)


class TypeRow:
    """`custom_object_type` of a generated model: the type row, on the class as on its instances (upstream sets it on
    the class; scripts call `model.custom_object_type.fields.all()`). Read once per class and branch: every instance
    has the same type, and a changed row means a new class. (A branch whose definition equals main's shares main's
    class, but not its row.) On the abstract base, where no type is set, it is this descriptor."""

    def __get__(self, instance, owner):
        if owner.custom_object_type_id is None:
            return self
        rows = per_class(owner, '_type_rows', lambda model: {})
        branch = active_branch_key()
        if branch not in rows:
            rows[branch] = apps.get_model(APP_LABEL, 'CustomObjectType').objects.get(pk=owner.custom_object_type_id)
        return rows[branch]


# Journal, contacts and image attachments are added per type by the factory (features.py).
class CustomObject(
    OwnerMixin,
    BookmarksMixin,
    ChangeLoggingMixin,
    CloningMixin,
    CustomLinksMixin,
    CustomValidationMixin,
    ExportTemplatesMixin,
    NotificationsMixin,
    TagsMixin,
    EventRulesMixin,
    BaseModel,
):
    # Set on each generated class by the factory.
    custom_object_type_id = None
    custom_object_type = TypeRow()
    _snapshot = None
    # Set by the model cache: the branch a class was built for (None: main), and on the field-less stand-in of a
    # type deleted while a branch was open (branching/preloading.py). Declared here so that the names a field must
    # not take, read from these bases (reserved.py), include them.
    branch_key = None
    vanished = False
    clone_fields = ()  # (the factory sets the cloneable fields' attributes)

    tags = TagsField()  # (TagsMixin's, with a cheaper prefetch: tags.py)
    objects = CustomObjectManager()
    _base_objects = CustomObjectBaseManager()  # Django's base manager (the factory's Meta.base_manager_name)

    class Meta:
        abstract = True

    def __str__(self):
        return self._display_from_expression() or self._display_from_primary() or self._default_display()

    def _display_from_expression(self):
        expression = self._snapshot.display_expression
        if not expression or rendering_display.get():
            # Objects shown inside another object's display string use their primary field: display strings
            # of self-referencing or mutually linked objects would otherwise render each other forever.
            return ''
        with display_being_rendered():
            try:
                names = display.variables(expression)
                context = {field.name: self._field_display(field)
                           for field in self._snapshot.fields if field.name in names}
                return display.render(expression, context).strip()
            except display.DisplayBudgetExceeded as e:
                logger.warning('The display expression of %s exceeds its budget (%s); showing the default display',
                               self._snapshot.slug, e)
                return ''
            except Exception:  # a broken template must never break a page; fall back to the primary field
                return ''

    def _display_from_primary(self):
        primary = self._snapshot.primary_field
        if primary is None:
            return ''
        field_type = primary.field_type
        if not (field_type.select_related(primary) or field_type.prefetch_related(primary)):
            return self._field_display(primary)
        if rendering_related_primary.get() or (self.pk is None and field_type.prefetch_related(primary)):
            return ''  # (an unsaved object has no links yet)
        with related_primary_being_rendered():
            return self._field_display(primary)

    def clone(self):
        """NetBox's clone() of the `clone_fields`, plus what the field types clone otherwise (polymorphic pickers)."""
        attrs = super().clone()
        for field in self._snapshot.fields:
            if field.is_cloneable:
                attrs.update(field.field_type.clone_values(field, self))
        return attrs

    def _default_display(self):
        return f'{self._snapshot.display_name} {self.pk}' if self.pk else self._snapshot.display_name

    def _field_display(self, field):
        field_type = field.field_type
        return field_type.display_value(field, field_type.instance_value(field, self))

    def clean(self):
        super().clean()
        errors = {}
        for field in self._snapshot.fields:
            errors.update(field.field_type.clean_instance(field, self))
        errors.update(self._unique_relation_errors())
        if errors:
            raise ValidationError(errors)

    def _unique_relation_errors(self):
        """Unique object fields are enforced by the database; report a clash as a validation error instead."""
        errors = {}
        for field in self._snapshot.fields:
            if field.unique and field.field_type.select_related(field):
                value = getattr(self, f'{field.name}_id', None)
                clash = type(self).objects.filter(**{f'{field.name}_id': value}).exclude(pk=self.pk)
                if value is not None and clash.exists():
                    errors[field.name] = _('Another object already refers to this object.')
        return errors

    def _save_table(self, raw=False, cls=None, force_insert=False, force_update=False, using=None,
                    update_fields=None):
        if not raw:
            check_definition(type(self), using)  # a class older than a committed definition change: see freshness
        updated = super()._save_table(raw, cls, force_insert, force_update, using, update_fields)
        if not updated:  # a new row: the links assigned before this first save (field_types/relations/pending_links.py)
            write_pending(self, using)
        if not raw:
            for field in self._snapshot.fields:
                field.field_type.after_write(field, self, using)
        return updated

    def serialize_object(self, exclude=None):
        """NetBox's change-log serialization, plus the values it cannot see, as the field types give them."""
        data = super().serialize_object(exclude=exclude)
        for field in self._snapshot.fields:
            if field.name not in (exclude or ()):
                value = field.field_type.serialize_value(field, self)
                if value is not None:
                    data[field.name] = value
        return data

    @classmethod
    def deserialize_object(cls, data, pk=None):
        """netbox-branching's replay of a CREATE (merge, sync, squash): values recorded under a field's old name go
        to the field. (The engine runs its field migrators on UPDATE payloads only; Django's deserializer would set
        an old name as a plain attribute, and the value would be lost.)
        A CREATE of a type the target no longer has (see managers.py) is skipped, and logged."""
        if getattr(cls, 'vanished', False):
            return SkippedCreate(cls, pk)
        data = {key: value for key, value in data.items() if key != FIELD_IDS}
        return deserialize_object(cls, translate_renamed_keys(cls, data) or data, pk=pk)

    def to_objectchange(self, action):
        """NetBox's change record; its payloads also name the field behind each value, by id (see
        branching.renames: the squash strategy re-keys collapsed payloads by field identity)."""
        objectchange = super().to_objectchange(action)
        ids = field_ids(self._snapshot)
        for attribute in ('prechange_data', 'postchange_data'):
            if data := getattr(objectchange, attribute):
                setattr(objectchange, attribute, {**data, FIELD_IDS: ids})
        return objectchange

    def to_yaml(self):
        """One YAML document of the object's values (NetBox's list views then offer an "All data (YAML)" export)."""
        return yaml.dump(export_data(self), sort_keys=False, allow_unicode=True)

    def get_absolute_url(self):
        return reverse(
            f'plugins:{APP_LABEL}:customobject',
            kwargs={'custom_object_type': self._snapshot.slug, 'pk': self.pk},
        )

    def get_list_url(self):
        """The list page of the object's type (upstream's instance method)."""
        return self._get_action_url('list')

    @classmethod
    def _get_action_url(cls, action=None, rest_api=False, kwargs=None):
        """NetBox's `get_action_url()` hook: every view of a generated model is one shared view taking the type's
        slug, so NetBox's buttons, tabs, tables and breadcrumbs resolve `customobject_<action>` with that slug."""
        kwargs = {'custom_object_type': cls._snapshot.slug, **(kwargs or {})}
        if rest_api:
            name = f'plugins-api:{APP_LABEL}-api:customobject' + (f'-{action}' if action else '')
        else:
            name = f'plugins:{APP_LABEL}:customobject' + (f'_{action}' if action else '')
        return reverse(name, kwargs=kwargs)
