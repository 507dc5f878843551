"""Polymorphic object and multiobject fields: references to objects of any of several allowed types.

They are variants of the object and multiobject types (their `variant_for()` answers with one of the instances below
when `field.is_polymorphic`), not types registered under a key of their own. The allowed types are the field row's
`related_object_types` (a FieldSnapshot holds them as sorted `(app_label, model)` pairs).

Storage
- object: columns `<name>_content_type_id` (integer, no database foreign key) and `<name>_object_id` (bigint) with
  the index `co_<type id>_<name>_gfk`; on the model a ForeignKey to ContentType, a PositiveBigIntegerField and a
  GenericForeignKey `<name>`.
- multiobject: the link table `custom_objects_<type id>_<name>` (source_id, content_type_id, object_id), modelled by
  a link model registered beside its owner; on the owner a descriptor `<name>` returning a `PolymorphicLinkManager`.
  Assigning to it (`obj.<name> = [...]`, also what `Model(**data)` and DRF do) takes effect at the next save().

No foreign key points at a target, so deleting a target nulls or unlinks its references through
`polymorphic_targets.detach()` (called by a post_delete receiver; a dictionary lookup for models that no polymorphic
field allows).

Forms: one picker per allowed type, named `<name>__<app_label>_<model>` in EDIT and BULK_EDIT mode (a
DynamicModelChoiceField for object, a DynamicModelMultipleChoiceField for multiobject) and `<name>_<app_label>_<model>`
in FILTER mode (the filter names). The form owner calls `form_initial`, `form_clean` (object: assigns the chosen
object, refuses two) and `form_save` (multiobject: sets the links). In BULK_EDIT mode an empty choice leaves the
value alone; to null the field, call the hooks in EDIT mode with no values. Polymorphic fields are not importable.
"""

import time
import warnings
from collections.abc import Iterable, Mapping
from operator import attrgetter

import django_tables2 as tables
from django.apps import apps as django_apps
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import DatabaseError, models, router, transaction
from django.db.models.signals import m2m_changed, post_save
from django.utils.html import escape, format_html, format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from rest_framework import serializers

from core.signals import handle_changed_object
from utilities.filters import MultiValueNumberFilter
from utilities.forms.fields import DynamicModelChoiceField, DynamicModelMultipleChoiceField

from ..choices import CustomObjectFieldTypeChoices, ObjectFieldOnDeleteChoices
from ..constants import APP_LABEL, extract_type_id, model_name, through_model_name, through_table_name
from ..ddl import AddColumn, AlterColumn, CreateThroughTable, DropColumn, DropTable, RenameTable, RunSQL
from ..ddl.naming import safe_identifier
from .base import FieldType, FormMode
from .common import filter_disabled, finish_form_field, serializer_kwargs
from .relations import cycle_error

__all__ = (
    'PolymorphicLinkManager',
    'PolymorphicMultiObjectFieldType',
    'PolymorphicMultiObjectSerializerField',
    'PolymorphicObjectFieldType',
    'PolymorphicObjectSerializerField',
    'build_link_model',
    'check_related_object_types',
    'polymorphic_multiobject_type',
    'polymorphic_object_type',
    'polymorphic_targets',
)

PENDING_LINKS = '_nco_pending_links'  # instance attribute: {field name: value assigned, applied at the next save}


#
# Allowed types and references
#

def allowed_labels(field):
    """The allowed `(app_label, model)` pairs of a FieldSnapshot or a field row (sorted)."""
    types = field.related_object_types
    if isinstance(types, tuple):
        return types
    if not field.pk:
        return ()
    return tuple(sorted((ot.app_label, ot.model) for ot in types.all()))


def allowed_content_types(field):
    """ContentTypes of the allowed types (Django caches them per process; unknown labels are skipped)."""
    content_types = []
    for app_label, model in allowed_labels(field):
        try:
            content_types.append(ContentType.objects.get_by_natural_key(app_label, model))
        except ContentType.DoesNotExist:
            continue
    return content_types


def allowed_targets(field):
    """(content type, model class) of each allowed type whose model exists."""
    return [(ct, model) for ct in allowed_content_types(field) if (model := ct.model_class()) is not None]


def type_label(content_type):
    return f'{content_type.app_label}.{content_type.model}'


def type_verbose_name(content_type):
    model = content_type.model_class()
    return capfirst(model._meta.verbose_name) if model is not None else type_label(content_type)


