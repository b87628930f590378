import datetime
import re

import pytest
from django.templatetags.static import static
from django.urls import reverse

from resolutions.models import Item, Resolution
from tests.secretariat.helpers import editor_data, item_index


def edit_url(resolution):
    return reverse("secretariat:resolution_edit", args=[resolution.pk])


def test_it_shows_the_editor_with_items_responsible_and_the_normalised_window(secretary_client, draft):
    resolution, _first, _second = draft
    page = secretary_client.get(edit_url(resolution)).content.decode()
    assert "Провести семинар." in page
    assert "Подготовить программу." in page
    assert 'value="Секретариат КСОРС РТ"' in page
    assert "31 октября 2026 г." in page  # the window of «до ноября 2026 года», shown back
    assert f'src="{static("js/secretariat-editor.js")}"' in page  # the hashed name, from the manifest
    assert "<script>" not in page  # CSP: no inline scripts


def test_it_saves_header_and_items_unchanged_as_a_round_trip(secretary_client, draft):
    resolution, first, second = draft
    data = editor_data(resolution)
    response = secretary_client.post(edit_url(resolution), data)
    assert response.status_code == 302
    resolution.refresh_from_db()
    assert resolution.revision == 1
    items = list(resolution.items.order_by("position"))
    assert [(i.pk, i.label, i.parent_id) for i in items] == [(first.pk, "1", None), (second.pk, "1а", first.pk)]
    assert [r.text for r in items[0].responsibilities.all()] == ["Секретариат КСОРС РТ"]


