"""Import fields that find referenced objects by a natural key (name, slug, ...) as well as by id (upstream #251,
#406: imports that named a target other than by `name` failed)."""

from django.core.exceptions import FieldDoesNotExist, MultipleObjectsReturned, ValidationError
from django.utils.translation import gettext as _

from utilities.forms.fields import CSVModelChoiceField, CSVModelMultipleChoiceField

__all__ = (
    'NATURAL_KEY_CANDIDATES',
    'NaturalKeyModelChoiceField',
    'NaturalKeyModelMultipleChoiceField',
    'natural_key_fields',
)

NATURAL_KEY_CANDIDATES = ('name', 'slug', 'model', 'identifier')


def natural_key_fields(model):
    """The candidates the model has, unique ones first (a unique key finds at most one object)."""
    unique, other = [], []
    for name in NATURAL_KEY_CANDIDATES:
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if field.concrete and not field.is_relation:
            (unique if field.unique else other).append(name)
    return (*unique, *other)


class NaturalKeyLookupMixin:
    """Resolve a value by the target's natural keys (name, slug, ...), then (for digits) by id."""

    @classmethod
    def from_field(cls, form_field):
        new = cls(queryset=form_field.queryset, required=form_field.required)
        for attribute in ('label', 'help_text', 'disabled'):
            setattr(new, attribute, getattr(form_field, attribute))
        keys = natural_key_fields(form_field.queryset.model)
        if keys and not new.help_text:
            new.help_text = _('{keys} or ID of the object').format(keys=', '.join(keys).capitalize())
        return new

    def lookup(self, value):
        value = str(value).strip()
        for key in natural_key_fields(self.queryset.model):
            try:
                return self.queryset.get(**{key: value})
            except self.queryset.model.DoesNotExist:
                continue
            except MultipleObjectsReturned:
                raise ValidationError(
                    _('"{value}" matches several objects by {key}; use the ID instead.').format(value=value, key=key)
                )
        if value.isdigit():
            try:
                return self.queryset.get(pk=int(value))
            except self.queryset.model.DoesNotExist:
                pass
        raise ValidationError(_('Object not found: {value}').format(value=value))


class NaturalKeyModelChoiceField(NaturalKeyLookupMixin, CSVModelChoiceField):

    def to_python(self, value):
        if value in self.empty_values:
            return None
        return self.lookup(value)


class NaturalKeyModelMultipleChoiceField(NaturalKeyLookupMixin, CSVModelMultipleChoiceField):

    def clean(self, value):
        if not isinstance(value, list):
            value = value.split(',') if value else []
        values = [v for v in value if str(v).strip()]
        if not values:
            if self.required:
                raise ValidationError(self.error_messages['required'], code='required')
            return self.queryset.none()
        pks = [self.lookup(v).pk for v in values]
        return self.queryset.filter(pk__in=pks)
