"""Compound and conditional unique constraints of custom object types (models/unique_constraints.py). The indexes
they define live on the types' tables, created and dropped by the receivers, not by this migration."""

import django.db.models.deletion
import netbox.models.deletion
import netbox_custom_objects.models.replay
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('netbox_custom_objects', '0005_upstream_accessors_and_schema_document'),
    ]

    operations = [
        migrations.CreateModel(
            name='CustomObjectTypeUniqueConstraint',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                ('created', models.DateTimeField(auto_now_add=True, null=True)),
                ('last_updated', models.DateTimeField(auto_now=True, null=True)),
                ('name', models.CharField(max_length=100)),
                ('field_ids', models.JSONField(default=list)),
                ('case_insensitive', models.BooleanField(default=False)),
                ('condition_value', models.JSONField(blank=True, null=True)),
                ('description', models.CharField(blank=True, max_length=200)),
                ('condition_field', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.RESTRICT, related_name='+', to='netbox_custom_objects.customobjecttypefield')),
                ('custom_object_type', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='unique_constraints', to='netbox_custom_objects.customobjecttype')),
            ],
            options={
                'verbose_name': 'Unique Constraint',
                'verbose_name_plural': 'Unique Constraints',
                'ordering': ('custom_object_type', 'name'),
                'constraints': [models.UniqueConstraint(fields=('custom_object_type', 'name'), name='netbox_custom_objects_customobjecttypeuniqueconstraint_unique_name', violation_error_message='This type already has a unique constraint of this name.')],
            },
            bases=(netbox_custom_objects.models.replay.ReplayableDefinitionMixin, netbox.models.deletion.DeleteMixin, models.Model),
        ),
    ]
