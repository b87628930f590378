"""Faults the unseen set fresh2 showed (bench/IMPORT_NOTE.md), one test each, on sentences written
for the test rather than copied from the documents."""

import datetime

import pytest

from resolutions.deadlines import find_deadline
from resolutions.parser import parse_resolution
from resolutions.parties import addressed_parties, controller_parties, table_parties


def test_a_repeated_na_in_a_control_item_opens_a_second_controller():
    text = (
        "Контроль за исполнением решения возложить на заместителя главы администрации по экономике "
        "(Иванова И.И.) и на комиссию по бюджету городского Совета (Петров П.П.)."
    )
    assert controller_parties(text) == [
        "заместителя главы администрации по экономике (Иванова И.И.)",
        "комиссию по бюджету городского Совета (Петров П.П.)",
    ]


def test_a_single_controller_with_i_inside_its_name_stays_one():
    text = "Контроль за исполнением решения возложить на комиссию по бюджету и налогам (Петров П.П.)."
    assert controller_parties(text) == ["комиссию по бюджету и налогам (Петров П.П.)"]


def test_a_settlement_noun_before_its_name_stays_in_the_party():
    found = addressed_parties("Администрации городского округа город Тверь до 1 мая направить отчёт.")
    assert found == (["Администрации городского округа город Тверь"], "dative")


def test_a_place_after_v_stays_in_the_party_but_a_deadline_does_not():
    assert addressed_parties("Рекомендовать Посольству России в Казахстане оказать содействие.")[0] == [
        "Посольству России в Казахстане"
    ]
    assert addressed_parties("Рекомендовать Секретариату в срок до 1 мая подготовить отчёт.")[0] == ["Секретариату"]


def test_a_participle_keeps_its_own_adjunct():
    found = addressed_parties(
        "Предложить руководителям предприятий, расположенных на территории поселения, убрать территории."
    )
    assert found[0] == ["руководителям предприятий, расположенных на территории поселения"]


def test_prosit_u_names_the_one_asked_not_the_thing_asked():
    found = addressed_parties("Просить у Посольства России в Чили помощи в проведении праздника.")
    assert found == (["Посольства России в Чили"], "directive")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Управление культуры, спорта и туризма, Сидоров С.С.", ["Управление культуры, спорта и туризма, Сидоров С.С."]),
        ("Отдел образования, Кузнецова А.А.", ["Отдел образования, Кузнецова А.А."]),
        # Names one after another, and bodies after a name, are still several parties.
        ("Сидоров С.С., Кузнецова А.А.", ["Сидоров С.С.", "Кузнецова А.А."]),
        ("Сидоров С.С. (по согласованию), главы сельских поселений", ["Сидоров С.С.", "главы сельских поселений"]),
    ],
)
def test_a_plan_cell_keeps_a_bodys_genitive_continuation_and_its_official(cell, expected):
    assert table_parties(cell) == expected


def test_a_sub_item_opening_with_an_infinitive_takes_the_lead_ins_party():
    parsed = parse_resolution(
        "Постановление от 01.03.2024 № 5\n"
        "1. Рекомендовать главам сельских поселений:\n"
        "1) создать комиссии для проведения субботника;\n"
        "2) разработать планы благоустройства.\n"
    )
    assert [(i.label, i.responsible) for i in parsed.items] == [
        ("1", ["главам сельских поселений"]),
        ("1)", ["главам сельских поселений"]),
        ("2)", ["главам сельских поселений"]),
    ]


def test_entry_into_force_is_not_a_deadline():
    parsed = parse_resolution(
        "Решение от 01.03.2024 № 5\n"
        "1. Утвердить Положение о совете.\n"
        "2. Настоящее решение вступает в силу через 10 дней после дня его официального опубликования.\n"
    )
    assert [(i.label, i.deadline_text) for i in parsed.items] == [("1", ""), ("2", "")]


def test_days_of_several_months_are_one_window():
    deadline = find_deadline("Провести 6, 13 июня, 4 и 11 июля 2024 года субботники.", reference=datetime.date(2024, 3, 1))
    assert (deadline.kind, deadline.start, deadline.end) == ("range", datetime.date(2024, 6, 6), datetime.date(2024, 7, 11))
