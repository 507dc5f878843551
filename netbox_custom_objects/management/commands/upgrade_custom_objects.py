"""`netbox upgrade_custom_objects`: heal generated tables after a NetBox upgrade, or check a switch from upstream.

    netbox upgrade_custom_objects [--dry-run] [--cot NAME_OR_ID]     add base columns a NetBox upgrade introduced
    netbox upgrade_custom_objects --from-upstream --check            report what adopting a database of upstream
                                                                     netboxlabs-netbox-custom-objects will change
    netbox upgrade_custom_objects --from-upstream                    the same, then adopt it (`netbox migrate`)

The adoption itself is migration 0004 (`migrations/_upstream.py`); `--check` lists its steps for main and for every
branch schema without writing anything, and fails with the reason when the database cannot be adopted.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from netbox_custom_objects.healing import heal_all_types
from netbox_custom_objects.migrations._upstream import Refusal, main_schema, plan, upstream_state
from netbox_custom_objects.models import CustomObjectType


class Command(BaseCommand):
    help = ('Add base columns that a NetBox upgrade introduced to the tables of existing custom object types; with '
            '--from-upstream, check or carry out the switch from netboxlabs-netbox-custom-objects.')

    def add_arguments(self, parser):
        parser.add_argument('--dry-run', action='store_true', help='Report what would change; change nothing.')
        parser.add_argument('--cot', help='Only this custom object type (name or id).')
        parser.add_argument('--from-upstream', action='store_true',
                            help='Adopt a database that netboxlabs-netbox-custom-objects 0.6.1-0.7.x migrated.')
        parser.add_argument('--check', action='store_true',
                            help='With --from-upstream: report what adoption will change; write nothing.')

    def handle(self, *args, dry_run=False, cot=None, from_upstream=False, check=False, verbosity=1, **options):
        if from_upstream:
            return self.from_upstream(check=check or dry_run, verbosity=verbosity)
        if check:
            raise CommandError('--check goes with --from-upstream (use --dry-run for healing).')
        return self.heal(dry_run=dry_run, cot=cot, verbosity=verbosity)

    # Switching from upstream

    def from_upstream(self, *, check, verbosity):
        schemas = self.upstream_schemas()
        if not schemas:
            self.stdout.write('Nothing to adopt: no schema holds upstream netboxlabs-netbox-custom-objects data.')
            return
        for schema in schemas:
            self.report(schema)
        if check:
            self.stdout.write(self.style.SUCCESS(
                'Check passed: nothing was written. Take a database backup, then run "netbox migrate"; open branches '
                'then show "pending migrations": run Migrate on each (UI or API) to adopt them.'))
            return
        call_command('migrate', 'netbox_custom_objects', verbosity=verbosity, interactive=False)

    def upstream_schemas(self):
        """The schemas holding upstream's migration records, main first; CommandError for one that is refused."""
        with connection.cursor() as cursor:
            cursor.execute('SELECT current_schema()')
            main = cursor.fetchone()[0]
            cursor.execute(r"SELECT nspname FROM pg_namespace WHERE nspname LIKE 'branch\_%' ORDER BY nspname")
            schemas = [main] + [row[0] for row in cursor.fetchall()]
            found = []
            for schema in schemas:
                try:
                    if upstream_state(cursor, schema) is not None:
                        found.append(schema)
                except Refusal as e:
                    raise CommandError(str(e)) from e
        return found

    def report(self, schema):
        main = main_schema()
        # The plan reads the catalog only; a transaction rolled back whatever happens keeps it so.
        with transaction.atomic(), connection.cursor() as cursor:
            steps = plan(cursor, schema, main)
            warnings = definition_warnings(cursor, schema)
            transaction.set_rollback(True)
        when = 'with "netbox migrate"' if schema == main else 'when the branch is migrated (its Migrate action)'
        self.stdout.write(self.style.MIGRATE_HEADING(f'Schema {schema}: {len(steps)} step(s), {when}'))
        for step in steps:
            self.stdout.write(f'  - {step.description}')
        for warning in warnings:
            self.stdout.write(self.style.WARNING(f'  ! {warning}'))

    # Healing after a NetBox upgrade

    def heal(self, *, dry_run, cot, verbosity):
        types = CustomObjectType.objects.all()
        if cot:
            types = types.filter(pk=int(cot)) if cot.isdigit() else types.filter(name=cot)
            if not types.exists():
                raise CommandError(f'Unknown custom object type: {cot}')
        reports = heal_all_types(dry_run=dry_run, types=types)
        healed = warnings = 0
        for cot_row, report in reports.items():
            for column in report['added']:
                verb = 'Would add' if dry_run else 'Added'
                self.stdout.write(f'{cot_row.name}: {verb} column {column}')
            for warning in report['warned']:
                self.stdout.write(self.style.WARNING(f'{cot_row.name}: {warning["field"] or ""} {warning["message"]}'))
            healed += bool(report['added'])
            warnings += len(report['warned'])
        if verbosity:
            self.stdout.write(f'{len(reports)} COT(s) checked: {healed} healed, {warnings} warning(s)')


STRICTER_RULES = (
    # (what, SQL over the schema's definition tables) — definitions upstream accepted that ours keeps and serves but
    # refuses to save again unchanged (an edit must fix them first).
    ('type names starting with a digit',
     "SELECT name FROM {schema}.netbox_custom_objects_customobjecttype WHERE name ~ '^[0-9]'"),
    ('field names starting with a digit',
     "SELECT name FROM {schema}.netbox_custom_objects_customobjecttypefield WHERE name ~ '^[0-9]'"),
)


def definition_warnings(cursor, schema):
    warnings = []
    for what, sql in STRICTER_RULES:
        cursor.execute(sql.format(schema=connection.ops.quote_name(schema)))
        names = sorted({row[0] for row in cursor.fetchall()})
        if names:
            warnings.append(f'{what}: {", ".join(names)} (kept and served; fix before editing these definitions)')
    return warnings
