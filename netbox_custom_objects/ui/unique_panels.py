"""Panels of unique constraints: a constraint's attributes, and the constraints listed on their type's page."""

from django.utils.translation import gettext_lazy as _

from netbox.ui import actions, attrs, panels

from ..constants import APP_LABEL

__all__ = (
    'TypeUniqueConstraintsPanel',
    'UniqueConstraintPanel',
)


class UniqueConstraintPanel(panels.ObjectAttributesPanel):
    title = _('Unique Constraint')

    custom_object_type = attrs.RelatedObjectAttr('custom_object_type', label=_('Custom object type'), linkify=True)
    name = attrs.TextAttr('name', label=_('Name'))
    fields = attrs.TextAttr('fields_display', label=_('Fields'), style='font-monospace')
    case_insensitive = attrs.BooleanAttr('case_insensitive', label=_('Case-insensitive'))
    condition = attrs.TextAttr('condition_display', label=_('Condition'), style='font-monospace')
    description = attrs.TextAttr('description', label=_('Description'))


class TypeUniqueConstraintsPanel(panels.ObjectPanel):
    """The type's unique constraints that the user may view, with a link to add one."""
    template_name = 'netbox_custom_objects/panels/type_unique_constraints.html'
    title = _('Unique Constraints')

    def __init__(self, **kwargs):
        kwargs.setdefault('actions', [actions.AddObject(
            f'{APP_LABEL}.customobjecttypeuniqueconstraint',
            url_params={'custom_object_type': lambda context: context['object'].pk},
        )])
        super().__init__(**kwargs)

    def get_context(self, context):
        ctx = super().get_context(context)
        request = context.get('request')
        constraints = ctx['object'].unique_constraints.select_related('condition_field').prefetch_related(
            'custom_object_type__fields')
        if request is not None:
            constraints = constraints.restrict(request.user, 'view')
        return {**ctx, 'unique_constraints': list(constraints)}
