"""CustomObjectType: a user-defined object type. Identity, labels and validation only.

Creating, altering and dropping its table happens in `receivers` (through `ddl`); the generated model class comes
from `dynamic_models.cache`. `get_model()` is the documented entry point for scripts.
"""

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import ProtectedError, Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from netbox.models import NetBoxModel
from netbox.plugins import get_plugin_config
from utilities.string import title

from ..constants import APP_LABEL, content_type_label, model_class_name, table_name
from ..contextvars import types_being_deleted
from ..dynamic_models.cache import model_cache
from .replay import ReplayableDefinitionMixin
from .type_features import TypeFeaturesMixin
from .validators import validate_display_expression, validate_identifier, validate_pep440, validate_type_slug

__all__ = (
    'CustomObjectType',
    'ReferringField',
)


class ReferringField:
    """A field of another type in the ProtectedError of a type's deletion: NetBox shows each protected object as
    `str(obj) (pk)`, linked to its URL; a field's own str() is its label, which does not say which type holds it."""

    def __init__(self, field):
        self.field = field
        self.pk = field.pk

    def __str__(self):
        return f'{self.field.custom_object_type}.{self.field.name}'

    def __eq__(self, other):
        return isinstance(other, ReferringField) and other.field == self.field

    def __hash__(self):
        return hash(self.field)

    def get_absolute_url(self):
        return self.field.get_absolute_url()


