"""HTTP clients for API tests that go through `requests` (and so pynetbox).

- `DjangoTransport`: a requests transport adapter answering from Django's test client, in the test's own transaction.
- `LiveNetBox`: a real NetBox server (`netbox runserver`) in a subprocess, on its own copy of the migrated template
  database, for tests that must cross a real HTTP boundary; `LiveNetBoxTestCase` starts one for a test class.
"""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import requests
from django.test import Client, SimpleTestCase
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict

__all__ = (
    'DjangoTransport',
    'LiveNetBox',
    'LiveNetBoxTestCase',
)

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


class DjangoTransport(BaseAdapter):
    """Send requests' requests to Django's test client: no server, no commit."""

    def __init__(self):
        super().__init__()
        self.client = Client()

    def send(self, request, **kwargs):
        url = urlsplit(request.url)
        headers = {
            f'HTTP_{name.upper().replace("-", "_")}': value
            for name, value in request.headers.items() if name.lower() not in ('content-type', 'content-length')
        }
        response = self.client.generic(
            request.method, f'{url.path}?{url.query}' if url.query else url.path, data=request.body or b'',
            content_type=request.headers.get('Content-Type', 'application/octet-stream'), **headers,
        )
        result = requests.Response()
        result.status_code = response.status_code
        result.headers = CaseInsensitiveDict(response.headers.items())
        result._content = response.content
        result.url = request.url
        result.request = request
        result.encoding = 'utf-8'
        return result

    def close(self):
        pass


class LiveNetBox:
    """`netbox runserver` on a fresh copy of the template database; `token` is a superuser's write token."""

    def __init__(self):
        self.database = f'{os.environ.get("NCO_DB_NAME", "nco_test")}_live'
        self.env = {**os.environ, 'NCO_DB_NAME': self.database}
        self.port = _free_port()
        self.url = f'http://127.0.0.1:{self.port}'
        self.process = None
        self.token = None

    def start(self, timeout=300):
        self._dbtool('drop-db', self.database)
        self._dbtool('ensure-db', self.database)
        self.token = self._create_token()
        self.process = subprocess.Popen(
            [str(BIN / 'netbox'), 'runserver', '--noreload', f'127.0.0.1:{self.port}'],
            env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        self._wait_until_up(timeout)
        return self

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
        self._dbtool('drop-db', self.database)

    def _dbtool(self, *args):
        subprocess.run([sys.executable, str(ROOT / 'dev' / 'dbtool.py'), *args], env=self.env, check=True,
                       stdout=subprocess.DEVNULL)

    def _create_token(self):
        script = (
            'from users.models import Token, User\n'
            'user = User.objects.create_superuser(username="live", password="live-pass-1234")\n'
            'token = Token.objects.create(user=user, write_enabled=True)\n'
            'print(f"nbt_{token.key}.{token.token}")\n'
        )
        result = subprocess.run([str(BIN / 'netbox'), 'shell', '-c', script], env=self.env, check=True,
                                capture_output=True, text=True)
        return result.stdout.strip().splitlines()[-1]

    def _wait_until_up(self, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError('netbox runserver exited')
            try:
                requests.get(f'{self.url}/api/status/', timeout=60)
                return
            except requests.ConnectionError:
                time.sleep(1)
        raise RuntimeError('netbox runserver did not answer')


class LiveNetBoxTestCase(SimpleTestCase):
    """`server`: a LiveNetBox running for the whole class."""
    # Reads only (the suite's model-cache sync); the server works on its own database.
    databases = {'default'}

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.server = LiveNetBox().start()
        cls.addClassCleanup(cls.server.stop)


def _free_port():
    with socket.socket() as sock:
        sock.bind(('127.0.0.1', 0))
        return sock.getsockname()[1]
