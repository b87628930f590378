"""Structure families of the twelfth round (bench/IMPORT_NOTE.md): item labels glued to the stop or bracket
that ends the item before them. Each on documents written for the test, with numbers in text left alone."""

from resolutions.parser import parse_resolution
from resolutions.parsing_utils import split_inline_items


def outline(text):
    return [(item.label, item.parent) for item in parse_resolution(text).items]


def test_labels_glued_to_the_stop_or_bracket_before_them_cut_a_paragraph_into_items():
    line = (
        "1. Открыть выставку ремёсел в доме культуры.2. Предложить отделу полиции (Сомов П.Р.) обеспечить "
        "порядок.3. Ответственность за выставку возложить на клуб «Узор» (Лебедева Н.И.)4. Контроль за "
        "исполнением оставляю за собой."
    )
    pieces = split_inline_items(line)
    assert [piece[:2] for piece in pieces] == ["1.", "2.", "3.", "4."]
    assert pieces[2].endswith("(Лебедева Н.И.)")


def test_a_glued_number_out_of_the_outline_or_in_a_reference_is_not_cut():
    # «2.» after item «1.» is expected, «5.» is not; «п.2.» refers to a point; a date is no label.
    assert split_inline_items("1. Утвердить смету на 12.04.2004 по ст.5. Закона и п.2. Устава.") == [
        "1. Утвердить смету на 12.04.2004 по ст.5. Закона и п.2. Устава."
    ]
    assert split_inline_items("1. Утвердить смету клуба.5. Провести сбор.") == ["1. Утвердить смету клуба.5. Провести сбор."]
    # No own label and no run: a paragraph of prose with «г.» after a year stays whole.
    assert split_inline_items("Выставка открыта в 2003 г.2. Зал закрыт.") == ["Выставка открыта в 2003 г.2. Зал закрыт."]


def test_glued_items_of_an_order_are_found_in_turn():
    text = """\
Распоряжение администрации посёлка
от 3 марта 2011 г. № 40
В связи с проведением праздника
1. Провести праздник на площади.2. Предложить отделу полиции (Сомов П.Р.) обеспечить порядок.3. Контроль за исполнением возложить на заместителя главы Кедрова И.И.
"""
    assert outline(text) == [("1", None), ("2", None), ("3", None)]
