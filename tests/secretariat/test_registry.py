"""The registry screens: organizations, people and posts, bodies, declarations; sortable lists with exports."""

import io

import openpyxl
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from organizations.models import Body, MembershipStatus, Organization, Person, Position, short_form
from resolutions.models import Responsibility
from tests.factories import DeclarationFactory, ItemFactory, OrganizationFactory, PersonFactory, UserFactory


def test_the_organization_list_searches_cyrillic_in_any_case_with_yo_as_ye(secretary_client):
    OrganizationFactory(name="ОО «Славянский дом»", short_name="Славянский дом", city="Истаравшан")
    OrganizationFactory(name="ОО «Ёлочка»", short_name="Ёлочка")
    OrganizationFactory(name="ОО «Третья»", short_name="Третья")
    url = reverse("secretariat:organizations")
    html = secretary_client.get(url, {"q": "СЛАВЯНСКИЙ"}).content.decode()
    assert "Славянский дом" in html and "Третья" not in html
    html = secretary_client.get(url, {"q": "елочка"}).content.decode()
    assert "Ёлочка" in html and "Славянский" not in html
    assert "Найдена 1 запись" in html


def test_the_organization_list_filters_sorts_and_counts(secretary_client):
    OrganizationFactory(name="ОО «Альфа»", city="Худжанд", region="sughd")
    OrganizationFactory(name="ОО «Бета»", city="Душанбе", region="dushanbe")
    OrganizationFactory(name="Посольство России", role="partner", kind="diplomatic")
    url = reverse("secretariat:organizations")
    html = secretary_client.get(url, {"role": "partner"}).content.decode()
    assert "Посольство России" in html and "Альфа" not in html
    html = secretary_client.get(url, {"region": "sughd"}).content.decode()
    assert "Альфа" in html and "Бета" not in html
    html = secretary_client.get(url, {"sort": "-name"}).content.decode()
    assert html.index("Посольство") < html.index("Бета") < html.index("Альфа")
    assert 'aria-sort="descending"' in html


