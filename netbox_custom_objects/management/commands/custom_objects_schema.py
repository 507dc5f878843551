"""`netbox custom_objects_schema`: the portable schema from the command line.

    netbox custom_objects_schema export [--types slug,...] [--format yaml|json] [FILE]
    netbox custom_objects_schema plan FILE
    netbox custom_objects_schema apply FILE [--allow-destructive] [--user USERNAME]

FILE "-" (the default for export) is standard output or input. `--user` records the changes in the change log under
that user, as if made in the UI.
"""

import sys
import uuid
from contextlib import nullcontext
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from netbox.context_managers import event_tracking
from utilities.request import NetBoxFakeRequest

from netbox_custom_objects.models import CustomObjectType
from netbox_custom_objects.schema import (
    FORMATS,
    SchemaError,
    apply_diffs,
    dump_document,
    export_cots,
    load_document,
    plan_document,
)


class Command(BaseCommand):
    help = 'Export custom object types as a schema document, or show and apply the changes a document describes.'

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest='action', required=True, metavar='{export,plan,apply}')
        export = actions.add_parser('export', help='Write the document of some or all types.')
        export.add_argument('--types', help='Comma-separated slugs (default: all types).')
        export.add_argument('--format', choices=FORMATS, default='yaml')
        export.add_argument('file', nargs='?', default='-', help='Output file ("-": standard output).')
        plan = actions.add_parser('plan', help='Show what applying a document would change (nothing is written).')
        plan.add_argument('file', help='A YAML or JSON document ("-": standard input).')
        apply = actions.add_parser('apply', help='Apply a document in one transaction.')
        apply.add_argument('file', help='A YAML or JSON document ("-": standard input).')
        apply.add_argument('--allow-destructive', action='store_true',
                           help='Remove tombstoned fields and delete removed types, with their data.')
        apply.add_argument('--user', help='Record the changes in the change log under this user.')

    def handle(self, *args, action, **options):
        try:
            getattr(self, action)(**options)
        except SchemaError as e:
            raise CommandError(str(e)) from e

    def export(self, types=None, format='yaml', file='-', **options):
        cots = CustomObjectType.objects.order_by('name')
        if types:
            slugs = [slug.strip() for slug in types.split(',') if slug.strip()]
            found = {cot.slug: cot for cot in cots.filter(slug__in=slugs)}
            if unknown := [slug for slug in slugs if slug not in found]:
                raise CommandError(f'Unknown custom object types: {", ".join(unknown)}')
            cots = [found[slug] for slug in dict.fromkeys(slugs)]
        if not cots:
            raise CommandError('There are no custom object types to export.')
        text = dump_document(export_cots(cots), format=format)
        if file == '-':
            self.stdout.write(text, ending='')
        else:
            Path(file).write_text(text, encoding='utf-8')

    def plan(self, file, **options):
        diffs = plan_document(self.read(file))
        self.report(diffs)

    def apply(self, file, allow_destructive=False, user=None, **options):
        document = self.read(file)
        diffs = plan_document(document)
        type_defs = {type_def['slug']: type_def for type_def in document['types']}
        with event_tracking(self.fake_request(user)) if user else nullcontext():
            apply_diffs(diffs, type_defs, allow_destructive=allow_destructive)
        self.report(diffs)
        self.stdout.write(self.style.SUCCESS('Applied.'))

    def read(self, file):
        try:
            text = sys.stdin.read() if file == '-' else Path(file).read_text(encoding='utf-8')
        except (OSError, UnicodeDecodeError) as e:
            raise CommandError(f'Cannot read {file}: {e}') from e
        return load_document(text, format='json' if file.endswith('.json') else None)

    @staticmethod
    def fake_request(username):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f'Unknown user: {username}')
        return NetBoxFakeRequest({
            'META': {}, 'COOKIES': {}, 'POST': {}, 'GET': {}, 'FILES': {}, 'user': user, 'method': 'POST',
            'path': '', 'id': uuid.uuid4(),
        })

    def report(self, diffs):
        changed = [diff for diff in diffs if diff.has_changes]
        for diff in diffs:
            for line in describe(diff):
                self.stdout.write(line)
            for warning in diff.warnings:
                self.stdout.write(self.style.WARNING(f'  warning: {warning}'))
        destructive = sum(diff.has_destructive_changes for diff in diffs)
        self.stdout.write(f'{len(diffs)} type(s): {len(changed)} with changes, {destructive} destructive.')


def describe(diff):
    """Lines describing one COTDiff."""
    if diff.is_delete:
        return [f'- {diff.slug}: delete type (destructive)']
    state = 'new type' if diff.is_new else 'changed' if diff.has_changes else 'no changes'
    lines = [f'{"+" if diff.is_new else "~" if diff.has_changes else "="} {diff.slug}: {state}']
    if not diff.is_new:
        lines += [f'    {attr}: {db!r} -> {schema!r}' for attr, (db, schema) in diff.cot_changes.items()]
    for change in diff.field_changes:
        sign = {'add': '+', 'remove': '-', 'alter': '~'}[change.op]
        name = f'{change.db_name} -> {change.name}' if change.is_rename else change.name
        note = ' (destructive)' if change.is_destructive else ''
        lines.append(f'  {sign} {change.op} field {name} (id {change.schema_id}){note}')
        lines += [f'      {attr}: {db!r} -> {schema!r}' for attr, (db, schema) in change.changed_attrs.items()
                  if attr != 'name']
    return lines
