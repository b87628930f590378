"""A page that starts inside a sentence (an OCR-read page, one paragraph): the end of an item whose label was on the
page before, then the items after it in turn, and a section heading with a colon («В сфере образования:») whose
numbering starts afresh at «1.». On text written for the test, with the readings that must not be taken."""

from tests.resolutions.shapes import outline

_PAGE = (
    "выставок народных промыслов и конкурсов чтецов. 3. Съезд поручает Исполкому издать сборник сказок. "
    "4. Съезд предлагает расширить обмен делегациями молодёжи. В сфере образования и науки: 1. Съезд отмечает, "
    "что школам нужны учебники на родных языках."
)


def test_a_cut_page_starts_at_its_first_label_in_turn():
    assert outline(_PAGE) == [("3", None), ("4", None), ("1", None)]


def test_a_cut_page_on_lines_of_its_own():
    text = _PAGE.replace(" 3. ", "\n3. ").replace(" 4. ", "\n4. ").replace(" 1. ", "\n1. ")
    assert outline(text) == [("3", None), ("4", None), ("1", None)]


def test_a_page_starting_with_a_capital_keeps_the_older_reading():
    # Not inside a sentence: «3.» and «4.» are no items of an excerpt, numbering starts at «1.».
    text = _PAGE[0].upper() + _PAGE[1:]
    assert [label for label, _ in outline(text)] == ["1"]


def test_a_lone_number_after_a_stop_on_a_cut_page_is_no_item():
    # «3.» with no «4.» after it in turn: the run does not go on, nothing is cut there.
    text = "итогов конкурса. 3. Съезд поручает Исполкому издать сборник. Решено: 1. Провести смотр. 2. Издать отчёт."
    assert [label for label, _ in outline(text)][:1] != ["3"]


def test_a_lead_in_naming_a_party_is_no_section_heading():
    # «3. Министерству культуры:» over «1)», «2)»: sub-items of item 3, not a fresh numbering.
    text = (
        "ПОСТАНОВЛЯЮ:\n1. Присвоить театру статус.\n2. Утвердить положение.\n3. Министерству культуры:\n"
        "1) обеспечить ремонт;\n2) провести конкурс.\n"
    )
    assert outline(text) == [("1", None), ("2", None), ("3", None), ("1)", "3"), ("2)", "3")]


def test_a_heading_with_a_verb_before_the_colon_is_a_lead_in():
    # «Съезд предлагает:» has a verb: the «1.» after it is no fresh section of a cut page's items.
    text = "плана работ. 2. Съезд одобряет отчёт. 3. Съезд предлагает: 1. Провести смотр. 2. Издать отчёт."
    assert outline(text)[:2] == [("2", None), ("3", None)]
