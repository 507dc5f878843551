"""How long the switch from upstream takes: the fixture as it is, then with N synthetic objects (run by hand).

    source dev/env.sh; python dev/upstream_switch_timing.py [N ...]      (default: 0 100000)

For each N: a copy of the NetBox template, tests/switching/upstream_071.sql loaded, N more objects of the fixture's
`server_info` type written in upstream's shape (every column filled, one tenant link and one polymorphic link each),
then `netbox migrate` in a process of its own. Prints the migration's own adoption time (0004) and the whole
command's; drops the scratch database.
"""

import os
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dbtool  # noqa: E402

FIXTURE = dbtool.ROOT / 'tests' / 'switching' / 'upstream_071.sql'

SYNTHETIC = """
INSERT INTO custom_objects_1 (created, last_updated, hostname, notes, cores, price, active, purchased, seen_at,
    homepage, homepage_title, facts, colour, palette, site_id, location_latitude, location_longitude,
    owner_ref_content_type_id, owner_ref_object_id)
SELECT now(), now(), 'synthetic-' || g, 'notes ' || g, g, 1234.56, g % 2 = 0, date '2024-01-01' + g % 365, now(),
    'https://example.com/' || g, '', jsonb_build_object('n', g), 'red', ARRAY['red', 'blue']::varchar(50)[],
    1 + g % 3, 48.856613, 2.352222,
    (SELECT id FROM django_content_type WHERE app_label = 'dcim' AND model = 'site'), 1
FROM generate_series(1, {n}) g;
INSERT INTO custom_objects_1_tenants (source_id, target_id)
SELECT id, 1 FROM custom_objects_1 WHERE hostname LIKE 'synthetic-%';
INSERT INTO custom_objects_1_linked (source_id, content_type_id, object_id)
SELECT id, (SELECT id FROM django_content_type WHERE app_label = 'dcim' AND model = 'site'), 2
FROM custom_objects_1 WHERE hostname LIKE 'synthetic-%';
ANALYZE;
"""


def run(n):
    name = f'nco_switch_timing_{n}'
    dbtool.ensure_templates()
    dbtool.copy_database(dbtool.base_template(), name)
    try:
        with dbtool.connect(name) as conn:
            conn.execute(FIXTURE.read_text())
            if n:
                conn.execute(SYNTHETIC.format(n=int(n)))
            objects = conn.execute('SELECT count(*) FROM custom_objects_1').fetchone()[0]
        started = time.monotonic()
        result = subprocess.run(
            [str(Path(sys.executable).parent / 'netbox'), 'migrate', '--no-input'],
            env={**os.environ, 'NCO_DB_NAME': name}, capture_output=True, text=True, check=True,
        )
        total = time.monotonic() - started
        adoption = re.search(r'step\(s\) in ([0-9.]+) s', result.stdout)
        print(f'{objects} objects: adoption (migration 0004) {adoption.group(1) if adoption else "?"} s, '
              f'`netbox migrate` {total:.1f} s')
    finally:
        dbtool.drop_database(name)


if __name__ == '__main__':
    for count in sys.argv[1:] or ['0', '100000']:
        run(int(count))
