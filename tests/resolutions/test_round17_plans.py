"""A plan's heading: «ПЛАН» over «мероприятий …» (or under an approval stamp) is the document's title, and the
parse says the document is a plan, whose rows stand under no «ПОСТАНОВИЛИ:». On text written for the test, with
the headings that must stay as they were."""

from resolutions.parser import parse_resolution

_ROWS = "№ п/п | Наименование мероприятия | Срок | Ответственный |\n1. | Выставка | 12.05.2014 | Лебедева М.П. |\n"


def test_a_plans_heading_is_its_title():
    parsed = parse_resolution("ПЛАН\nмероприятий по подготовке к Дню города на 2014 год\n" + _ROWS)
    assert parsed.title == "План мероприятий по подготовке к Дню города на 2014 год"
    assert parsed.doc_type == "plan"
    assert parsed.operative_keyword == ""
    assert [item.label for item in parsed.items] == ["1"]


def test_a_plans_heading_in_capitals_over_a_line_as_written():
    parsed = parse_resolution("ПЛАН РАБОТЫ\nКоординационного совета на 2014 год\n" + _ROWS)
    assert parsed.title == "План работы Координационного совета на 2014 год"


def test_a_plans_heading_under_an_approval_stamp():
    text = "УТВЕРЖДАЮ\nДиректор МБУК «Дом культуры»\n________ О.В. Петрова\nПЛАН\nмероприятий к Дню Победы\n" + _ROWS
    parsed = parse_resolution(text)
    assert parsed.title == "План мероприятий к Дню Победы"
    assert parsed.doc_type == "plan"
    assert "УТВЕРЖДАЮ" in parsed.preamble  # the stamp is kept


def test_a_table_row_is_no_part_of_the_heading():
    parsed = parse_resolution("ПЛАН\nработы клуба на май 2014 года\n" + _ROWS)
    assert parsed.title == "План работы клуба на май 2014 года"


def test_headings_that_are_no_plans():
    decision = parse_resolution("РЕШЕНИЕ СЕЛЬСКОГО СОВЕТА\nО благоустройстве\nРЕШИЛ:\n1. Провести субботник.")
    assert decision.doc_type == "resolution"
    assert decision.title.startswith("Решение СЕЛЬСКОГО СОВЕТА")  # a body's name in capitals stays as written
    # «Планируется …», «Планом …» open a sentence, not a heading.
    assert parse_resolution("Планом работы предусмотрено:\n1. Провести субботник.").title == ""
    # A stamp with no heading in capitals under it is no stamp.
    stamp = parse_resolution("Утверждено решением совета\nот 1 марта 2014 г.\n1. Провести субботник.")
    assert stamp.doc_type == "resolution"


def test_a_plan_is_not_warned_of_a_missing_keyword_or_vote():
    """A plan has no «ПОСТАНОВИЛИ:» and no vote: warning of them would only teach the Secretariat to skip warnings."""
    plan = parse_resolution("ПЛАН\nмероприятий по подготовке к Дню города на 2014 год\n" + _ROWS)
    assert not any("ПОСТАНОВИЛИ" in warning or "порядке принятия" in warning for warning in plan.warnings)
    decision = parse_resolution("РЕШЕНИЕ СЕЛЬСКОГО СОВЕТА\nО благоустройстве\n1. Провести субботник.")
    assert any("ПОСТАНОВИЛИ" in warning for warning in decision.warnings)
    assert any("порядке принятия" in warning for warning in decision.warnings)


def test_a_plans_header_row_is_no_preamble():
    """The columns' names label each row's text; above the rows they would read as a stray line of the preamble."""
    plan = parse_resolution("ПЛАН\nмероприятий к Дню Победы\nМероприятия проводятся вместе с русскими общинами.\n" + _ROWS)
    assert plan.preamble == "Мероприятия проводятся вместе с русскими общинами."
    decision = parse_resolution(
        "РЕШЕНИЕ СЕЛЬСКОГО СОВЕТА\nО субботнике\nМероприятие | Срок | Ответственный — так названы столбцы плана.\n"
        "РЕШИЛ:\n1. Провести субботник."
    )
    assert "Мероприятие | Срок | Ответственный" in decision.preamble  # no table: the line stays
