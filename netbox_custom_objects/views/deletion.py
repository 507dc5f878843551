"""Delete confirmations that say what is lost beyond the row: a type's table, a field's column."""

from django.shortcuts import render

from utilities.forms import DeleteForm
from utilities.htmx import htmx_partial
from utilities.views import get_action_url

__all__ = (
    'DeleteWarningMixin',
)


class DeleteWarningMixin:
    """An ObjectDeleteView whose confirmation (page or HTMX modal) starts with `warning_template`, rendered with
    the view's extra context."""
    warning_template = None
    template_name = 'netbox_custom_objects/object_delete.html'

    def get_extra_context(self, request, instance):
        return {**super().get_extra_context(request, instance), 'warning_template': self.warning_template}

    def get(self, request, *args, **kwargs):
        if not htmx_partial(request):
            return super().get(request, *args, **kwargs)
        # NetBox renders its own modal template here; ours adds the warning above it.
        obj = self.get_object(**kwargs)
        return render(request, 'netbox_custom_objects/htmx/delete_form.html', {
            'object': obj,
            'object_type': self.queryset.model._meta.verbose_name,
            'form': DeleteForm(instance=obj, initial=request.GET),
            'form_url': get_action_url(self.queryset.model, action='delete', kwargs={'pk': obj.pk}),
            'dependent_objects': self._get_dependent_objects(obj),
            **self.get_extra_context(request, obj),
        })
