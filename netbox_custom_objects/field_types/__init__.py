"""② Field types: one class per type, found through the registry. Importing this package registers them all."""

from . import text  # noqa: F401  (registers the types)
from .base import *
from .registry import *
