"""Hostile input on every form and query parameter, for every role: never a 5xx.

The forms are not listed by hand: for each persona the test walks the portal from its entry pages (same-origin
links, as a person would click them) with the demo data loaded, and collects every <form> it meets — filters
(GET) and writes (POST) — with the names of its fields, and every query parameter of the links. Then:

- a deterministic pass sends each hostile value to every field of every form and to every query parameter at once;
- hypothesis then draws forms and values (NUL, lone surrogates, invalid UTF-8, 10 MB strings, huge and negative
  numbers, malformed dates, mixtures) and the same for cookies.

A 4xx is a fine answer to nonsense; a 5xx (or an exception escaping the view) fails the test.
"""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qsl, quote, urljoin, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

MAX_PAGES = 70
PER_VIEW = 1  # pages of one URL pattern worth visiting (one organization's page is like the next)
SKIP_PATHS = ("/accounts/logout/", "/static/", "/admin/", "/i18n/", "/jsi18n/", "/en/jsi18n/")
BIG = "Ж" * (5 * 1024 * 1024)  # 10 MB of UTF-8: larger than any request may be (DATA_UPLOAD_MAX_MEMORY_SIZE)
HOSTILE = [
    "\x00",
    "a\x00b",
    "\ud800",  # a lone surrogate: not encodable as UTF-8
    "\udfff\ud800x",
    "9" * 40,
    "-1",
    "-99999999999999999999",
    "1e309",
    "NaN",
    "2026-02-30",
    "0000-00-00",
    "9999-12-31T25:61",
    "31.02.2026",
    "",
    " ",
    "<script>alert(1)</script>",
    "'; DROP TABLE x; --",
    "../../etc/passwd",
    "%",
    "²",
    "٣",
    "\u202e",
    "é" * 3000,
]
# Sent to each field in turn (the rest go to hypothesis, which mixes them with everything else).
EACH_FIELD = ["\x00", "\ud800", "9" * 40, "-1", "1e309", "2026-02-30", "²", "é" * 3000, "", "<script>alert(1)</script>"]
INVALID_UTF8 = ["%FF", "%C3%28", "%ED%A0%80", "%F4%90%80%80", "%E2%82"]