class CustomObjectType(ReplayableDefinitionMixin, TypeFeaturesMixin, NetBoxModel):
    name = models.CharField(
        verbose_name=_('internal name'),
        max_length=100,
        unique=True,
        validators=[validate_identifier],
        help_text=_('Lowercase letters, digits and single underscores, starting with a letter (e.g. "circuit_link").'),
    )
    slug = models.SlugField(
        verbose_name=_('URL path/slug'),
        max_length=100,
        unique=True,
        validators=[validate_type_slug],
    )
    verbose_name = models.CharField(verbose_name=_('display name (singular)'), max_length=100, blank=True)
    verbose_name_plural = models.CharField(verbose_name=_('display name (plural)'), max_length=100, blank=True)
    description = models.CharField(verbose_name=_('description'), max_length=200, blank=True)
    comments = models.TextField(verbose_name=_('comments'), blank=True)
    version = models.CharField(
        verbose_name=_('version'), max_length=50, blank=True, validators=[validate_pep440],
    )
    group_name = models.CharField(
        verbose_name=_('group name'),
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_('Types with the same group name share a section of the navigation menu.'),
    )
    display_expression = models.CharField(
        verbose_name=_('display expression'),
        max_length=500,
        blank=True,
        validators=[validate_display_expression],
        help_text=_('Jinja2 template for the display name of each object, e.g. "{{ name }} ({{ site }})".'),
    )
    config_context_enabled = models.BooleanField(
        verbose_name=_('config context'),
        default=False,
        help_text=_('Give objects of this type local config context data and a Config Context tab.'),
    )
    schema_document = models.JSONField(blank=True, null=True, editable=False)
    next_schema_id = models.PositiveIntegerField(default=1, editable=False)
    # Bumped by every definition change (of the type or one of its fields); other workers compare it to the
    # timestamp their cached model class was built from. Left out of change-log payloads (see serialize_object).
    cache_timestamp = models.DateTimeField(auto_now=True, editable=False)
    # SET_NULL, where upstream cascades: an ObjectType row goes when its ContentType does (remove_stale_contenttypes,
    # a failed registration), and a cascade would delete the type row behind its back (no refusal while other types
    # refer to it, no change-logged deletion of its objects, its table left behind); the type and its table stay
    # instead. `related_name` is upstream's, so that `object_type.custom_object_types` works.
    object_type = models.OneToOneField(
        to='core.ObjectType',
        on_delete=models.SET_NULL,
        related_name='custom_object_types',
        blank=True,
        null=True,
        editable=False,
    )

    clone_fields = ('group_name', 'description', 'config_context_enabled')

    class Meta:
        ordering = ('name',)
        verbose_name = _('Custom Object Type')
        verbose_name_plural = _('Custom Object Types')
        constraints = (
            models.UniqueConstraint(Lower('name'), name='%(app_label)s_%(class)s_name_ci_unique'),
        )

    def __str__(self):
        return self.display_name

    # Labels: upstream's, so that menus, ObjectType labels and objects' default `display` read the same. Without a
    # verbose name, NetBox's title() of the name: the first letter raised, underscores kept ("dhcp_scope" →
    # "Dhcp_scope"); the plural adds an "s" to the title-cased singular.

    @property
    def title_case_name(self):
        return title(self.verbose_name or self.name)

    @property
    def title_case_name_plural(self):
        return f'{self.title_case_name}s'

    def get_verbose_name(self):
        return self.verbose_name or self.title_case_name

    def get_verbose_name_plural(self):
        return self.verbose_name_plural or self.title_case_name_plural

    @property
    def display_name(self):
        return self.get_verbose_name()

    @classmethod
    def get_content_type_label(cls, type_id):
        obj = cls.objects.filter(pk=type_id).first()
        return content_type_label(obj.display_name if obj else model_class_name(type_id))

    # Names

    @classmethod
    def get_table_model_name(cls, type_id):
        return model_class_name(type_id)

    def get_database_table_name(self):
        return table_name(self.pk)

    # URLs

    def get_absolute_url(self):
        return reverse(f'plugins:{APP_LABEL}:customobjecttype', args=[self.pk])

    def get_list_url(self):
        return reverse(f'plugins:{APP_LABEL}:customobject_list', kwargs={'custom_object_type': self.slug})

    # Validation

    def clean(self):
        super().clean()
        self._validate_type_limit()
        self._validate_immutable_attributes()

    def _validate_type_limit(self):
        if self.pk:
            return
        limit = get_plugin_config(APP_LABEL, 'max_custom_object_types')
        if limit and CustomObjectType.objects.count() >= limit:
            raise ValidationError(
                _('The maximum number of custom object types ({limit}) has been reached. Raise '
                  'PLUGINS_CONFIG["netbox_custom_objects"]["max_custom_object_types"] to allow more.').format(
                    limit=limit
                )
            )

    def _validate_immutable_attributes(self):
        if not self.pk:
            return
        stored = CustomObjectType.objects.filter(pk=self.pk).values('config_context_enabled').first()
        if stored and stored['config_context_enabled'] != self.config_context_enabled:
            raise ValidationError({
                'config_context_enabled': _('Config context support cannot be changed after the type is created.')
            })

    # Persistence

    def save(self, *args, **kwargs):
        # The row and its table (created by the post_save receiver) commit or roll back together.
        using = kwargs.get('using') or self._state.db or 'default'
        with transaction.atomic(using=using):
            super().save(*args, **kwargs)

    # Deletion

    def delete(self, *args, **kwargs):
        using = kwargs.get('using') or self._state.db or 'default'
        with transaction.atomic(using=using), types_being_deleted(self.pk):
            self._refuse_if_referenced(using)
            self._delete_objects(using)
            return super().delete(*args, **kwargs)

    def _delete_objects(self, using):
        """Delete the objects through the ORM before the table goes: each deletion is change-logged (so that a
        revert restores them, pitfall type-deletion-loses-objects) and takes its tags, journal entries and bookmarks
        along. They are logged before the type itself, so that undoing in reverse order recreates the table first."""
        try:
            model = self.get_model()
        except LookupError:
            return
        model.objects.using(using).all().delete()

    def _refuse_if_referenced(self, using):
        """Fields of *other* types that point at this type would lose their target: the user deletes them first
        (upstream deletes them, and their data, without a word)."""
        if referencing := self.referring_fields(using):
            names = ', '.join(str(f) for f in referencing)
            raise ProtectedError(
                _('Cannot delete {type}: these fields of other types refer to it: {fields}. Delete or change them '
                  'first.').format(type=self, fields=names),
                referencing,
            )

    def referring_fields(self, using=None):
        """The fields of other types that point at this one (object, multiobject, polymorphic), as ReferringField,
        so that NetBox's 409 and delete page name each by its type and field names."""
        if not self.object_type_id:
            return []
        fields = self.fields.model.objects.using(using).exclude(custom_object_type=self)
        referencing = fields.filter(
            Q(related_object_type_id=self.object_type_id) | Q(related_object_types=self.object_type_id)
        ).distinct().select_related('custom_object_type').order_by('custom_object_type__name', 'name')
        return [ReferringField(field) for field in referencing]

    # Change logging

    def serialize_object(self, exclude=None):
        exclude = {*(exclude or ()), 'cache_timestamp', 'object_type'}
        return super().serialize_object(exclude=exclude)

    # The generated model

    def get_model(self, skip_object_fields=False, no_cache=False):
        """Return the Django model class of this type's objects (see `dynamic_models.cache`); with `no_cache`, a
        class built afresh from the rows. `skip_object_fields` is accepted for upstream compatibility (its scripts
        may pass it) and has no effect: the one class of a type always has every field, relations included."""
        return model_cache.get_model(self, no_cache=no_cache)

    def get_model_with_serializer(self):
        """The model class with its REST serializer resolvable, as upstream's scripts call it (the serializer is
        built on first use either way: NetBox resolves it through the plugin's serializer_resolver)."""
        # NetBox's API utilities load serializers, which import models: imported when called, not with the models
        from utilities.api import get_serializer_for_model

        model = self.get_model()
        get_serializer_for_model(model)
        return model

    @classmethod
    def clear_model_cache(cls, custom_object_type_id=None, *, all_branches=False):
        """Forget generated classes, as upstream's helper does: those of one type in the active branch, or with
        `all_branches` or no type id, every class (each is built again on its next lookup)."""
        if custom_object_type_id is None or all_branches:
            model_cache.clear()
        else:
            model_cache.expire(custom_object_type_id)
