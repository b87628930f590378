"""Families of parties in prose that the fifteenth round's set showed (bench/IMPORT_NOTE.md, fresh14): kinds of
bodies named together as one addressee, two charges joined in one sentence, a body's name that goes on after
«при», a finite directive verb after a subject, names in nested quotes, people named in slashes. Each on
sentences written for the test, with the readings that must not change."""

import pytest

from resolutions.parser import parse_resolution


def parties(line: str) -> list[str]:
    result = parse_resolution(f"Постановление администрации района от 1 марта 2021 года\nПОСТАНОВЛЯЮ:\n1. {line}\n2. Контроль оставляю за собой.")
    return result.items[0].responsible


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Bare plural nouns of bodies, one word each, joined by «и» share what follows: one addressee.
        ("Школам и библиотекам района провести смотр.", ["Школам и библиотекам района"]),
        (
            "Комитетам и советам Республики Алтай, главам поселений принять меры.",
            ["Комитетам и советам Республики Алтай", "главам поселений"],
        ),
        (
            "Предложить редакциям и клубам области, работающим в районе, воздержаться от показа.",
            ["редакциям и клубам области, работающим в районе"],
        ),
        # A comma list of them closed by «и», or by a dependent they share, is one addressee too.
        ("Школам, библиотекам и клубам провести смотр.", ["Школам, библиотекам и клубам"]),
        (
            "Рекомендовать школам, библиотекам, клубам всех ведомств, сельским поселениям принять участие.",
            ["школам, библиотекам, клубам всех ведомств", "сельским поселениям"],
        ),
    ],
)
def test_kinds_of_bodies_named_together_are_one_party(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Two datives after a comma with nothing to bind them stay two; so do people, and a noun with words of its own.
        ("Школам , библиотекам провести смотр.", ["Школам", "библиотекам"]),
        ("Гражданам и организациям соблюдать тишину.", ["Гражданам", "организациям"]),
        (
            "Местным администрациям и органам местного самоуправления обеспечить исполнение.",
            ["Местным администрациям", "органам местного самоуправления"],
        ),
        (
            "Исполкомам, руководителям школ и библиотек обеспечить подвоз.",
            ["Исполкомам", "руководителям школ и библиотек"],
        ),
    ],
)
def test_other_coordinated_datives_stay_apart(line, expected):
    assert parties(line) == expected
