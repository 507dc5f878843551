"""Loading the generated models of main into the app registry, once per process, when the database is ready.

"Ready" means the plugin's tables exist and all its migrations are applied: while `migrate` runs (or on an empty
database) nothing is loaded and nothing fails.
"""

import logging
import sys
import threading
from functools import partial
from pathlib import Path

from django.db import DatabaseError, connection
from django.db.migrations.recorder import MigrationRecorder

from ..constants import APP_LABEL
from .cache import model_cache

__all__ = (
    'ensure_loaded',
    'load_model',
    'reset',
    'wrap_lookups',
)

logger = logging.getLogger('netbox_custom_objects')

_MIGRATIONS = frozenset(
    path.stem for path in (Path(__file__).parent.parent / 'migrations').glob('[0-9]*.py')
)
_state = {'loaded': False, 'loading': False}
_lookup_wrappers = []
MIGRATION_COMMANDS = frozenset({'migrate', 'makemigrations', 'squashmigrations', 'sqlmigrate', 'showmigrations'})
_lock = threading.RLock()


def migrating():
    """Generated models must stay out of Django's migration state: `migrate` and `makemigrations` would try to
    render them (and report changes "not yet reflected in a migration")."""
    return len(sys.argv) > 1 and sys.argv[1] in MIGRATION_COMMANDS


def database_ready():
    try:
        if 'netbox_custom_objects_customobjecttype' not in connection.introspection.table_names():
            return False
        applied = MigrationRecorder(connection).applied_migrations()
    except DatabaseError:
        return False
    return _MIGRATIONS <= {name for app, name in applied if app == APP_LABEL}


def ensure_loaded():
    """Build every type's model for main, the first time this is called with a ready database."""
    # A class being built registers itself, and Django's registry calls back into get_models(): loading then
    # would build the same class twice.
    if _state['loaded'] or _state['loading'] or model_cache.building or migrating():
        return
    with _lock:
        if _state['loaded'] or _state['loading']:
            return
        _state['loading'] = True
        try:
            if database_ready():
                model_cache.load_all()
                _state['loaded'] = True
        except DatabaseError:
            logger.exception('Could not load custom object models')
        finally:
            _state['loading'] = False


def load_model(model_name):
    """The model `table<id>model` (LookupError when there is no such type), as the lookup wrappers answer."""
    ensure_loaded()
    lookup = model_cache.get_model_by_name
    for wrapper in _lookup_wrappers:
        lookup = partial(wrapper, lookup=lookup)
    return lookup(model_name)


def wrap_lookups(wrapper):
    """Pass every lookup of load_model() through `wrapper(model_name, lookup)`, which returns a class or raises
    LookupError (e.g. a stand-in where the type does not exist: branching/review.py). Once per wrapper."""
    if wrapper not in _lookup_wrappers:
        _lookup_wrappers.append(wrapper)


def reset():
    """Forget that models were loaded (after migrations, or when tests switch databases)."""
    _state['loaded'] = False
