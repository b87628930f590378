"""Appendix 1 of a declaration: the current list of the organizations that joined, as a PDF made by core/pdf.py."""

import datetime
import io

from django.urls import reverse
from pypdf import PdfReader

from resolutions.models import Signatory
from tests.factories import DeclarationFactory, OrganizationFactory


def _text(response) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


def test_appendix_1_lists_the_current_signatories_and_follows_a_change(client, db, django_capture_on_commit_callbacks):
    declaration = DeclarationFactory(title="Международная декларация о защите семьи", slug="family", is_open=True)
    joined = OrganizationFactory(name="ОО «Славянский дом»", city="Истаравшан")
    OrganizationFactory(name="ОО «Наследие»")
    signatory = Signatory.objects.create(
        declaration=declaration, organization=joined, status=Signatory.Status.CONFIRMED, joined_on=datetime.date(2026, 6, 19)
    )
    url = reverse("resolutions:declaration_appendix", args=["family"])
    assert url in client.get(declaration.get_absolute_url()).content.decode()
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = _text(response)
    assert "Приложение 1" in text
    assert "Славянский дом" in text and "Истаравшан" in text and "19 июня 2026" in text
    assert "Наследие" not in text
    signatory.status, signatory.joined_on, signatory.decline_reason = Signatory.Status.DECLINED, None, "Ошибка"
    with django_capture_on_commit_callbacks(execute=True):  # the write makes the cached page stale on commit
        signatory.save()
    assert "Славянский дом" not in _text(client.get(url))


def test_an_unpublished_declaration_has_no_appendix(client, db):
    DeclarationFactory(slug="hidden", is_published=False)
    assert client.get(reverse("resolutions:declaration_appendix", args=["hidden"])).status_code == 404
