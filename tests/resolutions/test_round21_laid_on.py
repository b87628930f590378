"""«Возложить на отдел культуры (Петрова А.А.) организацию выставки»: the one charged comes in the accusative
right after «Возложить на», and the task laid on it follows, a verbal noun in the accusative. The party runs to
that noun (with its adjectives), keeping its genitives, its «по …» field and a head named in brackets. When no
such task follows (a noun that may as well be a genitive, «обязанности»), the party's end is not known and no
party is read; «Возложить ответственность … на …» is read as before."""

import pytest

from tests.resolutions.shapes import item_parties as parties


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Возложить на отдел по делам молодёжи (Сидоров П.П.) подготовку праздничного концерта.",
         ["отдел по делам молодёжи (Сидоров П.П.)"]),
        ("Возложить на управление образования администрации округа общее руководство проведением олимпиады.",
         ["управление образования администрации округа"]),
        ("Возложить на МБУК «Районный дом культуры» организацию выставки народных промыслов.",
         ["МБУК «Районный дом культуры»"]),
        ("Возложить на комитет по физической культуре и спорту проведение лыжного марафона в срок до 1 марта 2031 года.",
         ["комитет по физической культуре и спорту"]),
    ],
)
def test_the_party_laid_on_before_its_task(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # «обязанности» may be a genitive dependent of the party: where the party ends is not known.
        "Возложить на начальника отдела Кузнецова К.К. обязанности председателя жюри.",
        # Not laid on anyone named: a reflexive pronoun.
        "Возложить на себя функции организатора.",
    ],
)
def test_no_task_after_the_party_reads_no_party(line):
    assert parties(line) == []


def test_responsibility_laid_on_reads_as_before():
    line = "Возложить ответственность за проведение смотра на заместителя главы района Орлову О.О."
    assert parties(line) == ["заместителя главы района Орлову О.О."]
