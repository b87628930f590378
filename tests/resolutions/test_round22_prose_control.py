"""The controller is the same in every word order of Russian official writing: «Контроль за исполнением …
возложить на X» and «Возложить на X контроль за исполнением …» (the verb first, then the party, then the
control), «Возлагаю на X контроль …», «Осуществление контроля за … возложить на X»; and «Оставляю за собой
контроль …» keeps control with the signer, as «Контроль … оставляю за собой» does. A task laid on a party that is
not control («Возложить на X организацию выставки») names the item's party, not the document's controller; so does
«Поручить X осуществлять контроль за соблюдением …», an instruction."""

import pytest

from resolutions.parser import parse_resolution


def _parse(line):
    return parse_resolution(
        "Постановление администрации района от 1 марта 2021 года\nПОСТАНОВЛЯЮ:\n"
        f"1. Провести смотр художественной самодеятельности.\n2. {line}\n"
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Возложить на заместителя главы администрации района Петрова П.П. контроль за исполнением настоящего "
         "постановления.", ["заместителя главы администрации района Петрова П.П."]),
        ("Возложить на отдел образования (Сидорова А.А.) контроль за выполнением настоящего распоряжения.",
         ["отдел образования (Сидорова А.А.)"]),
        ("Возлагаю на первого заместителя главы Иванова И.И. контроль за исполнением постановления.",
         ["первого заместителя главы Иванова И.И."]),
        ("Возложить на управление культуры общий контроль за проведением смотра.", ["управление культуры"]),
        ("Осуществление контроля за исполнением настоящего постановления возложить на заместителя главы "
         "администрации Петрова П.П.", ["заместителя главы администрации Петрова П.П."]),
        ("Возложить на заместителя главы Петрова П.П. осуществление контроля за исполнением постановления.",
         ["заместителя главы Петрова П.П."]),
    ],
)
def test_control_laid_on_in_any_word_order_names_the_controller(line, expected):
    parsed = _parse(line)
    item = parsed.items[1]
    assert (item.kind, item.responsible, parsed.controller) == ("control", expected, expected)
    # The other word order gives the same.
    other = _parse(f"Контроль за исполнением настоящего постановления возложить на {expected[0]}.")
    assert (other.items[1].responsible, other.controller) == (expected, expected)


def test_control_kept_by_the_signer_with_the_verb_first():
    parsed = _parse("Оставляю за собой контроль за исполнением настоящего постановления.")
    assert (parsed.items[1].kind, parsed.items[1].responsible, parsed.controller) == ("control", [], [])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Возложить на отдел культуры (Петрова А.А.) организацию выставки.", ["отдел культуры (Петрова А.А.)"]),
        ("Поручить отделу культуры (Петрова А.А.) осуществлять контроль за соблюдением режима работы клубов.",
         ["отделу культуры (Петрова А.А.)"]),
    ],
)
def test_a_task_that_is_not_control_names_no_controller(line, expected):
    parsed = _parse(line)
    assert (parsed.items[1].kind != "control", parsed.items[1].responsible, parsed.controller) == (True, expected, [])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ответственность за проведение ярмарки возложить на её устроителей – отдел торговли администрации района.",
         ["отдел торговли администрации района"]),
        ("Ответственность за подготовку смотра возложить на их руководителей - директоров домов культуры.",
         ["директоров домов культуры"]),
    ],
)
def test_a_pronouns_party_named_after_a_dash_is_the_named_one(line, expected):
    assert _parse(line).items[1].responsible == expected
