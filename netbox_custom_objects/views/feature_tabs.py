"""The tabs of the NetBox features a type may turn off (journal, contacts, changelog) or on (image attachments).

A tab of a feature the type does not have is hidden from the strip, and its URL answers 404.
"""

import copy

from django.http import Http404
from django.utils.translation import gettext as _

from netbox.views import generic

from .base import CustomObjectViewMixin

__all__ = (
    'CustomObjectImageAttachmentsView',
    'FeatureTabMixin',
    'feature_tab',
)


def feature_tab(tab, attribute):
    """A copy of NetBox's ViewTab `tab`, shown only on objects whose type enables `attribute`."""
    tab = copy.copy(tab)
    tab.visible = lambda obj: obj._snapshot.has_feature(attribute)
    return tab


class FeatureTabMixin:
    """404 for the tab of a feature the type does not have (`feature`: its attribute, e.g. `journal_enabled`)."""
    feature = None

    def bind(self, model):
        if not model._snapshot.has_feature(self.feature):
            raise Http404(_('This feature is not enabled for the type.'))
        super().bind(model)


class CustomObjectImageAttachmentsView(FeatureTabMixin, CustomObjectViewMixin, generic.ObjectImageAttachmentsView):
    base_template = 'netbox_custom_objects/customobject.html'
    pass_model = True
    feature = 'image_attachments_enabled'
    tab = feature_tab(generic.ObjectImageAttachmentsView.tab, feature)
