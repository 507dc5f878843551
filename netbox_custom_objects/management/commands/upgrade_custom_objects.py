"""`netbox upgrade_custom_objects [--dry-run] [--cot NAME_OR_ID]`: heal generated tables after a NetBox upgrade."""

from django.core.management.base import BaseCommand, CommandError

from netbox_custom_objects.healing import heal_all_types
from netbox_custom_objects.models import CustomObjectType


class Command(BaseCommand):
    help = 'Add base columns that a NetBox upgrade introduced to the tables of existing custom object types.'

    def add_arguments(self, parser):
        parser.add_argument('--dry-run', action='store_true', help='Report what would change; change nothing.')
        parser.add_argument('--cot', help='Only this custom object type (name or id).')

    def handle(self, *args, dry_run=False, cot=None, verbosity=1, **options):
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
