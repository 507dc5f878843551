"""Per-type NetBox features (journal, contacts, image attachments, change logging) and menu placement (weight, a
top-level menu of its own). The defaults keep what every existing type had."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('netbox_custom_objects', '0006_unique_constraints'),
    ]

    operations = [
        migrations.AddField(
            model_name='customobjecttype',
            name='journal_enabled',
            field=models.BooleanField(default=True),
        ),
        migrations.AddField(
            model_name='customobjecttype',
            name='contacts_enabled',
            field=models.BooleanField(default=True),
        ),
        migrations.AddField(
            model_name='customobjecttype',
            name='image_attachments_enabled',
            field=models.BooleanField(default=False),
        ),
        migrations.AddField(
            model_name='customobjecttype',
            name='change_logging_enabled',
            field=models.BooleanField(default=True),
        ),
        migrations.AddField(
            model_name='customobjecttype',
            name='menu_weight',
            field=models.PositiveSmallIntegerField(default=100),
        ),
        migrations.AddField(
            model_name='customobjecttype',
            name='menu_name',
            field=models.CharField(blank=True, max_length=100),
        ),
    ]
