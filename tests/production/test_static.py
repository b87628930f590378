"""collectstatic under production settings, with the storage production uses (finding 1 of issue 9)."""

import json

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.templatetags.static import static

from tests.production.helpers import portal_env, shell


def test_it_collects_with_the_compressed_manifest_storage(_collected_static):
    assert settings.STORAGES["staticfiles"]["BACKEND"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    manifest = json.loads((_collected_static / "staticfiles.json").read_text())["paths"]
    assert {"css/base.css", "css/resolution-pdf.css", "js/copy-link.js", "fonts/PTSerif-Regular.ttf"} <= set(manifest)
    assert static("css/base.css") == f"/static/{manifest['css/base.css']}"


def test_the_pdf_stylesheet_keeps_its_private_font_urls(_collected_static):
    # The manifest leaves `letters:` URLs alone; WeasyPrint's fetcher resolves them (resolutions.pdf).
    collected = (_collected_static / staticfiles_storage.stored_name("css/resolution-pdf.css")).read_text()
    assert 'url("ksorsstatic:fonts/PTSerif-Regular.ttf")' in collected


def test_production_settings_use_the_manifest_storage():
    code = "from django.conf import settings; print(settings.STORAGES['staticfiles']['BACKEND'])"
    backend = shell(code, env=portal_env())
    assert backend == "whitenoise.storage.CompressedManifestStaticFilesStorage"
