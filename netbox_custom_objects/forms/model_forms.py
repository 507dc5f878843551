"""Edit forms of the definition rows: custom object types and their fields.

The field form follows NetBox's CustomFieldForm: one form whose sections adapt to the chosen type through an HTMX
re-render. Which type-specific options a type takes is the field type's answer (`FieldType.options`), so this form
never switches on a type key.
"""

from copy import copy

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.models import ObjectType
from extras.choices import CustomFieldFilterLogicChoices, CustomFieldUIEditableChoices, CustomFieldUIVisibleChoices
from extras.models import CustomFieldChoiceSet
from netbox.forms import NetBoxModelForm
from netbox.forms.mixins import ChangelogMessageMixin
from utilities.exceptions import AbortRequest
from utilities.forms.fields import (
    CommentField,
    ContentTypeChoiceField,
    ContentTypeMultipleChoiceField,
    DynamicModelChoiceField,
    JSONField,
    SlugField,
)
from utilities.forms.rendering import FieldSet
from utilities.forms.utils import get_field_value

from ..change_plan import background_threshold, plan_field_change
from ..choices import CustomObjectFieldTypeChoices, ObjectFieldOnDeleteChoices, SearchWeightChoices
from ..field_types import DEFAULT_FIELD_TYPE, get_field_type
from ..field_types.base import TYPE_SPECIFIC_OPTIONS
from ..field_types.relations.targets import relation_target_types
from ..models import CustomObjectType, CustomObjectTypeField
from .type_settings import TypeSettingsFormMixin

__all__ = (
    'CustomObjectTypeFieldForm',
    'CustomObjectTypeForm',
)


