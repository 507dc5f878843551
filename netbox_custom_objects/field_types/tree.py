"""The tree_parent type: an object field to the type itself that makes the type a tree, as NetBox's nested groups
(regions, tenant groups) are.

It is an object field (a foreign key column `<name>_id`, its ON DELETE, its REST, form and GraphQL shapes) plus:
- no object is its own ancestor: refused when validated (a form error, a 400) and again once the row is written
  (after_write), which is what refuses a merge, sync or revert whose changes together would close a cycle;
- the list pages and the REST list show the objects in tree order with their depth (`_depth`, as NetBox's nested
  group serializers; the table indents the object's name as NetBox's TreeColumn does);
- the filters `ancestor_id` / `ancestor` (objects below these) and `descendant_id` / `descendant` (objects above
  these), in REST, the list's filter form and GraphQL.
A type has at most one tree parent. The queries are in tree_queries.py (why an adjacency list: see there).
"""

import django_filters
import django_tables2 as tables
from django.core.exceptions import ValidationError
from django.utils.html import format_html, mark_safe
from django.utils.translation import gettext as _
from rest_framework import serializers

from utilities.filters import MultiValueNumberFilter
from utilities.forms.fields import DynamicModelMultipleChoiceField

from ..choices import CustomObjectFieldTypeChoices
from .base import FormMode
from .common import filter_disabled
from .registry import register
from .relations.object import ObjectFieldType
from .tree_queries import ancestor_chain, ancestors_of, cycle_members, descendants_of, tree_position
from .visibility import viewable_pks

__all__ = (
    'DEPTH_ATTRIBUTE',
    'TREE_FILTERS',
    'TREE_POSITION',
    'TreeParentFieldType',
)

# The annotation list surfaces add (tree_queries.tree_position: [position, depth]), read by the depth attribute.
TREE_POSITION = '_tree_position'
# filter name -> (walk, form label): `ancestor_id=5` gives the objects below 5, as NetBox's nested groups answer.
TREE_FILTERS = {
    'ancestor': (descendants_of, 'Ancestor'),
    'descendant': (ancestors_of, 'Descendant'),
}
# The depth of an object, on the instances of a tree type: a name no field can take (field names start with a letter).
DEPTH_ATTRIBUTE = '_tree_depth'


class TreeColumn(tables.Column):
    """The object's name indented by its depth, as NetBox's TreeColumn shows nested groups (not when the user sorts
    the list by a column: the order is then no longer the tree's)."""

    def __init__(self):
        super().__init__(accessor='pk', verbose_name=_('Tree'), orderable=False,
                         attrs={'td': {'class': 'text-nowrap'}})

    def render(self, record, table):
        indent = '' if table.order_by else mark_safe('<i class="mdi mdi-circle-small"></i>' * record._tree_depth)
        return format_html('{}<a href="{}">{}</a>', indent, record.get_absolute_url(), record)

    def value(self, record):
        return str(record)


def tree_depth(instance, field):
    """How many ancestors `instance` has: from the list's annotation, else read (one query)."""
    if TREE_POSITION in instance.__dict__:
        position = instance.__dict__[TREE_POSITION]
        return position[1] if position else 0
    if instance.pk is None:
        return 0
    chain = ancestor_chain(type(instance), field, instance.pk, instance._state.db or 'default')
    instance.__dict__[TREE_POSITION] = [None, max(len(chain) - 1, 0)]
    return instance.__dict__[TREE_POSITION][1]


