"""A field change that rewrites the table (issue 17 item 2): the REST cost preview (`?dry_run=true`), and on a type
with more objects than `background_type_change_rows` the online conversion as a background job (queued by the REST
API and the edit form, run here by an RQ worker in this process, as tests/api/test_webhooks.py does)."""

from unittest import mock

import psycopg
from django.conf import settings
from django.db import connection
from django.test import TestCase, TransactionTestCase, override_settings
from django.urls import reverse
from django.utils import timezone
from django_rq import get_queue
from rest_framework import status
from rq import SimpleWorker

from core.choices import JobStatusChoices
from core.models import Job, ObjectChange
from utilities.testing import APITestCase

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.field_conversion import ConversionRefused, convert_field, queued_change
from netbox_custom_objects.jobs import ConvertFieldJob
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

from ..api import base
from ..base import CustomObjectsTestMixin, column_names, column_type

PLUGIN = 'netbox_custom_objects'


def threshold(rows):
    """Settings with the background threshold at `rows` objects (the other plugins' settings kept)."""
    return override_settings(PLUGINS_CONFIG={
        **settings.PLUGINS_CONFIG,
        PLUGIN: {**settings.PLUGINS_CONFIG.get(PLUGIN, {}), 'background_type_change_rows': rows},
    })


def conversion_jobs():
    return Job.objects.filter(name__startswith=ConvertFieldJob.name)


def unique_columns(table):
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, table)
    return {tuple(c['columns']) for c in constraints.values() if c['unique'] and not c['primary_key']}


class GaugeMixin(CustomObjectsTestMixin):
    """A type `gauge` whose text field `reading` holds whole numbers (and one empty value)."""
    readings = ('1', '2', ' 3 ', None, '40')

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='gauge', slug='gauges')
        cls.create_custom_object_type_field(cls.cot, name='title', primary=True)
        cls.reading = cls.create_custom_object_type_field(cls.cot, name='reading')
        model = cls.cot.get_model()
        cls.pks = [model.objects.create(title=f'G{i}', reading=r).pk for i, r in enumerate(cls.readings)]
        cls.table = table_name(cls.cot.pk)

    def field_url(self, query=''):
        return reverse(f'{base.API_NAMESPACE}:customobjecttypefield-detail', args=[self.reading.pk]) + query

    def values(self, name):
        self.cot.refresh_from_db()
        return list(self.cot.get_model().objects.order_by('pk').values_list(name, flat=True))

    def run_jobs(self):
        queue = get_queue('default')
        SimpleWorker([queue], connection=queue.connection).work(burst=True)

    def setUp(self):
        super().setUp()
        get_queue('default').empty()
        # (a worker runs the jobs later in the test: the liveness check at queueing time reports one, as
        # tests/base.run_api_jobs_inline does for NetBox's own background writes)
        patcher = mock.patch('netbox_custom_objects.jobs.any_workers_for_queue', return_value=True)
        self.worker_running = patcher.start()
        self.addCleanup(patcher.stop)


