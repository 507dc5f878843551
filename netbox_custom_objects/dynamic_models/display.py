"""Display expressions: Jinja templates rendered with a budget.

A type's display expression is rendered in every `str(obj)`: list and detail pages, REST and GraphQL `display`, the
change log, search indexing. Jinja's sandbox stops attribute escapes but bounds neither time nor memory, so one
nested loop or `'x' * 10**9` would hang every worker serving the type. Here rendering has a budget:

- loop iterations (each pass through a loop body or loop condition, each macro call) are counted;
- every value an operator, filter or method call makes is bounded in size, checked *before* the big ones are built
  (`*`, `**`, `%`, `center`, `replace`, `join`, ...), and so is the text the template outputs;
- the environment is the immutable sandbox (no `list.append` growing a list in place) without `lipsum`.

Over budget, `render()` raises DisplayBudgetExceeded; the model then shows its default display (models keep working)
and `check_renders()` refuses the expression when it is saved.
"""

import math
import re
from contextvars import ContextVar
from functools import lru_cache
from string import Formatter

import jinja2
from jinja2 import meta, nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer

__all__ = (
    'MAX_ITERATIONS',
    'MAX_OUTPUT',
    'DisplayBudgetExceeded',
    'check_renders',
    'render',
    'variables',
)

MAX_ITERATIONS = 10_000
MAX_OUTPUT = 10_000  # characters of output; also the largest string or collection a template may build
MAX_INT_BITS = 4_096

_budget = ContextVar('nco_display_budget', default=None)
_FORMAT_WIDTH = re.compile(r'%[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?')


class DisplayBudgetExceeded(Exception):
    pass


class _Budget:
    def __init__(self):
        self.iterations = 0
        self.output = 0


def _over(what):
    raise DisplayBudgetExceeded(what)


def budget_tick(*args):
    """Called by instrumented templates at each loop pass and macro call; True, so that it can guard a loop test."""
    budget = _budget.get()
    if budget is not None:
        budget.iterations += 1
        if budget.iterations > MAX_ITERATIONS:
            _over(f'more than {MAX_ITERATIONS} loop iterations')
    return True


def budget_concat(*parts):
    """The `~` operator, with the size of the result checked before it is built."""
    texts = [str(part) for part in parts]
    _check_length(sum(len(text) for text in texts))
    return ''.join(texts)


def _check_length(length):
    if length > MAX_OUTPUT:
        _over(f'a value longer than {MAX_OUTPUT}')


def _check_value(value):
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > MAX_INT_BITS:
        _over(f'a number of more than {MAX_INT_BITS} bits')
    if isinstance(value, (str, list, tuple, dict, set, frozenset, range)):
        _check_length(len(value))
    return value


def _length(value):
    return len(value) if isinstance(value, (str, list, tuple, dict, set, frozenset, range)) else len(str(value))


def _check_percent_format(template, args=()):
    """`template % args` must not ask for widths or precisions beyond the budget (`%999999999s`, `%*s`)."""
    for width, precision in _FORMAT_WIDTH.findall(str(template)):
        for number in (width, precision):
            if number == '*' or (number and int(number) > MAX_OUTPUT):
                _over('a format width beyond the budget')


def _check_brace_format(template):
    """`template.format(...)` must not ask for widths beyond the budget, nor take them from its arguments."""
    for _literal, _name, spec, _conversion in Formatter().parse(str(template)):
        if spec and ('{' in spec or any(int(n) > MAX_OUTPUT for n in re.findall(r'\d+', spec))):
            _over('a format width beyond the budget')


def _check_repeat(sequence, count):
    if isinstance(count, int) and isinstance(sequence, (str, list, tuple)):
        _check_length(len(sequence) * max(count, 0))


def _check_binop(operator, left, right):
    if operator == '*':
        _check_repeat(left, right)
        _check_repeat(right, left)
        if isinstance(left, int) and isinstance(right, int):
            if left.bit_length() + right.bit_length() > MAX_INT_BITS:
                _over(f'a number of more than {MAX_INT_BITS} bits')
    elif operator == '**':
        if isinstance(left, int) and isinstance(right, int) and abs(left) > 1 and \
                right * math.log2(abs(left)) > MAX_INT_BITS:
            _over(f'a number of more than {MAX_INT_BITS} bits')
    elif operator == '%' and isinstance(left, str):
        _check_percent_format(left)
    elif operator == '+' and isinstance(left, (str, list, tuple)) and isinstance(right, (str, list, tuple)):
        _check_length(len(left) + len(right))


def _materialized_join(items, separator=''):
    texts = [str(item) for item in items]
    _check_length(sum(len(text) for text in texts) + max(len(texts) - 1, 0) * len(str(separator)))
    return texts


def _check_replace(value, old, new, count=-1):
    text, old, new = str(value), str(old), str(new)
    occurrences = text.count(old) if old else len(text) + 1
    if count is not None and count >= 0:
        occurrences = min(occurrences, count)
    _check_length(len(text) + occurrences * max(len(new) - len(old), 0))


def _check_width(value, width=80, *args, **kwargs):
    if isinstance(width, int):
        _check_length(len(str(value)) + width)
    elif isinstance(width, str):  # indent() takes a string to indent with, once per line
        _check_length(len(str(value)) * (1 + len(width)))


