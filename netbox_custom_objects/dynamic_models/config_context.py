"""Config context for the objects of types that opt in (`config_context_enabled`): NetBox's ConfigContextModel
behaviour for generated models (upstream's `CustomObjectConfigContextMixin`).

The objects get a `local_context_data` column and `get_config_context()`: the active ConfigContexts that apply to the
object, merged by weight, then the local data on top (local data always wins). Which ConfigContexts apply is decided
by NetBox's own `ConfigContextQuerySet.get_for_object()`, fed by upstream's field-name convention: a non-polymorphic
single object field whose name and target both match an entry of CONFIG_CONTEXT_DIMENSION_FIELDS (e.g. `site` →
dcim.site) stands for that dimension; regions, site groups, tenant groups, cluster types/groups and parent
locations/roles/platforms follow from those objects, and the object's tags match too. A type without such fields
uses its local data only (ConfigContexts without any scope are not applied to it either, as upstream).

Not taken over from NetBox: the pre-rendered cache (`_config_context_data`). NetBox renders and invalidates it for
devices and virtual machines only, so the context of a custom object is rendered on demand.
"""

from types import SimpleNamespace

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from extras.models import ConfigContext
from utilities.data import deepmerge

from ..field_types.scalars import validate_json_text

__all__ = (
    'CONFIG_CONTEXT_DIMENSION_FIELDS',
    'CustomObjectConfigContextMixin',
)

# Field name → (app_label, model) of the target a field of that name must have to scope config contexts.
CONFIG_CONTEXT_DIMENSION_FIELDS = {
    'site': ('dcim', 'site'),
    'location': ('dcim', 'location'),
    'device_type': ('dcim', 'devicetype'),
    'role': ('dcim', 'devicerole'),
    'platform': ('dcim', 'platform'),
    'cluster': ('virtualization', 'cluster'),
    'tenant': ('tenancy', 'tenant'),
}


class CustomObjectConfigContextMixin(models.Model):
    """Added by the model factory to the bases of a type with config context support."""
    local_context_data = models.JSONField(
        blank=True,
        null=True,
        validators=[validate_json_text],  # (what PostgreSQL's jsonb cannot store)
        help_text=_('Local config context data takes precedence over source contexts in the final rendered config '
                    'context'),
    )

    class Meta:
        abstract = True

    def get_config_context(self):
        """The merged config context: the applying ConfigContexts by weight, then the local data."""
        return self.render_config_context()

    def render_config_context(self, shared=None):
        """`shared`: a dict the caller keeps across objects (one REST response, say): objects with the same dimension
        objects and tags share the merged source contexts, looked up once."""
        return deepmerge(self._source_context_data(shared), self.local_context_data or {})

    def _source_context_data(self, shared):
        source = self._config_context_source()
        if source is None:
            return {}
        key = None
        if shared is not None:
            dimensions = tuple(getattr(getattr(source, name), 'pk', None) for name in CONFIG_CONTEXT_DIMENSION_FIELDS)
            key = (dimensions, tuple(sorted(tag.slug for tag in self.tags.all())))  # (tags are prefetched in lists)
            if key in shared:
                return shared[key]
        data = {}
        for context in ConfigContext.objects.get_for_object(source, aggregate_data=True) or []:
            data = deepmerge(data, context)
        if key is not None:
            shared[key] = data
        return data

    def get_source_contexts(self, queryset=None):
        """The ConfigContexts that apply to this object, from `queryset` (e.g. restricted to what a user may view)."""
        queryset = ConfigContext.objects.all() if queryset is None else queryset
        source = self._config_context_source()
        return queryset.get_for_object(source) if source is not None else queryset.none()

    def _config_context_source(self):
        """What get_for_object() reads (site, tenant, role, ..., tags), taken from the convention fields; None when
        the type has none."""
        dimensions = {}
        for field in self._snapshot.fields:
            target = CONFIG_CONTEXT_DIMENSION_FIELDS.get(field.name)
            if target is not None and field.related_object_type == target and not field.field_type.many:
                dimensions[field.name] = getattr(self, field.name)
        if not dimensions:
            return None
        return SimpleNamespace(**{**dict.fromkeys(CONFIG_CONTEXT_DIMENSION_FIELDS), **dimensions}, tags=self.tags)

    def clean(self):
        super().clean()
        if self.local_context_data is not None and type(self.local_context_data) is not dict:
            raise ValidationError(
                {'local_context_data': _('JSON data must be in object form. Example:') + ' {"foo": 123}'}
            )
