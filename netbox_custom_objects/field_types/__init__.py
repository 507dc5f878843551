"""② Field types: one class per type, found through the registry. Importing this package registers them all."""

from . import coordinates, network, numbers, relations, scalars, select, text, tree  # noqa: F401  (registration)
from .base import *
from .column import *
from .registry import *
