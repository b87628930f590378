"""Load on gunicorn with production settings: the public mix beside `/healthz`, in one run, warm and cold cache.

    DJANGO_SECRET_KEY=x python bench/load.py [--database-url postgres://postgres@127.0.0.1:5432/ksors_bench_load]
        [--port 8150] [--workers 2] [--clients 10] [--seconds 60] [--rounds 6] [--cache redis|settings]

What it does, all on this machine and loopback only:
1. builds the data set of bench/public_pages.py in a throwaway PostgreSQL database (dropped and recreated),
2. runs `collectstatic` with the production storage into a temporary folder,
3. starts a private `redis-server` on a Unix socket in a temporary folder (`--cache redis`, the default; with
   `--cache settings` the portal uses whatever cache its settings choose without REDIS_URL),
4. starts gunicorn (`DJANGO_DEBUG=0`, the given number of sync workers) on 127.0.0.1:PORT,
5. measures, alternating in `--rounds` rounds of `--seconds / --rounds` seconds each, the public mix (home, the
   resolution list, a resolution of 40 items, an organization, search, the cached PDF) and `/healthz`, so that a
   burst of load from elsewhere on the machine hits both alike; then the mix with a cold cache: the page cache's
   generation is bumped before every request, so every page is rendered (the miss path stays measured).

Prints requests per second, p50/p95/p99 latency, errors (any status but 200, or a failed connection) and the
ratio of the mix to `/healthz`. Numbers, not assertions.

The client is a small threaded one (stdlib `http.client`, one connection per request as gunicorn's sync workers
close every connection): locust is not installed here, and a dependency for a loop of GETs buys nothing; at
these rates (≤ 1,000 requests/s) the client's own CPU time is a few percent of the machine.
"""

import argparse
import http.client
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

MIX = [
    "/",
    "/resolutions/",
    "/resolutions/bench-res-3/",
    "/organizations/bench-org-7/",
    "/search/?q=соотечественников",
    "/resolutions/xx-2026-06-19/pdf/",
]
HEALTH = ["/healthz"]


def quoted(url: str) -> str:
    path, _, query = url.partition("?")
    return urllib.parse.quote(path) + ("?" + urllib.parse.quote(query, safe="=&+") if query else "")


class Result:
    def __init__(self):
        self.latencies: list[float] = []
        self.errors = 0
        self.seconds = 0.0
        self.lock = threading.Lock()

    def add(self, other: "Result"):
        self.latencies += other.latencies
        self.errors += other.errors
        self.seconds += other.seconds

    def line(self, name: str) -> str:
        lat = sorted(self.latencies)
        if not lat:
            return f"{name:34} нет ответов; ошибок {self.errors}"
        q = statistics.quantiles(lat, n=100)
        rps = len(lat) / self.seconds
        return (f"{name:34} {rps:8.1f} {q[49] * 1000:8.1f} {q[94] * 1000:8.1f} {q[98] * 1000:8.1f} "
                f"{self.errors:7d} {len(lat):8d}")