def content_type_from(data):
    """The ContentType a reference dict names: `content_type_id`, `content_type` ("app.model" or an id),
    `_content_type` ("app.model", the API's read format) or `app_label` + `model`."""
    try:
        if data.get('content_type_id') is not None:
            return ContentType.objects.get_for_id(int(data['content_type_id']))
        label = data.get('content_type', data.get('_content_type'))
        if isinstance(label, int):
            return ContentType.objects.get_for_id(label)
        if isinstance(label, str) and label.count('.') == 1:
            return ContentType.objects.get_by_natural_key(*label.split('.'))
        if data.get('app_label') and data.get('model'):
            return ContentType.objects.get_by_natural_key(data['app_label'], data['model'])
    except (ContentType.DoesNotExist, TypeError, ValueError):
        raise ValidationError(_('Unknown object type.')) from None
    raise ValidationError(_('Name the object type with content_type_id, or with app_label and model.'))


def object_id_from(data):
    value = data.get('object_id', data.get('id'))
    if isinstance(value, bool) or not isinstance(value, (int, str)) or not str(value).isdigit():
        raise ValidationError(_('Name the object with object_id (or id), an integer.'))
    return int(value)


def reference_key(value):
    """(content type id, object id) of a reference: a saved model instance, such a pair, or a reference dict."""
    if isinstance(value, models.Model):
        if value.pk is None:
            raise ValueError(f'{value!r} must be saved before it can be referenced')
        return ContentType.objects.get_for_model(value).pk, value.pk
    if isinstance(value, Mapping):
        return content_type_from(value).pk, object_id_from(value)
    if isinstance(value, tuple) and len(value) == 2:
        return int(value[0]), int(value[1])
    raise TypeError(f'Not a reference to an object: {value!r}')


def refuse_disallowed(field, content_type_ids):
    """ValidationError unless every content type id is one of the field's allowed types."""
    allowed = {ct.pk for ct in allowed_content_types(field)}
    refused = set(content_type_ids) - allowed
    if refused:
        names = ', '.join(sorted(type_label(ContentType.objects.get_for_id(pk)) for pk in refused))
        raise ValidationError(_('Objects of type {types} are not allowed in {field} (allowed: {allowed}).').format(
            types=names, field=field.name, allowed=', '.join('.'.join(label) for label in allowed_labels(field))
            or _('none')))


def resolve_reference(field, data):
    """The object a reference dict names, refused (ValidationError) unless it exists and its type is allowed."""
    if not isinstance(data, Mapping):
        raise ValidationError(_('Expected an object with content_type_id (or app_label and model) and object_id.'))
    content_type, object_id = content_type_from(data), object_id_from(data)
    refuse_disallowed(field, [content_type.pk])
    try:
        return content_type.get_object_for_this_type(pk=object_id)
    except (ObjectDoesNotExist, AttributeError):
        raise ValidationError(_('There is no {type} with id {id}.').format(
            type=type_label(content_type), id=object_id)) from None


def object_link(obj, with_type=True):
    url = obj.get_absolute_url() if hasattr(obj, 'get_absolute_url') else None
    link = format_html('<a href="{}">{}</a>', url, obj) if url else escape(str(obj))
    if not with_type:
        return link
    verbose = capfirst(obj._meta.verbose_name)
    return format_html('{} <span class="text-secondary">({})</span>', link, verbose)


#
# The link model and its manager
#

def build_link_model(field, apps=None):
    """The model of `field`'s link table, registered in `apps` (Django's when None) beside its owner.

    Marked auto_created like the through models of multiobject fields. When the owner is rebuilt, the new link class
    replaces the old one under the same name (Django's registry warns about that; the warning is expected here)."""
    meta = {
        'app_label': APP_LABEL,
        'db_table': through_table_name(field.custom_object_type_id, field.name),
        'managed': False,
        'auto_created': True,
        'unique_together': (('source', 'content_type', 'object_id'),),
    }
    if apps is not None:
        meta['apps'] = apps
    attrs = {
        '__module__': f'{APP_LABEL}.dynamic_models.generated',
        'Meta': type('Meta', (), meta),
        'id': models.BigAutoField(primary_key=True),
        'source': models.ForeignKey(
            f'{APP_LABEL}.{model_name(field.custom_object_type_id)}', on_delete=models.CASCADE, related_name='+',
            db_constraint=False,
        ),
        'content_type': models.ForeignKey(
            ContentType, on_delete=models.DO_NOTHING, related_name='+', db_constraint=False
        ),
        'object_id': models.PositiveBigIntegerField(),
        'target': GenericForeignKey('content_type', 'object_id'),
    }
    with warnings.catch_warnings():
        warnings.filterwarnings('ignore', message=r"Model '.*' was already registered", category=RuntimeWarning)
        return type(through_model_name(field.custom_object_type_id, field.name), (models.Model,), attrs)


