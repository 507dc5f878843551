"""The tabs of a custom object (journal, changelog, contacts, config context) and the journal entry form.

NetBox's feature views, bound to the type named in the URL; `base.register_object_tabs` lists them in NetBox's
view registry so that its tab strip shows them.
"""

from django.http import Http404
from django.utils.translation import gettext_lazy as _

from extras.models import ConfigContext
from extras.views import JournalEntryEditView, ObjectConfigContextView
from netbox.views import generic
from utilities.views import ViewTab

from .base import CustomObjectViewMixin
from .feature_tabs import FeatureTabMixin, feature_tab

__all__ = (
    'CustomJournalEntryEditView',
    'CustomObjectChangeLogView',
    'CustomObjectConfigContextView',
    'CustomObjectContactsView',
    'CustomObjectJournalView',
)

BASE_TEMPLATE = 'netbox_custom_objects/customobject.html'


class CustomObjectJournalView(FeatureTabMixin, CustomObjectViewMixin, generic.ObjectJournalView):
    base_template = BASE_TEMPLATE
    pass_model = True
    feature = 'journal_enabled'
    tab = feature_tab(generic.ObjectJournalView.tab, feature)


class CustomObjectChangeLogView(FeatureTabMixin, CustomObjectViewMixin, generic.ObjectChangeLogView):
    base_template = BASE_TEMPLATE
    pass_model = True
    feature = 'change_logging_enabled'
    tab = feature_tab(generic.ObjectChangeLogView.tab, feature)


class CustomObjectContactsView(FeatureTabMixin, CustomObjectViewMixin, generic.ObjectContactsView):
    pass_model = True
    feature = 'contacts_enabled'
    tab = feature_tab(generic.ObjectContactsView.tab, feature)

    def get_extra_context(self, request, instance):
        return {**super().get_extra_context(request, instance), 'base_template': BASE_TEMPLATE}


class CustomObjectConfigContextView(CustomObjectViewMixin, ObjectConfigContextView):
    """Config context of an object whose type enables it (404 otherwise)."""
    base_template = BASE_TEMPLATE
    tab = ViewTab(
        label=_('Config Context'),
        weight=2000,
        visible=lambda obj: obj._snapshot.config_context_enabled,
    )

    def get_object(self, **kwargs):
        if not self.model._snapshot.config_context_enabled:
            raise Http404(_('Config context is not enabled for this type.'))
        return super().get_object(**kwargs)

    def get_extra_context(self, request, instance):
        # NetBox's view asks ConfigContext.objects.get_for_object(instance), which reads device attributes: the
        # object answers for itself (dynamic_models/config_context.py), with the contexts the user may view.
        authenticated = request.user.is_authenticated
        data_format = request.GET.get('format')
        if data_format in ('json', 'yaml'):
            if authenticated:
                request.user.config.set('data_format', data_format, commit=True)
        else:
            data_format = request.user.config.get('data_format', 'json') if authenticated else 'json'
        return {
            'rendered_context': instance.get_config_context(),
            'source_contexts': instance.get_source_contexts(ConfigContext.objects.restrict(request.user, 'view')),
            'format': data_format,
            'base_template': self.base_template,
            'custom_object_type': self.custom_object_type,
        }


class CustomJournalEntryEditView(JournalEntryEditView):
    """The journal form of custom objects posts here (upstream's URL name); NetBox's view records the author."""
