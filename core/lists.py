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


EXPORT_FORMATS = ("csv", "xlsx")


def table_list(
    request,
    *,
    table_class,
    queryset,
    template: str,
    export_name: str,
    filterset_class=None,
    context: dict | None = None,
    per_page: int = 50,
):
    """The back office's lists: django-filter for the filters, django-tables2 for sorting by any column,
    pagination, and export of exactly what is shown (same filters, same order, every page) as CSV or XLSX.

    Renders `template` with `table`, `filterset`, `export_urls` and `total`; `?_export=csv|xlsx` streams the file.
    """
    from django_tables2 import RequestConfig
    from django_tables2.export import TableExport

    filterset = filterset_class(request.GET, queryset=queryset, request=request) if filterset_class else None
    rows = filterset.qs if filterset is not None else queryset
    table = table_class(rows, request=request)
    export_format = request.GET.get("_export")
    if export_format in EXPORT_FORMATS:
        RequestConfig(request, paginate=False).configure(table)
        exporter = TableExport(export_format, table, exclude_columns=("actions",))
        content = exporter.export()
        if export_format == "csv":
            content = "\ufeff" + content  # so that Excel opens Cyrillic as UTF-8
        response = HttpResponse(content, content_type=exporter.content_type())
        response["Content-Disposition"] = (
            f'attachment; filename="{export_name}-{timezone.localdate():%Y-%m-%d}.{export_format}"'
        )
        return response
    RequestConfig(request, paginate={"per_page": per_page}).configure(table)
    query = request.GET.copy()
    query.pop("page", None)
    export_urls = []
    for name in EXPORT_FORMATS:
        query["_export"] = name
        export_urls.append((name.upper(), f"?{query.urlencode()}"))
    return render(
        request,
        template,
        {
            "table": table,
            "filterset": filterset,
            "total": table.paginator.count if table.page else 0,
            "export_urls": export_urls,
            "is_filtered": any(v for k, v in request.GET.items() if k not in ("page", "sort", "_export")),
            **(context or {}),
        },
    )
