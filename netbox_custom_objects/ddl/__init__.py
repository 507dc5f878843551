"""④ The DDL executor: immutable operations, run on the connection of the schema being changed."""

from .executor import *
from .indexes import *
from .operations import *
