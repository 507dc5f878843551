"""Development data for `make run`: the admin user, an API token and a small demo of custom objects.

Run by dev/bootstrap.sh with the dev environment (NETBOX_ROOT, NCO_* variables); safe to run again: everything is
looked up before it is created. Field types that are not implemented yet are skipped with a note, so the demo grows
with the plugin.

The API token is a NetBox v2 token, whose secret the database keeps only as a digest; its plaintext is kept in
$NETBOX_ROOT/admin_token.<database name> so that a re-run can print it again (a new token is made when that file
is missing or stale).
"""

import os
import sys
from pathlib import Path

import django

os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'netbox.settings')
django.setup()

from django.apps import apps  # noqa: E402
from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.exceptions import ValidationError  # noqa: E402
from django.db import transaction  # noqa: E402

from core.models import ObjectType  # noqa: E402
from dcim.models import Site  # noqa: E402
from extras.models import CustomFieldChoiceSet  # noqa: E402
from users.constants import TOKEN_PREFIX  # noqa: E402
from users.models import Token  # noqa: E402

from netbox_custom_objects.constants import APP_LABEL  # noqa: E402
from netbox_custom_objects.field_types import FIELD_TYPE_CLASS  # noqa: E402
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField  # noqa: E402

USERNAME = PASSWORD = 'admin'
BASE_URL = f'http://127.0.0.1:{os.environ.get("NCO_PORT") or 8000}'  # where make run serves
TOKEN_FILE = Path(settings.NETBOX_ROOT) / f'admin_token.{settings.DATABASES["default"]["NAME"]}'


def say(message=''):
    print(message, flush=True)


#
# Admin user and API token
#

def ensure_admin():
    user = get_user_model().objects.filter(username=USERNAME).first()
    if user is None:
        user = get_user_model().objects.create_superuser(USERNAME, 'admin@example.com', PASSWORD)
    elif not (user.is_superuser and user.is_active and user.check_password(PASSWORD)):
        user.is_superuser = user.is_staff = user.is_active = True
        user.set_password(PASSWORD)
        user.save()
    return user


def stored_token(user):
    """The token saved by an earlier run, when it still exists and still matches its digest."""
    try:
        key, plaintext = TOKEN_FILE.read_text().strip().removeprefix(TOKEN_PREFIX).split('.', 1)
    except (OSError, ValueError):
        return None
    token = Token.objects.filter(user=user, key=key, enabled=True).first()
    if token and not token.is_expired and token.validate(plaintext):
        return f'{TOKEN_PREFIX}{key}.{plaintext}'
    return None


def ensure_token(user):
    if value := stored_token(user):
        return value
    token = Token(user=user, description='Created by dev/demo.py (make run)')
    token.full_clean()
    token.save()
    value = f'{TOKEN_PREFIX}{token.key}.{token.token}'
    TOKEN_FILE.write_text(value + '\n')
    TOKEN_FILE.chmod(0o600)
    return value


#
# Demo definitions
#

SITES = [('Demo DC North', 'demo-dc-north'), ('Demo DC South', 'demo-dc-south')]

CHOICE_SETS = {
    'Demo scope status': [['active', 'Active'], ['planned', 'Planned'], ['retired', 'Retired']],
    'Demo DHCP protocol': [['v4', 'DHCPv4'], ['v6', 'DHCPv6']],
}


def scope_fields(context):
    return [
        {'name': 'name', 'type': 'text', 'primary': True, 'required': True, 'unique': True},
        {'name': 'description', 'type': 'longtext'},
        {'name': 'lease_hours', 'type': 'integer', 'default': 24, 'validation_minimum': 1,
         'validation_maximum': 8760},
        {'name': 'enabled', 'type': 'boolean', 'default': True},
        {'name': 'start_date', 'type': 'date'},
        {'name': 'documentation', 'type': 'url'},
        {'name': 'options', 'type': 'json'},
        {'name': 'status', 'type': 'select', 'choice_set': context['Demo scope status'], 'default': 'active'},
    ]


def relay_fields(context):
    return [
        {'name': 'name', 'type': 'text', 'primary': True, 'required': True, 'unique': True},
        {'name': 'scope', 'type': 'object', 'related_object_type': context['scope_type'],
         'related_name': 'relays'},
        {'name': 'site', 'type': 'object', 'related_object_type': context['site_type'],
         'related_name': 'dhcp_relays'},
        {'name': 'backup_scopes', 'type': 'multiobject', 'related_object_type': context['scope_type']},
        {'name': 'protocols', 'type': 'multiselect', 'choice_set': context['Demo DHCP protocol']},
        {'name': 'weight_factor', 'type': 'decimal'},
        {'name': 'last_seen', 'type': 'datetime'},
        {'name': 'location', 'type': 'coordinates'},
    ]


def scope_objects(context):
    return [
        {'name': 'north-office', 'description': 'Office clients, *north* campus', 'lease_hours': 12,
         'enabled': True, 'start_date': '2024-01-15', 'documentation': 'https://wiki.example.com/dhcp/north',
         'options': {'dns': ['10.0.0.53'], 'domain': 'north.example.com'}, 'status': 'active'},
        {'name': 'south-lab', 'description': 'Lab network', 'lease_hours': 1, 'enabled': False,
         'start_date': '2025-03-01', 'options': {'dns': ['10.1.0.53']}, 'status': 'planned'},
    ]