class ConversionPreviewTest(GaugeMixin, base.PluginAPITestMixin, APITestCase):

    def setUp(self):
        super().setUp()
        self.add_permissions(f'{PLUGIN}.view_customobjecttypefield', f'{PLUGIN}.change_customobjecttypefield')

    def preview(self, body, expected=status.HTTP_200_OK):
        response = self.client.patch(self.field_url('?dry_run=true'), body, format='json', **self.header)
        self.assertHttpStatus(response, expected)
        return response.data

    def assert_unchanged(self):
        self.reading.refresh_from_db()
        self.assertEqual((self.reading.name, self.reading.type), ('reading', 'text'))
        self.assertEqual(column_type(self.table, 'reading'), 'character varying')
        self.assertEqual(self.values('reading'), list(self.readings))

    def test_values_that_would_not_convert_are_counted_and_nothing_changes(self):
        model = self.cot.get_model()
        model.objects.filter(pk=self.pks[1]).update(reading='two')
        model.objects.filter(pk=self.pks[4]).update(reading='4.5e')
        self.readings = ('1', 'two', ' 3 ', None, '4.5e')
        self.add_permissions(f'{PLUGIN}.view_{model._meta.model_name}')
        data = self.preview({'type': 'integer'})
        self.assertEqual((data['dry_run'], data['valid']), (True, False))
        self.assertIn('type', data['errors'])
        plan = data['plan']
        self.assertEqual((plan['rewrites_table'], plan['rows'], plan['runs_as']), (True, 5, 'request'))
        self.assertEqual(plan['unconvertible']['count'], 2)
        self.assertEqual(plan['unconvertible']['objects'], [{'id': self.pks[1], 'value': 'two'},
                                                            {'id': self.pks[4], 'value': '4.5e'}])
        self.assertEqual(plan['operations'], [f'Alter column reading of {self.table}'])
        self.assert_unchanged()

    def test_values_are_shown_only_to_users_who_may_view_the_objects(self):
        self.cot.get_model().objects.filter(pk=self.pks[1]).update(reading='two')
        self.readings = ('1', 'two', ' 3 ', None, '40')
        data = self.preview({'type': 'integer'})
        self.assertEqual(data['plan']['unconvertible']['objects'], [{'id': self.pks[1]}])

    def test_a_valid_conversion_says_where_it_would_run(self):
        data = self.preview({'type': 'integer'})
        self.assertEqual((data['valid'], data['errors']), (True, {}))
        self.assertEqual(data['plan']['unconvertible'], {'count': 0, 'count_is_lower_bound': False, 'objects': []})
        self.assertEqual(data['plan']['runs_as'], 'request')
        with threshold(4):
            data = self.preview({'type': 'integer'})
        self.assertEqual((data['plan']['runs_as'], data['plan']['background_threshold']), ('background job', 4))
        self.assertFalse(conversion_jobs().exists())
        self.assert_unchanged()

    def test_changes_without_a_rewrite(self):
        plan = self.preview({'name': 'level'})['plan']
        self.assertEqual((plan['rewrites_table'], plan['unconvertible']),  (False, None))
        self.assertEqual(plan['operations'], [f'Alter column reading of {self.table} (rename to level)'])
        # text -> longtext: varchar to text, the same storage
        self.assertFalse(self.preview({'type': 'longtext'})['plan']['rewrites_table'])
        with threshold(1):
            self.assertEqual(self.preview({'label': 'Reading'})['plan'], {
                'operations': [], 'rewrites_table': False, 'rows': 5, 'runs_as': 'request',
                'background_threshold': 1, 'unconvertible': None,
            })
        self.assert_unchanged()

    def test_invalid_input_is_reported_in_the_plan(self):
        data = self.preview({'type': 'object'})
        self.assertFalse(data['valid'])
        self.assertEqual(data['plan']['operations'], [])
        self.assert_unchanged()

    def test_without_dry_run_a_small_type_changes_in_the_request_as_before(self):
        response = self.client.patch(self.field_url(), {'type': 'integer'}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual((response.data['id'], response.data['type']), (self.reading.pk, 'integer'))
        self.assertEqual(column_type(self.table, 'reading'), 'bigint')
        self.assertEqual(self.values('reading'), [1, 2, 3, None, 40])
        self.assertFalse(conversion_jobs().exists())


@threshold(2)
class BackgroundConversionTest(GaugeMixin, base.PluginAPITestMixin, APITestCase):

    def setUp(self):
        super().setUp()
        self.add_permissions(f'{PLUGIN}.view_customobjecttypefield', f'{PLUGIN}.change_customobjecttypefield')

    def queue_change(self, body):
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.patch(self.field_url(), body, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_202_ACCEPTED)
        job = Job.objects.get(pk=response.data['job']['id'])
        self.assertEqual(response['Location'], response.data['job']['url'])
        self.assertEqual(response.data['plan']['runs_as'], 'background job')
        self.assertIn('background job', response.data['detail'])
        return job

    def assert_unchanged(self):
        self.reading.refresh_from_db()
        self.assertEqual((self.reading.name, self.reading.type), ('reading', 'text'))
        self.assertEqual(column_type(self.table, 'reading'), 'character varying')
        self.assertEqual(self.values('reading'), list(self.readings))
        self.assertFalse({c for c in column_names(self.table) if c.startswith('_nco')})

    def test_the_job_converts_the_column_and_saves_the_definition(self):
        job = self.queue_change({'type': 'integer', 'name': 'level', 'changelog_message': 'numbers now'})
        self.assertEqual(job.status, JobStatusChoices.STATUS_PENDING)
        self.assert_unchanged()  # until the job has run
        with mock.patch('netbox_custom_objects.field_conversion.BATCH_SIZE', 2):
            self.run_jobs()
        job.refresh_from_db()
        self.assertEqual(job.status, JobStatusChoices.STATUS_COMPLETED, job.log_entries)
        self.assertEqual((job.data['step'], job.data['converted'], job.data['rows']), ('done', 5, 5))
        self.reading.refresh_from_db()
        self.assertEqual((self.reading.name, self.reading.type), ('level', 'integer'))
        self.assertEqual(column_type(self.table, 'level'), 'bigint')
        self.assertEqual(self.values('level'), [1, 2, 3, None, 40])
        self.assertFalse({c for c in column_names(self.table) if c.startswith('_nco') or c == 'reading'})
        change = ObjectChange.objects.filter(changed_object_id=self.reading.pk).latest('time')
        self.assertEqual((change.user, change.message), (self.user, 'numbers now'))
        self.assertEqual((change.prechange_data['type'], change.postchange_data['type']), ('text', 'integer'))
        # the REST API serves the new definition
        response = self.client.get(self.field_url(), **self.header)
        self.assertEqual((response.data['name'], response.data['type']), ('level', 'integer'))

    def test_a_unique_field_stays_unique(self):
        self.reading.unique = True
        self.reading.save()
        job = self.queue_change({'type': 'integer'})
        self.run_jobs()
        job.refresh_from_db()
        self.assertEqual(job.status, JobStatusChoices.STATUS_COMPLETED, job.log_entries)
        self.assertIn(('reading',), unique_columns(self.table))
        self.assertEqual(column_type(self.table, 'reading'), 'bigint')

    def test_without_a_worker_the_change_is_refused(self):
        self.worker_running.return_value = False
        response = self.client.patch(self.field_url(), {'type': 'integer'}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_503_SERVICE_UNAVAILABLE)
        self.assertFalse(conversion_jobs().exists())
        self.assert_unchanged()

    def test_a_bulk_update_is_refused_for_the_field_rather_than_queued(self):
        url = reverse(f'{base.API_NAMESPACE}:customobjecttypefield-list')
        response = self.client.patch(url, [{'id': self.reading.pk, 'type': 'integer'}], format='json',
                                     **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn('send it alone', str(response.data))
        self.assertFalse(conversion_jobs().exists())
        self.assert_unchanged()

    def test_a_value_shared_during_the_conversion_fails_the_job_of_a_unique_field(self):
        self.reading.unique = True
        self.reading.save()
        row = CustomObjectTypeField.objects.get(pk=self.reading.pk)
        row.type = 'integer'
        row.full_clean()
        model = self.cot.get_model()

        def progress(step, converted, total):
            if step == 'converting' and converted == 2:  # ('02' is another text, the same number)
                model.objects.filter(pk=self.pks[0]).update(reading='02')

        with self.assertRaisesMessage(ConversionRefused, 'objects came to share a value'):
            convert_field(queued_change(row), self.user, progress, batch_size=2)
        self.readings = ('02', '2', ' 3 ', None, '40')
        self.assert_unchanged()
        self.assertIn(('reading',), unique_columns(self.table))

    def test_values_that_would_not_convert_are_refused_up_front(self):
        self.cot.get_model().objects.filter(pk=self.pks[1]).update(reading='two')
        response = self.client.patch(self.field_url(), {'type': 'integer'}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn(f'#{self.pks[1]}', str(response.data['type']))
        self.assertFalse(conversion_jobs().exists())

    def test_a_value_written_after_the_request_fails_the_job_and_changes_nothing(self):
        job = self.queue_change({'type': 'integer'})
        self.cot.get_model().objects.filter(pk=self.pks[0]).update(reading='one')
        self.readings = ('one', '2', ' 3 ', None, '40')
        self.run_jobs()
        job.refresh_from_db()
        self.assertEqual(job.status, JobStatusChoices.STATUS_FAILED)
        self.assertIn('cannot be converted', str(job.log_entries))
        self.assert_unchanged()

    def test_a_field_edited_after_the_request_fails_the_job(self):
        job = self.queue_change({'type': 'integer'})
        response = self.client.patch(self.field_url(), {'label': 'Reading'}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.run_jobs()
        job.refresh_from_db()
        self.assertEqual(job.status, JobStatusChoices.STATUS_FAILED)
        self.assertIn('changed after this change was queued', str(job.log_entries))
        self.assert_unchanged()

    def test_the_field_cannot_be_changed_or_deleted_while_its_column_is_converted(self):
        self.add_permissions(f'{PLUGIN}.delete_customobjecttypefield')
        row = CustomObjectTypeField.objects.get(pk=self.reading.pk)
        row.type = 'integer'
        row.full_clean()
        answers = []

        def progress(step, converted, total):
            if step == 'converting' and converted == 2:
                for method, body in (('patch', {'name': 'renamed'}), ('patch', {'label': 'Reading'}),
                                     ('delete', None)):
                    response = getattr(self.client, method)(self.field_url(), body, format='json', **self.header)
                    answers.append((response.status_code, str(response.data)))
                # the objects are written as usual; a value the new type cannot hold is a 400, not a 500
                for reading in ('seven', '7'):
                    response = self.client.patch(object_url, {'reading': reading}, format='json', **self.header)
                    written.append((response.status_code, str(response.data)))

        model = self.cot.get_model()
        base.grant(self.user, model, ['view', 'change'])
        object_url = reverse(f'{base.API_NAMESPACE}:customobject-detail',
                             kwargs={'custom_object_type': 'gauges', 'pk': self.pks[4]})
        written = []
        convert_field(queued_change(row), self.user, progress, batch_size=2)
        self.assertEqual([code for code, _text in answers], [400, 400, 400])
        self.assertEqual([code for code, _text in written], [400, 200])
        self.assertIn('The database cannot store a value', written[0][1])
        self.assertTrue(all('A background job is changing the type of the field reading' in text
                            for _code, text in answers))
        self.reading.refresh_from_db()
        self.assertEqual((self.reading.name, self.reading.label, self.reading.type), ('reading', '', 'integer'))
        self.assertEqual(self.values('reading'), [1, 2, 3, None, 7])

    def test_a_failure_part_way_leaves_the_old_definition_and_values(self):
        job = self.queue_change({'type': 'integer'})
        with mock.patch('netbox_custom_objects.field_conversion.BATCH_SIZE', 2), \
                mock.patch('netbox_custom_objects.field_conversion.ColumnConversion.swap',
                           side_effect=RuntimeError('worker lost')):
            self.run_jobs()
        job.refresh_from_db()
        self.assertEqual(job.status, JobStatusChoices.STATUS_ERRORED)
        self.assert_unchanged()


@threshold(2)
class BackgroundConversionFormTest(GaugeMixin, TestCase):

    def setUp(self):
        super().setUp()
        from users.models import User

        self.user = User.objects.create_user(username='designer', is_superuser=True)
        self.client.force_login(self.user)

    def form_data(self, **changes):
        return {
            'custom_object_type': self.cot.pk, 'name': 'reading', 'type': 'text', 'search_weight': 500,
            'filter_logic': 'loose', 'ui_visible': 'always', 'ui_editable': 'yes', 'weight': 100,
            'on_delete_behavior': 'set_null', **changes,
        }

    def test_the_edit_form_queues_the_job_and_links_it(self):
        url = reverse(f'plugins:{PLUGIN}:customobjecttypefield_edit', args=[self.reading.pk])
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, self.form_data(type='integer'), follow=True)
        job = conversion_jobs().get()
        self.assertEqual(response.redirect_chain[0][0], job.get_absolute_url())
        self.assertContains(response, 'runs as a background job')
        self.assertContains(response, f'href="{job.get_absolute_url()}"')
        self.reading.refresh_from_db()
        self.assertEqual(self.reading.type, 'text')
        self.run_jobs()
        self.reading.refresh_from_db()
        self.assertEqual(self.reading.type, 'integer')
        self.assertEqual(self.values('reading'), [1, 2, 3, None, 40])

    def test_object_writes_during_the_conversion_are_converted_or_refused_without_an_error(self):
        row = CustomObjectTypeField.objects.get(pk=self.reading.pk)
        row.type = 'integer'
        row.full_clean()
        model = self.cot.get_model()
        url = reverse(f'plugins:{PLUGIN}:customobject_edit', kwargs={'custom_object_type': 'gauges',
                                                                       'pk': self.pks[0]})
        answers = []

        def progress(step, converted, total):
            if step == 'converting' and converted == 2:
                for reading in ('seven', '7'):
                    response = self.client.post(url, {'title': 'G0', 'reading': reading})
                    answers.append((response.status_code, response.content.decode()))

        convert_field(queued_change(row), self.user, progress, batch_size=2)
        (refused_status, refused_page), (saved_status, _page) = answers
        self.assertEqual((refused_status, saved_status), (200, 302))
        self.assertIn('a field may be changing type in a background job', refused_page)
        self.assertEqual(model.objects.filter(pk=self.pks[0]).values_list('title', flat=True).get(), 'G0')
        self.assertEqual(self.values('reading'), [7, 2, 3, None, 40])

    def test_picking_another_type_tells_the_cost_before_saving(self):
        url = reverse(f'plugins:{PLUGIN}:customobjecttypefield_edit', args=[self.reading.pk])
        response = self.client.get(url, {'type': 'integer'}, headers={'HX-Request': 'true'})
        self.assertContains(response, 'Changing the type rewrites the table of 5 objects. With more than 2 objects '
                                      'it runs as a background job')
        for unchanged in ({}, {'type': 'longtext'}):  # (varchar to text: no rewrite)
            self.assertNotContains(self.client.get(url, unchanged), 'rewrites the table')
        with threshold(10):
            response = self.client.get(url, {'type': 'integer'})
        self.assertContains(response, 'Changing the type rewrites the table of 5 objects when you save')
        self.reading.refresh_from_db()
        self.assertEqual(self.reading.type, 'text')

    def test_without_a_worker_the_form_says_so_and_changes_nothing(self):
        self.worker_running.return_value = False
        url = reverse(f'plugins:{PLUGIN}:customobjecttypefield_edit', args=[self.reading.pk])
        response = self.client.post(url, self.form_data(type='integer'), follow=True)
        self.assertEqual(response.redirect_chain[0][0], url)
        self.assertContains(response, 'no background worker is running. Nothing was changed.')
        self.reading.refresh_from_db()
        self.assertEqual(self.reading.type, 'text')
        self.assertFalse(conversion_jobs().exists())

    def test_other_edits_are_saved_by_the_form_as_before(self):
        url = reverse(f'plugins:{PLUGIN}:customobjecttypefield_edit', args=[self.reading.pk])
        response = self.client.post(url, self.form_data(label='Reading'))
        self.assertEqual(response.status_code, 302)
        self.reading.refresh_from_db()
        self.assertEqual(self.reading.label, 'Reading')
        self.assertFalse(conversion_jobs().exists())


class OnlineConversionConcurrencyTest(CustomObjectsTestMixin, TransactionTestCase):
    """The conversion's steps commit as in a worker, while another connection reads and writes the table.
    Committed data is removed by the test itself (as tests/dynamic_models/test_deleted_elsewhere.py)."""

    def setUp(self):
        from users.models import User

        self.started = timezone.now()
        self.user = User.objects.create_user(username='converter', is_superuser=True)
        self.cot = self.create_custom_object_type(name='meter', slug='meters')
        self.reading = self.create_custom_object_type_field(self.cot, name='reading')
        model = self.cot.get_model()
        self.pks = [model.objects.create(reading=str(n)).pk for n in range(30)]
        self.table = table_name(self.cot.pk)
        db = settings.DATABASES['default']
        self.other = psycopg.connect(host=db['HOST'] or 'localhost', port=db['PORT'] or 5432, user=db['USER'],
                                     password=db['PASSWORD'], dbname=db['NAME'], autocommit=True)
        # a read that waited for a lock would fail at once instead of waiting
        self.other.execute("SET lock_timeout = '100ms'")

    def _fixture_teardown(self):
        from netbox_custom_objects.dynamic_models import model_cache

        self.other.close()
        model_cache.sync()
        for custom_object_type in CustomObjectType.objects.filter(pk=self.cot.pk):
            custom_object_type.delete()
        ObjectChange.objects.filter(user=self.user).delete()
        Job.objects.filter(created__gte=self.started).delete()  # (the search re-index the type change queued)
        self.user.delete()

    def queued(self):
        row = CustomObjectTypeField.objects.get(pk=self.reading.pk)
        row.type = 'integer'
        row.full_clean()
        return queued_change(row)

    def read(self, pk):
        return self.other.execute(f'SELECT reading FROM "{self.table}" WHERE id = %s', [pk]).fetchone()[0]

    def write(self, pk, value):
        self.other.execute(f'UPDATE "{self.table}" SET reading = %s WHERE id = %s', [value, pk])

    def values(self):
        self.cot.refresh_from_db()
        return list(self.cot.get_model().objects.order_by('pk').values_list('reading', flat=True))

    def test_reads_and_writes_go_on_during_the_backfill_and_no_write_is_left_unconverted(self):
        during = []

        def progress(step, converted, total):
            if step != 'converting' or not 0 < converted < total:
                return
            # a second connection reads while the conversion runs, never waiting for a lock
            during.append(self.read(self.pks[converted - 1]))
            # and writes: to a row already converted, and a new object (through the model as it is now)
            self.write(self.pks[0], str(100 + converted))
            self.cot.get_model().objects.create(reading=str(200 + converted))
            # a value that would not convert is refused by the database, not stored unconverted
            with self.assertRaises(psycopg.errors.InvalidTextRepresentation):
                self.write(self.pks[1], 'not a number')

        convert_field(self.queued(), self.user, progress, batch_size=10)
        self.assertEqual(during, ['9', '19'])
        self.assertEqual(column_type(self.table, 'reading'), 'bigint')
        self.assertEqual(self.values(), [120, *range(1, 30), 210, 220])
        self.reading.refresh_from_db()
        self.assertEqual(self.reading.type, 'integer')

    def test_a_failure_part_way_leaves_the_old_definition_and_data(self):
        def progress(step, converted, total):
            if step == 'converting' and converted >= 10:
                raise RuntimeError('worker lost')

        with self.assertRaises(RuntimeError):
            convert_field(self.queued(), self.user, progress, batch_size=10)
        self.reading.refresh_from_db()
        self.assertEqual(self.reading.type, 'text')
        self.assertEqual(column_type(self.table, 'reading'), 'character varying')
        self.assertEqual(self.values(), [str(n) for n in range(30)])
        self.assertFalse({c for c in column_names(self.table) if c.startswith('_nco')})
        triggers = self.other.execute('SELECT count(*) FROM pg_trigger WHERE tgrelid = %s::regclass AND NOT '
                                      'tgisinternal', [self.table]).fetchone()[0]
        self.assertEqual(triggers, 0)
        self.write(self.pks[1], 'not a number')  # (no conversion in force any more)