def get(port: int, url: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", url, headers={"Host": "127.0.0.1", "Accept-Encoding": "identity"})
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def load(port: int, urls: list[str], *, clients: int, seconds: float, before=None) -> Result:
    """`clients` threads, each requesting the URLs in turn (offset per thread) until the time is up."""
    result = Result()
    deadline = time.perf_counter() + seconds

    def client(offset: int):
        latencies, errors, n = [], 0, offset
        while time.perf_counter() < deadline:
            url = urls[n % len(urls)]
            n += 1
            start = time.perf_counter()
            try:
                if before is not None:
                    before()
                    start = time.perf_counter()
                ok = get(port, url) == 200
            except Exception:  # a refused connection, or a bump that failed: an error of the run, never a lost thread
                ok = False
            if ok:
                latencies.append(time.perf_counter() - start)
            else:
                errors += 1
        with result.lock:
            result.latencies += latencies
            result.errors += errors

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.perf_counter() - started
    return result


def wait_until_up(port: int, process, timeout: float = 60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn завершился с кодом {process.returncode}")
        try:
            if get(port, "/healthz") == 200:
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("gunicorn не ответил за минуту")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/ksors_bench_load")
    parser.add_argument("--port", type=int, default=8150)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60, help="time of each of the mix and /healthz (warm)")
    parser.add_argument("--cold-seconds", type=float, default=30, help="time of the cold-cache run of the mix")
    parser.add_argument("--rounds", type=int, default=6, help="alternations of the mix and /healthz")
    parser.add_argument("--cache", choices=["redis", "settings"], default="redis")
    args = parser.parse_args()

    temp = Path(tempfile.mkdtemp(prefix="ksors-load-"))
    redis_process = gunicorn = None
    env = {
        **os.environ, "DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY") or "bench-only",
        "DATABASE_URL": args.database_url, "DJANGO_ALLOWED_HOSTS": "127.0.0.1,testserver",
        "DJANGO_SECURE_SSL_REDIRECT": "0", "DJANGO_SECURE_COOKIES": "0", "DJANGO_HSTS_SECONDS": "0",
        "KSORS_REQUIRE_MFA": "0", "DJANGO_LOG_LEVEL": "WARNING", "DJANGO_STATIC_ROOT": str(temp / "static"),
        "KSORS_VAR_DIR": str(temp / "var"), "DJANGO_MEDIA_ROOT": str(temp / "var" / "media"),
    }
    try:
        if args.cache == "redis":
            socket = temp / "redis.sock"
            redis_process = subprocess.Popen(
                ["redis-server", "--port", "0", "--unixsocket", str(socket), "--save", "", "--appendonly", "no",
                 "--dir", str(temp)], stdout=subprocess.DEVNULL,
            )
            env["REDIS_URL"] = f"unix://{socket}?db=0"
            for _ in range(50):
                if socket.exists():
                    break
                time.sleep(0.1)
        else:
            env.pop("REDIS_URL", None)
        os.environ.update(env)

        import public_pages

        public_pages.configure(args.database_url)
        from django.core.management import call_command

        from core import pagecache

        call_command("migrate", verbosity=0)
        if args.cache == "settings":
            call_command("createcachetable", verbosity=0)
        public_pages.build({"organizations": 300, "conferences": 25, "resolutions": 25, "items": 40, "membership_events": 2000})
        from django.db import connections

        connections.close_all()
        python = sys.executable
        subprocess.run([python, "manage.py", "collectstatic", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
        gunicorn = subprocess.Popen(
            [str(Path(python).parent / "gunicorn"), "ksors.wsgi", "--workers", str(args.workers),
             "--bind", f"127.0.0.1:{args.port}", "--log-level", "warning"], cwd=ROOT, env=env,
        )
        wait_until_up(args.port, gunicorn)
        mix = [quoted(url) for url in MIX]
        for url in mix:
            status = get(args.port, url)
            if status != 200:
                raise SystemExit(f"{url}: {status}")

        warm, health = Result(), Result()
        share = args.seconds / args.rounds
        for _ in range(args.rounds):
            warm.add(load(args.port, mix, clients=args.clients, seconds=share))
            health.add(load(args.port, HEALTH, clients=args.clients, seconds=share))
        def bump():
            # With the database cache the bump is a query: each client thread gives its connection back to the
            # pool at once, or ten threads would hold the pool's four connections and the rest time out.
            pagecache.bump()
            connections.close_all()

        cold = load(args.port, mix, clients=args.clients, seconds=args.cold_seconds, before=bump)
        per_page = {}
        for url in mix:
            per_page[url] = load(args.port, [url], clients=args.clients, seconds=max(3.0, args.cold_seconds / 6),
                                 before=bump)

        print(f"\ngunicorn: {args.workers} процесса(ов), {args.clients} клиентов, кэш: {args.cache}; "
              f"{args.rounds} чередований по {share:.0f} с\n")
        header = f"{'нагрузка':34} {'запр./с':>8} {'p50 мс':>8} {'p95 мс':>8} {'p99 мс':>8} {'ошибок':>7} {'запросов':>8}"
        print(header)
        print("-" * len(header))
        print(warm.line("публичные страницы (кэш прогрет)"))
        print(health.line("/healthz"))
        print(cold.line("публичные страницы (кэш холодный)"))
        for url, result in per_page.items():
            print(result.line(f"  холодный {urllib.parse.unquote(url)[:24]}"))
        ratio = (len(warm.latencies) / warm.seconds) / (len(health.latencies) / health.seconds)
        print(f"\nОтношение: прогретые страницы / /healthz = {ratio:.2f}× (цель ≥ 0.5); "
              f"ошибок: {warm.errors + health.errors + cold.errors}")
    finally:
        if gunicorn is not None:
            gunicorn.send_signal(signal.SIGTERM)
            gunicorn.wait(timeout=30)
        if redis_process is not None:
            redis_process.terminate()
            redis_process.wait(timeout=10)
        shutil.rmtree(temp, ignore_errors=True)


if __name__ == "__main__":
    main()
