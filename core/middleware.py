"""Requests the database could never store are refused (400), not allowed to become a 500.

PostgreSQL text cannot hold NUL (0x00): a `%00` in a path or query string, in a form field or in a cookie (the
session key among them) would reach the ORM and end in a `DataError` — a 500. Nothing legitimate carries NUL, so
the request is answered 400 (the portal's own page) before a view, a form or the session backend sees it.
"""

from urllib.parse import unquote_to_bytes

from django.core.exceptions import SuspiciousOperation
from django.db import DataError
from django.views.defaults import bad_request


class UnstorableRequest(SuspiciousOperation):
    """A request carrying a value no database column can hold (NUL, a number out of range)."""


def _has_nul(raw: str) -> bool:
    return "\x00" in raw or b"\x00" in unquote_to_bytes(raw)


class RejectNulBytesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        meta = request.META
        if (
            "\x00" in request.path_info
            or _has_nul(meta.get("QUERY_STRING", ""))
            or _has_nul(meta.get("HTTP_COOKIE", ""))
            or any("\x00" in value for value in request.COOKIES.values())  # quoted cookies unquote «\000» to NUL
        ):
            raise UnstorableRequest("NUL byte in the request")
        if request.method == "POST" and request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            for values in request.POST.lists():
                if any("\x00" in value for value in values[1]):
                    raise UnstorableRequest("NUL byte in a form field")
        return self.get_response(request)

    def process_exception(self, request, exception):
        """A number no database column can hold (a choice value of 40 digits in a crafted request): SQLite's
        driver raises OverflowError, PostgreSQL "out of range". Nobody types that into a select or a hidden
        field, so the answer is the 400 page. Any other database error stays a 500, to be found and fixed."""
        if isinstance(exception, OverflowError) or (isinstance(exception, DataError) and "out of range" in str(exception)):
            return bad_request(request, UnstorableRequest("number out of range"))
        return None
