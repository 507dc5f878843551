"""FilterSets: declarative ones for the definition rows, and a builder for each generated model (shared by the UI
list, the REST API and the object selector)."""

from ..class_names import generated_class
from .definitions import *
from .dynamic import *
from .unique import *


def __getattr__(name):
    return generated_class(__name__, name, 'FilterSet', get_filterset_class)

