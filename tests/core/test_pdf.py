"""The one PDF renderer: any HTML renders, and nothing outside the allowed static files is ever read."""

import pytest

from core import pdf

HOSTILE = '<img src="file:///etc/passwd"><link rel="stylesheet" href="http://127.0.0.1:9/x.css"><p>Текст</p>'


def test_it_renders_hostile_html_without_reading_anything(monkeypatch):
    opened = []
    monkeypatch.setattr("urllib.request.OpenerDirector.open", lambda *args, **kwargs: opened.append(args))
    assert pdf.render_pdf(HOSTILE).startswith(b"%PDF")
    assert opened == []


def test_it_serves_an_allowed_font():
    response = pdf.StaticOnlyFetcher().fetch(pdf.PREFIX + "fonts/PTSans-Regular.ttf")
    assert response.headers["Content-Type"] in {"font/ttf", "application/x-font-ttf", "application/octet-stream"}


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "http://example.org/x.css", "data:text/css,body{}", "ksorsstatic:../ksors/settings.py",
     "ksorsstatic:fonts/../../ksors/settings.py", "ksorsstatic:css/fonts.css", "ksorsstatic:nope.css"],
)
def test_it_refuses_every_other_url(url):
    with pytest.raises(ValueError):
        pdf.StaticOnlyFetcher().fetch(url)


def test_the_scheme_survives_the_manifest_static_storage():
    """ManifestStaticFilesStorage leaves url(letters:…) alone; a hyphen in the scheme made collectstatic fail."""
    import re

    assert re.fullmatch(r"[a-z]+", pdf.SCHEME)
