"""Views of the fields of a custom object type: add, edit and delete (their list is the type's Fields tab)."""

from django.contrib import messages
from django.db.models import Q
from django.shortcuts import redirect
from django.utils.html import format_html
from django.utils.translation import gettext as _

from netbox.views import generic
from utilities.exceptions import RQWorkerNotRunningException
from utilities.forms import restrict_form_fields
from utilities.views import register_model_view

from ..change_plan import plan_field_change
from ..forms import CustomObjectTypeFieldForm
from ..jobs import ConvertFieldJob
from ..models import CustomObjectTypeField
from ..models.constraints import refuse_deletion_if_constrained
from .deletion import DeleteWarningMixin

__all__ = (
    'CustomObjectTypeFieldDeleteView',
    'CustomObjectTypeFieldEditView',
    'objects_holding_a_value',
)


def objects_holding_a_value(field):
    """How many objects hold a value in `field` (a row): what deleting the field (its column) throws away."""
    model = field.custom_object_type.get_model()
    snapshot = model._snapshot.field_named(field.name)
    if snapshot is None:
        return 0
    condition = Q()
    for attribute in snapshot.field_type.value_attributes(snapshot):
        condition |= Q(**{f'{attribute}__isnull': False})
    return model.objects.filter(condition).distinct().count()


@register_model_view(CustomObjectTypeField, 'add', detail=False)
@register_model_view(CustomObjectTypeField, 'edit')
class CustomObjectTypeFieldEditView(generic.ObjectEditView):
    """A type change that rewrites a big table is queued as a background job (change_plan.py): the page says so
    and links the job, whose page shows its progress; the field keeps its definition until the job is done."""
    queryset = CustomObjectTypeField.objects.select_related('custom_object_type')
    form = CustomObjectTypeFieldForm

    def post(self, request, *args, **kwargs):
        obj = self.get_object(**kwargs)
        if obj.pk and request.POST.get('type', obj.type) != obj.type:
            if (response := self._queue_if_big(request, obj)) is not None:
                return response
        return super().post(request, *args, **kwargs)

    def _queue_if_big(self, request, obj):
        obj.snapshot()
        form = self.form(data=request.POST, files=request.FILES, instance=obj)
        restrict_form_fields(form, request.user)
        if not form.is_valid():
            return None  # (the usual answer: the form with its errors)
        plan = plan_field_change(form.instance)
        if not plan.runs_in_background:
            return None
        form.instance._changelog_message = form.cleaned_data.get('changelog_message', '')
        try:
            job = ConvertFieldJob.enqueue_for(form.instance, request.user, request.id, plan)
        except RQWorkerNotRunningException:
            messages.error(request, _('This change rewrites the table of {rows} objects and must run as a background '
                                      'job, but no background worker is running. Nothing was changed.').format(
                                          rows=plan.rows))
            return redirect(request.get_full_path())
        messages.info(request, format_html(
            _('This change rewrites the table of {rows} objects, so it runs as a background job: {job}. The field '
              'keeps its current definition until the job has finished.'),
            rows=plan.rows, job=format_html('<a href="{}">{}</a>', job.get_absolute_url(), job.name)))
        return redirect(job.get_absolute_url())


@register_model_view(CustomObjectTypeField, 'delete')
class CustomObjectTypeFieldDeleteView(DeleteWarningMixin, generic.ObjectDeleteView):
    """The confirmation says how many objects hold a value: deleting a field drops its column."""
    queryset = CustomObjectTypeField.objects.select_related('custom_object_type')
    warning_template = 'netbox_custom_objects/inc/field_delete_warning.html'

    def get_extra_context(self, request, instance):
        return {**super().get_extra_context(request, instance), 'value_count': objects_holding_a_value(instance)}

    def _get_dependent_objects(self, obj):
        refuse_deletion_if_constrained(obj)
        return super()._get_dependent_objects(obj)
