"""Search at 100,000 items on PostgreSQL: p50/p95 of the search page for the benchmark's queries (misses of the
page cache: its generation is bumped before every request).

    DJANGO_SECRET_KEY=x python bench/search_bench.py --database-url postgres://postgres@127.0.0.1:5432/ksors_bench_search
        [--resolutions 2500] [--repeat 40] [--reuse]

Builds the data set of bench/public_pages.py with `--resolutions` × 40 items (2,500 → 100,000 items) in a
throwaway database (dropped and recreated; `--reuse` keeps the one a previous run built), then times /search/
for a selective word, a frequent word, a phrase and a misspelling that finds nothing, each paired with the
admin changelist of items as the reference of the same run (as in bench/public_pages.py; the admin's own
search, icontains over 100,000 texts, takes seconds).
Numbers, not assertions. Search stays on PostgreSQL under 50 ms at p95 (issue 13) on an idle machine; the load
average is printed with the figures, since on a shared machine it decides them.
"""

import argparse
import os
import statistics
import sys
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

QUERIES = [
    ("избирательное слово", "/search/?q=Умет"),
    ("частое слово", "/search/?q=соотечественников"),
    ("фраза", '/search/?q="подготовить+доклад"'),
    ("опечатка, ничего", "/search/?q=сааатечественникофф"),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--resolutions", type=int, default=2500)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--reuse", action="store_true", help="keep the database of a previous run")
    args = parser.parse_args()

    import public_pages

    public_pages.configure(args.database_url, fresh=not args.reuse)
    from django.core.management import call_command
    from django.test import Client

    from core import pagecache
    from portal.views.search import search_everything
    from resolutions.models import Item

    call_command("migrate", verbosity=0)
    if not (args.reuse and Item.objects.exists()):
        public_pages.build({"organizations": 300, "conferences": 25, "resolutions": args.resolutions, "items": 40,
                            "membership_events": 2000})
    from accounts.models import User

    staff = Client()
    staff.force_login(User.objects.filter(is_superuser=True).first()
                      or User.objects.create_superuser(email="bench@example.org", password="bench-password-1"))
    public = Client()
    from django.core.cache import caches

    load = os.getloadavg()
    print(f"\nКеш: {type(caches['default']).__name__}. Пунктов: {Item.objects.count()}; {args.repeat} пар запросов «страница поиска (промах кэша страниц), "
          f"список пунктов в админке» в случайном порядке; нагрузка машины (load average) {load[0]:.1f}\n")
    header = (f"{'запрос':22} {'адрес':40} {'p50 мс':>8} {'p95 мс':>8} {'найдено':>8} {'админка p50':>12} "
              f"{'p95':>8} {'/админка':>9}")
    print(header)
    print("-" * len(header))
    worst = 0.0
    for name, url in QUERIES:
        query = urllib.parse.parse_qs(url.split("?", 1)[1])["q"][0]
        reference = "/admin/resolutions/item/"
        times, reference_times = public_pages.measure_pair(
            public, url, staff, reference, warmup=3, repeat=args.repeat, before=pagecache.bump
        )
        found = sum(len(group.results) for group in search_everything(query))
        p95, reference_p95 = statistics.quantiles(times, n=20)[18], statistics.quantiles(reference_times, n=20)[18]
        ratio = statistics.median(times) / statistics.median(reference_times)
        worst = max(worst, p95)
        print(f"{name:22} {url:40} {statistics.median(times) * 1000:8.1f} {p95 * 1000:8.1f} {found:8d} "
              f"{statistics.median(reference_times) * 1000:12.1f} {reference_p95 * 1000:8.1f} {ratio:8.2f}×", flush=True)
    load = os.getloadavg()
    print(f"\nХудший p95: {worst * 1000:.1f} мс (цель < 50 мс); нагрузка машины к концу: {load[0]:.1f}")

if __name__ == "__main__":
    main()
