"""Tables: declarative ones for the definition rows, and a builder for each generated model."""

from .definitions import *
from .dynamic import *
