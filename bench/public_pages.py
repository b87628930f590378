"""Benchmark of the public pages on a large synthetic data set, beside the admin changelist of the same model.

    DJANGO_SECRET_KEY=x [REDIS_URL=redis://127.0.0.1:6379/9] python bench/public_pages.py [--repeat 25] [--warmup 3]
        [--only URL-PART] [--database-url postgres://…/ksors_bench] [--profile URL]

Builds ~300 organizations, 25 conferences, 25 resolutions × 40 items (one of them the XX resolution from the
sample) and 2,000 membership events in a throwaway database (a temporary SQLite file unless a database URL is
given; a PostgreSQL database given here is dropped and recreated), analyzes it for the planner, then prints the median time per page over
repeated in-process requests, and the PDF uncached and cached. Numbers, not assertions.

Measurement on a noisy machine: each page is warmed up, then timed in pairs with its reference (the admin
changelist of the same model), the two in random order in each pair, so that a burst of load from elsewhere
slows both alike; garbage is collected before every timed request. The table shows both medians, their
spread (interquartile range / median; above ~20 % the machine was busy: run again) and the ratio of medians.
`--profile URL` prints a cProfile of that page instead of timing (stdlib only, no extra dependency).
"""

import argparse
import datetime
import gc
import os
import random
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from django.http import HttpResponse  # noqa: E402 (after the project is on the path)


