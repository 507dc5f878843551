"""② Field types: one class per type, found through the registry. Importing this package registers them all."""

from . import choices, coordinates, network, numbers, relations, scalars, text, tree  # noqa: F401  (registration)
from .base import *
from .registry import *
