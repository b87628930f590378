"""A plan («План действий») is called a plan wherever a page speaks of the document itself; the section keeps its name."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from resolutions.execution_report import report_html
from resolutions.services import resolution_publish, resolution_unpublish
from secretariat.forms.editor import ResolutionHeaderForm
from secretariat.forms.resolutions import UnpublishForm
from tests.factories import ItemFactory, ResolutionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan():
    return ResolutionFactory(doc_type="plan", title="План мероприятий к 80-летию Победы", operative_keyword="")


@pytest.fixture
def published_plan(plan, secretary):
    return resolution_publish(resolution=plan, user=secretary)


def test_it_tells_in_the_unpublish_forms_help_whose_history_records_the_reason(plan):
    with translation.override("ru"):
        assert UnpublishForm(resolution=plan).fields["reason"].help_text == "Запишется в историю изменений плана действий."
        resolution = ResolutionFactory()
        assert UnpublishForm(resolution=resolution).fields["reason"].help_text == (
            "Запишется в историю изменений резолюции."
        )


def test_it_asks_for_a_correction_note_on_a_published_plan_by_its_kind(published_plan):
    with translation.override("ru"):
        help_text = ResolutionHeaderForm(instance=published_plan).fields["note"].help_text
    assert help_text == "Обязательно: план действий уже на сайте, примечание увидят читатели в списке редакций."


def test_a_drafts_header_form_has_no_correction_note(plan):
    assert "note" not in ResolutionHeaderForm(instance=plan).fields


def test_the_preview_of_a_plan_says_plan_in_its_banner_and_breadcrumb(secretary_client, plan):
    page = secretary_client.get(reverse("secretariat:resolution_preview", args=[plan.pk])).content.decode()
    assert "так план действий увидят посетители сайта." in page
    assert '<li aria-current="page">План действий</li>' in page
    assert "резолюцию" not in page
    # The section is still «Резолюции».
    assert f'<a href="{reverse("resolutions:list")}">Резолюции</a>' in page


def test_a_resolutions_preview_still_says_resolution(secretary_client):
    resolution = ResolutionFactory()
    page = secretary_client.get(reverse("secretariat:resolution_preview", args=[resolution.pk])).content.decode()
    assert "так резолюцию увидят посетители сайта." in page
    assert '<li aria-current="page">Резолюция</li>' in page


def test_publishing_and_unpublishing_a_plan_flash_its_kind(secretary_client, plan):
    page = secretary_client.post(reverse("secretariat:resolution_publish", args=[plan.pk]), follow=True).content.decode()
    assert "План действий теперь на сайте." in page
    page = secretary_client.get(reverse("secretariat:resolution_publish", args=[plan.pk]), follow=True).content.decode()
    assert "План действий уже на сайте." in page
    url = reverse("secretariat:resolution_unpublish", args=[plan.pk])
    assert "Запишется в историю изменений плана действий." in secretary_client.get(url).content.decode()
    page = secretary_client.post(url, {"reason": "Не тот год."}, follow=True).content.decode()
    assert "План действий больше не на сайте. Причина снятия с публикации записана в истории." in page


def test_unpublishing_a_plan_that_is_not_on_the_site_says_so_by_its_kind(plan):
    with translation.override("ru"), pytest.raises(ValidationError) as refused:
        resolution_unpublish(resolution=plan, reason="Ошибка.")
    assert refused.value.messages == ["Снимать с публикации нечего: план действий не на сайте."]


def test_the_public_page_and_versions_of_a_plan_call_it_a_plan(client, published_plan):
    page = client.get(published_plan.get_absolute_url()).content.decode()
    assert '<li aria-current="page">План действий</li>' in page
    versions = client.get(reverse("resolutions:versions", args=[published_plan.slug])).content.decode()
    assert f'<a href="{published_plan.get_absolute_url()}">План действий</a>' in versions


def test_an_items_page_names_its_plan(secretary_client, plan):
    item = ItemFactory(resolution=plan)
    page = secretary_client.get(reverse("secretariat:item", args=[item.pk])).content.decode()
    assert "<dt>План действий</dt>" in page
    assert "Исполнители появятся после публикации плана действий." in page


def test_the_execution_report_of_a_plan_without_tasks_says_plan(plan):
    assert "В плане действий нет пунктов с ответственным или сроком." in report_html(plan)


def test_in_english_the_banner_speaks_of_an_action_plan(secretary_client, plan):
    with translation.override("en"):
        url = reverse("secretariat:resolution_preview", args=[plan.pk])
    assert "this is how site visitors will see the action plan." in secretary_client.get(url).content.decode()


# Words said of the document agree with its gender: «план опубликован», «решение принято», «резолюция утверждена».
@pytest.mark.parametrize(
    ("doc_type", "published", "withdrawn", "unanimous"),
    [
        ("resolution", "Опубликована", "Снята с публикации", "Утверждена единогласно."),
        ("concept", "Опубликована", "Снята с публикации", "Утверждена единогласно."),
        ("decision", "Опубликовано", "Снято с публикации", "Утверждено единогласно."),
        ("statement", "Опубликовано", "Снято с публикации", "Утверждено единогласно."),
        ("plan", "Опубликован", "Снят с публикации", "Утверждён единогласно."),
        ("other", "Опубликован", "Снят с публикации", "Утверждён единогласно."),
    ],
)
def test_status_and_adoption_agree_with_the_kind_of_document(doc_type, published, withdrawn, unanimous):
    from resolutions.presentation import adoption_line

    resolution = ResolutionFactory.build(doc_type=doc_type, unanimous=True, adoption_text="")
    with translation.override("ru"):
        assert str(resolution.status_label) == "Черновик"
        resolution.status = "published"
        assert str(resolution.status_label) == published
        resolution.status = "withdrawn"
        assert str(resolution.status_label) == withdrawn
        assert adoption_line(resolution) == unanimous
    with translation.override("en"):
        assert str(resolution.status_label) == "Unpublished"
        assert adoption_line(resolution) == "Adopted unanimously."


def test_a_vote_line_of_a_plan_says_utverzhden(plan):
    from resolutions.presentation import adoption_line

    plan.votes_for, plan.votes_against, plan.votes_abstained = 30, 1, 2
    with translation.override("ru"):
        assert adoption_line(plan) == "Утверждён: за — 30, против — 1, воздержались — 2."


def test_the_secretariats_list_and_editor_show_a_published_plan_as_opublikovan(secretary_client, secretary, published_plan):
    resolution_publish(resolution=ResolutionFactory(title="Резолюция XX конференции"), user=secretary)
    listing = secretary_client.get(reverse("secretariat:resolutions")).content.decode()
    assert '<span class="badge badge-published">Опубликован</span>' in listing
    assert '<span class="badge badge-published">Опубликована</span>' in listing
    editor = secretary_client.get(reverse("secretariat:resolution_edit", args=[published_plan.pk])).content.decode()
    assert '<span class="badge badge-published">Опубликован</span>' in editor


def test_the_execution_report_of_a_plan_says_prinyat(plan):
    import datetime

    plan.adopted_on = datetime.date(2026, 6, 19)
    plan.save()
    assert "Принят 19 июня 2026" in report_html(plan)
