"""The one filtered-list view every public list uses: django-filter, pagination, CSV of the same rows.

The filter state lives in the query string, so a filtered page can be bookmarked, shared, and exported:
the CSV link is the same URL with `format=csv`, and it exports every row the filters select (not one page).
"""

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[object], object]


def filtered_list(
    request,
    *,
    filterset_class,
    queryset,
    template: str,
    csv_columns: Sequence[Column],
    csv_name: str,
    context: dict | None = None,
    per_page: int = 20,
    csv_queryset: Callable | None = None,
):
    """Render `template` with `filterset`, `page_obj`, `rows` and `csv_url`; or the rows as CSV with ?format=csv."""
    # Always bound: filter_queryset() runs (and applies defaults such as "members only") on the bare URL too.
    filterset = filterset_class(request.GET, queryset=queryset, request=request)
    rows = filterset.qs
    if request.GET.get("format") == "csv":
        return csv_response(csv_queryset(rows) if csv_queryset else rows, csv_columns, csv_name)
    page_obj = Paginator(rows, per_page).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    query["format"] = "csv"
    return render(
        request,
        template,
        {
            "filterset": filterset,
            "page_obj": page_obj,
            "rows": page_obj.object_list,
            "is_filtered": any(v for k, v in request.GET.items() if k not in ("page", "format")),
            "csv_url": f"?{query.urlencode()}",
            **(context or {}),
        },
    )


def csv_response(rows, columns: Sequence[Column], name: str) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}-{timezone.localdate():%Y-%m-%d}.csv"'
    # A byte-order mark so that Excel opens Cyrillic as UTF-8.
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([str(column.header) for column in columns])
    for row in rows:
        writer.writerow(["" if (value := column.value(row)) is None else str(value) for column in columns])
    return response
