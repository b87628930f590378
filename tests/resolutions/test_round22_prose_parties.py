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


def test_a_name_between_slashes_is_read_as_in_brackets_and_kept_as_written():
    assert parties("Обязать трест зеленого хозяйства /т. Коровина/ высадить деревья у школы.") == [
        "трест зеленого хозяйства /т. Коровина/"
    ]


def test_a_bare_directive_over_paragraphs_charges_each_paragraphs_party():
    from resolutions.parser import parse_resolution

    text = (
        "Решение исполкома горсовета от 5 мая 1957 года\nРЕШИЛ:\n"
        "1. Обязать:\n\nТрест зеленого хозяйства /т. Коровина/ высадить деревья у школы до 1.VI.57 г.\n\n"
        "Исполком Кировского райсовета /т. Лосева/ огородить сквер у школы.\n"
        "2. Контроль за исполнением возложить на секретаря исполкома т. Орлова.\n"
    )
    assert parse_resolution(text).items[0].responsible == [
        "Трест зеленого хозяйства /т. Коровина/", "Исполком Кировского райсовета /т. Лосева/"
    ]


def test_a_scans_closing_guillemet_before_a_name_opens_it():
    assert parties(
        "Обязать руководителей предприятия » Заречный леспромхоз» (тов. Гусев), торговую базу - тов. Белов "
        "до 1 мая выполнить ремонт дорог."
    ) == ["руководителей предприятия » Заречный леспромхоз» (тов. Гусев)", "торговую базу - тов. Белов"]
