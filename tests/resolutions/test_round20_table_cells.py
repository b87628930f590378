"""The responsible cell of a plan's table (round 20): posts run together without commas, a post followed by
its holder's name, a body named in full followed by a person, and a column that holds the place before the
responsible. On cells written for the test, with the readings that must not be taken."""

from resolutions.parser import parse_resolution
from resolutions.parties import table_parties

# --- Posts run together: a capitalised noun of people after a complete post opens the next party ---------------


def test_posts_run_together_without_commas_are_a_party_each():
    assert table_parties("Воспитатели Методист Логопед") == ["Воспитатели", "Методист", "Логопед"]


def test_a_post_cut_short_opens_a_party_after_a_post_with_its_dependents():
    assert table_parties("Зав. отделом по ДО Ст. вожатые Психолог") == ["Зав. отделом по ДО", "Ст. вожатые", "Психолог"]


def test_a_body_before_a_post_is_a_party_of_its_own():
    assert table_parties("Городские библиотеки Заведующий сектором, ведущие методисты") == [
        "Городские библиотеки", "Заведующий сектором", "ведущие методисты",
    ]


def test_a_capitalised_genitive_goes_on_the_post():
    # «Главы» may be a genitive: the deputy of the head, one party.
    assert table_parties("Заместитель Главы поселения") == ["Заместитель Главы поселения"]
    assert table_parties("Председатель Комитета по культуре") == ["Председатель Комитета по культуре"]


def test_a_surname_after_a_post_is_no_post_of_its_own():
    assert table_parties("Методист Кравцова") == ["Методист Кравцова"]


# --- A post followed by its holder's name is one party ---------------------------------------------------------


def test_a_post_and_its_holders_name_initials_first_are_one_party():
    assert table_parties("Директор К.П. Лунёва") == ["Директор К.П. Лунёва"]
    assert table_parties("методист по краеведению Р.Г. Сомова") == ["методист по краеведению Р.Г. Сомова"]


def test_posts_with_their_holders_split_at_the_comma():
    assert table_parties("Заведующий О.И. Деменко, методист Л.Л. Шубина") == [
        "Заведующий О.И. Деменко", "методист Л.Л. Шубина",
    ]


def test_persons_one_after_another_stay_apart():
    assert table_parties("Г.Д. Ломова И.Е. Скворцова") == ["Г.Д. Ломова", "И.Е. Скворцова"]
    assert table_parties("Ломова Г.Д. Скворцова И.Е.") == ["Ломова Г.Д.", "Скворцова И.Е."]


def test_a_group_of_people_before_a_name_stays_apart_from_it():
    assert table_parties("главы поселений В.Т. Орехов") == ["главы поселений", "В.Т. Орехов"]


# --- A body named in full, followed by a person: two parties ----------------------------------------------------


def test_a_body_in_full_and_a_person_surname_first_are_two_parties():
    assert table_parties("Филиал «Сельская библиотека» Лаптева О. Е.") == ["Филиал «Сельская библиотека»", "Лаптева О. Е."]


def test_a_body_named_after_someone_and_a_person_are_two_parties():
    assert table_parties("Библиотека им. А.С. Грина Шорина Е.В.") == ["Библиотека им. А.С. Грина", "Шорина Е.В."]


def test_a_body_named_after_someone_alone_is_one_party():
    assert table_parties("Библиотека им. А.С. Грина") == ["Библиотека им. А.С. Грина"]
    assert table_parties("МБУ Музей Г.Вахитовой") == ["МБУ Музей Г.Вахитовой"]


def test_an_office_by_its_abbreviation_with_its_heads_name_stays_one_party():
    assert table_parties("УО Сафонова Т. К.") == ["УО Сафонова Т. К."]
    assert table_parties("Центральная РБ Нилова А. А.") == ["Центральная РБ Нилова А. А."]


# --- A column of the place and the responsible -----------------------------------------------------------------


def _place_plan(cell):
    return parse_resolution(
        "План мероприятий на октябрь 2023 года\n"
        "№ п/п |\nНаименование мероприятия |\nДата |\nМесто проведения, ответственные |\n"
        f"1. |\nЭкскурсия по залам |\n5 октября |\n{cell} |\n"
    )


def test_the_place_written_first_in_a_place_and_responsible_column_is_no_party():
    assert _place_plan("Дом культуры Работники клуба").items[0].responsible == ["Работники клуба"]
    item = _place_plan("Галерея О.В.Сизова").items[0]
    assert item.responsible == ["О.В.Сизова"]
    assert "Место проведения: Галерея" in item.text


def test_a_place_and_responsible_column_with_one_party_keeps_it():
    assert _place_plan("Работники клуба").items[0].responsible == ["Работники клуба"]


def test_a_responsible_column_alone_keeps_a_body_and_its_staff():
    result = parse_resolution(
        "План мероприятий на октябрь 2023 года\n"
        "№ п/п |\nНаименование мероприятия |\nДата |\nОтветственные |\n"
        "1. |\nЭкскурсия по залам |\n5 октября |\nДом культуры Работники клуба |\n"
    )
    assert result.items[0].responsible == ["Дом культуры", "Работники клуба"]


def test_a_body_and_its_official_after_a_comma_stay_one_party():
    assert table_parties("Управление по молодёжной политике, Лысенко Д.А.") == [
        "Управление по молодёжной политике, Лысенко Д.А.",
    ]
