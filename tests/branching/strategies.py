"""One scenario, one test per merge strategy: `@both_strategies` on a test method that takes `strategy`.

netbox-branching merges a branch with one of two strategies: `iterative` replays the branch's change log record by
record, `squash` collapses it to one change per object and orders those itself. A scenario must hold under both, so
it is written once and runs as two tests, each its own TransactionTestCase run (own data, own branches), with the
strategy as the last part of its id:

    @both_strategies
    def test_merge_and_revert(self, strategy):       # -> test_merge_and_revert_iterative, ..._squash
        branch = self.provision(strategy)

A scenario with variants names them; each variant runs under both strategies, the variant's name before the strategy:

    @both_strategies(synced={'sync_first': True}, unsynced={'sync_first': False})
    def test_merge(self, strategy, sync_first):     # -> test_merge_synced_iterative, test_merge_synced_squash, ...

Why not pytest's parametrisation: pytest does not parametrise methods of unittest.TestCase classes, and Django's
TransactionTestCase (which the branching tests need, netbox-branching provisions with connections of its own) is
one. Why not `subTest`: the runs would share one test's database and branches, and a failure under one strategy
would not name itself in the report. So the tests are generated when the class is created: by `__set_name__`, which
Python calls for each attribute of a class body as the class is made, so the decorator needs no base class and
works for mixins and subclasses alike (a subclass inherits the generated tests)."""

import functools

STRATEGIES = ('iterative', 'squash')  # netbox-branching's BranchMergeStrategyChoices


def both_strategies(scenario=None, /, **variants):
    """Runs the decorated `test_<name>(self, strategy, **variant)` as one test per variant and merge strategy,
    `test_<name>[_<variant>]_<strategy>`. Used bare, or with variants: `@both_strategies(name={keyword: value})`."""
    if scenario is None:
        return functools.partial(StrategyTests, **variants)
    return StrategyTests(scenario, **variants)


class StrategyTests:
    """What `@both_strategies` leaves in a class body: when the class is made, it replaces itself with the tests."""

    def __init__(self, scenario, /, **variants):
        if not scenario.__name__.startswith('test'):
            raise TypeError(f'{scenario.__qualname__}: @both_strategies makes tests of a method named test_*')
        self.scenario = scenario
        self.variants = variants or {'': {}}

    def __set_name__(self, owner, name):
        delattr(owner, name)  # the scenario itself is no test: it needs a strategy
        for variant, arguments in self.variants.items():
            for strategy in STRATEGIES:
                test_name = '_'.join(part for part in (name, variant, strategy) if part)
                if test_name in vars(owner):
                    raise TypeError(f'{owner.__qualname__}.{test_name} is defined twice')
                setattr(owner, test_name, self._test(owner, test_name, strategy, arguments))

    def _test(self, owner, test_name, strategy, arguments):
        scenario = self.scenario

        def test(self):
            return scenario(self, strategy, **arguments)

        # documented and located (pytest's report, tracebacks) as the scenario is, named as the class lists it
        functools.update_wrapper(test, scenario)
        test.__name__, test.__qualname__ = test_name, f'{owner.__qualname__}.{test_name}'
        return test
