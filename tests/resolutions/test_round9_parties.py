"""Families of party grammar that the ninth round's unseen set showed (bench/IMPORT_NOTE.md, fresh8), one
parametrised test per family, on sentences written for the test."""

import pytest

from resolutions.morphology import glued_head
from resolutions.parser import parse_resolution
from resolutions.parties import addressed_parties, responsibility_parties, table_parties
from tests.resolutions.shapes import addressed as parties


def responsible_by_label(text):
    return {item.label: item.responsible for item in parse_resolution(text).items}


# A lead-in item names its party alone: one dative word, or an enterprise by its legal form, before a colon.
@pytest.mark.parametrize(
    ("lead_in", "party"),
    [
        ("Руководителям:", "Руководителям"),
        ("Исполнителям:", "Исполнителям"),
        ('МБУК "Районный дом культуры" (Сидорова А.А.):', 'МБУК "Районный дом культуры" (Сидорова А.А.)'),
        ('ООО "Чистый город":', 'ООО "Чистый город"'),
    ],
)
def test_a_lead_in_that_only_names_its_party_passes_it_to_its_sub_items(lead_in, party):
    text = (
        "ПОСТАНОВЛЯЮ:\n1. Провести месячник благоустройства.\n"
        f"2. {lead_in}\n2.1. организовать уборку дворов;\n2.2. вывезти мусор до 1 мая 2024 года.\n"
    )
    found = responsible_by_label(text)
    assert found["2"] == found["2.1"] == found["2.2"] == [party]
    assert found["1"] == []


@pytest.mark.parametrize("text", ["Постановляю:", "Приложение:", "Решили:", "Примечание:"])
def test_a_one_word_heading_that_is_no_dative_names_no_party(text):
    assert addressed_parties(text) is None


# People named in the nominative before the infinitive they are charged with, one party per comma.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Главы сельских поселений, директора школ в месячный срок разработать планы эвакуации.",
            ["Главы сельских поселений", "директора школ"],
        ),
        (
            "Начальник отдела культуры, руководитель аппарата главы района, специалисты отдела кадров, "
            "работающие по договору, обеспечить исполнение настоящего постановления.",
            ["Начальник отдела культуры", "руководитель аппарата главы района",
             "специалисты отдела кадров, работающие по договору"],
        ),
        ("Директор районного Дома культуры организовать слет.", ["Директор районного Дома культуры"]),
    ],
)
def test_people_named_in_the_nominative_before_their_infinitive_are_parties(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Участники конкурса должны представить заявки до 1 мая.",  # a statement of duty, not a charge
        "Граждане обязаны соблюдать правила пожарной безопасности.",
        "Председатель комиссии Петров П.П. доложил о ходе работ.",  # no infinitive
        "Жители района приглашаются принять участие в субботнике.",
        "План мероприятий утвердить.",  # an inanimate noun is the infinitive's object
        "Члены комиссии вправе запрашивать документы.",  # a right, not a charge
        "Дети до 14 лет допускаться в бассейн только с родителями.",  # a passive infinitive
        "Победители конкурса наградить грамотами.",  # the ones given something
    ],
)
def test_a_nominative_that_is_no_charged_person_names_no_party(text):
    assert addressed_parties(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Возложить общее руководство по подготовке праздника на Комитет по культуре и туризму.",
            ["Комитет по культуре и туризму"],
        ),
        (
            "Возложить координацию работ по подготовке к паводку на заместителя главы администрации Петрова П.П.",
            ["заместителя главы администрации Петрова П.П."],
        ),
        ("Возложить организацию приема делегаций на отдел по связям с общественностью.",
         ["отдел по связям с общественностью"]),
    ],
)
def test_a_charge_laid_on_a_party_names_it_in_the_accusative(text, expected):
    assert responsibility_parties(text) == expected


@pytest.mark.parametrize(
    "text", ["Возложить венки к памятнику воинам-землякам.", "Возложить цветы на могилу Неизвестного солдата."]
)
def test_laying_something_that_is_no_charge_names_no_party(text):
    assert responsibility_parties(text) is None


# Parties run together: a lost space after a comma or a bracket, two words glued.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Главам городских поселений,директорам школ, руководителямучреждений культуры провести уборку.",
            ["Главам городских поселений", "директорам школ", "руководителямучреждений культуры"],
        ),
        ("Отделу образования (Кузнецова Е.В.)подготовить отчет.", ["Отделу образования (Кузнецова Е.В.)"]),
        ("Рекомендовать депутатам района,старостам сел принять участие.", ["депутатам района", "старостам сел"]),
    ],
)
def test_a_lost_space_does_not_run_parties_together(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("word", "head"),
    [("руководителямпредприятий", "руководителям"), ("администрации", ""), ("Главампоселений", "")],
)
def test_a_glued_word_is_read_by_its_first_part_only_when_unknown(word, head):
    assert glued_head(word) == head


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # Each person after a plural group of people is a party.
        (
            "главы сельских поселений, Кравцов А.Н., Лебедева О.П.",
            ["главы сельских поселений", "Кравцов А.Н.", "Лебедева О.П."],
        ),
        ("Руководители учреждений культуры, Петрова А.А.", ["Руководители учреждений культуры", "Петрова А.А."]),
        # A body's official, named after it, stays with it.
        ("Отдел образования, Иванов И.И.", ["Отдел образования, Иванов И.И."]),
        # A genitive list closed after «и» by a word that can only be a genitive is one body's name.
        (
            "Департамент промышленности, предпринимательства и туризма области",
            ["Департамент промышленности, предпринимательства и туризма области"],
        ),
        ("Отдел кадров, руководители подразделений", ["Отдел кадров", "руководители подразделений"]),
    ],
)
def test_a_plan_cell_separates_persons_from_groups_and_keeps_a_body_whole(cell, expected):
    assert table_parties(cell) == expected


@pytest.mark.parametrize(
    ("sub_item", "expected"),
    [
        # A sub-item going on the lead-in's sentence with a directive verb: the lead-in's party delegates.
        ("поручить МКУ «Служба заказчика» закупить инвентарь.", ["Отделу культуры", "МКУ «Служба заказчика»"]),
        ("рекомендовать главам поселений выделить транспорт.", ["Отделу культуры", "главам поселений"]),
        # A sub-item that names its own party in a sentence of its own keeps it alone.
        ("Главам поселений выделить транспорт.", ["Главам поселений"]),
    ],
)
def test_a_sub_item_that_delegates_keeps_its_lead_ins_party(sub_item, expected):
    text = f"ПОСТАНОВЛЯЮ:\n1. Отделу культуры:\n1.1. подготовить программу праздника;\n1.2. {sub_item}\n"
    found = responsible_by_label(text)
    assert found["1.1"] == ["Отделу культуры"]
    assert found["1.2"] == expected


def test_a_one_word_lead_in_before_the_first_item_is_shared_by_the_items():
    found = responsible_by_label(
        "РЕШЕНИЕ\nот 10.09.2026\nРЕШИЛИ:\nИсполнителям:\n1. Организовать уборку дворов.\n"
        "2. Вывезти мусор до 1 мая 2026 года.\n"
    )
    assert found == {"1": ["Исполнителям"], "2": ["Исполнителям"]}
