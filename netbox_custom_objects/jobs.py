"""Background jobs: rebuilding the global search cache of a custom object type."""

import logging

from core.choices import JobStatusChoices
from core.models import Job, ObjectType
from netbox.jobs import JobRunner
from netbox.search import get_indexer
from netbox.search.backends import search_backend

from .branching.context import branch_activated
from .display_search import displayed_relations
from .models import CustomObjectType

__all__ = (
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
