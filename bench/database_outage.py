"""What a database outage looks like from outside: gunicorn's /healthz while PostgreSQL goes away and comes back.

Prints numbers, asserts nothing. A TCP relay on loopback stands between gunicorn and PostgreSQL; cutting it (and
every connection through it) is the outage, without touching the shared server. For each pool setting it prints
how long /healthz and a page take while the database is down, and how long after the database is back the first
/healthz answers 200.

    .venv/bin/python bench/database_outage.py [--database-url postgres://postgres@127.0.0.1:5432/ksors_bench]
        [--pool "pool_timeout=30&pool_reconnect_timeout=300"]   # psycopg's defaults: the hang before issue 9

The database must exist; it is migrated first.
"""

import argparse
import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


class Relay:
    """Forwards 127.0.0.1:<port> to the database; stop() closes the listener and every open connection."""

    def __init__(self, target: tuple[str, int]):
        self.target = target
        self.port = _free_port()
        self.sockets: list[socket.socket] = []
        self.listener = None

    def start(self):
        self.listener = socket.create_server(("127.0.0.1", self.port), reuse_port=False)
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def stop(self):
        for sock in [self.listener, *self.sockets]:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        self.sockets = []

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            self.sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def timed_get(url: str, timeout: float = 60) -> tuple[int, float]:
    start = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    except OSError:
        status = 0
    return status, time.monotonic() - start


def run(database_url: str, pool: str, outage: float) -> None:
    parts = urlsplit(database_url)
    relay = Relay((parts.hostname or "127.0.0.1", parts.port or 5432))
    relay.start()
    relayed = urlunsplit(parts._replace(netloc=f"{parts.username or 'postgres'}@127.0.0.1:{relay.port}",
                                        query=pool))
    port = _free_port()
    env = {**{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))},
           "DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": secrets.token_urlsafe(40), "DATABASE_URL": relayed,
           "DJANGO_ALLOWED_HOSTS": "127.0.0.1", "DJANGO_SECURE_SSL_REDIRECT": "0", "WHITENOISE_USE_FINDERS": "1"}
    subprocess.run([str(BIN / "python"), "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    gunicorn = subprocess.Popen([str(BIN / "gunicorn"), "ksors.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{port}",
                                 "--timeout", "120"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            if timed_get(f"{base}/healthz", timeout=2)[0] == 200:
                break
            time.sleep(0.2)
        for _ in range(4):  # both workers warm, connections pooled
            timed_get(f"{base}/healthz")
        relay.stop()
        down_at = time.monotonic()
        samples = []
        while time.monotonic() - down_at < outage:
            samples.append(("/healthz", *timed_get(f"{base}/healthz")))
            samples.append(("/resolutions/", *timed_get(f"{base}/resolutions/")))
        relay.start()
        back_at = time.monotonic()
        while True:
            status, seconds = timed_get(f"{base}/healthz")
            if status == 200 or time.monotonic() - back_at > 120:
                break
            time.sleep(0.1)
        recovered = time.monotonic() - back_at
        print(f"pool: {pool or '(defaults of ksors.env)'}")
        for path in ("/healthz", "/resolutions/"):
            times = [s for p, _st, s in samples if p == path]
            statuses = sorted({st for p, st, _s in samples if p == path})
            if times:
                print(f"  database down: {path:<14} HTTP {statuses}  {len(times)} requests, "
                      f"max {max(times):.2f} s, median {sorted(times)[len(times) // 2]:.2f} s")
        print(f"  database back: first /healthz 200 after {recovered:.2f} s")
    finally:
        os.killpg(gunicorn.pid, signal.SIGTERM)
        gunicorn.wait(timeout=30)
        relay.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/ksors_bench")
    parser.add_argument("--pool", action="append", help="DATABASE_URL query for the pool (repeatable)")
    parser.add_argument("--outage", type=float, default=12, help="seconds the database stays away")
    args = parser.parse_args()
    for pool in args.pool or [""]:
        run(args.database_url, pool, args.outage)


if __name__ == "__main__":
    main()
