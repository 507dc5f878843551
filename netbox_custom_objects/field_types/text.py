"""Text-like types: text, longtext and url."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext as _

from utilities.validators import EnhancedURLValidator

from ..choices import CustomObjectFieldTypeChoices
from .base import ColumnFieldType
from .registry import register

__all__ = (
    'LongTextFieldType',
    'TextFieldType',
    'URLFieldType',
)


def regex_validators(field):
    if not field.validation_regex:
        return []
    message = _('Values must match this regex: {regex}').format(regex=field.validation_regex)
    return [RegexValidator(regex=field.validation_regex, message=message)]


@register
class TextFieldType(ColumnFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_TEXT
    options = frozenset({'validation_regex'})

    def db_field(self, field):
        # varchar without a length limit (PostgreSQL), as NetBox's own text custom fields
        return models.CharField(max_length=None, validators=regex_validators(field), **self.column_options(field))


@register
class LongTextFieldType(ColumnFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_LONGTEXT
    options = frozenset({'validation_regex'})

    def db_field(self, field):
        return models.TextField(validators=regex_validators(field), **self.column_options(field))


@register
class URLFieldType(ColumnFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_URL
    options = frozenset({'validation_regex'})

    def db_field(self, field):
        validators = [EnhancedURLValidator(), *regex_validators(field)]
        return models.CharField(max_length=200, validators=validators, **self.column_options(field))
