"""Two staff members edit the same resolution: the later save is refused and shows what the other changed."""

from django.urls import reverse

from tests.factories import UserFactory
from tests.secretariat.helpers import editor_data, item_index


def test_it_refuses_the_later_of_two_concurrent_saves_and_shows_what_changed(client, secretary, draft):
    resolution, _first, _second = draft
    url = reverse("secretariat:resolution_edit", args=[resolution.pk])
    colleague = UserFactory(email="colleague@example.org", full_name="Коллега Секретариата", secretariat=True)
    from django.test import Client

    other = Client()
    other.force_login(colleague)
    client.force_login(secretary)
    # Both open the page at revision 0.
    assert client.get(url).status_code == 200
    assert other.get(url).status_code == 200
    mine = editor_data(resolution)
    theirs = editor_data(resolution)

    theirs[f"items-{item_index(theirs, '1')}-text"] = "Провести семинар в сентябре."
    assert other.post(url, theirs).status_code == 302

    mine["preamble"] = "Моя новая преамбула."
    mine[f"items-{item_index(mine, '1а')}-text"] = "Моя правка подпункта."
    response = client.post(url, mine)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Резолюцию уже изменил другой сотрудник" in page
    assert "Коллега Секретариата" in page
    # What the other changed: item 1, old and new text.
    assert "Провести семинар." in page and "Провести семинар в сентябре." in page
    # Nothing typed is lost.
    assert "Моя новая преамбула." in page and "Моя правка подпункта." in page
    resolution.refresh_from_db()
    assert resolution.revision == 1
    assert resolution.preamble == "Участники отметили."
    assert resolution.items.get(label="1").text == "Провести семинар в сентябре."
    assert resolution.items.get(label="1а").text == "Подготовить программу."

    # The form now carries the current revision: saving again is a deliberate choice and succeeds.
    assert 'name="revision" value="1"' in page
    mine["revision"] = "1"
    assert client.post(url, mine).status_code == 302
    resolution.refresh_from_db()
    assert resolution.revision == 2
    assert resolution.preamble == "Моя новая преамбула."


def test_the_service_refuses_a_stale_revision(draft):
    import pytest

    from resolutions.services import StaleRevision, resolution_save

    resolution, _first, _second = draft
    resolution_save(resolution=resolution, header={"title": "Первая"}, items=[], expected_revision=0)
    with pytest.raises(StaleRevision) as refused:
        resolution_save(resolution=resolution, header={"title": "Вторая"}, items=[], expected_revision=0)
    assert refused.value.current.title == "Первая"
    resolution.refresh_from_db()
    assert resolution.title == "Первая"