class CustomObjectTypeForm(TypeSettingsFormMixin, NetBoxModelForm):
    slug = SlugField(slug_source='verbose_name_plural')
    comments = CommentField()

    fieldsets = (
        FieldSet('name', name=_('Custom Object Type')),
        FieldSet('verbose_name', 'verbose_name_plural', 'display_expression', 'group_name', name=_('Display')),
        FieldSet('slug', 'version', 'description', 'config_context_enabled', 'tags', name=_('Details')),
        FieldSet(
            'journal_enabled', 'contacts_enabled', 'image_attachments_enabled', 'change_logging_enabled',
            name=_('Features'),
        ),
        FieldSet('menu_name', 'menu_weight', name=_('Navigation menu')),
    )

    class Meta:
        model = CustomObjectType
        fields = (
            'name', 'verbose_name', 'verbose_name_plural', 'display_expression', 'group_name', 'slug', 'version',
            'description', 'config_context_enabled', 'comments', 'tags', 'journal_enabled', 'contacts_enabled',
            'image_attachments_enabled', 'change_logging_enabled', 'menu_name', 'menu_weight',
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Config context support decides the table's columns: it is chosen once, at creation.
        if self.instance.pk:
            self.fields['config_context_enabled'].disabled = True


# Form fields of each type-specific option, in the order they are shown, by section.
OPTION_SECTIONS = (
    (_('Related Object'), (
        'related_object_type', 'is_polymorphic', 'related_object_types', 'related_object_filter', 'related_name',
        'on_delete_behavior',
    )),
    (_('Choices'), ('choice_set',)),
    (_('Validation'), ('validation_minimum', 'validation_maximum', 'validation_regex')),
)
# Options that come and go with another option (their own key is not a FieldType option).
DEPENDENT_OPTIONS = {
    'related_object_types': 'is_polymorphic',
}
# The unique/default/primary attributes exist only where the type supports them.
SUPPORT_FLAGS = {
    'unique': 'supports_unique',
    'default': 'supports_default',
    'primary': 'supports_primary',
}


class CustomObjectTypeFieldForm(ChangelogMessageMixin, forms.ModelForm):
    custom_object_type = DynamicModelChoiceField(
        label=_('Custom object type'),
        queryset=CustomObjectType.objects.all(),
    )
    type = forms.ChoiceField(
        label=_('Type'),
        choices=CustomObjectFieldTypeChoices,
        initial=DEFAULT_FIELD_TYPE,
        help_text=_('The type of data stored in this field. For object/multi-object fields, select the related '
                    'object type below.'),
    )
    search_weight = forms.IntegerField(
        label=_('Search weight'),
        min_value=0,
        max_value=32767,
        initial=SearchWeightChoices.MEDIUM,
        help_text=_('Weighting for search. Lower values are considered more important (100 high, 500 medium, 1000 '
                    'low). Fields with a search weight of zero will be ignored.'),
    )
    filter_logic = forms.ChoiceField(
        label=_('Filter logic'),
        choices=CustomFieldFilterLogicChoices,
        initial=CustomFieldFilterLogicChoices.FILTER_LOOSE,
        help_text=_('Loose matches any instance of a given string; exact matches the entire field.'),
    )
    ui_visible = forms.ChoiceField(
        label=_('UI visible'),
        choices=CustomFieldUIVisibleChoices,
        initial=CustomFieldUIVisibleChoices.ALWAYS,
        help_text=_('Specifies whether the field is displayed in the UI'),
    )
    ui_editable = forms.ChoiceField(
        label=_('UI editable'),
        choices=CustomFieldUIEditableChoices,
        initial=CustomFieldUIEditableChoices.YES,
        help_text=_('Specifies whether the field value can be edited in the UI'),
    )
    default = JSONField(label=_('Default value'), required=False)
    related_object_type = ContentTypeChoiceField(
        label=_('Related object type'),
        queryset=relation_target_types(),
        help_text=_('Type of the related object (NetBox objects and custom objects)'),
    )
    related_object_types = ContentTypeMultipleChoiceField(
        label=_('Related object types'),
        queryset=relation_target_types(),
        help_text=_('The types of object this field may refer to'),
    )
    related_object_filter = JSONField(
        label=_('Related object filter'),
        required=False,
        help_text=_('Specify query parameters as a JSON object.'),
    )
    choice_set = DynamicModelChoiceField(label=_('Choice set'), queryset=CustomFieldChoiceSet.objects.all())
    comments = CommentField()

    class Meta:
        model = CustomObjectTypeField
        fields = (
            'custom_object_type', 'name', 'label', 'type', 'description', 'group_name', 'primary', 'context',
            'required', 'unique', 'default', 'weight', 'search_weight', 'filter_logic', 'ui_visible', 'ui_editable',
            'is_cloneable', 'validation_regex', 'validation_minimum', 'validation_maximum', 'choice_set',
            'related_object_type', 'is_polymorphic', 'related_object_types', 'related_object_filter',
            'related_name', 'on_delete_behavior', 'comments',
        )
        help_texts = {
            'description': _('This will be displayed as help text for the form field. Markdown is supported.'),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Changing the type or the polymorphism re-renders the form (as NetBox's CustomFieldForm does), so that only
        # the options of the chosen type are offered.
        for name in ('type', 'is_polymorphic'):
            self.fields[name].widget.attrs.update({
                'hx-get': '.', 'hx-include': '#form_fields', 'hx-target': '#form_fields',
            })
        self._lock_immutable_attributes()
        self.field_type = get_field_type(self._current_type())
        self.fieldsets = self._build_fieldsets()
        self._tell_the_cost_of_a_type_change()

    def _tell_the_cost_of_a_type_change(self):
        """Picking another type re-renders the form: its help text then says whether saving rewrites the table, of
        how many objects, and whether that runs as a background job (change_plan.py), before anything is saved."""
        chosen = self._current_type()
        if not self.instance.pk or chosen == self.instance.type:
            return
        edited = copy(self.instance)
        edited.type = chosen
        plan = plan_field_change(edited)
        if not plan.rewrites_table:
            return
        if plan.runs_in_background:
            cost = _('Changing the type rewrites the table of {rows} objects. With more than {threshold} objects it '
                     'runs as a background job: readers are not kept waiting, and the field keeps its current type '
                     'until the job has finished.')
        else:
            cost = _('Changing the type rewrites the table of {rows} objects when you save: readers of this type wait '
                     'until it is done.')
        self.fields['type'].help_text = cost.format(rows=plan.rows, threshold=background_threshold())

    def _current_type(self):
        value = get_field_value(self, 'type')
        return value if value in CustomObjectFieldTypeChoices.values() else DEFAULT_FIELD_TYPE

    def _lock_immutable_attributes(self):
        if not self.instance.pk:
            return
        # A field never moves to another type (and its type need not be viewable to edit the field).
        del self.fields['custom_object_type']
        for name in ('is_polymorphic', 'related_object_type', 'related_object_types'):
            self.fields[name].disabled = True
        # Whatever the field refers to stays valid, also a model no longer offered (relation_target_types).
        self.fields['related_object_type'].queryset = ObjectType.objects.filter(pk=self.instance.related_object_type_id)
        self.fields['related_object_types'].queryset = self.instance.related_object_types.all()
        # A stored field may only become a type that can take over its values (the column is converted).
        current = self.instance.type
        self.fields['type'].choices = [
            (key, label) for key, label in CustomObjectFieldTypeChoices
            if key == current or current in get_field_type(key).converts_from
        ]

    def _applicable(self, name):
        """Whether the form field `name` applies to the chosen type (and polymorphism)."""
        if name in SUPPORT_FLAGS:
            return getattr(self.field_type, SUPPORT_FLAGS[name])
        if name in DEPENDENT_OPTIONS:
            return DEPENDENT_OPTIONS[name] in self.field_type.options and self._polymorphic()
        if name in ('related_object_type', 'on_delete_behavior') and self._polymorphic():
            # A polymorphic reference has allowed types instead, and no foreign key whose ON DELETE to choose.
            return False
        return name in self.field_type.options

    def _polymorphic(self):
        if 'is_polymorphic' not in self.field_type.options:
            return False
        if self.instance.pk:
            return self.instance.is_polymorphic
        if self.is_bound:
            widget = self.fields['is_polymorphic'].widget
            return bool(widget.value_from_datadict(self.data, self.files, self.add_prefix('is_polymorphic')))
        return bool(self.get_initial_for_field(self.fields['is_polymorphic'], 'is_polymorphic'))

    def _build_fieldsets(self):
        optional = {name for section, names in OPTION_SECTIONS for name in names} | set(SUPPORT_FLAGS)
        # Decide every optional field before rendering (dependent ones read the others' values).
        keep = {name for name in optional if name in self.fields and self._applicable(name)}
        for name in optional - keep:
            self.fields.pop(name, None)
        main = [
            name for name in ('custom_object_type', 'name', 'label', 'group_name', 'description', 'type', 'required',
                              'unique', 'default', 'primary', 'context')
            if name in self.fields
        ]
        fieldsets = [FieldSet(*main, name=_('Field'))]
        for section, names in OPTION_SECTIONS:
            if present := [name for name in names if name in self.fields]:
                fieldsets.append(FieldSet(*present, name=section))
        fieldsets.append(FieldSet(
            'search_weight', 'filter_logic', 'ui_visible', 'ui_editable', 'weight', 'is_cloneable',
            name=_('Behavior'),
        ))
        return tuple(fieldsets)

    def clean(self):
        cleaned_data = super().clean()
        # Options the chosen type does not take are emptied, so that a type change leaves no stale option behind.
        for option, empty in TYPE_SPECIFIC_OPTIONS.items():
            if option not in self.fields and option in self._meta.fields:
                setattr(self.instance, option, empty)
        if 'on_delete_behavior' not in self.fields:
            self.instance.on_delete_behavior = ObjectFieldOnDeleteChoices.SET_NULL
        return cleaned_data

    def save(self, commit=True):
        try:
            instance = super().save(commit=commit)
            if commit and instance.primary:
                self._clear_other_primary_fields(instance)
            if commit and instance.default and instance.field_type.many:
                self._fill_empty_relations(instance)
        except ValidationError as e:
            # Refused while saving, after the form was valid: the DDL met stored values it cannot convert (a text
            # `2024-02-30` becoming a date), or a check only the save can make. NetBox's edit view shows an
            # AbortRequest as a form error (anything else would be a 500) and rolls the save back.
            raise AbortRequest('; '.join(e.messages)) from e
        return instance

    @staticmethod
    def _fill_empty_relations(instance):
        """A multi-object default also applies to the existing objects that have no link yet (as upstream)."""
        model = instance.custom_object_type.get_model()
        targets = model._meta.get_field(instance.name).related_model.objects.filter(pk__in=instance.default)
        for obj in model.objects.filter(**{f'{instance.name}__isnull': True}):
            getattr(obj, instance.name).set(targets)

    @staticmethod
    def _clear_other_primary_fields(instance):
        """A type has one primary field: choosing a new one demotes the previous one (saved, so it is logged)."""
        others = CustomObjectTypeField.objects.filter(custom_object_type_id=instance.custom_object_type_id,
                                                      primary=True).exclude(pk=instance.pk)
        for other in others:
            other.snapshot()
            other.primary = False
            other.save()
