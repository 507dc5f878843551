"""Tables: declarative ones for the definition rows, and a builder for each generated model."""

from ..class_names import generated_class
from .definitions import *
from .dynamic import *
from .linked import *
from .unique import *


def __getattr__(name):
    return generated_class(__name__, name, 'Table', get_table_class)
