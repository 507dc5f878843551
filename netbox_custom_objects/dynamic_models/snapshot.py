"""Frozen snapshots of definition rows: the only input of the model factory and the DDL planner.

A snapshot is read once from the rows and never touches the database again, so models and DDL built from it do not
depend on row objects that may change underneath them.
"""

from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import datetime

from ..field_types import get_field_type
from .unique import UniqueSnapshot

__all__ = (
    'FieldSnapshot',
    'TypeSnapshot',
)

# Attributes copied verbatim from a CustomObjectTypeField row.
FIELD_ATTRIBUTES = (
    'id', 'name', 'type', 'label', 'description', 'group_name', 'primary', 'context', 'required', 'unique',
    'default', 'weight', 'search_weight', 'filter_logic', 'ui_visible', 'ui_editable', 'is_cloneable',
    'validation_regex', 'validation_minimum', 'validation_maximum', 'choice_set_id', 'related_object_type_id',
    'is_polymorphic', 'related_object_filter', 'related_name', 'on_delete_behavior', 'schema_id', 'deprecated',
    'custom_object_type_id',
)
SEQUENCE_ATTRIBUTES = ('previous_names',)


@dataclass(frozen=True, eq=True)
class FieldSnapshot:
    id: int
    name: str
    type: str
    label: str = ''
    description: str = ''
    group_name: str = ''
    primary: bool = False
    context: bool = False
    required: bool = False
    unique: bool = False
    default: object = None
    weight: int = 100
    search_weight: int = 500
    filter_logic: str = 'loose'
    ui_visible: str = 'always'
    ui_editable: str = 'yes'
    is_cloneable: bool = False
    validation_regex: str = ''
    validation_minimum: int | None = None
    validation_maximum: int | None = None
    choice_set_id: int | None = None
    choices: tuple = ()  # ((value, label), ...), as the row's
    choice_colors: tuple = ()  # ((value, color), ...) of the values that have a colour
    related_object_type_id: int | None = None
    related_object_type: tuple | None = None  # (app_label, model)
    is_polymorphic: bool = False
    related_object_types: tuple = ()  # ((app_label, model), ...)
    related_object_filter: object = None
    related_name: str = ''
    on_delete_behavior: str = 'set_null'
    schema_id: int | None = None
    deprecated: bool = False
    custom_object_type_id: int | None = None
    previous_names: tuple = ()

    __hash__ = None  # holds JSON values (default, filters)

    @classmethod
    def from_row(cls, row):
        values = {name: getattr(row, name) for name in FIELD_ATTRIBUTES}
        values.update({name: tuple(getattr(row, name) or ()) for name in SEQUENCE_ATTRIBUTES})
        values['choices'] = tuple((value, label) for value, label in row.choices)
        if row.choice_set_id:
            values['choice_colors'] = tuple(
                (value, color) for value, _label in values['choices'] if (color := row.get_choice_color(value))
            )
        if row.related_object_type_id:
            ot = row.related_object_type
            values['related_object_type'] = (ot.app_label, ot.model)
        if row.pk and row.is_polymorphic:
            values['related_object_types'] = tuple(
                sorted((ot.app_label, ot.model) for ot in row.related_object_types.all())
            )
        return cls(**values)

    @property
    def field_type(self):
        return get_field_type(self.type).variant_for(self)

    @property
    def verbose_name(self):
        return self.label or self.name.replace('_', ' ').capitalize()

    def get_choice_color(self, value):
        return dict(self.choice_colors).get(value)


@dataclass(frozen=True, eq=True)
class TypeSnapshot:
    id: int
    name: str
    slug: str
    verbose_name: str = ''
    verbose_name_plural: str = ''
    display_expression: str = ''
    config_context_enabled: bool = False
    features: tuple = ()  # ((feature attribute, enabled), ...): models/type_features.py
    cache_timestamp: datetime | None = None
    fields: tuple = dc_field(default=())
    unique_constraints: tuple = ()  # UniqueSnapshots (dynamic_models/unique.py)

    __hash__ = None

    @classmethod
    def from_row(cls, row, field_rows, unique_rows=()):
        return cls(
            id=row.pk,
            name=row.name,
            slug=row.slug,
            verbose_name=row.get_verbose_name(),
            verbose_name_plural=row.get_verbose_name_plural(),
            display_expression=row.display_expression,
            config_context_enabled=row.config_context_enabled,
            features=tuple(row.enabled_features.items()),
            cache_timestamp=row.cache_timestamp,
            fields=tuple(FieldSnapshot.from_row(f) for f in field_rows),
            unique_constraints=tuple(UniqueSnapshot.from_row(u) for u in unique_rows),
        )

    @property
    def display_name(self):
        return self.verbose_name

    def has_feature(self, attribute):
        """Whether the type enables a feature attribute (`journal_enabled`, ...); on by default where unrecorded."""
        return dict(self.features).get(attribute, attribute != 'image_attachments_enabled')

    @property
    def primary_field(self):
        return next((f for f in self.fields if f.primary), None)

    def field_named(self, name):
        return next((f for f in self.fields if f.name == name), None)
