"""An S3-compatible object storage for the tests: moto's server on a loopback port (moto[server] from PyPI).

The server is started once per session; each test that asks for `s3_storage` gets a fresh bucket and the
portal's default storage pointed at it, through the same `DJANGO_STORAGE_URL` parsing production uses.
"""

import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from ksors.env import storage_from_url
from tests.workspace_fixtures import call, item_for_a, report_a, resolution  # noqa: F401

# Loopback ports of this piece of work are 8400–8499; the tests take one in the upper half.
PORT_RANGE = range(8460, 8500)


def _free_port() -> int:
    for port in PORT_RANGE:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return port
    raise RuntimeError("no free loopback port for moto_server in 8460–8499")


@pytest.fixture(scope="session")
def moto_endpoint():
    port = _free_port()
    executable = Path(sys.executable).with_name("moto_server")
    process = subprocess.Popen(
        [str(executable), "-H", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    endpoint = f"http://127.0.0.1:{port}"
    # moto imports a large part of botocore before it listens: allow for a busy machine.
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.1)
    else:
        process.kill()
        raise RuntimeError(f"moto_server did not start on port {port}")
    yield endpoint
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def s3_client(moto_endpoint):
    import boto3

    return boto3.client(
        "s3", endpoint_url=moto_endpoint, region_name="us-east-1",
        aws_access_key_id="test-key", aws_secret_access_key="test-secret",
    )


@pytest.fixture
def s3_storage(settings, s3_client, moto_endpoint):
    """The default storage on a new private bucket; returns the bucket's name."""
    bucket = f"ksors-{uuid.uuid4().hex[:12]}"
    s3_client.create_bucket(Bucket=bucket)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": storage_from_url(f"s3://test-key:test-secret@{bucket}?endpoint_url={moto_endpoint}"),
    }
    return bucket
