"""Background jobs: rebuilding the global search cache of a custom object type; converting a field's column to
another type on a big type (field_conversion.py)."""

import logging

from django.conf import settings

from core.choices import JobStatusChoices
from core.exceptions import JobFailed
from core.models import Job, ObjectType
from netbox.jobs import JobRunner
from netbox.search import get_indexer
from netbox.search.backends import search_backend
from netbox.settings_utils import parse_job_timeout
from utilities.exceptions import RQWorkerNotRunningException
from utilities.rqworker import any_workers_for_queue

from .branching.context import branch_activated
from .display_search import displayed_relations
from .field_conversion import ConversionRefused, convert_field, queued_change
from .models import CustomObjectType

__all__ = (
    'ConvertFieldJob',
    'ReindexCustomObjectTypeJob',
)

logger = logging.getLogger('netbox_custom_objects.jobs')


class ReindexCustomObjectTypeJob(JobRunner):
    """Re-cache every object of one type for global search (after its searchable fields or weights changed), in
    main or in the branch whose definition changed (the job runs in that branch: a branch has its own search
    cache)."""

    class Meta:
        name = 'Reindex Custom Object Type'

    @classmethod
    def job_name(cls, custom_object_type, branch=None):
        return f'{cls.name}: {custom_object_type.name}' + (f' (branch {branch})' if branch else '')

    @classmethod
    def enqueue_for(cls, cot_id, branch=None):
        """Enqueue a reindex of type `cot_id` (in branch `branch`, a schema id) unless one is already waiting (a
        running one may have read the old definition, so it does not count). Returns the job, or None when the
        type (or the branch) no longer exists."""
        try:
            with branch_activated(branch):
                custom_object_type = CustomObjectType.objects.filter(pk=cot_id).first()
        except LookupError:
            return None
        if custom_object_type is None:
            return None
        name = cls.job_name(custom_object_type, branch)
        waiting = Job.objects.filter(name=name, status__in=(
            JobStatusChoices.STATUS_PENDING, JobStatusChoices.STATUS_SCHEDULED,
        )).first()
        if waiting is not None:
            return waiting
        job = cls.enqueue(name=name, cot_id=cot_id, branch=branch)
        job.data = {'cot_id': cot_id, 'job_class': cls.__name__, **({'branch': branch} if branch else {})}
        job.save(update_fields=('data',))
        return job

    def run(self, cot_id, *args, branch=None, **kwargs):
        try:
            with branch_activated(branch):
                self._reindex(cot_id)
        except LookupError as e:
            self.logger.info(f'Nothing to reindex: {e}.')

    def _reindex(self, cot_id):
        custom_object_type = CustomObjectType.objects.filter(pk=cot_id).first()
        if custom_object_type is None:
            self.logger.info(f'Custom object type {cot_id} no longer exists; nothing to reindex.')
            return
        model = custom_object_type.get_model()
        object_type = ObjectType.objects.get_for_model(model)
        removed = search_backend.clear(object_types=[object_type])
        cached = search_backend.cache(
            _indexed_objects(model).iterator(chunk_size=2000), indexer=get_indexer(model), remove_existing=False,
        )
        self.logger.info(f'Reindexed {custom_object_type}: {removed} cached values removed, {cached} written.')


def _timeout(rows):
    """RQ stops a job after RQ_DEFAULT_TIMEOUT (5 minutes by default): a conversion gets more on a big type (a million
    rows took 33 s on a busy 2-core machine; this allows 700 s)."""
    configured = parse_job_timeout(settings.RQ_DEFAULT_TIMEOUT)
    return -1 if configured is None else max(configured, 300 + rows // 2500)  # (-1: no limit, as configured)


def _indexed_objects(model):
    """The objects with the relations their display values read fetched in bulk."""
    select, prefetch = [], []
    displayed = displayed_relations(model._snapshot)  # read by the display expression (`_display`)
    for field in model._snapshot.fields:
        if field.search_weight or field in displayed:
            select.extend(field.field_type.select_related(field))
            prefetch.extend(field.field_type.prefetch_related(field))
    objects = model.objects.select_related(*select) if select else model.objects.all()  # (no arguments: every FK)
    return objects.prefetch_related(*prefetch)


class ConvertFieldJob(JobRunner):
    """A field change that rewrites a big table, made online (field_conversion.py). The job's data tells its
    progress: {'field': id, 'step': ..., 'converted': rows, 'rows': total}; its log, every tenth of the rows."""

    class Meta:
        name = 'Convert Custom Object Type Field'

    @classmethod
    def enqueue_for(cls, row, user, request_id=None, plan=None):
        """Queue the change of `row` (edited and validated, not saved) by `user`. Returns the job. Refused
        (RQWorkerNotRunningException, a 503 in the REST API) when no RQ worker would run it, as NetBox refuses its own
        background writes: the change would otherwise wait unseen."""
        if not any_workers_for_queue('default'):  # (the queue of jobs without an object: Job.enqueue)
            raise RQWorkerNotRunningException()
        queued = queued_change(row, request_id, getattr(row, '_changelog_message', None) or '')
        name = f'{cls.name}: {row.custom_object_type.name}.{row.stored_row().name}'
        job = cls.enqueue(name=name, user=user, queued=queued, job_timeout=_timeout(plan.rows if plan else 0))
        job.data = {'field': row.pk, 'step': 'queued', 'converted': 0, 'rows': plan.rows if plan else None,
                    'changes': sorted(queued.changes)}
        job.save(update_fields=('data',))
        return job

    def run(self, queued, *args, **kwargs):
        reported = [-1]

        def progress(step, converted, total):
            self.job.data = {**(self.job.data or {}), 'step': step, 'converted': converted, 'rows': total}
            self.job.save(update_fields=('data',))
            tenth = converted * 10 // total if total else 10
            if step != 'converting' or tenth > reported[0]:
                reported[0] = tenth if step == 'converting' else reported[0]
                self.logger.info(f'{step}: {converted} of {total} objects')

        try:
            convert_field(queued, self.job.user, progress)
        except ConversionRefused as e:
            self.logger.error(str(e))
            raise JobFailed(str(e))