class PolymorphicLinkManager:
    """The links of one object, like Django's many-related managers: all(), count(), exists(), add(*objs),
    remove(*objs), set(objs), clear(); prefetch_related(<name>) loads them for many objects in 1 + (number of types)
    queries.

    Values are model instances, `(content type id, object id)` pairs or reference dicts (the change-log format
    `{"content_type": "app.model", "object_id": id}`). Changes send `m2m_changed` with sender = the link model,
    model = ContentType and pk_set = the `(content type id, object id)` pairs added, removed or cleared."""

    def __init__(self, descriptor, instance):
        self.descriptor = descriptor
        self.instance = instance
        self.link_model = descriptor.link_model
        self.field = descriptor.field
        self.cache_name = descriptor.name

    def __repr__(self):
        return f'<{type(self).__name__} {self.cache_name} of {self.instance!r}>'

    # Reading

    def get_queryset(self):
        """The link rows of this object (a QuerySet of the link model)."""
        if self.instance.pk is None:
            return self.link_model.objects.none()
        db = router.db_for_read(self.link_model, instance=self.instance)
        return self.link_model.objects.using(db).filter(source_id=self.instance.pk).order_by('pk')

    def _link_rows(self):
        cached = getattr(self.instance, '_prefetched_objects_cache', {}).get(self.cache_name)
        return cached if cached is not None else self.get_queryset().prefetch_related('target')

    def all(self):
        """The linked objects (a list: they may be of several models), in the order they were linked."""
        return [link.target for link in self._link_rows() if link.target is not None]

    def __iter__(self):
        return iter(self.all())

    def count(self):
        cached = getattr(self.instance, '_prefetched_objects_cache', {}).get(self.cache_name)
        return len(self.all()) if cached is not None else self.get_queryset().count()

    def exists(self):
        return self.count() > 0

    def keys(self):
        """The `(content type id, object id)` pairs linked now (read from the database)."""
        return set(self.get_queryset().values_list('content_type_id', 'object_id'))

    def get_prefetch_querysets(self, instances, querysets=None):
        """Django's prefetch protocol: the link rows of `instances`, their targets prefetched per type."""
        if querysets and querysets[0] is not None:
            raise ValueError('Polymorphic links cannot be prefetched with a custom queryset.')
        db = router.db_for_read(self.link_model, instance=instances[0])
        links = list(
            self.link_model.objects.using(db).filter(source_id__in={obj.pk for obj in instances})
            .order_by('pk').prefetch_related('target')
        )
        return links, attrgetter('source_id'), attrgetter('pk'), False, self.cache_name, False

    # Writing

    def add(self, *objs):
        keys = self._keys(objs)
        refuse_disallowed(self.field, {ct for ct, _ in keys})
        db = self._db_for_write()
        with transaction.atomic(using=db, savepoint=False):
            new = keys - self.keys()
            self._send('pre_add', new, db)
            self.link_model.objects.using(db).bulk_create([
                self.link_model(source_id=self.instance.pk, content_type_id=ct, object_id=pk)
                for ct, pk in sorted(new)
            ])
            self._send('post_add', new, db)

    def remove(self, *objs):
        db = self._db_for_write()
        with transaction.atomic(using=db, savepoint=False):
            gone = self._keys(objs) & self.keys()
            self._send('pre_remove', gone, db)
            self._delete(gone, db)
            self._send('post_remove', gone, db)

    def clear(self):
        db = self._db_for_write()
        with transaction.atomic(using=db, savepoint=False):
            gone = self.keys()
            self._send('pre_clear', gone, db)
            self._delete(gone, db)
            self._send('post_clear', gone, db)
        if gone:
            # NetBox's change log records link additions and removals but ignores clear() (except for tags):
            # report the cleared links as removed, or a cleared field would never reach the change log.
            handle_changed_object(sender=self.link_model, instance=self.instance, action='post_remove',
                                  reverse=False, model=ContentType, pk_set=gone)

    def set(self, objs):
        """Link exactly `objs` (None or [] unlinks everything): removals, then additions, as Django's set()."""
        keys = self._keys(objs or ())
        refuse_disallowed(self.field, {ct for ct, _ in keys})
        db = self._db_for_write()
        with transaction.atomic(using=db, savepoint=False):
            current = self.keys()
            if current - keys:
                self.remove(*(current - keys))
            if keys - current:
                self.add(*(keys - current))

    def _keys(self, objs):
        if isinstance(objs, PolymorphicLinkManager):
            objs = objs.all()
        return {reference_key(obj) for obj in objs}

    def _db_for_write(self):
        if self.instance.pk is None:
            raise ValueError(f'{self.instance!r} must be saved before its {self.cache_name} links can be changed.')
        self.instance.__dict__.get('_prefetched_objects_cache', {}).pop(self.cache_name, None)
        return router.db_for_write(self.link_model, instance=self.instance)

    def _delete(self, keys, db):
        if not keys:
            return
        condition = models.Q()
        for ct, pk in keys:
            condition |= models.Q(content_type_id=ct, object_id=pk)
        self.link_model.objects.using(db).filter(condition, source_id=self.instance.pk).delete()

    def _send(self, action, keys, db):
        m2m_changed.send(sender=self.link_model, instance=self.instance, action=action, reverse=False,
                         model=ContentType, pk_set=set(keys), using=db)


