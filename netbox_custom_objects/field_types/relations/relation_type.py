"""The base of the object and multiobject types: fields that refer to objects of one target model.

It owns what the two types share: the target (the field's `related_object_type`, resolved to a model class), the
polymorphic variant they hand out, the objects that refer to a target (the Custom Objects tab), and the arguments of
the picker, the import field, the nested serializer, the filters and the GraphQL relation built for that target. A
type names its own form field classes and says where it differs (`many`, the filter form, the id filters).
"""

import django_filters

from ...constants import APP_LABEL, extract_type_id
from ..base import FieldType, FormMode
from ..common import filter_disabled, finish_form_field, form_initial, form_required, serializer_kwargs

__all__ = (
    'RelationFieldType',
    'offers_quick_add',
    'target_label',
    'target_model',
    'target_table',
)


def target_label(field):
    """(app_label, model) of a non-polymorphic field's target."""
    if getattr(field, 'related_object_type', None) is None:
        return None
    target = field.related_object_type
    return target if isinstance(target, tuple) else (target.app_label, target.model)


def target_model(field, resolve_model):
    app_label, model_name = target_label(field)
    return resolve_model(app_label, model_name)


def target_table(field, own_table, resolve_model):
    target = target_model(field, resolve_model)
    return own_table if target == 'self' else target._meta.db_table


def offers_quick_add(target, mode):
    """Whether the edit form's picker of `target` objects offers NetBox's quick-add "+" button: for custom object
    targets (upstream #254), whose add view serves the quick-add form."""
    return mode is FormMode.EDIT and target._meta.app_label == APP_LABEL and \
        extract_type_id(target._meta.model_name) is not None


class RelationFieldType(FieldType):
    """A relation to one target model. Subclasses set the field classes below and `polymorphic_variant`, the
    instance `variant_for()` hands out for a polymorphic field of the same key."""
    import_field_class = None  # the CSV import's field (CSVModelChoiceField, ...)
    picker_class = None  # the edit, bulk edit and filter forms' field (DynamicModelChoiceField, ...)
    polymorphic_variant = None

    def variant_for(self, field):
        return self.polymorphic_variant if field.is_polymorphic else self

    # The target

    def target(self, model, field):
        """The target model of `field` in generated `model` (a custom type's class of the same context)."""
        return model._meta.get_field(field.name).related_model

    def target_labels(self, field):
        label = target_label(field)
        return (label,) if label else ()

    def referring(self, field, model, queryset, target):
        return queryset.filter(**{field.name: target.pk})

    # Forms

    def form_fields(self, field, mode, model):
        queryset = self.target(model, field).objects.all()
        if mode is FormMode.IMPORT:
            form_field = self.import_field_class(
                queryset=queryset, required=form_required(field, mode), to_field_name='pk')
        else:
            form_field = self.picker(field, mode, queryset)
        return {self.form_field_name(field, mode): finish_form_field(form_field, field, mode)}

    def form_field_name(self, field, mode):
        return field.name

    def picker(self, field, mode, queryset):
        """The selector of target objects, limited by the field's filter, with quick-add where it can serve."""
        return self.picker_class(
            queryset=queryset, required=form_required(field, mode), initial=form_initial(field, mode),
            query_params=field.related_object_filter or {}, selector=mode is not FormMode.FILTER,
            quick_add=offers_quick_add(queryset.model, mode),
        )

    # API, filters, GraphQL

    def nested_serializer_kwargs(self, field):
        kwargs = serializer_kwargs(field)
        kwargs.pop('default', None)
        return kwargs

    def serializer_fields(self, field, model, nested_serializer_for):
        target = self.target(model, field)
        return {field.name: nested_serializer_for(target, **self.nested_serializer_kwargs(field))}

    def filters(self, field, model):
        if filter_disabled(field):
            return {}
        target = self.target(model, field)
        return {
            field.name: django_filters.ModelMultipleChoiceFilter(
                field_name=field.name, queryset=target.objects.all(), label=field.verbose_name
            ),
            **self.id_filters(field, target),
        }

    def id_filters(self, field, target):
        """The filters by target id (`<name>_id`, ...) besides the filter `<name>`."""
        raise NotImplementedError

    def graphql_fields(self, field, model, graphql):
        return {field.name: graphql.relation(self.target(model, field), many=self.many)}