def test_it_edits_adds_reorders_and_indents_items(secretary_client, draft):
    resolution, first, second = draft
    data = editor_data(resolution)
    data["title"] = "Резолюция заседания (исправлено)"
    i = item_index(data, "1")
    data[f"items-{i}-deadline_text"] = "во втором (третьем) квартале 2027 г."
    data[f"items-{i}-resp_1_text"] = ""
    data[f"items-{i}-resp_1_target"] = "all"
    # The blank last form becomes item 2, put first; «1а» is outdented and renumbered to «3».
    new = int(data["items-TOTAL_FORMS"]) - 1
    data.update({f"items-{new}-label": "2", f"items-{new}-text": "Новый пункт.", f"items-{new}-level": "0",
                 f"items-{new}-ORDER": "0"})
    j = item_index(data, "1а")
    data[f"items-{j}-label"] = "3"
    data[f"items-{j}-level"] = "0"
    response = secretary_client.post(edit_url(resolution), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    resolution.refresh_from_db()
    assert resolution.title == "Резолюция заседания (исправлено)"
    items = list(resolution.items.order_by("position"))
    assert [(i.label, i.parent_id) for i in items] == [("2", None), ("1", None), ("3", None)]
    one = items[1]
    assert (one.due_start, one.due_end, one.deadline_kind) == (datetime.date(2027, 4, 1), datetime.date(2027, 9, 30), "quarter")
    responsibles = list(one.responsibilities.all())
    assert [(r.text, r.all_members) for r in responsibles] == [
        ("Секретариат КСОРС РТ", False), ("все организации-члены КСОРС РТ", True)
    ]
    assert items[2].pk == second.pk  # edited in place: its reports and reminders stay


def test_it_deletes_an_item_and_indents_another(secretary_client, draft):
    resolution, first, second = draft
    data = editor_data(resolution)
    new = int(data["items-TOTAL_FORMS"]) - 1
    data.update({f"items-{new}-label": "1б", f"items-{new}-text": "Подпункт.", f"items-{new}-level": "1"})
    data[f"items-{item_index(data, '1а')}-DELETE"] = "on"
    assert secretary_client.post(edit_url(resolution), data).status_code == 302
    items = list(resolution.items.order_by("position"))
    assert [(i.label, i.parent.label if i.parent else None) for i in items] == [("1", None), ("1б", "1")]
    assert not Item.objects.filter(pk=second.pk).exists()


def test_it_returns_errors_in_russian_next_to_fields_and_keeps_everything_typed(secretary_client, draft):
    resolution, _first, _second = draft
    data = editor_data(resolution)
    data["title"] = ""
    data["preamble"] = "Новая преамбула, которую нельзя потерять."
    i = item_index(data, "1")
    data[f"items-{i}-text"] = "Текст, исправленный пользователем."
    j = item_index(data, "1а")
    data[f"items-{j}-label"] = "1"  # duplicate label
    data[f"items-{j}-due_start"] = "2027-05-01"
    data[f"items-{j}-due_end"] = "2027-01-01"
    response = secretary_client.post(edit_url(resolution), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Обязательное поле." in page
    assert "Пункт с номером «1» уже есть." in page
    assert "Конец окна раньше его начала." in page
    assert "Новая преамбула, которую нельзя потерять." in page
    assert "Текст, исправленный пользователем." in page
    assert "исправьте ошибки" in page
    resolution.refresh_from_db()
    assert resolution.title == "Резолюция заседания" and resolution.revision == 0


def test_it_requires_a_membership_organization_and_a_top_level_first_item(secretary_client, draft):
    resolution, _first, _second = draft
    data = editor_data(resolution)
    i = item_index(data, "1")
    data[f"items-{i}-level"] = "1"
    data[f"items-{i}-membership_action"] = "exclude"
    page = secretary_client.post(edit_url(resolution), data).content.decode()
    assert "Первый пункт не может быть подпунктом." in page
    assert "Укажите организацию, о членстве которой решение." in page


def test_it_keeps_typed_dates_when_the_parser_cannot_tell(secretary_client, draft):
    resolution, _first, _second = draft
    data = editor_data(resolution)
    i = item_index(data, "1")
    data[f"items-{i}-deadline_text"] = "за три месяца до даты проведения конференции"
    data[f"items-{i}-due_start"] = ""
    data[f"items-{i}-due_end"] = "2027-03-31"
    assert secretary_client.post(edit_url(resolution), data).status_code == 302
    item = resolution.items.get(label="1")
    assert (item.deadline_kind, item.due_end) == ("relative", datetime.date(2027, 3, 31))
    assert "проведения конференции" in item.due_relative_to


def test_it_previews_the_draft_with_the_public_template(secretary_client, client, draft):
    resolution, _first, _second = draft
    response = secretary_client.get(reverse("secretariat:resolution_preview", args=[resolution.pk]))
    page = response.content.decode()
    assert "resolutions/resolution_detail.html" in [t.name for t in response.templates]
    assert "Предпросмотр" in page and "Провести семинар." in page
    assert client.get(resolution.get_absolute_url()).status_code == 404  # still not public


def test_it_saves_and_goes_to_the_preview(secretary_client, draft):
    resolution, _first, _second = draft
    data = editor_data(resolution) | {"action": "preview"}
    response = secretary_client.post(edit_url(resolution), data)
    assert response["Location"] == reverse("secretariat:resolution_preview", args=[resolution.pk])


def test_it_creates_an_empty_draft(secretary_client, db):
    response = secretary_client.post(
        reverse("secretariat:resolution_new"), {"doc_type": "decision", "title": "Решение заседания", "slug": "decision-1"}
    )
    resolution = Resolution.objects.get(slug="decision-1")
    assert response["Location"] == edit_url(resolution)
    assert resolution.status == "draft"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("до ноября 2026 года", "31 октября 2026 г."), ("сентябрь-октябрь 2027 год", "1 сентября 2027 г. — 31 октября 2027 г.")],
)
def test_it_previews_a_deadline_window_for_the_editor_script(secretary_client, text, expected):
    data = secretary_client.get(reverse("secretariat:deadline_preview"), {"text": text}).json()
    assert data["recognised"] is True
    assert data["display"] == expected


