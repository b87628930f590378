"""Production smoke test: the portal as docs/production.md deploys it, behind gunicorn, crawled by three personas.

With debug off and the production settings (manifest static storage, the database cache since REDIS_URL is
unset, KSORS_REQUIRE_MFA on), on a fresh PostgreSQL database: migrate, load_demo, demo_account, collectstatic,
gunicorn with 2 workers on loopback; every public page, then every same-origin GET link reachable as the
Secretariat (logged in through the real login form and its TOTP step) and as the demo leader; any 5xx fails.
Then `backup`, `restore` into a second fresh database and media folder, and the manifest comparison.

Environment: KSORS_SMOKE_DB / KSORS_SMOKE_RESTORE_DB (database names, default ksors_smoke / ksors_smoke_restore;
both are dropped and created), KSORS_SMOKE_PG (server URL, default postgres://postgres@127.0.0.1:5432),
KSORS_SMOKE_PORT (default 8765), KSORS_SMOKE_MAX_URLS (per persona, default 400).
Run with the project's venv: .venv/bin/python .ci/production_smoke.py
"""

import html
import http.cookiejar
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
PG = os.environ.get("KSORS_SMOKE_PG", "postgres://postgres@127.0.0.1:5432").rstrip("/")
DB = os.environ.get("KSORS_SMOKE_DB", "ksors_smoke")
RESTORE_DB = os.environ.get("KSORS_SMOKE_RESTORE_DB", "ksors_smoke_restore")
PORT = int(os.environ.get("KSORS_SMOKE_PORT", "8765"))
MAX_URLS = int(os.environ.get("KSORS_SMOKE_MAX_URLS", "400"))
BASE = f"http://127.0.0.1:{PORT}"
DEMO_PASSWORD = "ksors-demo-2026"
SECRETARIAT, LEADER = "secretariat@ksors.example", "leader@ksors.example"
TOTP_SECRET = "KSORSSMOKEKSORSSMOKEKSORSSMOKE23"  # base32; only ever in this throwaway database

# Links never followed: logging out would end the crawl; /admin/ is Django's; /i18n/ takes POST only.
SKIP = re.compile(r"^/(en/)?(accounts/logout/|admin/)|^/i18n/")
LINK = re.compile(r'<(?:a|link)\b[^>]*?\bhref="([^"#]*)"|<(?:script|img)\b[^>]*?\bsrc="([^"#]*)"', re.IGNORECASE)
LOC = re.compile(r"<loc>([^<]+)</loc>")
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')

WORK = Path(tempfile.mkdtemp(prefix="ksors-smoke-"))
ENV = {
    **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "KSORS_", "DATABASE_URL", "REDIS_URL"))},
    "DJANGO_SETTINGS_MODULE": "ksors.settings",
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "DATABASE_URL": f"{PG}/{DB}",
    "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
    "KSORS_SITE_URL": BASE,
    "DJANGO_STATIC_ROOT": str(WORK / "static"),
    "DJANGO_MEDIA_ROOT": str(WORK / "media"),
    "KSORS_VAR_DIR": str(WORK / "var"),
    # Plain HTTP on loopback, no TLS proxy in front: no redirect to https, no HSTS, and cookies without Secure
    # (a client does not send Secure cookies back over http). Everything else stays as in production.
    "DJANGO_SECURE_SSL_REDIRECT": "0",
    "DJANGO_SECURE_COOKIES": "0",
    "DJANGO_HSTS_SECONDS": "0",
    # A real SMTP backend (check --deploy refuses the console one) at a closed port: a GET that sends mail fails.
    "EMAIL_URL": "smtp://127.0.0.1:9?tls=0&timeout=2",
}


def step(title: str) -> float:
    print(f"-- {title}", flush=True)
    return time.monotonic()