def configure(database_url: str | None, *, fresh: bool = True) -> None:
    """Settings of the benchmark; a PostgreSQL database is dropped and created again unless not `fresh`."""
    var = tempfile.mkdtemp(prefix="ksors-bench-")
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only")
    os.environ.update(
        {"DJANGO_SETTINGS_MODULE": "ksors.settings", "DJANGO_DEBUG": "0", "KSORS_VAR_DIR": var,
         "DJANGO_ALLOWED_HOSTS": "testserver", "DJANGO_SECURE_SSL_REDIRECT": "0", "DJANGO_SECURE_COOKIES": "0",
         "KSORS_REQUIRE_MFA": "0", "DJANGO_LOG_LEVEL": "WARNING"}
    )
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    else:
        os.environ.pop("DATABASE_URL", None)
    from django.conf import settings

    settings.STORAGES = {**settings.STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
    if fresh and database_url and database_url.startswith("postgres"):
        import psycopg

        name = settings.DATABASES["default"]["NAME"]
        admin_url = database_url.rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(admin_url, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
            connection.execute(f'CREATE DATABASE "{name}"')
    import django

    warnings.filterwarnings("ignore", message="No directory at")  # STATIC_ROOT: static files are not served here
    django.setup()


def build(scale: dict) -> None:
    from django.db import connection

    from conferences.models import AgendaItem, Conference, EventStatus
    from core.text import fold
    from organizations.models import Body, MembershipChange, MembershipStatus, Organization, Person, Region
    from resolutions.models import (
        DeadlineKind,
        Item,
        Resolution,
        ResolutionStatus,
        ResolutionVersion,
        Responsibility,
    )
    from tests.public_data import build_public

    xx = build_public()
    secretariat = Body.objects.get(slug="secretariat")
    regions = [Region.DUSHANBE, Region.SUGHD, Region.KHATLON, Region.RRP]
    cities = ["Душанбе", "Худжанд", "Бохтар", "Турсунзаде", "Чкаловск"]
    organizations = Organization.objects.bulk_create(
        [
            Organization(
                name=f"ОО «Общество соотечественников {n}»", short_name=f"Общество {n}", slug=f"bench-org-{n}",
                city=cities[n % 5], region=regions[n % 4], leader_name=f"Руководитель {n}", status=MembershipStatus.ACTIVE,
                description="Культурное общество российских соотечественников. " * 5,
                search_text=fold(f"ОО «Общество соотечественников {n}» Общество {n} {cities[n % 5]} Руководитель {n}"),
            )
            for n in range(scale["organizations"])
        ]
    )
    people = Person.objects.bulk_create(
        [Person(full_name=f"Сидоров{n} Сидор", short_name=f"Сидоров{n} С.", slug=f"bench-person-{n}") for n in range(40)]
    )
    first_year = 2000
    conferences = Conference.objects.bulk_create(
        [
            Conference(
                number=100 + n, slug=f"bench-conf-{n}", status=EventStatus.HELD, date=datetime.date(first_year + n, 6, 1),
                city="Душанбе", theme=f"Тема конференции {n}: соотечественники и молодёжная повестка",
                search_text=fold(f"Страновая тематическая конференция Тема конференции {n} соотечественники"),
            )
            for n in range(scale["conferences"] - Conference.objects.count())
        ]
    )
    AgendaItem.objects.bulk_create(
        [AgendaItem(conference=c, title=f"Вопрос {i}", position=i) for c in conferences for i in range(5)]
    )
    held = list(Conference.objects.filter(status=EventStatus.HELD).order_by("pk"))
    preamble = "Участники конференции отметили, что:\n" + "\n".join(f"- положение {i} соотечественников;" for i in range(20))
    resolutions = Resolution.objects.bulk_create(
        [
            Resolution(
                title=f"Резолюция конференции {n}", slug=f"bench-res-{n}", conference=c, adopted_on=c.date, place="г. Душанбе",
                status=ResolutionStatus.PUBLISHED, published_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
                unanimous=True, preamble=preamble, search_text=fold(f"Резолюция конференции {n} {preamble}"),
            )
            for n, c in enumerate(held[n % len(held)] for n in range(scale["resolutions"] - 1))
        ]
    )
    ResolutionVersion.objects.bulk_create([ResolutionVersion(resolution=r, number=1, snapshot={}) for r in resolutions])
    items = []
    for resolution in resolutions:
        for position in range(1, scale["items"] + 1):
            items.append(
                Item(
                    resolution=resolution, label=f"{(position + 1) // 2}{'' if position % 2 else 'а'}", position=position,
                    text=f"Поручить подготовить доклад о деятельности соотечественников, пункт {position}.",
                    deadline_text="до конца 2027 года", deadline_kind=DeadlineKind.BY, due_end=datetime.date(2027, 12, 31),
                )
            )
    items = Item.objects.bulk_create(items)
    Responsibility.objects.bulk_create(
        [Responsibility(item=item, text="Секретариат КСОРС РТ", body=secretariat) for item in items]
        + [Responsibility(item=item, text=str(people[i % 40]), person=people[i % 40], position=1) for i, item in enumerate(items)]
        + [Responsibility(item=item, text=organizations[i % 300].name, organization=organizations[i % 300], position=2)
           for i, item in enumerate(items)]
    )
    changes = []
    for n in range(scale["membership_events"]):
        organization = organizations[n % len(organizations)]
        changes.append(
            MembershipChange(
                organization=organization, status=[MembershipStatus.SUSPENDED, MembershipStatus.ACTIVE][n % 2],
                effective_on=datetime.date(2000, 1, 1) + datetime.timedelta(days=n), reason="Решение заседания",
                decided_by_item=items[n % len(items)], is_current=False,
            )
        )
    MembershipChange.objects.bulk_create(changes)
    counts = {
        "organizations": Organization.objects.count(), "conferences": Conference.objects.count(),
        "resolutions": Resolution.objects.count(), "items": Item.objects.count(),
        "membership_events": MembershipChange.objects.count(),
    }
    print("Данные:", ", ".join(f"{k}={v}" for k, v in counts.items()), f"(образец: {xx.slug})")
    # A live database has planner statistics (autovacuum on PostgreSQL); freshly bulk-loaded tables have none.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


PAGES = [
    ("/resolutions/", "resolution"),
    ("/resolutions/?q=доклад", "resolution"),
    ("/resolutions/?q=доклад&year=2002", "resolution"),
    ("/resolutions/xx-2026-06-19/", "resolution"),
    ("/resolutions/bench-res-3/", "resolution"),
    ("/conferences/", "conference"),
    ("/conferences/xx-2026/", "conference"),
    ("/organizations/", "organization"),
    ("/organizations/?q=общество&region=sughd", "organization"),
    ("/organizations/bench-org-7/", "organization"),
    ("/declarations/", "declaration"),
    ("/declarations/family-protection/", "declaration"),
    ("/search/?q=молодёжной+повестки", "item"),
    ("/search/?q=соотечественников", "item"),
    ("/feeds/resolutions/", "resolution"),
    ("/calendar.ics", "item"),
    ("/sitemap.xml", "organization"),
]
REFERENCES = {
    "resolution": "/admin/resolutions/resolution/",
    "conference": "/admin/conferences/conference/",
    "organization": "/admin/organizations/organization/",
    "declaration": "/admin/resolutions/declaration/",
    "item": "/admin/resolutions/item/",
}


def timed_get(client, url) -> float:
    """Seconds for one request, garbage collected beforehand so a collection of earlier garbage is not billed here."""
    gc.collect()
    start = time.perf_counter()
    response = client.get(url)
    elapsed = time.perf_counter() - start
    assert response.status_code == 200, (url, response.status_code)
    return elapsed


def measure_pair(public, url, staff, reference, *, warmup: int, repeat: int, before=None) -> tuple[list[float], list[float]]:
    """Times of a page and of its reference, interleaved in random order so that noise hits both alike;
    `before` runs untimed before each request of the page."""
    before = before or (lambda: None)
    for _ in range(warmup):
        before()
        timed_get(public, url)
        timed_get(staff, reference)
    page_times, reference_times = [], []
    for _ in range(repeat):
        pair = [(public, url, page_times, before), (staff, reference, reference_times, lambda: None)]
        random.shuffle(pair)
        for client, address, times, prepare in pair:
            prepare()
            times.append(timed_get(client, address))
    return page_times, reference_times


FLOOR = {}


def floor(request, n):
    """The floor of page n: its bytes, returned without doing anything."""
    content, content_type = FLOOR[n]
    return HttpResponse(content, content_type=content_type)


def install_floor():
    """A URL conf of the project plus /floor/<n>/, so that the floor goes through the same middleware."""
    import types

    from django.conf import settings
    from django.urls import clear_url_caches, path

    from ksors import urls

    module = types.ModuleType("bench_floor_urls")
    module.urlpatterns = [path("floor/<int:n>/", floor), *urls.urlpatterns]
    sys.modules[module.__name__] = module
    settings.ROOT_URLCONF = module.__name__
    clear_url_caches()


def spread(times: list[float]) -> float:
    """Interquartile range relative to the median: how noisy a measurement was."""
    quartiles = statistics.quantiles(times, n=4)
    return (quartiles[2] - quartiles[0]) / statistics.median(times)


def query_count(client, url) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries)


def profile(client, url, repeat):
    """cProfile of `repeat` requests of one page on a miss of the page cache, top functions by cumulative time."""
    import cProfile
    import pstats

    from core import pagecache

    client.get(url)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeat):
        pagecache.bump()
        client.get(url)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=25, help="timed requests of each page and of its reference")
    parser.add_argument("--warmup", type=int, default=3, help="untimed requests of each before timing")
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--only", default="", help="measure only the pages whose URL contains this")
    parser.add_argument("--profile", default="", help="instead of timing, profile this URL with cProfile")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    random.seed(args.seed)
    configure(args.database_url)

    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from accounts.models import User
    from core import pagecache
    from resolutions import pdf
    from resolutions.models import Resolution

    call_command("migrate", verbosity=0)
    build({"organizations": 300, "conferences": 25, "resolutions": 25, "items": 40, "membership_events": 2000})
    admin = User.objects.create_superuser(email="bench@example.org", password="bench-password-1")
    public, staff = Client(), Client()
    staff.force_login(admin)
    if args.profile:
        profile(staff if args.profile.startswith("/admin/") else public, args.profile, args.repeat)
        return

    from django.core.cache import caches

    print(
        f"База: {connection.vendor}; кеш: {type(caches['default']).__name__} (REDIS_URL в окружении — Redis); "
        f"{args.warmup} прогрева, затем {args.repeat} пар запросов «страница, эталон» "
        "в случайном порядке; медианы, мс; разброс = межквартильный размах / медиана\n"
    )
    header = (
        f"{'страница':44} {'запр.':>5} {'промах':>8} {'разброс':>8} {'эталон (админка)':>36} {'мс':>8} {'разброс':>8} "
        f"{'/админка':>9} {'из кэша':>8} {'пол':>7} {'/пол':>7}"
    )
    print(header)
    print("-" * len(header))
    install_floor()
    worst, worst_floor, over = 0.0, 0.0, []
    for n, (url, model) in enumerate(PAGES):
        if args.only and args.only not in url:
            continue
        reference = REFERENCES[model]
        pagecache.bump()
        queries = query_count(public, url)
        page_times, reference_times = measure_pair(
            public, url, staff, reference, warmup=args.warmup, repeat=args.repeat, before=pagecache.bump
        )
        page_ms, reference_ms = statistics.median(page_times) * 1000, statistics.median(reference_times) * 1000
        cached = public.get(url)
        FLOOR[n] = (cached.content, cached["Content-Type"])
        hit_times, floor_times = measure_pair(public, url, public, f"/floor/{n}/", warmup=args.warmup, repeat=args.repeat)
        assert public.get(url)["X-Page-Cache"] == "hit", url
        hit_ms, floor_ms = statistics.median(hit_times) * 1000, statistics.median(floor_times) * 1000
        ratio, floor_ratio = page_ms / reference_ms, hit_ms / floor_ms
        worst, worst_floor = max(worst, ratio), max(worst_floor, floor_ratio)
        if ratio > 1.0 or floor_ratio > 2.0:
            over.append(url)
        print(
            f"{url:44} {queries:5d} {page_ms:8.1f} {spread(page_times):7.0%} {reference:>36} "
            f"{reference_ms:8.1f} {spread(reference_times):7.0%} {ratio:8.2f}× {hit_ms:8.2f} {floor_ms:7.2f} "
            f"{floor_ratio:6.2f}×{'  !' if ratio > 1.0 or floor_ratio > 2.0 else ''}",
            flush=True,
        )
    if args.only and args.only not in "pdf":
        return
    xx = Resolution.objects.get(slug="xx-2026-06-19")
    pdf.render_resolution_pdf(xx)  # warm up: fonts, stylesheet
    uncached = []
    for _ in range(max(5, args.repeat // 5)):
        gc.collect()
        start = time.perf_counter()
        pdf.render_resolution_pdf(xx)
        uncached.append(time.perf_counter() - start)
    url = f"/resolutions/{xx.slug}/pdf/"
    for _ in range(args.warmup):
        timed_get(public, url)
    cached = []
    for _ in range(args.repeat):
        pagecache.bump()  # the PDF file's own cache, not the page cache
        cached.append(timed_get(public, url))
    print(f"\nPDF резолюции XX без кэша: {statistics.median(uncached) * 1000:.0f} мс (цель < 500)")
    print(f"PDF резолюции XX из кэша (запрос целиком): {statistics.median(cached) * 1000:.1f} мс (цель < 20)")
    if not args.only:
        print(f"Худшее отношение промаха к списку в админке: {worst:.2f}× (цель ≤ 1.0); "
              f"страницы из кэша к полу: {worst_floor:.2f}× (цель ≤ 2)" + (f"; выше цели: {', '.join(over)}" if over else ""))


if __name__ == "__main__":
    main()
