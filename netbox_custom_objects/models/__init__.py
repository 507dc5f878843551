"""The definition rows: the only models managed by migrations."""

from .fields import *
from .object_types import *
from .unique_constraints import *
