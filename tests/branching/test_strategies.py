"""`@both_strategies` (strategies.py), which every scenario of this package relies on: a scenario written once is one
test per merge strategy (and per variant), each named after its strategy, run with it, and reported on its own; a
subclass inherits the tests; a name given twice is refused when the class is made."""

import unittest

from .strategies import STRATEGIES, both_strategies


def run(test_case):
    """Load `test_case` as unittest (and pytest) does and run it: (names of its tests, the result)."""
    loader = unittest.TestLoader()
    result = unittest.TestResult()
    loader.loadTestsFromTestCase(test_case).run(result)
    return list(loader.getTestCaseNames(test_case)), result


class BothStrategiesTest(unittest.TestCase):

    def test_one_test_per_strategy(self):
        runs = []

        class Scenario(unittest.TestCase):
            @both_strategies
            def test_merge(self, strategy):
                """The scenario's docstring."""
                runs.append(strategy)

        names, result = run(Scenario)
        self.assertEqual(names, ['test_merge_iterative', 'test_merge_squash'])
        self.assertEqual(sorted(runs), sorted(STRATEGIES))
        self.assertEqual(sorted(STRATEGIES), ['iterative', 'squash'])
        self.assertTrue(result.wasSuccessful())
        self.assertFalse(hasattr(Scenario, 'test_merge'), 'the scenario itself is no test')
        self.assertEqual(Scenario.test_merge_squash.__doc__, 'The scenario\'s docstring.')

        class Subclass(Scenario):
            pass

        runs.clear()
        self.assertEqual(run(Subclass)[0], names)
        self.assertEqual(sorted(runs), sorted(STRATEGIES))

    def test_variants(self):
        runs = []

        class Scenario(unittest.TestCase):
            @both_strategies(synced={'sync_first': True}, unsynced={'sync_first': False})
            def test_merge(self, strategy, sync_first):
                runs.append((strategy, sync_first))

        names, result = run(Scenario)
        self.assertEqual(names, ['test_merge_synced_iterative', 'test_merge_synced_squash',
                                 'test_merge_unsynced_iterative', 'test_merge_unsynced_squash'])
        self.assertEqual(sorted(runs), [('iterative', False), ('iterative', True), ('squash', False),
                                        ('squash', True)])
        self.assertTrue(result.wasSuccessful())

    def test_a_failure_names_its_strategy(self):
        class Scenario(unittest.TestCase):
            @both_strategies
            def test_merge(self, strategy):
                self.assertEqual(strategy, 'iterative')

        _names, result = run(Scenario)
        self.assertEqual([test.id().rsplit('.', 1)[1] for test, _traceback in result.failures], ['test_merge_squash'])
        self.assertEqual(result.testsRun, 2)

    def test_names_given_twice_are_refused(self):
        with self.assertRaisesRegex(TypeError, 'test_merge_iterative is defined twice'):
            class Twice(unittest.TestCase):
                @both_strategies
                def test_merge(self, strategy):
                    pass

                def test_merge_iterative(self):
                    pass

        with self.assertRaisesRegex(TypeError, 'makes tests of a method named test_'):
            both_strategies(lambda self, strategy: None)
