"""The package's import graph, read from the source (every `import`, function-level ones included): no module imports
itself through others, and the stages before branching (DESIGN.md's data flow) import from `branching/` only its
`context` module, the one lower stages may ask (which branch is active). The plugin's start-up, which wires every
stage together, is not a stage."""

import ast
import os
import unittest

import netbox_custom_objects

PACKAGE = 'netbox_custom_objects'
ROOT = os.path.dirname(netbox_custom_objects.__file__)
LOWER_STAGE_MAY_IMPORT = {f'{PACKAGE}.branching.context'}
WIRING = {PACKAGE, f'{PACKAGE}.startup'}


def module_files():
    """{dotted module name: path} of the package's modules (migrations left out: Django loads them on its own)."""
    modules = {}
    for directory, _, files in os.walk(ROOT):
        if os.path.basename(directory) == 'migrations':
            continue
        for name in files:
            if name.endswith('.py'):
                path = os.path.join(directory, name)
                dotted = PACKAGE + os.path.relpath(path, ROOT)[:-3].replace(os.sep, '.').join(('.', ''))
                modules[dotted.removesuffix('.__init__')] = path
    return modules


def imported_modules(module, path, modules):
    """The package's modules that `module` imports anywhere in its source (a parent package excepted)."""
    package = module if path.endswith('__init__.py') else module.rpartition('.')[0]
    found = set()
    for node in ast.walk(ast.parse(open(path).read())):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ''
            if node.level:
                base = '.'.join(package.split('.')[:len(package.split('.')) - node.level + 1] + [base]).strip('.')
            names = [f'{base}.{alias.name}' if f'{base}.{alias.name}' in modules else base for alias in node.names]
        else:
            continue
        for name in names:
            while name not in modules and '.' in name:
                name = name.rpartition('.')[0]
            if name in modules and name != module and not module.startswith(name + '.'):
                found.add(name)
    return found


def import_graph():
    modules = module_files()
    return {module: imported_modules(module, path, modules) for module, path in modules.items()}


def cycles(graph):
    """The strongly connected components of more than one module (each one an import circle)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while not component or node not in component:
                component.add(stack.pop())
            on_stack.difference_update(component)
            if len(component) > 1:
                found.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return found


class ImportGraphTest(unittest.TestCase):

    def test_graph_is_read(self):
        graph = import_graph()
        self.assertIn(f'{PACKAGE}.dynamic_models.cache', graph[f'{PACKAGE}.branching.preloading'] | {
            target for targets in graph.values() for target in targets})
        self.assertIn(f'{PACKAGE}.dynamic_models.payloads', graph[f'{PACKAGE}.dynamic_models.base'])

    def test_no_import_circle(self):
        self.assertEqual(cycles(import_graph()), [])

    def test_circle_detection(self):
        self.assertEqual(cycles({'a': {'b'}, 'b': {'c'}, 'c': {'a'}, 'd': {'a'}}), [['a', 'b', 'c']])

    def test_lower_stages_import_only_the_branch_context(self):
        branching = f'{PACKAGE}.branching'
        backward = {
            (module, target)
            for module, targets in import_graph().items() if not module.startswith(branching) and module not in WIRING
            for target in targets if target.startswith(branching) and target not in LOWER_STAGE_MAY_IMPORT
        }
        self.assertEqual(backward, set())
