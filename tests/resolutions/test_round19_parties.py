"""Families of parties in prose that the nineteenth round's set showed (fresh18): a verb of laying glued to
its «на» by a lost space («возложитьна комитет …»), two plural kinds of bodies after a shared adjective and
before a shared proper name («общественным фондам и союзам Тверской области»), and a dative after a verb of
returning or sending, which names who receives a paper, not who is charged. Each on sentences written for the
test, with the readings that must not change."""

import pytest

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import item_parties as parties


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A lost space glues the verb to its «на»: the controller is still laid on the words after it.
        ("Контроль за исполнением настоящего решения возложитьна постоянную комиссию по бюджету (Сидоров П.П.).",
         ["постоянную комиссию по бюджету (Сидоров П.П.)"]),
        ("Контроль за выполнением решения возложитьна заместителя главы района Орлову Т.В.",
         ["заместителя главы района Орлову Т.В."]),
        ("Контроль за исполнением постановления возлагаетсяна отдел экономики.", ["отдел экономики"]),
        # With the space, as before.
        ("Контроль за исполнением настоящего решения возложить на комиссию по культуре и спорту.",
         ["комиссию по культуре и спорту"]),
    ],
)
def test_control_laid_on_with_the_na_glued_to_the_verb(line, expected):
    assert parties(line) == expected


def test_a_glued_controller_is_the_documents_controller():
    result = parse_resolution(
        "Решение районного Совета от 3 апреля 2019 года\nРЕШИЛ:\n1. Утвердить положение о конкурсе.\n"
        "2. Контроль за выполнением настоящего решения возложитьна комитет по экономике (Зайцев К.К.).")
    assert result.controller == ["комитет по экономике (Зайцев К.К.)"]
    assert result.items[1].kind == "control"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Two bare plural kinds of bodies after one adjective, then a proper name placing both: one addressee.
        ("Общественным фондам и союзам Тверской области принять участие в проведении праздника.",
         ["Общественным фондам и союзам Тверской области"]),
        ("Управлению культуры, спортивным организациям и клубам Республики Алтай провести соревнования.",
         ["Управлению культуры", "спортивным организациям и клубам Республики Алтай"]),
        ("Молодёжным объединениям и центрам Ивановской области подготовить предложения.",
         ["Молодёжным объединениям и центрам Ивановской области"]),
    ],
)
def test_plural_kinds_sharing_an_adjective_and_a_place_are_one_party(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # The second noun has a lower-case genitive of its own: a body of another kind, a party of its own.
        ("Районным администрациям и органам местного самоуправления обеспечить уборку территорий.",
         ["Районным администрациям", "органам местного самоуправления"]),
        # People, or a noun of one (a singular body), stay apart from a kind of body.
        ("Спортивным организациям и гражданам Тверской области принять участие в забеге.",
         ["Спортивным организациям", "гражданам Тверской области"]),
        ("Районным школам и управлению образования Тверской области провести олимпиаду.",
         ["Районным школам", "управлению образования Тверской области"]),
    ],
)
def test_kinds_with_words_of_their_own_stay_apart(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # After a verb of returning, sending or handing over, the dative receives the paper; nobody is charged.
        "Проект положения о конкурсе вернуть администрации района на доработку.",
        "Материалы проверки возвратить комитету по экономике для уточнения.",
        "Настоящее решение направить главе поселения для подписания.",
        "Документы передать управлению делами для хранения.",
        # Attention drawn to someone reproaches them; it charges no one.
        "Обратить внимание администрации поселения на нарушение сроков ремонта дорог.",
    ],
)
def test_a_dative_after_a_verb_of_returning_or_sending_is_no_party(line):
    assert parties(line) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # The task first, then its verb and the dative doer (no verb of sending): that dative is charged.
        ("Дату и место проведения совещания определить секретарю комиссии за месяц до его начала.",
         ["секретарю комиссии"]),
        # A dative before a verb of sending acts: the one charged to send.
        ("Администрации района направить решение в областную Думу.", ["Администрации района"]),
    ],
)
def test_a_dative_doer_around_other_verbs_stays(line, expected):
    assert parties(line) == expected
