"""Helpers shared by the test modules (keyword-only, NetBox style)."""

import uuid
from contextlib import contextmanager
from unittest import mock

from django.db import connection
from django.test import RequestFactory

from core.models import ObjectType
from core.signals import clear_signal_history
from extras.models import CustomFieldChoiceSet
from netbox.context_managers import event_tracking
from netbox.jobs import AsyncAPIJob

from netbox_custom_objects.field_types.relations.polymorphic.deleted_targets import PolymorphicTargets
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

__all__ = (
    'CustomObjectsTestMixin',
    'column_names',
    'column_type',
    'request_context',
    'run_api_jobs_inline',
    'table_exists',
)


def table_exists(table):
    with connection.cursor() as cursor:
        cursor.execute('SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = %s', [table])
        return cursor.fetchone() is not None


def column_names(table):
    with connection.cursor() as cursor:
        return {c.name for c in connection.introspection.get_table_description(cursor, table)}


def column_type(table, column):
    with connection.cursor() as cursor:
        cursor.execute(
            'SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a '
            'WHERE a.attrelid = %s::regclass AND a.attname = %s AND NOT a.attisdropped',
            [table, column],
        )
        row = cursor.fetchone()
        return row[0] if row else None


@contextmanager
def request_context(user, branch=None):
    """The context of a request by `user` (change logging, events), in `branch` (None: main); yields the request."""
    request = RequestFactory().get('/')
    request.id = uuid.uuid4()
    request.user = user
    try:
        if branch is None:
            with event_tracking(request):
                yield request
        else:
            from netbox_branching.utilities import activate_branch

            with activate_branch(branch), event_tracking(request):
                yield request
    finally:
        # As at the end of a real request: NetBox remembers the objects whose deletion it logged until then, and
        # would not log a later deletion of the same object (e.g. a merge replaying it) in this thread.
        clear_signal_history(sender=None)


def run_api_jobs_inline(test_case, handle=None):
    """For the rest of `test_case`: a `?background=true` request runs its AsyncAPIJob at once, as in NetBox's own
    tests (no RQ worker runs during the tests): enqueued with `immediate`, and the worker-liveness check reports a
    worker. `handle`, if given, replaces AsyncAPIJob.handle (a function taking the class first)."""
    enqueue = AsyncAPIJob.enqueue.__func__

    def enqueue_inline(cls, *args, **kwargs):
        return enqueue(cls, *args, **{**kwargs, 'immediate': True})

    patchers = [mock.patch.object(AsyncAPIJob, 'enqueue', classmethod(enqueue_inline)),
                mock.patch('netbox.api.viewsets.mixins.any_workers_for_queue', return_value=True)]
    if handle is not None:
        patchers.append(mock.patch.object(AsyncAPIJob, 'handle', classmethod(handle)))
    for patcher in patchers:
        patcher.start()
        test_case.addCleanup(patcher.stop)


def without_timed_refreshes(test_case):
    """For the rest of `test_case`: the model cache and the polymorphic targets' map refresh only when a request
    starts or a definition changes, not also when their SYNC_INTERVAL has passed. A query count must not depend on
    how slowly the machine ran the request (a slow batch crossing the 2 s mark made up to 3 more queries)."""
    for patcher in (mock.patch('netbox_custom_objects.dynamic_models.cache.SYNC_INTERVAL', 10 ** 6),
                    mock.patch.object(PolymorphicTargets, 'MAX_AGE', 10 ** 6)):
        patcher.start()
        test_case.addCleanup(patcher.stop)


class CustomObjectsTestMixin:

    @classmethod
    def add_field_of_every_type(cls, cot, choices, site_type, polymorphic_types=(), exclude=()):
        """A field named `<type>_f` of every field type (`coords` for coordinates) on `cot`: object fields to
        `site_type`, choice fields on `choices`, and polymorphic ones (`thing_f`, `things_f`) to
        `polymorphic_types` when given; names in `exclude` are left out."""
        definitions = [
            ('text_f', {'type': 'text'}), ('longtext_f', {'type': 'longtext'}), ('integer_f', {'type': 'integer'}),
            ('decimal_f', {'type': 'decimal'}), ('boolean_f', {'type': 'boolean'}), ('date_f', {'type': 'date'}),
            ('datetime_f', {'type': 'datetime'}), ('url_f', {'type': 'url'}), ('json_f', {'type': 'json'}),
            ('select_f', {'type': 'select', 'choice_set': choices}),
            ('multiselect_f', {'type': 'multiselect', 'choice_set': choices}),
            ('object_f', {'type': 'object', 'related_object_type': site_type}),
            ('multiobject_f', {'type': 'multiobject', 'related_object_type': site_type}),
            ('coords', {'type': 'coordinates'}),
        ]
        if polymorphic_types:
            definitions += [
                ('thing_f', {'type': 'object', 'is_polymorphic': True, 'related_object_types': polymorphic_types}),
                ('things_f', {'type': 'multiobject', 'is_polymorphic': True,
                              'related_object_types': polymorphic_types}),
            ]
        for name, options in definitions:
            if name not in exclude:
                cls.create_custom_object_type_field(cot, name=name, **options)
    def tracked(self, branch=None):
        """A request context by `self.user` in `branch` (None: main): see request_context()."""
        return request_context(self.user, branch)

    @classmethod
    def create_custom_object_type(cls, **kwargs):
        kwargs.setdefault('name', 'test_object')
        kwargs.setdefault('slug', kwargs['name'].replace('_', '-'))
        cot = CustomObjectType(**kwargs)
        cot.full_clean()
        cot.save()
        return cot

    @classmethod
    def create_custom_object_type_field(cls, cot, **kwargs):
        kwargs.setdefault('name', 'test_field')
        kwargs.setdefault('type', 'text')
        related_object_types = kwargs.pop('related_object_types', None)
        field = CustomObjectTypeField(custom_object_type=cot, **kwargs)
        field.full_clean()
        field.save()
        if related_object_types:
            field.related_object_types.set(related_object_types)
        return field

    @classmethod
    def create_choice_set(cls, **kwargs):
        kwargs.setdefault('name', 'Test choices')
        kwargs.setdefault('extra_choices', [['a', 'Choice A'], ['b', 'Choice B'], ['c', 'Choice C']])
        return CustomFieldChoiceSet.objects.create(**kwargs)

    @classmethod
    def object_type_of(cls, app_label, model):
        return ObjectType.objects.get(app_label=app_label, model=model)
