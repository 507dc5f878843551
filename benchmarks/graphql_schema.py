"""Benchmark of the live GraphQL schema (issue: GraphQL).

Run from the project root after `make setup` (uses a scratch database copied from the migrated template):

    source dev/env.sh && python benchmarks/graphql_schema.py [--types 200]

Creates N types of 8 fields (text, integer, decimal, select, multiselect, an object field to Site, coordinates, and
for all but the first ten an object field to one of those ten "hub" types), then prints:
- a cold build of the live schema with N types (a worker's first GraphQL request), median of 3;
- a rebuild after a field is added to one type that no other type points at, and to a hub type (what the next request
  pays after a definition change: the changed type and the types pointing at it are built again), median of 3;
- the cold build converting every type afresh (without reusing NetBox's converted types), and NetBox's own schema
  built from scratch, for comparison;
- a warm request's overhead when nothing changed (the signature query and the cache lookup);
- one list query of 100 objects through the live schema.
"""

import json
import statistics
from pathlib import Path

from scratch import add_field, create_type, run_benchmark, timed

ROOT = Path(__file__).resolve().parent.parent
HUBS = 10


def create_types(count):
    from core.models import ObjectType
    from extras.models import CustomFieldChoiceSet

    from netbox_custom_objects.constants import model_name

    site = ObjectType.objects.get(app_label='dcim', model='site')
    choices = CustomFieldChoiceSet.objects.create(name='bench', extra_choices=[['a', 'A'], ['b', 'B']])
    hubs = []
    for i in range(count):
        specs = [
            {'name': 'name', 'type': 'text', 'primary': True}, {'name': 'count', 'type': 'integer'},
            {'name': 'price', 'type': 'decimal'}, {'name': 'state', 'type': 'select', 'choice_set': choices},
            {'name': 'labels', 'type': 'multiselect', 'choice_set': choices},
            {'name': 'site', 'type': 'object', 'related_object_type': site},
            {'name': 'location', 'type': 'coordinates'},
        ]
        if len(hubs) == HUBS:
            specs.append({'name': 'hub', 'type': 'object', 'related_object_type': ObjectType.objects.get(
                app_label='netbox_custom_objects', model=model_name(hubs[i % HUBS].pk))})
        cot = create_type(f'bench_{i}', specs)
        if len(hubs) < HUBS:
            hubs.append(cot)
    return hubs


def in_process(args):
    import django
    from django.conf import settings

    django.setup()
    import strawberry
    from django.test import RequestFactory
    from strawberry.django.context import StrawberryDjangoContext

    from netbox.graphql.schema import schema as netbox_schema
    from users.models import User

    from netbox_custom_objects.graphql import live
    from netbox_custom_objects.graphql.builder import SchemaBuilder
    from netbox_custom_objects.graphql.live import live_schemas
    from netbox_custom_objects.models import CustomObjectType

    settings.PLUGINS_CONFIG['netbox_custom_objects']['max_custom_object_types'] = 0
    results = {}
    hubs, samples = timed(lambda: create_types(args.types))
    results[f'create {args.types} types of 8 fields (s)'] = samples[0]
    last = CustomObjectType.objects.order_by('-pk').first()

    models = live.current_models()
    builds, samples = timed(lambda: live.build_schema(netbox_schema, models), repeat=3)
    results[f'cold build, {args.types} types (s, median of 3)'] = statistics.median(samples)
    previous = builds
    for label, cot in (('a type nothing points at', last), (f'a hub type ({args.types // HUBS} types point at it)',
                                                            hubs[0])):
        samples = []
        for n in range(3):
            add_field(cot, {'name': f'extra_{n}', 'type': 'text'})
            previous, [sample] = timed(lambda: live.build_schema(netbox_schema, previous=previous))
            samples.append(sample)
        results[f'rebuild after a field is added to {label} (s)'] = statistics.median(samples)
    _, samples = timed(lambda: live.build_schema(netbox_schema, {}), repeat=3)
    results['build with no types (s, median of 3)'] = statistics.median(samples)

    def full_conversion():
        builder = SchemaBuilder(netbox_schema, models)
        builder.build_types()
        return strawberry.Schema(query=builder.query(), config=netbox_schema.config,
                                 extensions=netbox_schema.extensions)

    _, samples = timed(full_conversion)
    results[f'cold build converting every type afresh, {args.types} types (s)'] = samples[0]
    _, samples = timed(lambda: strawberry.Schema(query=netbox_schema.query, config=netbox_schema.config,
                                                 extensions=netbox_schema.extensions))
    results["NetBox's own schema built from scratch (s)"] = samples[0]

    live_schemas.get(netbox_schema)
    _, samples = timed(lambda: live_schemas.get(netbox_schema), repeat=200)
    results['warm request overhead, nothing changed (ms)'] = statistics.median(samples) * 1000

    model = last.get_model()
    model.objects.bulk_create([model(name=f'o{i}', count=i) for i in range(100)])
    request = RequestFactory().post('/graphql/')
    request.user = User.objects.create_user(username='bench', is_superuser=True)
    schema = live_schemas.get(netbox_schema)
    fields = 'id display name count site { name } hub { name }'
    query = f'{{ custom_objects_bench_{args.types - 1}_list {{ {fields} }} }}'
    result, samples = timed(lambda: schema.execute_sync(
        query, context_value=StrawberryDjangoContext(request=request, response=None)), repeat=5)
    assert not result.errors, result.errors
    results['list query of 100 objects (ms, median of 5)'] = statistics.median(samples) * 1000
    print(json.dumps(results))


def main():
    run_benchmark(__file__, in_process, '--types', 200, width=62)


if __name__ == '__main__':
    main()
