"""What the benchmarks share: a scratch database copied from the migrated template (dropped afterwards, with any
branch schemas in it), a child process that runs the measurements there and prints them as one JSON line, and the
printing of the figures; timing, and creating types and fields as the UI would (validated, one by one)."""

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

__all__ = (
    'add_field',
    'arguments',
    'create_type',
    'load_dbtool',
    'print_results',
    'run_benchmark',
    'run_child',
    'scratch_database',
    'timed',
)


def load_dbtool():
    spec = importlib.util.spec_from_file_location('nco_dbtool', ROOT / 'dev' / 'dbtool.py')
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextmanager
def scratch_database():
    """The name of a fresh copy of the plugin's migrated template, dropped on exit."""
    dbtool = load_dbtool()
    db_name = f'nco_bench_{uuid.uuid4().hex[:6]}'
    dbtool.copy_database(dbtool.ensure_templates(), db_name)
    try:
        yield db_name
    finally:
        dbtool.drop_database(db_name)


def arguments(option, default):
    """The command line of a benchmark: its size `option` (a whole number, `default`) and --child (set in the
    process run_child starts)."""
    parser = argparse.ArgumentParser()
    parser.add_argument(option, type=int, default=default)
    parser.add_argument('--child', action='store_true')
    return parser.parse_args()


def run_child(script, db_name, *args):
    """Run `script --child *args` against `db_name`; return the JSON object it printed last."""
    env = {**os.environ, 'NCO_DB_NAME': db_name, 'DJANGO_SETTINGS_MODULE': 'netbox.settings'}
    out = subprocess.run([sys.executable, script, '--child', *map(str, args)], env=env, capture_output=True,
                         text=True)
    if out.returncode:
        sys.exit(out.stderr[-5000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_benchmark(script, in_process, option, default, more=None, width=60):
    """A benchmark's main(): with --child, measure in this process (`in_process(args)`, which prints the JSON line);
    otherwise run `script` as the child against a scratch database, let `more(db_name, args, results)` add what is
    measured from outside (e.g. fresh process starts), and print the figures."""
    args = arguments(option, default)
    if args.child:
        in_process(args)
        return
    with scratch_database() as db_name:  # branch schemas made by the child live in it and go with it
        results = run_child(script, db_name, option, getattr(args, option.lstrip('-').replace('-', '_')))
        if more is not None:
            more(db_name, args, results)
        print_results(results, width=width)


def print_results(results, width=60):
    for key, value in results.items():
        print(f'{key:<{width}} {value:10.4f}' if isinstance(value, float) else f'{key:<{width}} {value:>10}')


def timed(function, repeat=1):
    """(the last result of `function()`, the seconds each of `repeat` calls took)."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        samples.append(time.perf_counter() - start)
    return result, samples


def add_field(cot, spec):
    from netbox_custom_objects.models import CustomObjectTypeField

    field = CustomObjectTypeField(custom_object_type=cot, **spec)
    field.full_clean()
    field.save()
    return field


def create_type(name, specs=()):
    """A custom object type named `name` with a field for each of `specs` (keyword dicts), refreshed."""
    from netbox_custom_objects.models import CustomObjectType

    cot = CustomObjectType(name=name, slug=name.replace('_', '-'))
    cot.full_clean()
    cot.save()
    for spec in specs:
        add_field(cot, spec)
    cot.refresh_from_db()
    return cot
