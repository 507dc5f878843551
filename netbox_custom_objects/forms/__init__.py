"""Forms: declarative ones for the definition rows, builders for each generated model (`dynamic`)."""

from ..class_names import generated_class
from .bulk_edit import *
from .bulk_import import *
from .dynamic import *
from .filtersets import *
from .model_forms import *
from .unique import *


def __getattr__(name):
    return generated_class(__name__, name, 'FilterForm', get_filter_form_class)
