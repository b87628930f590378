"""Search at 100,000 items on PostgreSQL: p50/p95 of the search page for the benchmark's queries (misses of the
page cache: its generation is bumped before every request).

    DJANGO_SECRET_KEY=x python bench/search_bench.py --database-url postgres://postgres@127.0.0.1:5432/ksors_bench_search
        [--resolutions 2500] [--repeat 40]

Builds the data set of bench/public_pages.py with `--resolutions` × 40 items (2,500 → 100,000 items) in a
throwaway database (dropped and recreated), then times /search/ for a selective word, a frequent word, a phrase
and a misspelling that finds nothing. Numbers, not assertions.
"""

import argparse
import gc
import statistics
import sys
import time
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
    args = parser.parse_args()

    import public_pages

    public_pages.configure(args.database_url)
    from django.core.management import call_command
    from django.test import Client

    from core import pagecache
    from portal.views.search import search_everything
    from resolutions.models import Item

    call_command("migrate", verbosity=0)
    public_pages.build({"organizations": 300, "conferences": 25, "resolutions": args.resolutions, "items": 40,
                        "membership_events": 2000})
    client = Client()
    print(f"\nПунктов: {Item.objects.count()}; по {args.repeat} запросов страницы поиска, промахи кэша страниц\n")
    print(f"{'запрос':24} {'адрес':40} {'p50 мс':>8} {'p95 мс':>8} {'найдено':>8}")
    for name, url in QUERIES:
        times = []
        for n in range(args.repeat + 3):
            pagecache.bump()
            gc.collect()
            start = time.perf_counter()
            response = client.get(url)
            if n >= 3:
                times.append(time.perf_counter() - start)
            assert response.status_code == 200
        query = urllib.parse.parse_qs(url.split("?", 1)[1])["q"][0]
        found = sum(len(group.results) for group in search_everything(query))
        q = statistics.quantiles(times, n=20)
        print(f"{name:24} {url:40} {statistics.median(times) * 1000:8.1f} {q[18] * 1000:8.1f} {found:8d}", flush=True)


if __name__ == "__main__":
    main()
