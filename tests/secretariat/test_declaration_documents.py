"""A declaration's attached documents: added in the same form as its text, public on its page, removed again."""

import pytest
from django.urls import reverse

from resolutions.models import DeclarationDocument
from tests.files import upload
from tests.workspace_fixtures import declaration  # noqa: F401


def _data(declaration, **extra):  # noqa: F811
    return {"title": declaration.title, "slug": declaration.slug, "text": "Текст декларации.", "is_open": "on",
            "is_published": "on", **extra}


@pytest.fixture
def edit_url(declaration):  # noqa: F811
    return reverse("secretariat:declaration_edit", args=[declaration.pk])


def test_a_statement_is_attached_with_the_text_and_shown_on_the_public_page(
    secretary_client, secretary, declaration, edit_url, client  # noqa: F811
):
    response = secretary_client.post(edit_url, _data(
        declaration, document_title="Заявление от 19.06.2026",
        document=upload("заявление.txt", "Заявление участников конференции.".encode(), "text/plain"),
    ))
    assert response.status_code == 302
    document = DeclarationDocument.objects.get()
    assert (document.title, document.original_name) == ("Заявление от 19.06.2026", "заявление.txt")
    assert document.history_log.get().history_user == secretary
    declaration.refresh_from_db()
    assert declaration.text == "Текст декларации."
    page = client.get(declaration.get_absolute_url()).content.decode()
    url = reverse("resolutions:declaration_document", args=[declaration.slug, document.pk])
    assert f'href="{url}">Заявление от 19.06.2026</a>' in page
    served = client.get(url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == "Заявление участников конференции.".encode()

    response = secretary_client.post(edit_url, _data(declaration, remove_documents=[document.pk]))
    assert response.status_code == 302
    assert not DeclarationDocument.objects.exists()


def test_a_document_without_a_title_is_refused_and_the_text_kept(secretary_client, declaration, edit_url):  # noqa: F811
    response = secretary_client.post(edit_url, _data(
        declaration, text="Новый текст, ещё не сохранённый.",
        document=upload("заявление.txt", b"text", "text/plain"),
    ))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Назовите документ" in page
    assert "Новый текст, ещё не сохранённый." in page
    assert "Файл «заявление.txt» не сохранён, потому что в форме есть ошибки: выберите его ещё раз." in page
    assert not DeclarationDocument.objects.exists()


def test_a_program_is_not_attached(secretary_client, declaration, edit_url):  # noqa: F811
    response = secretary_client.post(edit_url, _data(
        declaration, document_title="Заявление", document=upload("заявление.pdf", b"MZ\x90\x00" + b"\x00" * 100, "application/pdf"),
    ))
    assert "программа" in response.content.decode()
    assert not DeclarationDocument.objects.exists()