def test_it_keeps_responsible_taken_from_a_general_sub_item_marked_after_a_save(secretary_client, sample_text, members):
    from resolutions.parser import parse_resolution
    from resolutions.services import resolution_create_from_parse

    resolution = resolution_create_from_parse(parsed=parse_resolution(sample_text), slug="xx-import", source_text=sample_text)
    assert resolution.items.get(label="7б").responsibilities.get().inherited
    data = editor_data(resolution)
    i = item_index(data, "7б")
    data[f"items-{i}-text"] += " (уточнено)"
    assert secretary_client.post(edit_url(resolution), data).status_code == 302
    item = resolution.items.get(label="7б")
    assert item.text.endswith("(уточнено)")
    responsibility = item.responsibilities.get()
    assert responsibility.text == "Секретариат КСОРС РТ" and responsibility.inherited
    assert not resolution.items.get(label="7г").responsibilities.get().inherited


def test_it_lists_responsible_parties_once_in_a_datalist_not_in_a_select_per_row(secretary_client, draft):
    resolution, first, _second = draft
    page = secretary_client.get(edit_url(resolution)).content.decode()
    assert page.count('<datalist id="responsible-targets">') == 1
    assert 'name="items-0-resp_0_target"' in page
    assert '<select name="items-0-resp_0_target"' not in page
    assert 'list="responsible-targets"' in page
    # The outline links to every item; items are folded to one line, the blank one for a new item is open.
    assert f'href="#items-0" data-outline-link>{first.label}</a>' in page
    assert page.count('<details class="editor-item-body">') == 2
    assert page.count('<details class="editor-item-body" open>') == 2  # the blank item and the template


def test_it_takes_a_responsible_party_by_its_label_from_the_list(secretary_client, draft):
    from organizations.models import Body
    from secretariat.forms.editor import ResponsibleChoices

    resolution, _first, _second = draft
    body = Body.objects.create(name="Молодёжная комиссия", slug="youth-commission")
    data = editor_data(resolution)
    i = item_index(data, "1")
    data[f"items-{i}-resp_1_text"] = "Молодёжная комиссия КСОРС РТ"
    data[f"items-{i}-resp_1_target"] = ResponsibleChoices().labels[f"body:{body.slug}"].upper()
    response = secretary_client.post(edit_url(resolution), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    item = resolution.items.get(label="1")
    assert [r.body_id for r in item.responsibilities.all()] == [None, body.pk]
    page = secretary_client.get(edit_url(resolution)).content.decode()
    assert 'value="Молодёжная комиссия"' in page  # shown back by its label, not by its key


def test_it_refuses_a_responsible_party_not_in_the_registry_and_keeps_the_text(secretary_client, draft):
    resolution, _first, _second = draft
    data = editor_data(resolution)
    i = item_index(data, "1")
    data[f"items-{i}-resp_1_target"] = "Неизвестный комитет"
    data[f"items-{i}-text"] = "Провести семинар (правка)."
    response = secretary_client.post(edit_url(resolution), data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "«Неизвестный комитет» нет в реестре" in page
    assert "Провести семинар (правка)." in page
    assert 'value="Неизвестный комитет"' in page
    assert re.search(r'<details class="editor-item-body" open>\s*<summary><strong data-item-label>1</strong>', page)
    assert resolution.items.get(label="1").text == "Провести семинар."


def test_it_takes_the_membership_organization_by_name(secretary_client, draft):
    from tests.factories import OrganizationFactory

    resolution, _first, _second = draft
    organization = OrganizationFactory(name="ОО «Славянский дом»")
    data = editor_data(resolution)
    i = item_index(data, "1")
    data[f"items-{i}-membership_action"] = "exclude"
    data[f"items-{i}-membership_organization"] = "ОО «Неизвестная»"
    page = secretary_client.post(edit_url(resolution), data).content.decode()
    assert "Организации «ОО «Неизвестная»» нет среди членов КСОРС РТ" in page
    data[f"items-{i}-membership_organization"] = "ОО «Славянский дом»"
    assert secretary_client.post(edit_url(resolution), data).status_code == 302
    assert resolution.items.get(label="1").membership_organization == organization
