import pytest

from resolutions.matching import Matcher
from tests.factories import BodyFactory, OrganizationFactory, PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def matcher():
    PersonFactory(full_name="Темирова Людмила Григорьевна", short_name="Темирова Л.Г.", slug="temirova")
    PersonFactory(full_name="Ким Виктор", short_name="Ким В.М.", slug="kim")
    PersonFactory(full_name="Тимофеев Лев Глебович", short_name="Тимофеев Л.Г.", slug="timofeev")
    BodyFactory(name="Секретариат КСОРС РТ", slug="secretariat")
    OrganizationFactory(name="ОО татар «Умет»", short_name="Умет", slug="umet")
    return Matcher()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("председателю КСОРС РТ Темировой Л.Г.", "temirova"),
        ("председателю КСОРС РТ Людмиле Григорьевне Темировой", "temirova"),
        ("секретарю-координатору Ким В.М.", "kim"),
        ("В.М. Ким", "kim"),
        ("Тимофееву Л.Г.", "timofeev"),
    ],
)
def test_it_matches_declined_names_and_initials(matcher, text, person):
    assert matcher.match(text).person.slug == person


def test_it_does_not_match_a_namesake_with_other_initials(matcher):
    assert matcher.match("Ким А.Б.").person is None


def test_it_matches_bodies_in_any_case(matcher):
    assert matcher.match("Секретариату КСОРС РТ").body.slug == "secretariat"
    assert matcher.match("Секретариат КСОРС РТ").body.slug == "secretariat"


def test_it_recognises_all_member_organizations(matcher):
    assert matcher.match("всем общественным объединениям российских соотечественников").all_members
    assert matcher.match("всем руководителям общественных объединений").all_members


def test_it_matches_organizations_by_short_name_and_keeps_the_rest_as_text(matcher):
    assert matcher.match("ОО «Умет»").organization.slug == "umet"
    unknown = matcher.match("Министерству культуры Республики Таджикистан")
    assert (unknown.person, unknown.body, unknown.organization, unknown.all_members) == (None, None, None, False)


def test_it_loads_everything_once_and_matches_without_queries(matcher, django_assert_num_queries):
    with django_assert_num_queries(0):
        for _ in range(20):
            matcher.match("председателю КСОРС РТ Темировой Л.Г.")
