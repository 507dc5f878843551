"""What a custom object type chooses of NetBox's features and where it sits in the navigation menu.

The attributes live on CustomObjectType through `TypeFeaturesMixin`; the generated class takes its mixins from them
(`dynamic_models/features.py`), the object pages their tabs and panels, `navigation.py` the menus. The defaults are
today's behaviour: journal, contacts and change logging on, image attachments off, every type in the plugin's menu.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..branching.context import branching_installed

__all__ = (
    'FEATURE_ATTRIBUTES',
    'FEATURE_DEFAULTS',
    'MENU_DEFAULTS',
    'SETTING_DEFAULTS',
    'TypeFeaturesMixin',
    'changed_settings',
)

# Attribute -> default. Each one switches a NetBox feature of the type's objects.
FEATURE_DEFAULTS = {
    'journal_enabled': True,
    'contacts_enabled': True,
    'image_attachments_enabled': False,
    'change_logging_enabled': True,
}
MENU_DEFAULTS = {
    'menu_weight': 100,
    'menu_name': '',
}
SETTING_DEFAULTS = {**FEATURE_DEFAULTS, **MENU_DEFAULTS}
FEATURE_ATTRIBUTES = tuple(SETTING_DEFAULTS)


def changed_settings(values):
    """The settings of `values` (a mapping holding them, e.g. a serialized type) that differ from their defaults:
    what a type's REST representation and portable schema entry carry, so that a type using none of them reads as
    upstream's."""
    return {name: values[name] for name, default in SETTING_DEFAULTS.items() if name in values
            and values[name] != default}

# Feature attribute -> (the generic relation whose rows hang on the type's objects, what a user calls them): a
# feature that holds rows cannot be switched off, since they would be left pointing at objects that no longer show
# or delete them.
HELD_ROWS = {
    'journal_enabled': ('journal_entries', _('journal entries')),
    'contacts_enabled': ('contacts', _('contact assignments')),
    'image_attachments_enabled': ('images', _('image attachments')),
}


class TypeFeaturesMixin(models.Model):
    journal_enabled = models.BooleanField(
        verbose_name=_('journal'),
        default=True,
        help_text=_('Objects have a Journal tab.'),
    )
    contacts_enabled = models.BooleanField(
        verbose_name=_('contacts'),
        default=True,
        help_text=_('Objects have a Contacts tab.'),
    )
    image_attachments_enabled = models.BooleanField(
        verbose_name=_('image attachments'),
        default=False,
        help_text=_('Objects have an Images panel to attach images to.'),
    )
    change_logging_enabled = models.BooleanField(
        verbose_name=_('change logging'),
        default=True,
        help_text=_('Changes to objects are recorded in the change log (and sent to event rules). Required by '
                    'netbox-branching.'),
    )
    menu_weight = models.PositiveSmallIntegerField(
        verbose_name=_('menu weight'),
        default=100,
        help_text=_('Order in the navigation menu: lighter types first, then by name; a group sits where its '
                    'lightest type does.'),
    )
    menu_name = models.CharField(
        verbose_name=_('menu'),
        max_length=100,
        blank=True,
        help_text=_('A top-level navigation menu of its own with this label (types naming the same menu share it); '
                    'empty: the Custom Objects menu.'),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        errors = {}
        if not self.change_logging_enabled and branching_installed():
            errors['change_logging_enabled'] = _(
                'Change logging cannot be turned off while netbox-branching is installed: branches are merged and '
                'reverted by replaying the change log.'
            )
        errors.update(self._held_rows_errors())
        if errors:
            raise ValidationError(errors)

    def _held_rows_errors(self):
        """A feature switched off while objects still hold its rows (journal entries, ...): refused, naming how
        many, so that the user deletes them first."""
        if not self.pk:
            return {}
        stored = type(self).objects.filter(pk=self.pk).values(*HELD_ROWS).first() or {}
        switched_off = [name for name in HELD_ROWS if stored.get(name) and not getattr(self, name)]
        if not switched_off:
            return {}
        try:
            model = self.get_model()
        except LookupError:
            return {}
        errors = {}
        for name in switched_off:
            relation, label = HELD_ROWS[name]
            related = model._meta.get_field(relation).related_model
            count = related.objects.filter(**self._rows_of_objects(model, relation)).count()
            if count:
                errors[name] = _(
                    'The objects of this type hold {count} {label}: delete them before turning this off.'
                ).format(count=count, label=label)
        return errors

    @staticmethod
    def _rows_of_objects(model, relation):
        field = model._meta.get_field(relation)
        content_type_field = f'{field.content_type_field_name}__app_label'
        return {
            content_type_field: model._meta.app_label,
            f'{field.content_type_field_name}__model': model._meta.model_name,
        }

    @property
    def enabled_features(self):
        """{feature attribute: bool} of the type (what the generated class and the pages follow)."""
        return {name: getattr(self, name) for name in FEATURE_DEFAULTS}
