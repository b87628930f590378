"""The resolution editor's render time on a 40-item resolution beside the public page of the same resolution,
measured in the same run, in-process (prints numbers; not a test). The goal: the editor within 10× of the page.

Run: DJANGO_SECRET_KEY=x python bench/editor_bench.py [--items 40] [--repeat 7]
It works in a throwaway SQLite database under a temporary directory.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ksors.settings")
os.environ["KSORS_VAR_DIR"] = tempfile.mkdtemp(prefix="ksors-editor-bench-")
os.environ.pop("DATABASE_URL", None)
# Production-like (DEBUG off), but served over plain HTTP by the test client, without a second factor.
os.environ.setdefault("DJANGO_DEBUG", "0")
os.environ["DJANGO_SECURE_SSL_REDIRECT"] = "0"
os.environ["KSORS_REQUIRE_MFA"] = "0"
os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402
from django.urls import reverse  # noqa: E402


def build(items: int):
    from accounts.models import User, secretariat_group
    from resolutions.models import Responsibility
    from resolutions.services import resolution_publish
    from tests.factories import ItemFactory, ResolutionFactory

    resolution = ResolutionFactory(title="Резолюция для замера", slug="bench-40", preamble="Участники отметили.")
    for n in range(1, items + 1):
        item = ItemFactory(resolution=resolution, label=str(n), position=n, text=f"Поручить Секретариату подготовить мероприятие {n}.",
                           deadline_text="до ноября 2026 года", deadline_kind="by")
        Responsibility.objects.create(item=item, text="Секретариат КСОРС РТ")
    resolution_publish(resolution=resolution)
    user = User.objects.create_user(email="bench@example.org", password="x")
    user.groups.add(secretariat_group())
    return resolution, user


def timed(client, url, repeat, before=lambda: None):
    client.get(url)  # warm caches and templates
    times = []
    for _ in range(repeat):
        before()
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    before()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return statistics.median(times), len(queries.captured_queries), len(response.content)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    # No setup_test_environment(): its instrumented template rendering copies the context for every template
    # and widget rendered, which would measure the test client rather than the page.
    # Static names without a collected manifest: the page cost, not the storage lookup, is what is measured.
    override_settings(STORAGES={**settings.STORAGES, "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}).enable()
    call_command("migrate", verbosity=0)
    resolution, user = build(args.items)
    public = Client()
    editor = Client()
    editor.force_login(user)
    from core import pagecache

    # The public page rendered, not replayed from the page cache: the cache is made stale before each request.
    page_ms, page_q, page_bytes = timed(public, resolution.get_absolute_url(), args.repeat, before=pagecache.bump)
    cached_ms, _q, _b = timed(public, resolution.get_absolute_url(), args.repeat)
    edit_ms, edit_q, edit_bytes = timed(editor, reverse("secretariat:resolution_edit", args=[resolution.pk]), args.repeat)
    print(f"{args.items} items, median of {args.repeat}")
    print(f"  public page  {page_ms:8.1f} ms  {page_q:3d} queries  {page_bytes / 1024:7.0f} KiB")
    print(f"  public page from the page cache {cached_ms:.1f} ms (not the reference)")
    print(f"  editor       {edit_ms:8.1f} ms  {edit_q:3d} queries  {edit_bytes / 1024:7.0f} KiB")
    print(f"  editor / public page: {edit_ms / page_ms:.1f}×  (goal: ≤ 10×)")


if __name__ == "__main__":
    main()