class PolymorphicLinksDescriptor(property):
    """`<name>` on the owner model: reading gives a PolymorphicLinkManager; an assigned value (objects, pairs or
    reference dicts; None unlinks all) is kept on the instance and applied by its next save().

    A property (for Django's Model.__init__, which accepts property names as keyword arguments), so `Model(**data)`
    from DRF serializers and NetBox's deserialize_object() work as for any field."""

    def __init__(self, field, link_model):
        super().__init__()
        self.field = field
        self.link_model = link_model
        self.name = field.name

    def contribute_to_class(self, cls, name):
        self.name = name
        setattr(cls, name, self)
        post_save.connect(self._apply_pending, sender=cls)  # weak: lives as long as the class holding self

    def __get__(self, instance, owner=None):
        return self if instance is None else PolymorphicLinkManager(self, instance)

    def __set__(self, instance, value):
        if isinstance(value, PolymorphicLinkManager):
            value = value.all()
        elif value is not None and (isinstance(value, (str, Mapping)) or not isinstance(value, Iterable)):
            raise TypeError(f'{self.name} takes a list of objects, not {value!r}')
        instance.__dict__.setdefault(PENDING_LINKS, {})[self.name] = None if value is None else list(value)

    def _apply_pending(self, sender, instance, **kwargs):
        pending = instance.__dict__.get(PENDING_LINKS, {})
        if self.name in pending:
            self.__get__(instance).set(pending.pop(self.name) or ())


def pending_links(instance, name):
    """(True, value) when a value was assigned to `name` and not saved yet, else (False, None)."""
    pending = instance.__dict__.get(PENDING_LINKS, {})
    return (True, pending[name]) if name in pending else (False, None)


#
# REST API fields
#

class _PolymorphicSerializerField(serializers.Field):
    def __init__(self, *, field, nested_serializer_for=None, **kwargs):
        self.definition = field
        self.nested_serializer_for = nested_serializer_for
        super().__init__(**kwargs)

    def represent(self, obj):
        """`{"_content_type": "app.model", "id", "url", "display", ...}`: the target's brief representation."""
        data = {'_content_type': f'{obj._meta.app_label}.{obj._meta.model_name}'}
        if self.nested_serializer_for is not None:
            data.update(self.nested_serializer_for(type(obj), context=self.context).to_representation(obj))
        data.setdefault('id', obj.pk)
        data.setdefault('display', str(obj))
        return data

    def resolve(self, data):
        try:
            return resolve_reference(self.definition, data)
        except ValidationError as e:
            raise serializers.ValidationError(e.messages) from None


class PolymorphicObjectSerializerField(_PolymorphicSerializerField):
    """One reference: read as the target's brief representation plus `_content_type`; written as a dict with
    `content_type_id` (or `app_label` + `model`) and `object_id` (or `id`). Validates to the target object."""

    def to_representation(self, value):
        return self.represent(value)

    def to_internal_value(self, data):
        return self.resolve(data)


class PolymorphicMultiObjectSerializerField(_PolymorphicSerializerField):
    """A list of references (see PolymorphicObjectSerializerField); `null` or `[]` unlinks everything. Validates to
    the list of target objects, which the model takes as an assignment applied when it is saved."""

    def to_representation(self, value):
        return [self.represent(obj) for obj in value.all()]

    def to_internal_value(self, data):
        if not isinstance(data, list):
            raise serializers.ValidationError(_('Expected a list of objects.'))
        objects, errors = [], {}
        for index, item in enumerate(data):
            try:
                obj = self.resolve(item)
            except serializers.ValidationError as e:
                errors[index] = e.detail
                continue
            if obj not in objects:
                objects.append(obj)
        if errors:
            raise serializers.ValidationError(errors)
        if self.definition.required and not objects:
            raise serializers.ValidationError(_('This field is required.'))
        return objects


#
# Filters and table columns
#

