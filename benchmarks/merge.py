"""Benchmark of branch merges (issue: native branching).

Run from the project root after `make setup`, with netbox-branching installed (uses a scratch database copied
from the migrated template):

    source dev/env.sh && python benchmarks/merge.py [--changes 1000]

Measured in one process, for each strategy (iterative, squash):
- a branch holding N object changes across 3 custom object types (60 % creates, 30 % updates of objects that
  existed before the branch, 10 % deletes; objects have text, integer, select, object and multiobject values);
- a branch holding the same number and mix of changes to NetBox Sites.
Prints the merge wall times, their ratio, and how many model classes the plugin generated during each merge
(bounded by the number of types and schema changes, not by the number of objects: pitfall per-row-class-regeneration).
"""

import json
import time
import uuid

from scratch import create_type, run_benchmark

TYPES = 3


class BuildCounter:
    """Counts the model classes the plugin's factory builds (wraps the factory function where the cache calls it)."""

    def __init__(self):
        from netbox_custom_objects.dynamic_models import cache

        self.count = 0
        original = cache.build_model

        def counting(*args, **kwargs):
            self.count += 1
            return original(*args, **kwargs)

        cache.build_model = counting


def plan(changes):
    """(creates, updates, deletes) adding up to `changes`."""
    updates, deletes = changes * 3 // 10, changes // 10
    return changes - updates - deletes, updates, deletes


def make_types():
    from core.models import ObjectType
    from extras.models import CustomFieldChoiceSet

    site_type = ObjectType.objects.get(app_label='dcim', model='site')
    choices, _ = CustomFieldChoiceSet.objects.get_or_create(
        name='bench', defaults={'extra_choices': [['a', 'A'], ['b', 'B']]})
    specs = ({'name': 'code', 'type': 'text', 'primary': True}, {'name': 'rank', 'type': 'integer'},
             {'name': 'state', 'type': 'select', 'choice_set': choices},
             {'name': 'site', 'type': 'object', 'related_object_type': site_type},
             {'name': 'sites', 'type': 'multiobject', 'related_object_type': site_type})
    return [create_type(f'bench_{index}', specs) for index in range(TYPES)]


def request_context(user, branch):
    from django.test import RequestFactory

    from netbox.context_managers import event_tracking
    from netbox_branching.utilities import activate_branch

    request = RequestFactory().get('/')
    request.id = uuid.uuid4()
    request.user = user
    return activate_branch(branch), event_tracking(request)


def provision(user, strategy):
    from netbox_branching.models import Branch

    branch = Branch(name=f'bench-{uuid.uuid4().hex[:8]}', merge_strategy=strategy)
    branch.save(provision=False)
    branch.provision(user=user)
    branch.refresh_from_db()
    return branch


def edit_custom_objects(user, branch, types, existing, changes, sites):
    from netbox_custom_objects.models import CustomObjectType

    creates, updates, deletes = plan(changes)
    activation, tracking = request_context(user, branch)
    with activation, tracking:
        models = [CustomObjectType.objects.get(pk=cot.pk).get_model() for cot in types]
        for i in range(creates):
            obj = models[i % TYPES].objects.create(code=f'new-{i}', rank=i, state='a', site=sites[i % len(sites)])
            obj.sites.set(sites[:2])
        for i in range(updates):
            model, pk = existing[i]
            obj = models[model].objects.get(pk=pk)
            obj.snapshot()
            obj.rank, obj.state = -i, 'b'
            obj.save()
        for i in range(deletes):
            model, pk = existing[updates + i]
            obj = models[model].objects.get(pk=pk)
            obj.snapshot()
            obj.delete()


def edit_sites(user, branch, existing, changes):
    from dcim.models import Site

    creates, updates, deletes = plan(changes)
    activation, tracking = request_context(user, branch)
    with activation, tracking:
        for i in range(creates):
            Site.objects.create(name=f'{branch.name}-{i}', slug=f'{branch.name}-{i}', status='active')
        for i in range(updates):
            site = Site.objects.get(pk=existing[i])
            site.snapshot()
            site.description = f'updated {i}'
            site.save()
        for i in range(deletes):
            site = Site.objects.get(pk=existing[updates + i])
            site.snapshot()
            site.delete()


def in_process(args):
    import django

    django.setup()
    from dcim.models import Site
    from users.models import User

    user = User.objects.create_user(username=f'bench-{uuid.uuid4().hex[:6]}', is_superuser=True)
    _, updates, deletes = plan(args.changes)
    needed = updates + deletes
    sites = [Site.objects.create(name=f'target-{i}', slug=f'target-{i}') for i in range(4)]
    types = make_types()
    results = {}
    counter = BuildCounter()
    for strategy in ('iterative', 'squash'):
        # Objects the branches update and delete exist in main before provisioning.
        existing = []
        for i in range(needed):
            model = types[i % TYPES].get_model()
            existing.append((i % TYPES, model.objects.create(code=f'{strategy}-{i}', rank=i, state='a').pk))
        existing_sites = [Site.objects.create(name=f'{strategy}-{i}', slug=f'{strategy}-{i}').pk
                          for i in range(needed)]
        objects_branch, sites_branch = provision(user, strategy), provision(user, strategy)
        edit_custom_objects(user, objects_branch, types, existing, args.changes, sites)
        edit_sites(user, sites_branch, existing_sites, args.changes)

        for label, branch in (('custom objects', objects_branch), ('sites', sites_branch)):
            counter.count = 0
            start = time.perf_counter()
            branch.merge(user=user, commit=True)
            results[f'{strategy}: merge of {args.changes} {label} changes (s)'] = time.perf_counter() - start
            if label == 'custom objects':
                results[f'{strategy}: model classes generated during the merge'] = counter.count
        results[f'{strategy}: ratio custom objects / sites'] = (
            results[f'{strategy}: merge of {args.changes} custom objects changes (s)']
            / results[f'{strategy}: merge of {args.changes} sites changes (s)']
        )
    print(json.dumps(results))


def main():
    run_benchmark(__file__, in_process, '--changes', 1000)


if __name__ == '__main__':
    main()
