"""③ The model factory and cache: definition rows → frozen snapshot → model class per (type, branch)."""

from .base import *
from .cache import *
from .snapshot import *
