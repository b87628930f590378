import io
import json

import docx
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from conferences.models import Conference
from resolutions.models import Resolution
from tests.factories import ConferenceFactory
from tests.secretariat.conftest import SAMPLE


def test_it_shows_the_review_beside_the_source_and_saves_nothing(secretary_client, sample_text, members):
    response = secretary_client.post(reverse("secretariat:import"), {"text": sample_text})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Проверка импорта" in page
    assert "Резолюция XX Страновой тематической конференции" in page
    assert "Исходный текст" in page and "ПОСТАНОВИЛИ" in page
    assert "7г." in page and "12г." in page
    assert "применится при публикации" in page  # membership decisions are only proposed
    assert 'name="slug" value="xx-2026-06-19"' in page
    assert Resolution.objects.count() == 0


def test_it_warns_when_the_document_is_already_in_the_portal(secretary_client, sample_text, members):
    page = secretary_client.post(reverse("secretariat:import"), {"text": sample_text}).content.decode()
    assert "Похожий документ уже есть" not in page
    xx = ConferenceFactory(number=20, slug="xx-2026")
    secretary_client.post(reverse("secretariat:import_confirm"), {"source": sample_text, "slug": "xx-2026-06-19", "conference": xx.pk})
    page = secretary_client.post(reverse("secretariat:import"), {"text": sample_text}).content.decode()
    assert "Похожий документ уже есть" in page
    assert reverse("secretariat:resolution_edit", args=[Resolution.objects.get().pk]) in page
    assert 'name="slug" value="xx-2026-06-19-2"' in page


def test_it_shows_what_was_not_recognised(secretary_client, db):
    text = "Какой-то текст без пунктов и без заголовка."
    page = secretary_client.post(reverse("secretariat:import"), {"text": text}).content.decode()
    assert "Обратите внимание" in page or "Не распознано" in page
    assert "Не найдено ни одного пронумерованного пункта." in page


def test_it_creates_the_draft_only_on_confirmation(secretary_client, sample_text, members):
    xx = ConferenceFactory(number=20, slug="xx-2026")
    response = secretary_client.post(
        reverse("secretariat:import_confirm"), {"source": sample_text, "slug": "xx-2026-06-19", "conference": xx.pk}
    )
    resolution = Resolution.objects.get(slug="xx-2026-06-19")
    assert response["Location"] == reverse("secretariat:resolution_edit", args=[resolution.pk])
    assert resolution.status == "draft"
    assert resolution.conference == xx
    assert resolution.source_text == sample_text
    labels = list(resolution.items.values_list("label", flat=True))
    assert labels[:4] == ["1", "2", "2а", "3"] and "14а" in labels
    umet, iriston = members
    assert resolution.items.get(label="10").membership_organization == umet
    umet.refresh_from_db()
    assert umet.status == "active"  # not applied before publication


def test_it_refuses_a_taken_slug_and_keeps_the_review(secretary_client, sample_text, draft):
    response = secretary_client.post(reverse("secretariat:import_confirm"), {"source": sample_text, "slug": "draft-1"})
    assert response.status_code == 200
    assert "Этот адрес уже занят другой резолюцией." in response.content.decode()
    assert Resolution.objects.count() == 1


def test_it_reads_an_uploaded_docx(secretary_client, sample_text, db):
    document = docx.Document()
    for line in sample_text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    upload = SimpleUploadedFile("res.docx", buffer.getvalue())
    page = secretary_client.post(reverse("secretariat:import"), {"file": upload}).content.decode()
    assert "Проверка импорта" in page and "14а." in page


def test_it_reads_an_uploaded_windows_1251_txt_and_refuses_other_types(secretary_client, sample_text, db):
    upload = SimpleUploadedFile("res.txt", sample_text.encode("cp1251", errors="replace"))
    assert "14а." in secretary_client.post(reverse("secretariat:import"), {"file": upload}).content.decode()
    bad = SimpleUploadedFile("res.pdf", b"%PDF-1.4")
    page = secretary_client.post(reverse("secretariat:import"), {"file": bad}).content.decode()
    assert "Поддерживаются файлы .txt и .docx." in page


def test_the_json_command_prints_the_sample_parse(capsys, db):
    call_command("import_resolution", str(SAMPLE), "--json")
    out = capsys.readouterr().out
    assert "\\u" not in out  # ensure_ascii=False: Cyrillic as is
    data = json.loads(out)
    assert data["title"].startswith("Резолюция XX Страновой тематической конференции")
    assert data["date"] == "2026-06-19"
    assert data["adopted"] == "Утверждена единогласно"
    items = {item["label"]: item for item in data["items"]}
    assert list(items)[:3] == ["1", "2", "2а"]
    assert items["7г"]["parent"] == "7"
    assert items["12г"]["parent"] == "12"
    assert items["14а"]["parent"] == "14"
    assert items["14а"]["deadline_text"]
    for key in ("label", "parent", "text", "responsible", "deadline_text", "due_start", "due_end"):
        assert key in items["1"]
    assert Resolution.objects.count() == 0


def test_the_command_saves_a_draft(capsys, db):
    Conference.objects.create(number=20, slug="xx-2026", kind="thematic")
    call_command("import_resolution", str(SAMPLE), "--save")
    resolution = Resolution.objects.get()
    assert resolution.slug == "xx-2026-06-19"
    assert resolution.status == "draft"
    assert resolution.conference.number == 20
    assert "Черновик сохранён" in capsys.readouterr().err


_PLAN = (
    "ПЛАН\nмероприятий к Дню города\n"
    "№ п/п | Наименование мероприятия | Срок | Ответственный |\n"
    "1. | Выставка рисунков | 12.05.2014 | Лебедева М.П. |\n"
    "2. | Концерт | 13.05.2014 | Орлова Т.С. |\n"
)


def test_a_plan_is_reviewed_and_saved_as_a_plan(secretary_client, db):
    page = secretary_client.post(reverse("secretariat:import"), {"text": _PLAN}).content.decode()
    assert "План мероприятий к Дню города" in page
    assert "<h3>ПОСТАНОВИЛИ:</h3>" not in page  # a plan's rows stand under its heading
    secretary_client.post(reverse("secretariat:import_confirm"), {"source": _PLAN, "slug": "plan-den-goroda"})
    plan = Resolution.objects.get(slug="plan-den-goroda")
    assert plan.title == "План мероприятий к Дню города"
    assert plan.doc_type == "plan"
    assert plan.operative_keyword == ""
    assert list(plan.items.values_list("label", flat=True)) == ["1", "2"]


def test_a_plans_suggested_slug_names_a_plan(secretary_client, db):
    page = secretary_client.post(reverse("secretariat:import"), {"text": _PLAN.replace("Дню города", "Дню города на 2014 год")}).content.decode()
    assert 'name="slug" value="plan-2014"' in page