class PolymorphicTargetFilter(MultiValueNumberFilter):
    """`?<name>_<app_label>_<model>=<pk>` (repeatable): objects referring to those objects of that type."""

    def __init__(self, *, content_type_label, match, **kwargs):
        self.content_type_label = content_type_label
        self.match = match  # (queryset, content type id, object ids) -> queryset
        super().__init__(**kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        try:
            content_type = ContentType.objects.get_by_natural_key(*self.content_type_label)
        except ContentType.DoesNotExist:
            return qs.none()
        return self.match(qs, content_type.pk, value)


class PolymorphicObjectColumn(tables.Column):
    """The referenced object, linked, with its type."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault('orderable', False)
        super().__init__(*args, **kwargs)

    def render(self, value):
        return object_link(value)

    def value(self, value):
        return str(value) if value is not None else ''


class PolymorphicLinksColumn(PolymorphicObjectColumn):
    """The linked objects, each linked, with its type."""

    def render(self, value):
        return format_html_join(', ', '{}', ((object_link(obj),) for obj in value.all())) or self.default

    def value(self, value):
        return ', '.join(str(obj) for obj in value.all())


#
# The field types
#

class PolymorphicFieldType(FieldType):
    """What both variants share: definition rules, per-type form fields and filters, display."""
    options = frozenset({'is_polymorphic', 'related_object_filter'})
    supports_unique = False
    supports_default = False
    supports_primary = False

    # Definition

    def definition_errors(self, field):
        errors = {}
        if field.related_object_type_id:
            errors['related_object_type'] = _(
                'Polymorphic fields take their types from related object types, not related object type.')
        if field.related_object_filter is not None and not isinstance(field.related_object_filter, dict):
            errors['related_object_filter'] = _('The filter must be a JSON object of query parameters.')
        if field.is_cloneable:
            errors['is_cloneable'] = _('Polymorphic fields cannot be cloned.')
        # Targets are not tied by a foreign key: a deleted target is always detached (set null).
        field.on_delete_behavior = ObjectFieldOnDeleteChoices.SET_NULL
        if field.pk:
            stored = type(field).objects.filter(pk=field.pk).values_list('name', flat=True).first()
            if stored is not None and stored != field.name:
                errors['name'] = _('Polymorphic fields cannot be renamed.')
            # The types are set after the row is first saved, so an existing row must have them.
            if not field.related_object_types.exists():
                errors['related_object_types'] = _('Polymorphic fields need at least one related object type.')
            elif error := cycle_error(field):
                errors['related_object_types'] = error
        return errors

    def validate_value(self, field, value):
        """Objects (or references) of the allowed types only."""
        if value is None:
            return
        if self.many and not isinstance(value, (list, tuple)):
            raise ValidationError(_('A list of objects is expected.'))
        try:
            keys = [reference_key(v) for v in (value if self.many else [value])]
        except (TypeError, ValueError) as e:
            raise ValidationError(str(e)) from None
        refuse_disallowed(field, {ct for ct, _ in keys})

    # Forms

    def form_name(self, field, content_type):
        return f'{field.name}__{content_type.app_label}_{content_type.model}'

    def form_fields(self, field, mode, model):
        if mode is FormMode.IMPORT:
            return {}
        form_fields = {}
        for content_type, target in allowed_targets(field):
            queryset = target.objects.all()
            if mode is FormMode.FILTER:
                name = self.filter_name(field, content_type)
                form_field = DynamicModelMultipleChoiceField(queryset=queryset, required=False)
            else:
                name = self.form_name(field, content_type)
                picker = DynamicModelMultipleChoiceField if self.many else DynamicModelChoiceField
                form_field = picker(
                    queryset=queryset, required=False, query_params=field.related_object_filter or {}, selector=True
                )
            finish_form_field(form_field, field, mode)
            form_field.label = f'{field.verbose_name} ({capfirst(target._meta.verbose_name)})'
            form_fields[name] = form_field
        return form_fields

    def _chosen(self, field, cleaned_data):
        """{form field name: chosen objects} of the per-type pickers that hold a value."""
        chosen = {}
        for content_type in allowed_content_types(field):
            name = self.form_name(field, content_type)
            value = cleaned_data.get(name)
            values = list(value) if self.many and value is not None else [value]
            if any(v is not None for v in values):
                chosen[name] = [v for v in values if v is not None]
        return chosen

    # Filters

    def filter_name(self, field, content_type):
        return f'{field.name}_{content_type.app_label}_{content_type.model}'

    def filters(self, field, model):
        if filter_disabled(field):
            return {}
        return {
            self.filter_name(field, ct): PolymorphicTargetFilter(
                content_type_label=(ct.app_label, ct.model), match=self.filter_match(field, model),
                field_name=field.name, label=f'{field.verbose_name} ({type_verbose_name(ct)})', distinct=False,
            )
            for ct in allowed_content_types(field)
        }

    def filter_match(self, field, model):
        raise NotImplementedError


class PolymorphicObjectFieldType(PolymorphicFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_OBJECT

    @staticmethod
    def columns(field):
        """Model field names: (content type foreign key, object id)."""
        return f'{field.name}_content_type', f'{field.name}_object_id'

    @staticmethod
    def db_columns(field):
        """Column names (= attribute names of the raw values): (content type id, object id)."""
        return f'{field.name}_content_type_id', f'{field.name}_object_id'

    # Model

    def model_fields(self, field, resolve_model):
        content_type, object_id = self.columns(field)
        return {
            content_type: models.ForeignKey(
                ContentType, on_delete=models.DO_NOTHING, null=True, blank=True, db_constraint=False,
                related_name='+', editable=False,
            ),
            object_id: models.PositiveBigIntegerField(null=True, blank=True, editable=False),
            field.name: GenericForeignKey(content_type, object_id),
        }

    def prefetch_related(self, field):
        return (field.name,)

    # DDL

    def ddl_columns(self, field):
        content_type, object_id = self.columns(field)
        return {
            content_type: models.ForeignKey(
                ContentType, on_delete=models.DO_NOTHING, null=True, db_constraint=False, db_index=False,
                related_name='+',
            ),
            object_id: models.PositiveBigIntegerField(null=True),
        }

    @staticmethod
    def index_name(field):
        return safe_identifier(f'co_{field.custom_object_type_id}_{field.name}_gfk')

    def schema_ops(self, table, old, new, resolve_model):
        if old is None:
            columns = ', '.join(f'"{column}"' for column in self.db_columns(new))
            return [
                *(AddColumn(table, name, column) for name, column in self.ddl_columns(new).items()),
                RunSQL(table, (f'CREATE INDEX "{self.index_name(new)}" ON "{table}" ({columns})',),
                       f'Create index {self.index_name(new)} on {table}'),
            ]
        if new is None:
            return [DropColumn(table, name, column) for name, column in self.ddl_columns(old).items()]
        if old.name == new.name:
            return []
        # Renames are refused when the row is validated; a row saved without validation is still carried out.
        return [
            *(AlterColumn(table, old_name, old_column, new_name, new_column) for (old_name, old_column), (
                new_name, new_column) in zip(self.ddl_columns(old).items(), self.ddl_columns(new).items())),
            RunSQL(table, (f'ALTER INDEX IF EXISTS "{self.index_name(old)}" RENAME TO "{self.index_name(new)}"',),
                   f'Rename index {self.index_name(old)}'),
        ]

    # Values

    def instance_value(self, field, instance):
        try:
            return getattr(instance, field.name)
        except (ObjectDoesNotExist, AttributeError):  # a content type or model that no longer exists
            return None

    def clean_instance(self, field, instance):
        content_type_id, object_id = (getattr(instance, column) for column in self.db_columns(field))
        if (content_type_id is None) != (object_id is None):
            return {field.name: _('The object type and the object id must be given together.')}
        if content_type_id is None:
            return {field.name: _('This field is required.')} if field.required else {}
        try:
            refuse_disallowed(field, [content_type_id])
        except ValidationError as e:
            return {field.name: e.messages[0]}
        return {}

    def display_value(self, field, value):
        return '' if value is None else str(value)

    def render_html(self, field, value):
        return '' if value is None else object_link(value)

    def detach(self, field, model, target, using):
        """Null the references of `model`'s objects to `target` (being deleted), change-logged as NetBox does."""
        content_type = ContentType.objects.db_manager(using).get_for_model(target)
        column_ct, column_id = self.db_columns(field)
        referring = model.objects.using(using).filter(**{column_ct: content_type.pk, column_id: target.pk})
        for obj in referring:
            if hasattr(obj, 'snapshot'):
                obj.snapshot()
            setattr(obj, field.name, None)
            obj.save(using=using)

    # Forms

    def form_initial(self, field, instance):
        value = self.instance_value(field, instance)
        if value is None:
            return {}
        return {self.form_name(field, ContentType.objects.get_for_model(value)): value.pk}

    def form_clean(self, field, instance, cleaned_data, mode=FormMode.EDIT):
        chosen = self._chosen(field, cleaned_data)
        if len(chosen) > 1:
            return {name: _('Choose one object only.') for name in list(chosen)[1:]}
        if not chosen:
            if mode is FormMode.BULK_EDIT:
                return {}
            if field.required:
                return {self.form_name(field, ct): _('This field is required.')
                        for ct in allowed_content_types(field)[:1]}
        setattr(instance, field.name, next(iter(chosen.values()))[0] if chosen else None)
        return {}

    # API, filters, tables

    def serializer_fields(self, field, model, nested_serializer_for):
        kwargs = serializer_kwargs(field)
        kwargs.pop('default', None)
        return {field.name: PolymorphicObjectSerializerField(
            field=field, nested_serializer_for=nested_serializer_for, **kwargs)}

    def filter_match(self, field, model):
        column_ct, column_id = self.db_columns(field)

        def match(qs, content_type_id, object_ids):
            return qs.filter(**{column_ct: content_type_id, f'{column_id}__in': object_ids})
        return match

    def table_columns(self, field):
        return {field.name: PolymorphicObjectColumn(verbose_name=field.verbose_name)}


class PolymorphicMultiObjectFieldType(PolymorphicFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_MULTIOBJECT
    many = True

    # Model

    def model_fields(self, field, resolve_model):
        link_model = build_link_model(field, apps=getattr(resolve_model, 'apps', None))
        return {field.name: PolymorphicLinksDescriptor(field, link_model)}

    def prefetch_related(self, field):
        return (field.name,)

    @staticmethod
    def link_model(model, field):
        return model.__dict__[field.name].link_model

    # DDL

    def schema_ops(self, table, old, new, resolve_model):
        if old is None:
            return [CreateThroughTable(through_table_name(new.custom_object_type_id, new.name), table, None)]
        old_table = through_table_name(old.custom_object_type_id, old.name)
        if new is None:
            return [DropTable(old_table)]
        if old.name != new.name:
            return [RenameTable(old_table, through_table_name(new.custom_object_type_id, new.name))]
        return []

    # Values

    def instance_value(self, field, instance):
        return getattr(instance, field.name)

    def clean_instance(self, field, instance):
        assigned, value = pending_links(instance, field.name)
        if assigned:
            try:
                self.validate_value(field, value or [])
            except ValidationError as e:
                return {field.name: e.messages[0]}
            empty = not value
        else:
            empty = instance.pk is None or not getattr(instance, field.name).exists()
        return {field.name: _('This field is required.')} if field.required and empty else {}

    def display_value(self, field, value):
        return '' if value is None else ', '.join(str(obj) for obj in value.all())

    def render_html(self, field, value):
        if value is None:
            return ''
        return format_html_join(', ', '{}', ((object_link(obj),) for obj in value.all()))

    def serialize_value(self, field, instance):
        """`[{"content_type": "app.model", "object_id": id}, ...]`, sorted, read from the database."""
        if instance.pk is None:
            return []
        links = []
        for content_type_id, object_id in sorted(getattr(instance, field.name).keys()):
            try:
                label = type_label(ContentType.objects.get_for_id(content_type_id))
            except ContentType.DoesNotExist:
                continue
            links.append({'content_type': label, 'object_id': object_id})
        return links

    def detach(self, field, model, target, using):
        """Unlink `target` (being deleted) from `model`'s objects, change-logged as NetBox does for M2M."""
        content_type = ContentType.objects.db_manager(using).get_for_model(target)
        links = self.link_model(model, field).objects.using(using).filter(
            content_type_id=content_type.pk, object_id=target.pk)
        for obj in model.objects.using(using).filter(pk__in=links.values('source_id')):
            if hasattr(obj, 'snapshot'):
                obj.snapshot()
            getattr(obj, field.name).remove((content_type.pk, target.pk))

    # Forms

    def form_initial(self, field, instance):
        if instance.pk is None:
            return {}
        initial = {}
        for obj in getattr(instance, field.name).all():
            initial.setdefault(self.form_name(field, ContentType.objects.get_for_model(obj)), []).append(obj.pk)
        return initial

    def form_clean(self, field, instance, cleaned_data, mode=FormMode.EDIT):
        if mode is FormMode.EDIT and field.required and not self._chosen(field, cleaned_data):
            return {self.form_name(field, ct): _('This field is required.') for ct in allowed_content_types(field)[:1]}
        return {}

    def form_save(self, field, instance, cleaned_data, mode=FormMode.EDIT):
        chosen = [obj for objects in self._chosen(field, cleaned_data).values() for obj in objects]
        if chosen or mode is FormMode.EDIT:
            getattr(instance, field.name).set(chosen)

    # API, filters, tables

    def serializer_fields(self, field, model, nested_serializer_for):
        kwargs = serializer_kwargs(field)
        kwargs.pop('default', None)
        kwargs['allow_null'] = True  # null unlinks everything, as for multiobject fields
        return {field.name: PolymorphicMultiObjectSerializerField(
            field=field, nested_serializer_for=nested_serializer_for, **kwargs)}

    def filter_match(self, field, model):
        link_model = self.link_model(model, field)

        def match(qs, content_type_id, object_ids):
            links = link_model.objects.filter(content_type_id=content_type_id, object_id__in=object_ids)
            return qs.filter(pk__in=links.values('source_id'))
        return match

    def table_columns(self, field):
        return {field.name: PolymorphicLinksColumn(verbose_name=field.verbose_name)}


polymorphic_object_type = PolymorphicObjectFieldType()
polymorphic_multiobject_type = PolymorphicMultiObjectFieldType()


#
# Definition rows: the related_object_types M2M (set after the row is first saved)
#

def check_related_object_types(row, action, object_type_ids):
    """Refuse (ValidationError) a change of `row.related_object_types` (an m2m_changed `pre_*` action): only
    polymorphic fields take them, they are immutable once set, and they must not make types refer in a cycle."""
    if action not in ('pre_add', 'pre_remove', 'pre_clear'):
        return
    if not row.is_polymorphic:
        if action == 'pre_add' and object_type_ids:
            raise ValidationError({'related_object_types': _('Only polymorphic fields take related object types.')})
        return
    if row.related_object_types.exists():
        raise ValidationError({'related_object_types': _(
            'The related object types of a polymorphic field cannot be changed once set.')})
    if action == 'pre_add' and (error := _cycle_error(row, object_type_ids)):
        raise ValidationError({'related_object_types': error})


def _cycle_error(row, object_type_ids):
    """relations.cycle_error for types about to be added (not stored yet)."""
    object_types = ContentType.objects.filter(pk__in=object_type_ids, app_label=APP_LABEL).values_list('model',
                                                                                                       flat=True)
    own_id, seen = row.custom_object_type_id, set()
    pending = [t for name in object_types if (t := extract_type_id(name)) is not None and t != own_id]
    field_model = type(row)
    while pending:
        type_id = pending.pop()
        if type_id == own_id:
            return _('This reference would create a cycle between custom object types.')
        if type_id in seen:
            continue
        seen.add(type_id)
        for other in field_model.objects.filter(custom_object_type_id=type_id).exclude(pk=row.pk):
            targets = [other.related_object_type] if other.related_object_type_id else []
            if other.is_polymorphic:
                targets.extend(other.related_object_types.all())
            pending.extend(t for ot in targets if ot.app_label == APP_LABEL
                           and (t := extract_type_id(ot.model)) is not None and t != type_id)
    return None


#
# Deleted targets
#

class PolymorphicTargets:
    """Which polymorphic fields allow a model: {(app_label, model): ((type id, field name), ...)}.

    Read in one query per database alias (main, or a branch), kept MAX_AGE seconds (as long as the model cache trusts
    its classes between syncs) or until a definition change in this process invalidates it."""
    MAX_AGE = 2.0

    def __init__(self):
        self._maps = {}  # alias -> (built at, mapping); replaced, never mutated, so readers need no lock

    def invalidate(self):
        self._maps = {}

    def fields_allowing(self, model):
        field_model = django_apps.get_model(APP_LABEL, 'CustomObjectTypeField')
        alias = router.db_for_read(field_model) or 'default'
        entry = self._maps.get(alias)
        if entry is None or time.monotonic() - entry[0] > self.MAX_AGE:
            entry = (time.monotonic(), self._load(field_model, alias))
            self._maps = {**self._maps, alias: entry}
        opts = model._meta.concrete_model._meta
        return entry[1].get((opts.app_label, opts.model_name), ())

    @staticmethod
    def _load(field_model, alias):
        rows = field_model.objects.using(alias).filter(is_polymorphic=True, related_object_types__isnull=False)
        mapping = {}
        try:
            with transaction.atomic(using=alias):  # a savepoint: a missing table (during migrate) breaks nothing
                for type_id, name, app_label, model in rows.values_list(
                        'custom_object_type_id', 'name', 'related_object_types__app_label',
                        'related_object_types__model'):
                    mapping.setdefault((app_label, model), []).append((type_id, name))
        except DatabaseError:
            return {}
        return {key: tuple(value) for key, value in mapping.items()}

    def detach(self, model, instance, using, get_model):
        """Null or unlink the references to `instance` (of `model`, deleted through `using`).

        `get_model(type id)` returns the class of a custom object type (LookupError when it is gone)."""
        for type_id, field_name in self.fields_allowing(model):
            try:
                owner = get_model(type_id)
            except LookupError:
                continue
            field = owner._snapshot.field_named(field_name)
            if field is not None and field.is_polymorphic:
                field.field_type.detach(field, owner, instance, using)


polymorphic_targets = PolymorphicTargets()
