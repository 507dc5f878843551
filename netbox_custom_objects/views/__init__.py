"""UI views: types, fields and the objects of every type."""

from .custom_objects import *
from .feature_tabs import *
from .fields import *
from .linked import *
from .object_types import *
from .tabs import *
from .unique import *
