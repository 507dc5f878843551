"""Validators for identifiers that become SQL names, slugs and versions."""

import jinja2
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from packaging.version import InvalidVersion, Version

from ..constants import FIXED_ROUTE_SLUGS, IDENTIFIER_MAX_LENGTH, IDENTIFIER_RE
from ..dynamic_models import display

__all__ = (
    'validate_display_expression',
    'validate_field_name',
    'validate_identifier',
    'validate_pep440',
    'validate_type_slug',
)


def validate_identifier(value):
    """A name that is a Python attribute (a type's name in templates and `custom_objects.<name>`; a field's name on
    the model). A type's name is held to its column's 100 characters, as upstream, since no SQL identifier is made of
    it (tables are named by id); a field's name is part of SQL identifiers: validate_field_name."""
    if not IDENTIFIER_RE.match(value):
        raise ValidationError(
            _(
                'Only lowercase letters, digits and single underscores are allowed; the name must start with a letter '
                'and must not end with an underscore (e.g. "serial_number").'
            ),
            code='invalid',
        )


def validate_field_name(value):
    """The form of a field name. What it must not clash with (the model's own attributes, other fields, relations)
    depends on the type and the other fields: models/names.py."""
    if len(value) > IDENTIFIER_MAX_LENGTH:
        raise ValidationError(
            _('Must be at most {max} characters long.').format(max=IDENTIFIER_MAX_LENGTH), code='max_length'
        )
    validate_identifier(value)


def validate_type_slug(value):
    if value in FIXED_ROUTE_SLUGS:
        raise ValidationError(
            _('"{slug}" is used by the plugin\'s own pages; choose another slug.').format(slug=value), code='reserved'
        )


def validate_pep440(value):
    if not value:
        return
    try:
        Version(value)
    except InvalidVersion:
        raise ValidationError(
            _('"{value}" is not a valid version (PEP 440), e.g. "1.0" or "2.1.0rc1".').format(value=value),
            code='invalid',
        )


def validate_display_expression(value):
    """A template that parses, and renders a sample object (every variable a short text) within the rendering
    budget (dynamic_models/display.py): one that cannot would show every object with the default display."""
    if not value:
        return
    try:
        display.check_renders(value)
    except jinja2.TemplateSyntaxError as e:
        raise ValidationError(_('Invalid Jinja2 template: {error}').format(error=e), code='invalid')
    except display.DisplayBudgetExceeded as e:
        raise ValidationError(_(
            'The display expression cannot be rendered within the budget ({limit}): at most {iterations} loop '
            'iterations and {output} characters.'
        ).format(limit=e, iterations=display.MAX_ITERATIONS, output=display.MAX_OUTPUT), code='budget')
    except Exception:
        # Other failures depend on the values (real objects may render where the sample does not), and rendering
        # falls back to the default display for them: accepted, as before the budget.
        return