def relay_objects(context):
    scopes = context['scopes']
    return [
        {'name': 'relay-north-1', 'scope': scopes.get('north-office'), 'site': context['sites']['demo-dc-north'],
         'backup_scopes': [s for s in scopes.values() if s.name != 'north-office'], 'protocols': ['v4', 'v6'],
         'weight_factor': '1.50', 'last_seen': '2025-06-01T08:30:00Z', 'location_latitude': '59.329300',
         'location_longitude': '18.068600'},
        {'name': 'relay-south-1', 'scope': scopes.get('south-lab'), 'site': context['sites']['demo-dc-south'],
         'protocols': ['v4'], 'weight_factor': '0.75'},
    ]


#
# Creation, idempotent
#

def ensure_type(name, slug, **attributes):
    cot = CustomObjectType.objects.filter(name=name).first()
    if cot is None:
        cot = CustomObjectType(name=name, slug=slug, **attributes)
        cot.full_clean()
        cot.save()
        say(f'  type {name}: created (#{cot.pk})')
    else:
        say(f'  type {name}: exists (#{cot.pk})')
    return cot


def attempt(label, action):
    """Run `action`, reporting instead of raising: a field type that is still being written must not stop the
    dev server from starting. Returns whether it succeeded."""
    try:
        with transaction.atomic():
            action()
    except ValidationError as e:
        say(f'    {label}: skipped, rejected: {"; ".join(e.messages)}')
        return False
    except Exception as e:
        say(f'    {label}: skipped, FAILED: {type(e).__name__}: {e}')
        return False
    return True


def create(instance, many_to_many=None):
    instance.full_clean()
    instance.save()
    for name, value in (many_to_many or {}).items():
        getattr(instance, name).set(value)


def ensure_fields(cot, specs):
    existing = set(cot.fields.values_list('name', flat=True))
    for weight, spec in enumerate(specs, start=1):
        label = f'field {spec["name"]} ({spec["type"]})'
        if spec['name'] in existing:
            continue
        if spec['type'] not in FIELD_TYPE_CLASS:
            say(f'    {label}: skipped, the field type is not implemented yet')
            continue
        field = CustomObjectTypeField(custom_object_type=cot, weight=weight * 10, **spec)
        if attempt(label, lambda f=field: create(f)):
            say(f'    {label}: created')


def ensure_objects(cot, rows):
    """Create the rows whose name is not taken; values of fields the type lacks are left out."""
    objects = {}
    if not attempt(f'objects of {cot.name}', lambda: objects.update(_ensure_objects(cot, rows))):
        return {}
    return objects


def _ensure_objects(cot, rows):
    model = cot.get_model()
    fields = {f.name: f for f in (*model._meta.concrete_fields, *model._meta.many_to_many)}
    created = 0
    for row in rows:
        if model.objects.filter(name=row['name']).exists():
            continue
        values = {k: v for k, v in row.items() if k in fields and not fields[k].many_to_many}
        many = {k: v for k, v in row.items() if k in fields and fields[k].many_to_many}
        created += attempt(f'object {row["name"]}', lambda: create(model(**values), many))
    say(f'    objects: {model.objects.count()} ({created} new)')
    return {obj.name: obj for obj in model.objects.all()}


def model_object_type(cot):
    return ObjectType.objects.get(app_label=APP_LABEL, model=f'table{cot.pk}model')


def build_demo():
    context = {}
    context['sites'] = {
        slug: Site.objects.get_or_create(slug=slug, defaults={'name': name})[0] for name, slug in SITES
    }
    for name, choices in CHOICE_SETS.items():
        context[name] = CustomFieldChoiceSet.objects.get_or_create(name=name, defaults={'extra_choices': choices})[0]
    context['site_type'] = ObjectType.objects.get_for_model(Site)

    scope = ensure_type('dhcp_scope', 'dhcp-scopes', verbose_name='DHCP scope', group_name='Demo',
                        description='Demo: an address scope served by DHCP')
    ensure_fields(scope, scope_fields(context))
    context['scope_type'] = model_object_type(scope)
    context['scopes'] = ensure_objects(scope, scope_objects(context))

    relay = ensure_type('dhcp_relay', 'dhcp-relays', verbose_name='DHCP relay', group_name='Demo',
                        description='Demo: a relay pointing at a scope and a site')
    ensure_fields(relay, relay_fields(context))
    ensure_objects(relay, relay_objects(context))


def main():
    # Load the generated models first, as a server does at its first request: a first `get_model()` in a fresh
    # process otherwise builds its class twice (see the development notes of the dynamic_models package).
    apps.get_models()
    user = ensure_admin()
    token = ensure_token(user)
    say('Demo data')
    build_demo()
    say()
    say(f'  NetBox:      {BASE_URL}/  (user {USERNAME!r}, password {PASSWORD!r})')
    say(f'  API token:   {token}')
    say(f'  API example: curl -H "Authorization: Bearer {token}" {BASE_URL}/api/status/')
    return 0


if __name__ == '__main__':
    sys.exit(main())