def manage(*args: str, env: dict | None = None) -> str:
    result = subprocess.run([str(VENV_BIN / "python"), "manage.py", *args], cwd=ROOT, env=env or ENV,
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def fresh_database(name: str) -> None:
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')


SETUP_TOTP = f"""
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from accounts.models import User
user = User.objects.get(email="{SECRETARIAT}")
Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).delete()
TOTP.activate(user, "{TOTP_SECRET}")
"""


def totp_code() -> str:
    """The current code, computed with allauth's own helpers (never at the very end of a period)."""
    os.environ.update(ENV)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from allauth.mfa import app_settings
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    if time.time() % app_settings.TOTP_PERIOD > app_settings.TOTP_PERIOD - 3:
        time.sleep(4)
    return format_hotp_value(hotp_value(TOTP_SECRET, int(time.time()) // app_settings.TOTP_PERIOD))


class Browser:
    """Cookies, CSRF tokens and redirects, as a browser keeps them."""

    def __init__(self, name: str):
        self.name = name
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def request(self, path: str, data: dict | None = None, referer: str | None = None) -> tuple[int, str, str, str]:
        """(status, final path, content type, body)"""
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(BASE + path, data=body, headers={"Referer": BASE + (referer or path)})
        try:
            with self.opener.open(req, timeout=60) as response:
                final = urllib.parse.urlsplit(response.geturl())
                return (response.status, final.path + (f"?{final.query}" if final.query else ""),
                        response.headers.get("Content-Type", ""), response.read().decode("utf-8", "replace"))
        except urllib.error.HTTPError as error:
            return error.code, path, error.headers.get("Content-Type", ""), error.read().decode("utf-8", "replace")

    def post_form(self, path: str, fields: dict) -> tuple[int, str, str, str]:
        status, final, _type, page = self.request(path)
        token = CSRF.search(page)
        if status != 200 or not token:
            sys.exit(f"{self.name}: no form with a CSRF token at {path} (HTTP {status})")
        return self.request(final, {"csrfmiddlewaretoken": token.group(1), **fields}, referer=final)

    def log_in(self, email: str, *, totp: bool = False) -> None:
        status, final, _type, page = self.post_form("/accounts/login/", {"login": email, "password": DEMO_PASSWORD})
        if totp:
            if "/2fa/authenticate/" not in final:
                sys.exit(f"{self.name}: the login did not ask for the TOTP code (landed on {final})")
            status, final, _type, page = self.post_form(final, {"code": totp_code()})
        if status != 200 or "/accounts/" in final:
            sys.exit(f"{self.name}: login failed (HTTP {status}, at {final})")
        print(f"   {self.name}: logged in as {email}{' with TOTP' if totp else ''}, landed on {final}")


def links(page_path: str, body: str, content_type: str) -> list[str]:
    found = []
    if "html" in content_type:
        found = [a or b for a, b in LINK.findall(body)]
    elif "xml" in content_type:
        found = LOC.findall(body)
    out = []
    for link in found:
        target = urllib.parse.urlsplit(urllib.parse.urljoin(BASE + page_path, html.unescape(link)))
        if f"{target.scheme}://{target.netloc}" != BASE or SKIP.search(target.path):
            continue
        out.append(target.path + (f"?{target.query}" if target.query else ""))
    return out


def crawl(browser: Browser, starts: list[str], *, expect: str = "/") -> tuple[list[str], list[str]]:
    """Breadth first from `starts`; returns (5xx failures, 4xx answers). Fails unless 5+ pages under `expect`."""
    queue, seen, failures, client_errors = list(starts), set(), [], []
    referrers = {}
    while queue and len(seen) < MAX_URLS:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        status, final, content_type, body = browser.request(path)
        where = f"{path} (linked from {referrers.get(path, 'start')})"
        if status >= 500:
            failures.append(f"{status} {where}")
            continue
        if status >= 400:
            client_errors.append(f"{status} {where}")
            continue
        for link in links(final, body, content_type):
            if link not in seen:
                referrers.setdefault(link, path)
                queue.append(link)
    inside = sum(1 for path in seen if path.startswith(expect))
    print(f"   {browser.name}: {len(seen)} URLs ({inside} under {expect}), {len(failures)} 5xx, "
          f"{len(client_errors)} 4xx{' (limit reached)' if queue else ''}")
    if inside < 5:
        failures.append(f"{browser.name} reached only {inside} pages under {expect}: not logged in?")
    return failures, client_errors


def wait_until_up(gunicorn: subprocess.Popen) -> None:
    for _ in range(100):
        if gunicorn.poll() is not None:
            sys.exit("gunicorn exited on start")
        try:
            with urllib.request.urlopen(f"{BASE}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:  # refused, reset or timed out while the workers boot
            time.sleep(0.2)
    sys.exit("gunicorn did not answer /healthz in 20 s")


def main() -> int:
    started = time.monotonic()
    t = step(f"fresh databases {DB}, {RESTORE_DB}; migrate, load_demo, demo_account (work dir {WORK})")
    fresh_database(DB)
    fresh_database(RESTORE_DB)
    manage("migrate", "--noinput", "-v0")
    manage("load_demo", "-v0")
    manage("demo_account")
    manage("shell", "--no-imports", "-c", SETUP_TOTP)
    (WORK / "media" / "smoke").mkdir(parents=True, exist_ok=True)
    (WORK / "media" / "smoke" / "upload.txt").write_text("Файл, который должен пережить восстановление.\n")
    print(f"   {time.monotonic() - t:.1f} s")
    t = step("collectstatic (CompressedManifestStaticFilesStorage)")
    manage("collectstatic", "--noinput", "-v0")
    manage("check", "--deploy", "--fail-level", "ERROR")
    print(f"   {time.monotonic() - t:.1f} s")

    step(f"gunicorn, 2 workers, {BASE}")
    log = (WORK / "gunicorn.log").open("w")
    gunicorn = subprocess.Popen(
        [str(VENV_BIN / "gunicorn"), "ksors.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{PORT}",
         "--timeout", "60", "--access-logfile", "-"],
        cwd=ROOT, env=ENV, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )

    def stop(how=signal.SIGTERM):
        if gunicorn.poll() is None:
            os.killpg(gunicorn.pid, how)
            try:
                gunicorn.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(gunicorn.pid, signal.SIGKILL)

    def interrupted(signum, _frame):
        stop(signal.SIGINT)  # gunicorn's quick shutdown: do not wait for the request this script left open
        sys.exit(128 + signum)

    signal.signal(signal.SIGTERM, interrupted)
    signal.signal(signal.SIGINT, interrupted)
    failures, client_errors = [], []
    try:
        wait_until_up(gunicorn)
        t = step("crawl: anonymous (public pages), Secretariat (TOTP), leader")
        anonymous = Browser("anonymous")
        bad, client = crawl(anonymous, ["/", "/en/", "/robots.txt", "/sitemap.xml", "/calendar.ics",
                                        "/feeds/resolutions/", "/healthz"])
        failures += bad
        client_errors += client
        secretariat = Browser("secretariat")
        secretariat.log_in(SECRETARIAT, totp=True)
        bad, client = crawl(secretariat, ["/secretariat/", "/"], expect="/secretariat/")
        failures += bad
        client_errors += client
        leader = Browser("leader")
        leader.log_in(LEADER)
        bad, client = crawl(leader, ["/my/", "/"], expect="/my/")
        failures += bad
        client_errors += client
        print(f"   {time.monotonic() - t:.1f} s")
    finally:
        stop()
        log.close()
    if client_errors:
        print("   4xx answers (not failures; links a persona may not follow):")
        for line in client_errors[:30]:
            print(f"     {line}")
    if failures:
        print("FAILED: server errors")
        for line in failures:
            print(f"  {line}")
        print((WORK / "gunicorn.log").read_text()[-6000:])
        return 1

    t = step(f"backup, then restore into {RESTORE_DB} and a new media folder")
    backup = WORK / "backup"
    print("   " + manage("backup", str(backup)).strip())
    restore_env = {**ENV, "DATABASE_URL": f"{PG}/{RESTORE_DB}", "DJANGO_MEDIA_ROOT": str(WORK / "restored-media")}
    report = manage("restore", str(backup), env=restore_env)
    print("\n".join("   " + line for line in report.splitlines()[-3:]))
    if not (WORK / "restored-media" / "smoke" / "upload.txt").is_file():
        print("FAILED: the uploaded file did not come back")
        return 1
    print(f"   {time.monotonic() - t:.1f} s")
    print(f"production smoke: OK in {time.monotonic() - started:.0f} s")
    shutil.rmtree(WORK, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