# Checks run on a filter's arguments before the filter runs: the filters whose result can be much larger than
# their input. (value, *args, **kwargs) as the filter receives them.
FILTER_PRECHECKS = {
    'center': _check_width,
    'indent': _check_width,
    'format': lambda value, *args, **kwargs: _check_percent_format(value),
    'join': lambda value, d='', attribute=None: _materialized_join(value, d),
    'replace': lambda value, old, new, count=None: _check_replace(value, old, new, count),
    'batch': lambda value, linecount, fill_with=None: _check_length(linecount),
    'slice': lambda value, slices, fill_with=None: _check_length(slices),
    'sum': lambda value, attribute=None, start=0: _check_length(_length(start)),
}
# The same for str methods called from a template.
METHOD_PRECHECKS = {
    'center': _check_width, 'ljust': _check_width, 'rjust': _check_width, 'zfill': _check_width,
    'expandtabs': lambda value, tabsize=8: _check_length(len(value) * max(tabsize, 1)),
    'replace': _check_replace,
    'join': lambda separator, items: _materialized_join(items, separator),
}


def _bounded_filter(name, function):
    precheck = FILTER_PRECHECKS.get(name)

    def bounded(*args, **kwargs):
        # Filters marked pass_context/pass_environment/pass_eval_context get that first: the value is the next one.
        offset = 1 if getattr(function, 'jinja_pass_arg', None) is not None else 0
        if precheck is not None:
            precheck(*args[offset:], **kwargs)
        return _check_value(function(*args, **kwargs))

    for attribute in ('jinja_pass_arg',):
        if hasattr(function, attribute):
            setattr(bounded, attribute, getattr(function, attribute))
    return bounded


def bounded_range(*args):
    if len(range(*args)) > MAX_ITERATIONS:
        _over(f'a range of more than {MAX_ITERATIONS} items')
    return range(*args)


TICK = f'{__name__}.budget_tick'
CONCAT = f'{__name__}.budget_concat'


def _call(importname, args=()):
    return nodes.Call(nodes.ImportedName(importname), list(args), [], None, None)


class _Instrument(NodeTransformer):
    """Counts loop passes (and loop conditions: a filtered loop may never run its body) and macro calls; routes `~`
    through a size check."""

    def visit_For(self, node):
        node = self.generic_visit(node)
        node.body.insert(0, nodes.ExprStmt(_call(TICK)))
        if node.test is not None:
            node.test = nodes.And(_call(TICK), node.test)
        return node

    def visit_Macro(self, node):
        node = self.generic_visit(node)
        node.body.insert(0, nodes.ExprStmt(_call(TICK)))
        return node

    visit_CallBlock = visit_Macro

    def visit_Concat(self, node):
        node = self.generic_visit(node)
        return _call(CONCAT, node.nodes)


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset({'*', '**', '%', '+'})

    def __init__(self):
        super().__init__(undefined=jinja2.Undefined, autoescape=False, finalize=self._count_output)
        self.filters = {name: _bounded_filter(name, function) for name, function in self.filters.items()}
        self.globals.pop('lipsum', None)
        self.globals['range'] = bounded_range

    def _parse(self, source, name, filename):
        # Jinja has no hook between parsing and compiling; the instrumentation rewrites the tree there.
        return _Instrument().visit(super()._parse(source, name, filename))

    @staticmethod
    def _count_output(value):
        budget = _budget.get()
        if budget is not None and value is not None:
            budget.output += _length(value)
            if budget.output > MAX_OUTPUT:
                _over(f'more than {MAX_OUTPUT} characters of output')
        return value

    def call_binop(self, context, operator, left, right):
        _check_binop(operator, left, right)
        return _check_value(super().call_binop(context, operator, left, right))

    def wrap_str_format(self, value):
        # The sandbox hands out str.format/format_map as a wrapper of its own: check the format string here.
        if isinstance(getattr(value, '__self__', None), str) and \
                getattr(value, '__name__', '') in ('format', 'format_map'):
            _check_brace_format(value.__self__)
        return super().wrap_str_format(value)

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805  (Jinja's signature)
        name = getattr(__obj, '__name__', None)
        if isinstance(getattr(__obj, '__self__', None), str) and name in METHOD_PRECHECKS:
            METHOD_PRECHECKS[name](__obj.__self__, *args, **kwargs)
        return _check_value(super().call(__context, __obj, *args, **kwargs))


_environment = BoundedEnvironment()


@lru_cache(maxsize=256)
def _compiled(expression):
    return _environment.from_string(expression)


def render(expression, context):
    """Render `expression` with `context`; DisplayBudgetExceeded when it needs more than the budget."""
    template = _compiled(expression)
    token = _budget.set(_Budget())
    try:
        chunks, length = [], 0
        for chunk in template.generate(**context):
            length += len(chunk)
            _check_length(length)
            chunks.append(chunk)
        return ''.join(chunks)
    finally:
        _budget.reset(token)


def parse(expression):
    return _environment.parse(expression)


@lru_cache(maxsize=256)
def variables(expression):
    """The names `expression` reads from its context (field names): only those are worth computing (a relation's
    display value costs a query), and only objects those fields refer to can change the rendered text. An expression
    that does not parse reads nothing."""
    try:
        return frozenset(meta.find_undeclared_variables(parse(expression)))
    except jinja2.TemplateError:
        return frozenset()


def check_renders(expression, sample=None):
    """Render `expression` for a sample object: every variable it uses holds `sample` (a short text). Raises
    DisplayBudgetExceeded when over budget, and lets any other rendering error through."""
    names = meta.find_undeclared_variables(parse(expression))
    return render(expression, {name: sample if sample is not None else f'Sample {name}' for name in names})
