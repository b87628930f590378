"""«т.т.» and «тт.», «товарищи» cut short in Soviet papers, are abbreviations like «т.» and «тов.»: their dot ends no
sentence, and the comrades named after them are the party."""

import pytest

from tests.resolutions.shapes import item_parties as parties


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Поручить комиссии в составе т.т. Егорова, Мухина и Зуева подготовить проект устава артели.",
         ["комиссии в составе т.т. Егорова, Мухина и Зуева"]),
        ("Поручить бригаде в составе тт. Лаптева и Рогова проверить работу столовой.",
         ["бригаде в составе тт. Лаптева и Рогова"]),
    ],
)
def test_comrades_abbreviated_in_the_plural_stay_in_the_party(line, expected):
    assert parties(line) == expected
