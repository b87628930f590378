"""Calls for materials: leaders send, the Secretariat reviews and downloads ZIPs arranged by organization."""

import datetime
import io
import zipfile

from django.core import mail
from django.urls import reverse

from organizations.exports import materials_zip
from organizations.models import MaterialCall, Submission
from tests.factories import UserFactory
from tests.files import docx_bytes, jpeg_bytes, pdf_bytes, upload, windows_executable


def _send(client, org_slug="alpha", **data):
    return client.post(reverse("my:submission", args=[org_slug, "jubilee-book"]), data)


def test_a_leader_sends_text_links_and_files_and_the_secretariat_is_told(
    client, leader_a, secretary, org_a, call, django_capture_on_commit_callbacks
):
    recipient = UserFactory(email="kim@example.org", full_name="Ким В.М.")
    call.recipient = recipient
    call.save()
    client.force_login(leader_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = _send(
            client,
            text="История общества «Альфа» с 1995 года.",
            links="https://example.org/video1\nhttps://example.org/album",
            files=[upload("история.docx", docx_bytes()), upload("сабантуй.jpg", jpeg_bytes())],
        )
    assert response.status_code == 302
    submission = Submission.objects.get(call=call, organization=org_a)
    assert submission.status == Submission.Status.SUBMITTED
    assert submission.submitted_by == leader_a
    assert sorted(f.original_name for f in submission.files.all()) == ["история.docx", "сабантуй.jpg"]
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert sorted(message.to) == ["kim@example.org", "secretary@example.org"]
    assert message.subject == "[КСОРС РТ] Материалы от «Альфа»"
    assert "ОО «Альфа» отправила материалы" in message.body
    assert "история.docx" in message.body
    assert reverse("secretariat:submission", args=["jubilee-book", submission.pk]) in message.body


def test_a_leader_can_add_to_a_submission_until_the_deadline(client, leader_a, org_a, call):
    client.force_login(leader_a)
    _send(client, text="Первая часть", files=[upload("a.pdf", pdf_bytes())])
    _send(client, text="Первая и вторая часть", files=[upload("b.pdf", pdf_bytes())])
    submission = Submission.objects.get(call=call, organization=org_a)
    assert submission.text == "Первая и вторая часть"
    assert submission.files.count() == 2

    call.deadline = datetime.date.today() - datetime.timedelta(days=1)
    call.save()
    response = _send(client, text="Опоздали")
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.text == "Первая и вторая часть"
    page = client.get(reverse("my:submission", args=["alpha", "jubilee-book"])).content.decode()
    assert "Приём материалов по этому сбору закрыт." in page
    assert 'name="text"' not in page


def test_a_closed_call_takes_nothing(client, leader_a, org_a, call):
    call.status = MaterialCall.Status.CLOSED
    call.save()
    client.force_login(leader_a)
    _send(client, text="Поздно")
    assert not Submission.objects.filter(call=call).exists()


def test_a_bad_file_is_refused_and_the_text_is_kept(client, leader_a, org_a, call):
    client.force_login(leader_a)
    response = _send(
        client, text="Наш длинный текст об истории", files=[upload("setup.pdf", windows_executable()), upload("ok.pdf", pdf_bytes())]
    )
    assert response.status_code == 400
    content = response.content.decode()
    assert "Файл «setup.pdf» — программа" in content
    assert "Наш длинный текст об истории" in content
    assert not Submission.objects.filter(call=call).exists()


def test_an_empty_submission_is_refused(client, leader_a, call):
    client.force_login(leader_a)
    response = _send(client, text="  ")
    assert response.status_code == 400
    assert "Добавьте текст, ссылку или файл." in response.content.decode()


def _submission(call, organization, leader, **kwargs):
    from organizations.services import submission_save

    return submission_save(call=call, organization=organization, user=leader, **kwargs)


def test_the_secretariat_sees_organizations_by_what_they_sent(
    client, secretary, leader_a, org_a, org_b, call, django_assert_max_num_queries
):
    from core.uploads import document_clean

    _submission(call, org_a, leader_a, text="Текст", files=[document_clean(upload("a.pdf", pdf_bytes()))])
    client.force_login(secretary)
    with django_assert_max_num_queries(10):
        response = client.get(reverse("secretariat:call", args=["jubilee-book"]))
    content = response.content.decode()
    assert "ОО «Альфа»" in content and "ОО «Бета»" in content
    assert "Ничего не прислано" in content
    assert "Отправлено" in content


def test_review_needs_a_comment_for_changes_and_tells_the_leaders(
    client, secretary, leader_a, org_a, call, django_capture_on_commit_callbacks
):
    submission = _submission(call, org_a, leader_a, text="Текст")
    client.force_login(secretary)
    url = reverse("secretariat:submission", args=["jubilee-book", submission.pk])
    response = client.post(url, {"status": "needs_changes", "comment": ""})
    assert response.status_code == 400
    assert "Напишите, что нужно исправить." in response.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"status": "needs_changes", "comment": "Добавьте фотографии 1990-х."})
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == Submission.Status.NEEDS_CHANGES
    assert submission.reviewed_by == secretary
    assert [m.to for m in mail.outbox] == [["leader-a@example.org"]]
    assert mail.outbox[0].subject == "[КСОРС РТ] Материалы: нужны исправления"
    assert "Добавьте фотографии 1990-х." in mail.outbox[0].body

    client.force_login(leader_a)
    assert "Добавьте фотографии 1990-х." in client.get(reverse("my:submission", args=["alpha", "jubilee-book"])).content.decode()

    client.force_login(secretary)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"status": "accepted", "comment": ""})
    assert mail.outbox[0].subject == "[КСОРС РТ] Ваши материалы приняты"


