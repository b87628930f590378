"""Round 23, prose: a party qualified by the act that created it keeps the act's date and number («рабочей группе,
созданной решением Думы от 20.02.2002 N 8/8, доработать …»): the citation is the participle's adjunct, not a term,
and the party runs to the comma that closes it."""

import datetime

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


def test_an_annex_approval_stamp_after_the_signature_dates_the_order_over_a_cited_act():
    # No heading: the preamble cites another act's date; the annex's stamp below the signature gives the order's own.
    parsed = parse_resolution(
        "В целях исполнения постановления Правительства области от 3 марта 2015 года N 12 \"О развитии культуры\":\n"
        "1. Утвердить прилагаемый План мероприятий.\n"
        "2. Отделу культуры обеспечить выполнение Плана мероприятий до 1 декабря 2015 года.\n"
        "Глава района\n"
        "Утвержден\n"
        "распоряжением главы района\n"
        "от 14 сентября 2015 года N 77-р\n"
    )
    assert (parsed.date, parsed.items[1].due_end) == (datetime.date(2015, 9, 14), datetime.date(2015, 11, 30))


@pytest.mark.parametrize(
    ("line", "end"),
    [
        # The order (1 March) comes after the first due day of the year: the next one, this year.
        ("Отделу культуры представлять информацию ежегодно, не позднее 10 января и 10 июля.", datetime.date(2021, 7, 10)),
        ("Отделу культуры представлять информацию ежегодно, не позднее 15 февраля, 15 мая и 15 ноября.",
         datetime.date(2021, 5, 15)),
        # «до» ends the day before.
        ("Отделу культуры представлять информацию ежегодно до 1 февраля и 1 августа.", datetime.date(2021, 7, 31)),
    ],
)
def test_a_yearly_duty_with_several_due_days_falls_due_on_the_first_after_the_order(line, end):
    item = _parse(line).items[1]
    assert (item.deadline_kind, item.due_start, item.due_end) == ("recurring", datetime.date(2021, 3, 1), end)


def test_nested_straight_quotes_closed_by_one_quote_before_a_comma_end_the_name():
    # «ОАО "Компания "Имя", …»: the inner and outer straight quotes closed as one, as typed; the next party follows.
    item = _parse(
        'Районному агентству по печати и массовым коммуникациям "Пресса", ООО "Редакция газеты "Сельская новь", районным средствам массовой информации '
        "обеспечить освещение смотра."
    ).items[1]
    assert item.responsible == [
        'Районному агентству по печати и массовым коммуникациям "Пресса"', 'ООО "Редакция газеты "Сельская новь"',
        "районным средствам массовой информации",
    ]


@pytest.mark.parametrize("quoted", ["„Весна. Дети. Песни“", '"Весна. Дети. Песни"', "“Весна. Дети. Песни”"])
def test_a_full_stop_inside_a_name_in_any_quotes_does_not_end_the_sentence_before_its_date(quoted):
    item = _parse(f"Провести фестиваль {quoted} в городском парке 12 июня 2021 года.").items[1]
    assert (item.due_start, item.due_end) == (datetime.date(2021, 6, 12), datetime.date(2021, 6, 12))


@pytest.mark.parametrize(
    ("line", "end"),
    [
        ("Утвердить и направить до 15.04.2021 в отдел культуры списки участников смотра.", datetime.date(2021, 4, 14)),
        ("Утвердить и представить не позднее 20 апреля в оргкомитет программы выступлений.", datetime.date(2021, 4, 20)),
    ],
)
def test_a_term_before_a_day_after_adopt_and_another_act_is_when_both_are_done(line, end):
    item = _parse(line).items[1]
    # A plan's horizon after the two verbs («до 2030 года», no day) stays the plan's subject.
    horizon = _parse("Утвердить и опубликовать план развития культуры района до 2030 года.").items[1]
    assert (item.deadline_kind, item.due_end, horizon.due_end) == ("by", end, None)


def test_a_day_in_figures_with_its_hours_is_the_acts_day_in_an_undated_page():
    # The stored page starts at an item: no date of the document to complete anything from.
    parsed = parse_resolution(
        "2. Отделу внутренних дел района (Петров) обеспечить:\n"
        "2.1. Охрану общественного порядка в местах проведения праздника.\n"
        "2.2. Перекрытие улицы Мира от площади Победы до улицы Садовой, улицы Садовой от магазина \"Мечта\" до улицы "
        "Мира 12.06.2021 с 10.00 часов до 14 часов 30 минут.\n"
    )
    item = next(item for item in parsed.items if item.label == "2.2")
    assert (parsed.date, item.due_start, item.due_end) == (None, datetime.date(2021, 6, 12), datetime.date(2021, 6, 12))
