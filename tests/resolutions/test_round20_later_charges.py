"""An item that opens by noting, stating or thanking («Признать необходимым …», «… принять к сведению»,
«Объявить благодарность …») charges no one in that sentence; a later sentence or paragraph of the same item that
opens with a directive verb («Поручить …», «Рекомендовать …») charges its party, as the item's deadline is read
there too. A later sentence that only names a dative («Работникам объявить благодарность») names who is thanked."""

import pytest

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import item_parties as parties


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Признать целесообразным создание молодёжного совета при администрации. Поручить отделу по делам молодёжи "
         "подготовить положение о совете к 1 июня 2021 года.", ["отделу по делам молодёжи"]),
        ("Информацию начальника управления образования Смирновой О.П. принять к сведению. Рекомендовать "
         "руководителям школ усилить работу по профилактике правонарушений.", ["руководителям школ"]),
        ("Отметить активную работу добровольной пожарной дружины. Предложить главе сельсовета Зуеву К.Л. "
         "рассмотреть вопрос о поощрении её членов.", ["главе сельсовета Зуеву К.Л."]),
    ],
)
def test_a_later_directive_charges_the_remarks_party(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Информацию главного врача районной больницы Орлова В.В. принять к сведению.",
        "Информацию главного врача районной больницы принять к сведению. Работникам больницы объявить благодарность.",
        "Признать утратившим силу решение Совета от 5 мая 2015 года № 12. Решение вступает в силу со дня подписания.",
    ],
)
def test_a_remark_without_a_later_directive_has_no_party(line):
    assert parties(line) == []


def test_an_unnumbered_paragraph_after_the_last_item_is_that_items():
    result = parse_resolution(
        "Протокол заседания Совета министров от 12 марта 1996 года\n"
        "Министры договорились о нижеследующем:\n"
        "1.Доклад председателя комиссии В.П. Лаптева принять к сведению.\n"
        "2.Признать необходимым уточнить порядок работы комиссии.\n"
        "Поручить председателю комиссии В.П. Лаптеву подготовить проект порядка к очередному заседанию Совета.\n")
    assert [(item.label, item.parent) for item in result.items] == [("1", None), ("2", None)]
    assert result.items[0].responsible == []
    assert result.items[1].responsible == ["председателю комиссии В.П. Лаптеву"]
