"""Forms: declarative ones for the definition rows, builders for each generated model (`dynamic`)."""

from .bulk_edit import *
from .bulk_import import *
from .dynamic import *
from .filtersets import *
from .model_forms import *
