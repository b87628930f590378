"""Uploads and the PDF cache in S3-compatible object storage (moto's server): the objects are private, the
portal's permission-checking views are the only way to them, and the local disk is not used."""

import io
import urllib.error
import urllib.request

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse
from PIL import Image

from ksors.env import storage_from_url
from organizations.models import SubmissionFile
from resolutions.models import ReportAttachment
from tests.files import jpeg_bytes, pdf_bytes, upload
from tests.leaders.test_profile import _profile_data

pytestmark = pytest.mark.django_db


def _keys(s3_client, bucket) -> list[str]:
    return sorted(item["Key"] for item in s3_client.list_objects_v2(Bucket=bucket).get("Contents", []))


def _anonymous_get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_the_url_reads_bucket_endpoint_credentials_and_keeps_objects_private():
    storage = storage_from_url("s3://KEY:s%2Fecret@Council-Files?endpoint_url=http://127.0.0.1:9000&location=media")
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    options = storage["OPTIONS"]
    assert options["bucket_name"] == "Council-Files"
    assert (options["access_key"], options["secret_key"]) == ("KEY", "s/ecret")
    assert options["endpoint_url"] == "http://127.0.0.1:9000"
    assert options["location"] == "media"
    assert options["default_acl"] is None and options["querystring_auth"] is True
    assert options["querystring_expire"] == 60
    assert options["file_overwrite"] is False
    assert storage_from_url(None)["BACKEND"] == "django.core.files.storage.FileSystemStorage"


@pytest.mark.parametrize(
    "url, message",
    [("ftp://bucket", "схема"), ("s3://?endpoint_url=x", "корзину"), ("s3://b?acl=public-read", "acl"),
     ("s3://b?querystring_expire=soon", "целое")],
)
def test_a_bad_storage_url_is_refused_in_russian(url, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        storage_from_url(url)


def test_a_leaders_material_goes_to_the_bucket_and_only_the_permission_checking_view_hands_it_out(
    client, s3_storage, s3_client, settings, leader_a, leader_b, secretary, org_a, call, tmp_path
):
    client.force_login(leader_a)
    response = client.post(
        reverse("my:submission", args=["alpha", call.slug]),
        {"text": "История", "files": [upload("история.pdf", pdf_bytes())]},
    )
    assert response.status_code == 302
    stored = SubmissionFile.objects.get()
    assert _keys(s3_client, s3_storage) == [stored.file.name]
    assert stored.file.name.startswith("materials/") and "история" not in stored.file.name
    # Nothing was written to the local media folder.
    assert not (tmp_path / "media").exists() or not any((tmp_path / "media").rglob("*.pdf"))

    url = reverse("my:submission_file", args=[stored.pk])
    served = client.get(url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == pdf_bytes()
    assert "attachment" in served["Content-Disposition"]

    client.force_login(secretary)
    assert client.get(url).status_code == 200
    client.force_login(leader_b)
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302

    # The object itself is private: its plain address is refused. (moto does not enforce a signature's expiry,
    # so that part is S3's promise, checked here only as the 60 s the storage asks for.)
    endpoint = s3_client.meta.endpoint_url
    assert _anonymous_get(f"{endpoint}/{s3_storage}/{stored.file.name}") == 403
    # The storage's own URLs are signed and short-lived (60 s), never a public address.
    signed = default_storage.url(stored.file.name)
    assert "X-Amz-Signature=" in signed and "X-Amz-Expires=60" in signed


def test_pages_never_show_a_storage_address(client, s3_storage, s3_client, leader_a, report_a):
    attachment = ReportAttachment.objects.get()
    assert _keys(s3_client, s3_storage) == [attachment.file.name]
    client.force_login(leader_a)
    page = client.get(reverse("my:items", args=["alpha"])).content.decode()
    assert s3_client.meta.endpoint_url not in page and "X-Amz" not in page
    served = client.get(reverse("my:report_attachment", args=[attachment.pk]))
    assert b"".join(served.streaming_content) == b"hello"


def test_logos_and_photos_are_stored_in_the_bucket_and_served_with_long_cache_lifetimes(
    client, s3_storage, s3_client, leader_a, org_a
):
    client.force_login(leader_a)
    # The photo travels with the profile form (nothing typed beside it is lost: issue 10).
    response = client.post(
        reverse("my:profile_edit", args=["alpha"]),
        _profile_data(photo_caption="Сабантуй", photo=upload("IMG_0001.jpg", jpeg_bytes(size=(2000, 1500)), "image/jpeg"),
                      action="photo"),
    )
    assert response.status_code == 302
    photo = org_a.photos.get()
    assert _keys(s3_client, s3_storage) == sorted([photo.image.name, photo.thumbnail.name])
    client.logout()
    served = client.get(reverse("organizations:photo", args=["alpha", photo.pk, "thumb"]))
    assert served.status_code == 200
    assert Image.open(io.BytesIO(b"".join(served.streaming_content))).size == (480, 360)
    cache_control = served["Cache-Control"]
    assert "public" in cache_control and "immutable" in cache_control
    assert int(cache_control.split("max-age=")[1].split(",")[0]) >= 30 * 24 * 3600

    org_a.logo.save("logo.jpg", ContentFile(jpeg_bytes(size=(200, 200))), save=True)
    assert org_a.logo.name in _keys(s3_client, s3_storage)
    page = client.get(org_a.get_absolute_url()).content.decode()
    versioned = f"{reverse('organizations:logo', args=['alpha'])}?v={org_a.logo_version}"
    assert versioned in page
    assert "immutable" in client.get(versioned)["Cache-Control"]
    bare = client.get(reverse("organizations:logo", args=["alpha"]))
    assert bare.status_code == 200 and "immutable" not in bare["Cache-Control"]


def test_the_pdf_cache_lives_in_the_bucket(client, s3_storage, s3_client, resolution, item_for_a):
    response = client.get(reverse("resolutions:pdf", args=[resolution.slug]))
    assert response.status_code == 200
    keys = _keys(s3_client, s3_storage)
    assert len(keys) == 1 and keys[0].startswith(f"cache/pdf/{resolution.pk}/")
    body = s3_client.get_object(Bucket=s3_storage, Key=keys[0])["Body"].read()
    assert body.startswith(b"%PDF-")
    again = client.get(reverse("resolutions:pdf", args=[resolution.slug]))
    served = b"".join(again.streaming_content) if again.streaming else again.content
    assert served == body
