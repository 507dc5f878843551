"""The schema page (/plugins/custom-objects/schema/): import a document (upload or paste it, see the plan, apply it)
and export types as YAML or JSON.

Viewing the page, previewing a plan and exporting need the view permission on custom object types (exports list
only the types the user may view, and a plan only reads types the user may view); applying needs, for each type and
field the plan adds, changes or deletes, the matching permission under the user's constraints, as in the REST API
(schema.permissions). A refusal is a form error, and nothing is written.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View

from utilities.views import ContentTypePermissionRequiredMixin

from ..constants import APP_LABEL
from ..models import CustomObjectType
from ..schema import (
    CONTENT_TYPES,
    FORMATS,
    SchemaError,
    SchemaPermissionError,
    SchemaPermissions,
    SchemaValidationError,
    apply_diffs,
    dump_document,
    export_cots,
    load_document,
    plan_document,
)

__all__ = (
    'SchemaExportForm',
    'SchemaImportForm',
    'SchemaView',
    'urlpatterns',
)

VIEW_PERMISSION = f'{APP_LABEL}.view_customobjecttype'
MAX_UPLOAD_SIZE = 5 * 1024 * 1024


class SchemaImportForm(forms.Form):
    data = forms.CharField(
        label=gettext_lazy('Document'),
        required=False,
        widget=forms.Textarea(attrs={'class': 'form-control font-monospace', 'rows': 16}),
        help_text=gettext_lazy('A schema document in YAML or JSON.'),
    )
    upload_file = forms.FileField(
        label=gettext_lazy('Or upload a file'),
        required=False,
        widget=forms.ClearableFileInput(attrs={'class': 'form-control', 'accept': '.yaml,.yml,.json'}),
    )
    allow_destructive = forms.BooleanField(
        label=gettext_lazy('Allow destructive changes'),
        required=False,
        help_text=gettext_lazy('Remove the fields listed under removed_fields and delete the types listed under '
                               'removed_types, with their data.'),
    )

    def clean(self):
        super().clean()
        upload = self.cleaned_data.get('upload_file')
        if upload is not None:
            if upload.size > MAX_UPLOAD_SIZE:
                raise forms.ValidationError(_('The file is too large.'))
            text = upload.read()
        else:
            text = self.cleaned_data.get('data') or ''
        if not (text.strip() if isinstance(text, str) else text):
            raise forms.ValidationError(_('Paste a document or upload a file.'))
        try:
            self.cleaned_data['document'] = load_document(text)
        except SchemaValidationError as e:
            raise forms.ValidationError(_messages(e)) from None
        self.cleaned_data['text'] = text.decode('utf-8-sig') if isinstance(text, bytes) else text
        return self.cleaned_data


class SchemaExportForm(forms.Form):
    types = forms.MultipleChoiceField(
        label=gettext_lazy('Types'),
        required=False,
        widget=forms.SelectMultiple(attrs={'class': 'form-select', 'size': 8}),
        help_text=gettext_lazy('None selected: all types.'),
    )
    format = forms.ChoiceField(
        label=gettext_lazy('Format'),
        choices=[(f, f.upper()) for f in FORMATS],
        widget=forms.Select(attrs={'class': 'form-select no-ts'}),
    )

    def __init__(self, *args, queryset, **kwargs):
        super().__init__(*args, **kwargs)
        self.queryset = queryset
        self.fields['types'].choices = [(cot.slug, f'{cot.display_name} ({cot.slug})') for cot in queryset]


def _messages(error):
    return [f'{e["path"]}: {e["message"]}' if e['path'] else e['message'] for e in error.errors]


class SchemaView(ContentTypePermissionRequiredMixin, View):
    template_name = 'netbox_custom_objects/schema/schema.html'

    def get_required_permission(self):
        return VIEW_PERMISSION

    def viewable_types(self):
        return CustomObjectType.objects.restrict(self.request.user, 'view').order_by('name')

    def get(self, request):
        if 'export' in request.GET:
            return self.export(request)
        return self.page(SchemaImportForm(), SchemaExportForm(queryset=self.viewable_types()))

    def post(self, request):
        form = SchemaImportForm(request.POST, request.FILES)
        context = {}
        if form.is_valid():
            apply = 'apply' in request.POST
            if apply and not SchemaPermissions.may_apply_any(request.user):
                raise PermissionDenied
            context = self.plan_or_apply(form, apply)
            # Show an uploaded document in the text box: applying the plan then posts the same document again.
            form.data = form.data.copy()
            form.data['data'] = form.cleaned_data['text']
        return self.page(form, SchemaExportForm(queryset=self.viewable_types()), **context)

    def plan_or_apply(self, form, apply):
        document, diffs = form.cleaned_data['document'], None
        try:
            diffs = plan_document(document, user=self.request.user)
            if apply:
                self.apply(diffs, document, form.cleaned_data['allow_destructive'])
        except SchemaValidationError as e:
            form.add_error(None, _messages(e))
        except SchemaPermissionError as e:
            form.add_error(None, e.problems)
        except SchemaError as e:
            form.add_error(None, str(e))
        else:
            if apply:
                messages.success(self.request, _('The schema has been applied.'))
        return {
            'plan': [diff.to_page_dict() for diff in diffs] if diffs is not None else None,
            'applied': apply and not form.errors,
        }

    def apply(self, diffs, document, allow_destructive):
        apply_diffs(diffs, {t['slug']: t for t in document['types']}, allow_destructive=allow_destructive,
                    user=self.request.user)

    def export(self, request):
        form = SchemaExportForm(request.GET, queryset=self.viewable_types())
        if not form.is_valid():
            return self.page(SchemaImportForm(), form)
        slugs = form.cleaned_data['types']
        types = [cot for cot in form.queryset if not slugs or cot.slug in slugs]
        if not types:
            form.add_error(None, _('There are no custom object types to export.'))
            return self.page(SchemaImportForm(), form)
        fmt = form.cleaned_data['format']
        response = HttpResponse(dump_document(export_cots(types), format=fmt), content_type=CONTENT_TYPES[fmt])
        response['Content-Disposition'] = f'attachment; filename="custom-object-types.{fmt}"'
        return response

    def page(self, import_form, export_form, **context):
        return render(self.request, self.template_name, {
            'import_form': import_form,
            'export_form': export_form,
            'can_apply': SchemaPermissions.may_apply_any(self.request.user),
            **context,
        })


urlpatterns = [
    path('', SchemaView.as_view(), name='schema'),
]
