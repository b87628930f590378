"""Structured logs: one JSON object a line, each with the id of the request it belongs to.

The id comes from the proxy's `X-Request-ID` (nginx: `proxy_set_header X-Request-ID $request_id`) when it is a
plain token, otherwise the portal makes one; it is sent back in the response's `X-Request-ID`, so one id follows a
request through nginx's access log, the portal's log and Sentry.
"""

import contextvars
import datetime
import json
import logging
import re
import uuid

__all__ = ["JsonFormatter", "RequestIdFilter", "RequestIdMiddleware", "current_request_id"]

_request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="")
VALID_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
HEADER = "X-Request-ID"


def current_request_id() -> str:
    return _request_id.get()


class RequestIdMiddleware:
    """First in the chain, so every log line of the request, errors included, carries its id."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        offered = request.META.get("HTTP_X_REQUEST_ID", "")
        request_id = offered if VALID_ID.fullmatch(offered) else uuid.uuid4().hex
        request.request_id = request_id
        token = _request_id.set(request_id)
        try:
            _tag_sentry(request_id)
            response = self.get_response(request)
        finally:
            _request_id.reset(token)
        response[HEADER] = request_id
        return response


def _tag_sentry(request_id: str) -> None:
    try:
        import sentry_sdk
    except ImportError:  # pragma: no cover - sentry-sdk is a dependency; without it there is nothing to tag
        return
    sentry_sdk.set_tag("request_id", request_id)


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        # Django logs a request's 4xx/5xx after the middleware has returned: the id is then on the request.
        from_request = getattr(getattr(record, "request", None), "request_id", None)
        record.request_id = getattr(record, "request_id", None) or from_request or current_request_id()
        return True


# Attributes every LogRecord has: anything else passed with `extra=` goes into the JSON object too.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime", "request_id"}


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "") or getattr(getattr(record, "request", None), "request_id", "")
            or current_request_id() or None,
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "path"):
            entry["method"], entry["path"] = request.method, request.path
        if getattr(record, "status_code", None):
            entry["status"] = record.status_code
        for key, value in vars(record).items():
            if key not in _STANDARD and key not in {"request", "status_code"} and not key.startswith("_"):
                entry[key] = value if isinstance(value, (str, int, float, bool, type(None))) else repr(value)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)
