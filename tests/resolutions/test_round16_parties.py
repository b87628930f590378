"""Families of parties in prose that the sixteenth round's set showed (bench/IMPORT_NOTE.md, fresh15): a body's
«по …» field after an accusative, a number inside the party's noun group, «по» governing a dative at a
sentence's start, a task laid on a body by «возложить на», the party after «Поручить» and its task, a title
cut short and glued to its genitive. Each on sentences written for the test, with the readings that must not
change."""

import pytest

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import decree as parse
from tests.resolutions.shapes import item_parties as parties


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # After an accusative party, «по» and its dative (with its adjectives) name the body's field.
        ("Обязать комиссию по распределению путёвок составить списки.", ["комиссию по распределению путёвок"]),
        ("Обязать отдел по жилищным вопросам составить список очередников.", ["отдел по жилищным вопросам"]),
        # A dative that is no field still ends the accusative party; «по мере …» is the act's adjunct.
        ("Просить редакцию газеты отдельным выпуском осветить итоги.", ["редакцию газеты"]),
        ("Обязать директора школы по мере необходимости проводить проверки.", ["директора школы"]),
    ],
)
def test_a_po_field_after_an_accusative_party(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A number between an adjective and the noun it agrees with counts that noun, inside the party.
        ("Обязать исполкомы названных 12 районов провести учёт скота.", ["исполкомы названных 12 районов"]),
        ("Обязать правления всех 5 колхозов выделить подводы.", ["правления всех 5 колхозов"]),
        # A date after the party is the act's.
        ("Обязать директоров школ 15 мая провести сбор.", ["директоров школ"]),
        ("Директору школы № 13 провести линейку.", ["Директору школы № 13"]),
    ],
)
def test_a_number_inside_the_party(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # «По всем вопросам …»: «по» governs the dative, however many pronouns stand between; nobody is charged.
        ("По всем вопросам приёма граждан обращаться в приёмную администрации.", []),
        ("По этим заявкам составить сводку.", []),
        # A dative with no preposition after an introduction still opens the party.
        ("В целях предупреждения пожаров руководителям предприятий провести проверку.", ["руководителям предприятий"]),
    ],
)
def test_a_dative_governed_by_po_at_the_start(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A task named first, then laid on the one charged with it: that one is the party, as written.
        (
            "Организационное обеспечение работы комиссии возложить на управление культуры района.",
            ["управление культуры района"],
        ),
        ("Исполнение настоящего решения съезд возлагает на Правление общества.", ["Правление общества"]),
        ("Подготовку помещений возложить на отдел культуры и управление образования.", ["отдел культуры", "управление образования"]),
    ],
)
def test_a_task_laid_on_a_party(line, expected):
    assert parties(line) == expected


def test_control_laid_on_someone_stays_the_controller():
    result = parse_resolution(
        "Постановление администрации района от 1 марта 2021 года\nПОСТАНОВЛЯЮ:\n1. Провести смотр.\n"
        "2. Контроль за исполнением постановления возложить на заместителя главы Иванова И.И."
    )
    assert result.controller == ["заместителя главы Иванова И.И."]
    assert result.items[1].kind == "control"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # «Поручить», its task, then the ones charged with it, to the sentence's end; a title cut short and
        # glued to its genitive («зам.директора») opens the first.
        (
            "Поручить подготовить этот вопрос зам.директора тов. Петрову и секретарю совета тов. Иванову.",
            ["зам.директора тов. Петрову", "секретарю совета тов. Иванову"],
        ),
        ("Поручить подготовить проект решения отделу культуры.", ["отделу культуры"]),
        ("Поручить организацию праздника отделу культуры.", ["отделу культуры"]),
    ],
)
def test_the_party_after_poruchit_and_its_task(line, expected):
    assert parties(line) == expected


def test_a_paragraph_end_ends_the_charge_without_its_stop():
    result = parse(
        "1. Поручить подготовить этот вопрос председателю совета тов. Петрову\n"
        "Райком созывает собрания, на которые выделяет докладчиков."
    )
    assert result.items[0].responsible == ["председателю совета тов. Петрову"]


def test_sub_items_name_their_own_party_after_the_parents_directive():
    result = parse(
        "1. Провести месячник чистоты в посёлках, для чего обязать:\n"
        "а) заведующих фермами, директоров МТС, председателей с/советов и колхозов выделить подводы;\n"
        "б) провести ремонт колодцев;\n"
        "в) начальника участка т. Сидорова обеспечить хлорирование воды."
    )
    by_label = {item.label: item.responsible for item in result.items}
    assert by_label["а"] == ["заведующих фермами", "директоров МТС", "председателей с/советов и колхозов"]
    assert by_label["б"] == []
    assert by_label["в"] == ["начальника участка т. Сидорова"]


def test_a_parent_that_names_its_party_still_passes_it_down():
    result = parse("1. Главам поселений рекомендовать:\n1.1. Разработать планы.\n1.2. Сведения представлять в отдел.")
    assert [item.responsible for item in result.items[1:3]] == [["Главам поселений"], ["Главам поселений"]]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A surname the dictionary guesses as a verb in the future («Придумину») goes on the group of its members.
        (
            "Заместителю главы Орлову П.П., главам сельсоветов Иванову И.И., Придумину А.С., Петрову Н.Н. "
            "и директору МУП \"Водоканал\" Сидорову В.В. организовать уборку.",
            [
                "Заместителю главы Орлову П.П.",
                "главам сельсоветов Иванову И.И., Придумину А.С., Петрову Н.Н.",
                "директору МУП \"Водоканал\" Сидорову В.В.",
            ],
        ),
        # A verb in the future after the party, in the lower case, still stands for the infinitive.
        ("Организациям района обеспечит вывоз мусора отдел.", ["Организациям района"]),
    ],
)
def test_a_surname_is_no_verb(line, expected):
    assert parties(line) == expected