@register
class TreeParentFieldType(ObjectFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_TREE_PARENT
    options = ObjectFieldType.options - {'is_polymorphic'}
    supports_unique = False
    supports_default = False

    def variant_for(self, field):
        return self

    # Definition

    def definition_errors(self, field):
        own_type = field.custom_object_type
        errors = super().definition_errors(field)
        if field.related_object_type_id and field.related_object_type_id != own_type.object_type_id:
            errors['related_object_type'] = _('A tree parent refers to objects of its own type.')
        if field.required:
            errors['required'] = _('A tree parent cannot be required: the objects at the top of a tree have none.')
        other = type(field).objects.filter(custom_object_type_id=own_type.pk, type=self.key).exclude(pk=field.pk)
        if name := other.values_list('name', flat=True).first():
            errors['type'] = _('This type already has a tree parent field: {name}.').format(name=name)
        return errors

    # Type changes: an object field to the type itself becomes the tree parent if its values form no cycle.
    converts_from = frozenset({CustomObjectFieldTypeChoices.TYPE_OBJECT})

    def conversion_errors(self, model, old, new, limit=5):
        members = cycle_members(model, old, model.objects.db, limit)
        values = dict(model.objects.filter(pk__in=members).values_list('pk', f'{old.name}_id'))
        return [(pk, _('its parent #{parent} is below it').format(parent=values.get(pk))) for pk in members]

    # Model

    def finish_model(self, field, model, isolated):
        super().finish_model(field, model, isolated)
        setattr(model, DEPTH_ATTRIBUTE, property(lambda instance: tree_depth(instance, field)))

    # Values

    def clean_instance(self, field, instance):
        if message := self._cycle_error(field, instance, instance._state.db or 'default'):
            return {field.name: message}
        return {}

    def after_write(self, field, instance, using):
        instance.__dict__.pop(TREE_POSITION, None)  # a move changes the depth
        if message := self._cycle_error(field, instance, using):
            raise ValidationError({field.name: message})

    def _cycle_error(self, field, instance, using):
        """Why `instance` cannot have the parent it holds (the chain of objects that would loop), or None."""
        parent_id = getattr(instance, f'{field.name}_id', None)
        if parent_id is None or instance.pk is None:
            return None
        if parent_id == instance.pk:
            return _('An object cannot be its own parent.')
        chain = ancestor_chain(type(instance), field, parent_id, using)
        if instance.pk not in chain:
            return None
        below = chain[:chain.index(instance.pk)]  # from the new parent up to the object's child
        # (names of the objects the user may view only: ids of the others)
        shown = viewable_pks(type(instance), below)
        names = {obj.pk: str(obj) for obj in type(instance).objects.using(using).filter(pk__in=shown)}
        path = ' → '.join([str(instance), *(names.get(pk, f'#{pk}') for pk in reversed(below))])
        return _('{parent} is below {object} ({path}): an object cannot be placed under its own descendant.').format(
            parent=names.get(parent_id, f'#{parent_id}'), object=instance, path=path)

    def list_queryset(self, field, queryset):
        """Lists show the objects in tree order, each with its path from the root (its depth)."""
        return queryset.annotate(**{TREE_POSITION: tree_position(queryset.model, field)}).order_by(TREE_POSITION)

    # Surfaces

    def form_fields(self, field, mode, model):
        form_fields = super().form_fields(field, mode, model)
        if mode is FormMode.FILTER:
            for name, (_walk, label) in TREE_FILTERS.items():
                form_fields[f'{name}_id'] = DynamicModelMultipleChoiceField(
                    queryset=model.objects.all(), required=False, label=_(label))
        return form_fields

    def serializer_fields(self, field, model, nested_serializer_for):
        return {
            **super().serializer_fields(field, model, nested_serializer_for),
            '_depth': serializers.IntegerField(source=DEPTH_ATTRIBUTE, read_only=True),
        }

    def filters(self, field, model):
        filters = super().filters(field, model)
        if filter_disabled(field):
            return filters
        for name, (walk, label) in TREE_FILTERS.items():
            method = _tree_filter(model, field, walk)
            filters[f'{name}_id'] = MultiValueNumberFilter(method=method, label=_(label))
            filters[name] = django_filters.ModelMultipleChoiceFilter(
                queryset=model.objects.all(), method=method, label=_(label))
        return filters

    def table_columns(self, field):
        return {
            '_tree': TreeColumn(),
            **super().table_columns(field),
            '_depth': tables.Column(accessor=DEPTH_ATTRIBUTE, verbose_name=_('Depth'), orderable=False),
        }

    def graphql_fields(self, field, model, graphql):
        walks = {name: _graphql_match(model, field, walk) for name, (walk, _label) in TREE_FILTERS.items()}
        return {field.name: graphql.relation(self.target(model, field), filters=walks)}


def _ids(values):
    return [getattr(value, 'pk', value) for value in values]


def _tree_filter(model, field, walk):
    def method(queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(pk__in=walk(model, field, _ids(value)))
    return method


def _graphql_match(model, field, walk):
    def match(queryset, ids):
        return queryset.filter(pk__in=walk(model, field, ids))
    return match