@dataclass
class Form:
    page: str
    action: str
    method: str
    fields: list[str] = field(default_factory=list)
    defaults: dict[str, str] = field(default_factory=dict)


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.forms: list[Form] = []
        self._form: Form | None = None
        self._select: str | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "form":
            self._form = Form(page="", action=attrs.get("action") or "", method=(attrs.get("method") or "get").lower())
            self.forms.append(self._form)
        elif (
            tag in ("input", "select", "textarea", "button") and self._form is not None and attrs.get("name")
            and attrs.get("type") != "file"
        ):
            name = attrs["name"]
            if name not in self._form.fields:
                self._form.fields.append(name)
            kind = attrs.get("type", "text")
            if tag == "select":
                self._select = name
            elif tag == "textarea":
                self._textarea = name
                self._form.defaults.setdefault(name, "")
            elif kind in ("checkbox", "radio"):
                if "checked" in attrs or (kind == "radio" and name not in self._form.defaults):
                    self._form.defaults[name] = attrs.get("value") or "on"
            elif tag == "input" and kind not in ("submit", "button", "reset"):
                self._form.defaults.setdefault(name, attrs.get("value") or "")
        elif tag == "option" and self._form is not None and self._select and (
            "selected" in attrs or self._select not in self._form.defaults
        ):
            self._form.defaults[self._select] = attrs.get("value") or ""

    def handle_data(self, data):
        if self._form is not None and self._textarea:
            self._form.defaults[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def _view_of(path: str) -> str:
    from django.urls import Resolver404, resolve

    try:
        return resolve(path).view_name
    except Resolver404:
        return path


def _crawl(client, entries: list[str]) -> tuple[list[Form], dict[str, dict[str, str]]]:
    seen, queue = set(), list(entries)
    per_view: dict[str, int] = {}
    forms: list[Form] = []
    params: dict[str, dict[str, str]] = {}
    while queue and len(seen) < MAX_PAGES:
        url = queue.pop(0)
        path = urlsplit(url).path
        if path in seen or path.startswith(SKIP_PATHS):
            continue
        seen.add(path)
        view = _view_of(path)
        per_view[view] = per_view.get(view, 0) + 1
        if per_view[view] > PER_VIEW:
            continue
        response = client.get(url)
        assert response.status_code < 500, url
        if "text/html" not in response.get("Content-Type", ""):
            continue
        collector = _Collector()
        collector.feed(response.content.decode())
        for form in collector.forms:
            form.page = path
            form.action = urljoin(path, form.action) if form.action else path
            forms.append(form)
        for href in collector.links:
            parts = urlsplit(urljoin(path, href))
            if parts.netloc or parts.scheme or not parts.path.startswith("/"):
                continue
            for name, value in parse_qsl(parts.query):
                params.setdefault(parts.path, {}).setdefault(name, value)
            if parts.path not in seen:
                queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    unique: dict[tuple, Form] = {}
    for form in forms:
        if not form.action.startswith(SKIP_PATHS):
            unique.setdefault((form.method, _view_of(form.action), tuple(form.fields)), form)
    return list(unique.values()), params


def _some(fields: list[str], most: int = 8) -> list[str]:
    """All the fields of an ordinary form; of a formset with hundreds (the editor), its first fields and an
    even sample of the rest — the same kinds of field repeat per row, and hypothesis draws from all of them."""
    if len(fields) <= most:
        return fields
    step = max(1, len(fields) // (most // 2))
    return list(dict.fromkeys([*fields[: most // 2], *fields[most // 2 :: step]]))


def _encode(value: str) -> str:
    return quote(value.encode("utf-8", "surrogatepass"), safe="")


def _send(client, form: Form, values: dict[str, str]):
    body = "&".join(f"{_encode(name)}={_encode(value)}" for name, value in values.items())
    if form.method == "post":
        response = client.post(form.action, data=body.encode("ascii"), content_type="application/x-www-form-urlencoded")
    else:
        response = client.get(form.action, QUERY_STRING=body if len(body) < 200_000 else body[:200_000])
    assert response.status_code < 500, (form.method, form.action, {k: v[:40] for k, v in values.items()})
    return response


@pytest.fixture
def personas(db, client, django_user_model):
    from django.core.management import call_command
    from django.test import Client

    call_command("load_demo", verbosity=0)
    call_command("demo_account", verbosity=0)
    leader, secretary = Client(raise_request_exception=True), Client(raise_request_exception=True)
    users = {
        "leader": django_user_model.objects.get(email="leader@ksors.example"),
        "secretary": django_user_model.objects.get(email="secretariat@ksors.example"),
    }

    def login(role, who):
        # Some posts end a session (a password change, a reset); every batch starts logged in as the persona.
        if role in users:
            users[role].refresh_from_db()
            who.force_login(users[role])

    return {
        "anonymous": (client, ["/", "/en/", "/resolutions/", "/organizations/", "/search/?q=конференция", "/accounts/login/"]),
        "leader": (leader, ["/my/"]),
        "secretary": (secretary, ["/secretariat/", "/secretariat/resolutions/", "/secretariat/events/", "/secretariat/calls/"]),
        "login": login,
    }


FUZZ = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)
values = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=60),
    st.text(alphabet=st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF), max_size=30),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.dates().map(lambda d: d.isoformat()),
)


@pytest.mark.parametrize("role", ["anonymous", "leader", "secretary"])
def test_no_form_or_query_parameter_answers_hostile_values_with_a_5xx(personas, role):
    client, entries = personas[role]
    relogin = lambda: personas["login"](role, client)  # noqa: E731
    relogin()
    forms, params = _crawl(client, entries)
    assert forms, f"no form found for {role}"
    offset = 0
    for form in forms:
        if not form.fields:
            continue
        relogin()
        # Each hostile value reaches each form, one field at a time, the others as the page filled them in (so a
        # hostile id is not hidden behind a hostile "type" that makes the view ignore it); the values rotate over
        # the fields, so across the forms every value meets every kind of field.
        fields = _some(form.fields)
        for n in range(max(len(fields), len(EACH_FIELD))):
            name = fields[n % len(fields)]
            _send(client, form, {**form.defaults, name: EACH_FIELD[(n + offset) % len(EACH_FIELD)]})
        offset += 1
    for form in [f for f in forms if f.method == "post" and f.fields][:5]:
        _send(client, form, {form.fields[0]: BIG})
    for path, example in params.items():
        relogin()
        for name in example:  # one parameter at a time, the others as the link had them
            for hostile in [*EACH_FIELD, "x" * 5_000]:
                query = "&".join(f"{n}={_encode(hostile if n == name else v)}" for n, v in example.items())
                assert client.get(path, QUERY_STRING=query).status_code < 500, (path, name, hostile[:40])
            for raw in INVALID_UTF8:
                query = "&".join(f"{n}={raw if n == name else _encode(v)}" for n, v in example.items())
                assert client.get(path, QUERY_STRING=query).status_code < 500, (path, name, raw)

    @FUZZ
    @given(data=st.data())
    def fuzz(data):
        relogin()
        form = data.draw(st.sampled_from([f for f in forms if f.fields]))
        chosen = data.draw(st.dictionaries(st.sampled_from(form.fields), values, min_size=1))
        _send(client, form, chosen)

    fuzz()


@pytest.mark.parametrize(
    "cookie",
    ["sessionid=\x00", "sessionid=\xff\xfe", "csrftoken=\x00; sessionid=abc", "django_language=\xff", "django_language=" + "x" * 5000,
     "sessionid=" + "%ED%A0%80", "=;;=;", "sessionid=\"\\000\""],
)
@pytest.mark.parametrize("path", ["/", "/resolutions/", "/search/?q=x", "/accounts/login/", "/secretariat/", "/my/"])
def test_hostile_cookies_never_cause_a_5xx(client, db, cookie, path):
    response = client.get(path, HTTP_COOKIE=cookie)
    assert response.status_code < 500


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture], derandomize=True)
@given(raw=st.binary(max_size=200))
def test_arbitrary_bytes_in_query_string_and_cookie_never_cause_a_5xx(client, db, raw):
    text = raw.decode("latin-1")  # what a WSGI server hands Django for bytes it received
    assert client.get("/search/", QUERY_STRING="q=" + re.sub(r"[\r\n]", "", text)).status_code < 500
    assert client.get("/", HTTP_COOKIE=re.sub(r"[\r\n]", "", text)).status_code < 500
