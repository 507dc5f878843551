"""FilterSets: declarative ones for the definition rows, and a builder for each generated model (shared by the UI
list, the REST API and the object selector)."""

from .definitions import *
from .dynamic import *
