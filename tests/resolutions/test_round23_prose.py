"""Round 23, prose: a party qualified by the act that created it keeps the act's date and number («рабочей группе,
созданной решением Думы от 20.02.2002 N 8/8, доработать …»): the citation is the participle's adjunct, not a term,
and the party runs to the comma that closes it."""

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
        ("Поручить комиссии, образованной постановлением администрации района от 12.03.2019 N 45/2, подготовить "
         "предложения по проведению смотра.",
         "комиссии, образованной постановлением администрации района от 12.03.2019 N 45/2"),
        ("Поручить комиссии, образованной постановлением администрации района от 12 марта 2019 года № 45, "
         "подготовить предложения.",
         "комиссии, образованной постановлением администрации района от 12 марта 2019 года № 45"),
        ("Поручить оргкомитету, утверждённому распоряжением главы от 05.02.2020 №17-р, провести смотр.",
         "оргкомитету, утверждённому распоряжением главы от 05.02.2020 №17-р"),
    ],
)
def test_a_party_keeps_the_date_and_number_of_the_act_that_created_it(line, expected):
    item = _parse(line).items[1]
    assert (item.responsible, item.due_end) == ([expected], None)


@pytest.mark.parametrize(
    ("line", "relative_to"),
    [
        ("Отделу образования в ходе реализации подпрограммы уточнять перечень мероприятий.", "реализации подпрограммы"),
        ("Управлению культуры в ходе выполнения плана обеспечить информирование населения.", "выполнения плана"),
    ],
)
def test_while_a_course_of_action_runs_is_a_relative_term(line, relative_to):
    item = _parse(line).items[1]
    assert (item.deadline_kind, item.due_start, item.due_end, item.relative_to) == ("relative", None, None, relative_to)