def test_the_zip_is_arranged_by_organization(secretary, leader_a, leader_b, org_a, org_b, call, client):
    from core.uploads import attachment_clean

    _submission(
        call, org_a, leader_a, text="История Альфы", links="https://example.org/a",
        files=[attachment_clean(upload("история.pdf", pdf_bytes())), attachment_clean(upload("фото.jpg", jpeg_bytes()))],
    )
    _submission(call, org_b, leader_b, text="История Беты", files=[attachment_clean(upload("история.pdf", pdf_bytes()))])
    _submission(call, org_b, leader_b, text="История Беты", files=[attachment_clean(upload("история.pdf", pdf_bytes()))])

    content, filename = materials_zip(call=call)
    assert filename == "jubilee-book.zip"
    archive = zipfile.ZipFile(io.BytesIO(content))
    assert sorted(archive.namelist()) == sorted([
        "Альфа/материалы.txt", "Альфа/история.pdf", "Альфа/фото.jpg",
        "Бета/материалы.txt", "Бета/история.pdf", "Бета/история (2).pdf",
    ])
    summary = archive.read("Альфа/материалы.txt").decode()
    assert "История Альфы" in summary and "https://example.org/a" in summary and "ОО «Альфа»" in summary
    assert archive.read("Альфа/история.pdf") == pdf_bytes()

    content, filename = materials_zip(call=call, organization=org_a)
    assert filename == "jubilee-book-alpha.zip"
    assert {name.split("/")[0] for name in zipfile.ZipFile(io.BytesIO(content)).namelist()} == {"Альфа"}

    client.force_login(secretary)
    response = client.get(reverse("secretariat:organization_export", args=["jubilee-book", "beta"]))
    assert response["Content-Type"] == "application/zip"
    assert 'filename="jubilee-book-beta.zip"' in response["Content-Disposition"]
    assert len(zipfile.ZipFile(io.BytesIO(response.getvalue())).namelist()) == 3


def test_the_secretariat_opens_edits_and_closes_a_call(client, secretary):
    client.force_login(secretary)
    response = client.post(reverse("secretariat:call_create"), {
        "title": "Фото с конференции", "slug": "conference-photos", "description": "Пришлите фото.",
        "requested": "Фотографии", "deadline": "2027-01-31", "deadline_text": "", "status": "open", "recipient": "",
    })
    assert response.status_code == 302
    call = MaterialCall.objects.get(slug="conference-photos")
    assert call.deadline == datetime.date(2027, 1, 31)
    response = client.post(reverse("secretariat:call_edit", args=["conference-photos"]), {
        "title": "Фото с конференции", "slug": "conference-photos", "description": "", "requested": "",
        "deadline": "2027-01-31", "deadline_text": "", "status": "closed", "recipient": secretary.pk,
    })
    call.refresh_from_db()
    assert call.status == MaterialCall.Status.CLOSED and call.recipient == secretary
    assert "Приём закрыт" in client.get(reverse("secretariat:calls")).content.decode()


def test_submission_files_are_served_to_the_owner_and_the_secretariat_only(client, leader_a, leader_b, secretary, org_a, call):
    from core.uploads import document_clean

    submission = _submission(call, org_a, leader_a, files=[document_clean(upload("устав.pdf", pdf_bytes()))])
    stored = submission.files.get()
    assert stored.file.name.endswith(".pdf") and "устав" not in stored.file.name
    url = reverse("my:submission_file", args=[stored.pk])
    for user, status in ((leader_a, 200), (secretary, 200), (leader_b, 404)):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == status
    client.force_login(leader_a)
    response = client.get(url)
    assert b"".join(response.streaming_content) == pdf_bytes()
    assert "filename*=utf-8''%D1%83%D1%81%D1%82%D0%B0%D0%B2.pdf" in response["Content-Disposition"]