def test_the_lists_export_what_they_show_as_csv_and_xlsx(secretary_client):
    OrganizationFactory(name="ОО «Альфа»", city="Худжанд")
    OrganizationFactory(name="ОО «Бета»", city="Душанбе")
    url = reverse("secretariat:organizations")
    response = secretary_client.get(url, {"city": "Худжанд", "_export": "csv"})
    text = response.content.decode("utf-8")
    assert response["Content-Type"].startswith("text/csv")
    assert text.startswith("\ufeffНазвание,") and "ОО «Альфа»" in text and "Бета" not in text
    assert "Действия" not in text
    response = secretary_client.get(url, {"sort": "-name", "_export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    names = [row[0].value for row in sheet.iter_rows(min_row=2)]
    assert names == ["ОО «Бета»", "ОО «Альфа»"]


def test_an_export_holds_every_page_not_only_the_one_shown(secretary_client):
    """The list shows 50 rows a page; its CSV and XLSX hold all of them (django-tables2 paginates a table made
    with a request, so the export must not take the page for the whole)."""
    OrganizationFactory.create_batch(60, city="Вахдат")
    url = reverse("secretariat:organizations")
    html = secretary_client.get(url, {"city": "Вахдат"}).content.decode()
    assert "Найдено 60 записей" in html and "page=2" in html
    text = secretary_client.get(url, {"city": "Вахдат", "_export": "csv"}).content.decode("utf-8")
    assert len(text.strip().splitlines()) == 61
    sheet = openpyxl.load_workbook(io.BytesIO(secretary_client.get(url, {"city": "Вахдат", "_export": "xlsx"}).content)).active
    assert sheet.max_row == 61


def test_the_lists_take_a_constant_number_of_queries(secretary_client, django_assert_num_queries):
    for name, grow in [
        ("organizations", lambda: OrganizationFactory.create_batch(5)),
        ("people", lambda: [Position.objects.create(person=PersonFactory(), title="член ВКС") for _ in range(5)]),
        ("accounts", lambda: UserFactory.create_batch(5)),
    ]:
        url = reverse(f"secretariat:{name}")
        grow()
        secretary_client.get(url)
        with CaptureQueriesContext(connection) as few:
            secretary_client.get(url)
        grow()
        grow()
        with django_assert_num_queries(len(few.captured_queries)):
            secretary_client.get(url)


def test_creating_a_member_leads_to_its_admission_decision(secretary_client, client, secretary):
    response = secretary_client.post(reverse("secretariat:organization_new"), {
        "name": "ОО «Славянский дом»", "short_name": "Славянский дом", "kind": "cultural", "role": "member",
        "region": "sughd", "city": "Истаравшан", "slug": "",
    })
    organization = Organization.objects.get(short_name="Славянский дом")
    assert response["Location"] == reverse("secretariat:membership", args=[organization.slug])
    assert organization.slug == "slavianskii-dom" and organization.status == MembershipStatus.CANDIDATE
    assert organization.history_log.latest().history_user == secretary
    assert client.get(organization.get_absolute_url()).status_code == 404
    # The admission, by hand, with a reason and a document: the first event of the timeline.
    secretary_client.post(reverse("secretariat:membership", args=[organization.slug]), {
        "status": "active", "effective_on": "2025-06-20", "reason": "Заявление о вступлении",
        "document_reference": "решение заседания КСОРС РТ от 20.06.2025",
    })
    organization.refresh_from_db()
    assert organization.status == MembershipStatus.ACTIVE and str(organization.joined_on) == "2025-06-20"
    assert client.get(organization.get_absolute_url()).status_code == 200


def test_a_rename_keeps_the_old_name_in_the_history_with_its_dates(secretary_client):
    organization = OrganizationFactory(name="Координационный совет российских соотечественников", short_name="КСРСРТ",
                                       slug="ksors", joined_on="2007-01-01")
    data = {"name": "Координационный совет объединений российских соотечественников", "short_name": "КСОРС РТ",
            "kind": "other", "role": "council", "slug": "ksors", "renamed_on": "2015-02-14"}
    response = secretary_client.post(reverse("secretariat:organization_edit", args=["ksors"]), data)
    assert response.status_code == 302
    names = list(organization.names.order_by("valid_from"))
    assert [(n.short_name, str(n.valid_from), str(n.valid_until)) for n in names] == [
        ("КСРСРТ", "2007-01-01", "2015-02-13"), ("КСОРС РТ", "2015-02-14", "None"),
    ]
    page = secretary_client.get(reverse("secretariat:organization_edit", args=["ksors"])).content.decode()
    assert "История названий" in page and "13 февраля 2015 г." in page


def test_the_registry_form_never_changes_the_membership_status(secretary_client, members):
    umet, _iriston = members
    secretary_client.post(reverse("secretariat:organization_edit", args=[umet.slug]), {
        "name": umet.name, "short_name": umet.short_name, "kind": umet.kind, "role": "member", "slug": umet.slug,
        "status": "excluded",
    })
    umet.refresh_from_db()
    assert umet.status == MembershipStatus.ACTIVE and not umet.membership_changes.exists()


def test_bad_input_keeps_what_was_typed_with_an_error_beside_the_field(secretary_client):
    response = secretary_client.post(reverse("secretariat:organization_new"), {
        "name": "ОО «Новая»", "kind": "cultural", "role": "member", "founded_on": "2020-01-01", "joined_on": "2019-01-01",
    })
    html = response.content.decode()
    assert response.status_code == 200
    assert "не могла вступить в КСОРС РТ раньше" in html and 'value="ОО «Новая»"' in html
    assert not Organization.objects.filter(name="ОО «Новая»").exists()


def test_the_membership_form_has_no_preselected_decision(secretary_client, members):
    umet, _iriston = members
    url = reverse("secretariat:membership", args=[umet.slug])
    html = secretary_client.get(url).content.decode()
    assert '<option value="" selected>— выберите решение —</option>' in html
    response = secretary_client.post(url, {"effective_on": "2026-01-01", "reason": "x", "document_reference": "y"})
    assert "Обязательное поле" in response.content.decode()
    assert not umet.membership_changes.exists()


def test_short_form_of_a_name():
    assert short_form("Ким Виктор Михайлович") == "Ким В.М."
    assert short_form("Темирова Людмила Григорьевна") == "Темирова Л.Г."
    assert short_form("Ибрагимов Вазиля") == "Ибрагимов В."


def test_a_person_is_added_with_a_post_and_the_short_form_derived(secretary_client, secretary):
    body = Body.objects.create(name="Секретариат КСОРС РТ", slug="secretariat")
    response = secretary_client.post(reverse("secretariat:person_new"), {
        "full_name": "Ким Виктор Михайлович", "short_name": "",
        "positions-TOTAL_FORMS": "1", "positions-INITIAL_FORMS": "0",
        "positions-0-title": "секретарь-координатор КСОРС РТ", "positions-0-body": body.pk,
        "positions-0-started_on": "2025-06-20",
    })
    person = Person.objects.get(full_name="Ким Виктор Михайлович")
    assert response["Location"] == reverse("secretariat:person_edit", args=[person.pk])
    assert person.short_name == "Ким В.М." and person.slug == "kim-viktor-mikhailovich"
    position = person.positions.get()
    assert position.body == body and str(position.started_on) == "2025-06-20"
    assert person.history_log.latest().history_user == secretary
    html = secretary_client.get(reverse("secretariat:people"), {"q": "КИМ"}).content.decode()
    assert "секретарь-координатор КСОРС РТ (Секретариат КСОРС РТ)" in html
    assert "Ким Виктор Михайлович" in secretary_client.get(reverse("secretariat:body_edit", args=[body.pk])).content.decode()


def test_a_post_that_ends_before_it_starts_is_refused_beside_the_field(secretary_client):
    response = secretary_client.post(reverse("secretariat:person_new"), {
        "full_name": "Петров Пётр", "positions-TOTAL_FORMS": "1", "positions-INITIAL_FORMS": "0",
        "positions-0-title": "член ВКС", "positions-0-started_on": "2025-01-01", "positions-0-ended_on": "2024-01-01",
    })
    assert "Дата окончания раньше даты начала." in response.content.decode()
    assert not Person.objects.filter(full_name="Петров Пётр").exists()


def test_merging_two_records_of_a_person_moves_posts_accounts_and_responsibility(secretary_client):
    kim = PersonFactory(full_name="Ким Виктор Михайлович", short_name="Ким В.М.")
    duplicate = PersonFactory(full_name="Ким В.", short_name="Ким В.")
    Position.objects.create(person=duplicate, title="член ВКС")
    account = UserFactory(person=duplicate)
    responsibility = Responsibility.objects.create(item=ItemFactory(), text="Ким В.М.", person=duplicate)
    secretary_client.post(reverse("secretariat:person_merge", args=[kim.pk]), {"duplicate": duplicate.pk})
    assert not Person.objects.filter(pk=duplicate.pk).exists()
    assert kim.positions.get().title == "член ВКС"
    account.refresh_from_db()
    responsibility.refresh_from_db()
    assert account.person == kim and responsibility.person == kim


def test_a_body_is_created_and_listed(secretary_client):
    secretary_client.post(reverse("secretariat:body_new"), {"name": "Всемирный координационный совет", "short_name": "ВКС"})
    body = Body.objects.get(short_name="ВКС")
    assert body.slug == "vks"
    assert "Всемирный координационный совет" in secretary_client.get(reverse("secretariat:bodies")).content.decode()


def test_a_declarations_text_written_here_is_shown_on_its_public_page(secretary_client, client):
    declaration = DeclarationFactory(title="Международная декларация о защите семьи", text="")
    secretary_client.post(reverse("secretariat:declaration_edit", args=[declaration.pk]), {
        "title": declaration.title, "slug": declaration.slug, "text": "Мы, участники конференции,\n\nзаявляем о поддержке семьи.",
        "is_open": "on", "is_published": "on",
    })
    html = client.get(reverse("resolutions:declaration", args=[declaration.slug])).content.decode()
    assert "заявляем о поддержке семьи." in html
    listing = secretary_client.get(reverse("secretariat:declaration_texts")).content.decode()
    assert declaration.title in listing
