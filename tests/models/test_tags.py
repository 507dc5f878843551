"""The tags of custom objects (dynamic_models/tags.py): the instance's filter is built only when its queryset is run,
so prefetched tags cost no query building per object; every way of reading them still gives the object's own
tags, in NetBox's order (weight, then name)."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from extras.models import Tag

from ..base import CustomObjectsTestMixin


class TagsTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='rack')
        cls.create_custom_object_type_field(cls.cot, name='name', primary=True)
        cls.model = cls.cot.get_model()
        cls.heavy = Tag.objects.create(name='Alpha', slug='alpha', weight=2000)
        cls.light = Tag.objects.create(name='Beta', slug='beta', weight=10)
        cls.other = Tag.objects.create(name='Gamma', slug='gamma')
        cls.first = cls.model.objects.create(name='first')
        cls.second = cls.model.objects.create(name='second')
        cls.first.tags.set([cls.heavy, cls.light])
        cls.second.tags.set([cls.other])

    def test_tags_read_without_prefetching(self):
        first = self.model.objects.get(pk=self.first.pk)
        self.assertEqual(list(first.tags.all()), [self.light, self.heavy])
        self.assertEqual(list(first.tags.filter(slug='alpha')), [self.heavy])
        self.assertEqual(first.tags.count(), 2)
        self.assertEqual(list(self.model.objects.get(pk=self.second.pk).tags.all()), [self.other])

    def test_prefetched_tags_are_the_objects_own(self):
        objects = list(self.model.objects.order_by('pk').prefetch_related('tags'))
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual([list(o.tags.all()) for o in objects], [[self.light, self.heavy], [self.other]])
            self.assertEqual([o.tags.count() for o in objects], [2, 1])
        self.assertEqual(len(queries), 0)
        # A query chained onto the prefetched tags is still filtered by its object.
        self.assertEqual([list(o.tags.filter(weight__lt=1500)) for o in objects], [[self.light], [self.other]])

    def test_prefetching_builds_no_query_per_object(self):
        objects = list(self.model.objects.order_by('pk').prefetch_related('tags'))
        self.assertTrue(all(o.tags.all()._deferred_filter for o in objects))

    def test_tags_of_the_model(self):
        self.assertEqual(set(self.model.tags.all()), {self.heavy, self.light, self.other})
