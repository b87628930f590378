"""Families of deadlines that the ninth round's unseen set showed (bench/IMPORT_NOTE.md, fresh8), one
parametrised test per family, on sentences written for the test, with the dates that must not be taken."""

from datetime import date as D

import pytest

from resolutions.deadlines import find_deadline
from resolutions.parser import parse_resolution

HEAD = "ПОСТАНОВЛЕНИЕ\nот 12.03.2015 № 45\n\nО проведении мероприятий\n\nПОСТАНОВЛЯЮ:\n"


def windows(body):
    """Each item's label, deadline kind and window, for a decree of 12 March 2015 with this body."""
    return {item.label: (item.deadline_kind, item.due_start, item.due_end) for item in parse_resolution(HEAD + body).items}


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        # «с. г.», «т.г.»: the document's year, abbreviated; a range of days of the act.
        ("Ограничиться проведением районного турнира 20 - 22 июня с. г. в поселке Заречный.", "range", D(2015, 6, 20), D(2015, 6, 22)),
        ("Перенести смотр-конкурс на 5-7 августа т.г.", "range", D(2015, 8, 5), D(2015, 8, 7)),
        ("Организовать 12 июня с.г. праздничный концерт на площади.", "exact", D(2015, 6, 12), D(2015, 6, 12)),
        ("Представить отчёт до 1 декабря с. г.", "by", None, D(2015, 11, 30)),
    ],
)
def test_an_act_dated_in_the_current_year_abbreviated(text, kind, start, end):
    deadline = find_deadline(text, reference=D(2015, 3, 12))
    assert (deadline.kind, deadline.start, deadline.end) == (kind, start, end)


def test_a_cancelled_event_in_brackets_is_not_the_window():
    text = "Областной слёт (10 - 12 мая 2015 года, г. Тверь) не проводить; провести районные слёты 24 - 25 мая с. г."
    deadline = find_deadline(text, reference=D(2015, 3, 12))
    assert (deadline.start, deadline.end) == (D(2015, 5, 24), D(2015, 5, 25))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "1. Принять предложение областного союза молодёжи о проведении в августе 2015 г. слёта волонтёров.\n",
            ("range", D(2015, 8, 1), D(2015, 8, 31)),
        ),
        (
            "1. Одобрить инициативу общественной палаты о проведении во втором квартале 2015 года форума.\n",
            ("quarter", D(2015, 4, 1), D(2015, 6, 30)),
        ),
        (
            "1. Поддержать ходатайство ветеранов о проведении 9 мая 2015 года шествия.\n",
            ("exact", D(2015, 5, 9), D(2015, 5, 9)),
        ),
        # A document adopted keeps its periods as its subject.
        ("1. Утвердить план мероприятий по подготовке к празднику в мае 2015 года (прилагается).\n", ("", None, None)),
        ("1. Принять Положение о конкурсе, проводимом в июле 2015 года.\n", ("", None, None)),
    ],
)
def test_a_proposal_accepted_is_dated_by_the_act_it_proposes(body, expected):
    assert windows(body)["1"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The verb opens the sentence; abbreviations («им.», «ул.», initials) do not end it.
        (
            "Подготовить и провести праздничную программу для детей и родителей на главной площади у входа в сквер"
            " им. А. С. Пушкина со стороны ул. Л. Толстого 30 декабря 2015 года с 16.00 до 18.00.",
            D(2015, 12, 30),
        ),
        (
            "Организовать торжественное возложение венков и цветов к мемориальному комплексу павшим воинам на пл."
            " Победы у дома № 3 по пр. Мира 9 мая 2015 года.",
            D(2015, 5, 9),
        ),
    ],
)
def test_a_full_date_far_from_the_verb_that_opens_the_sentence(text, expected):
    deadline = find_deadline(text, reference=D(2015, 3, 12))
    assert (deadline.kind, deadline.start, deadline.end) == ("exact", expected, expected)


@pytest.mark.parametrize(
    "text",
    [
        # A cited act, its date after «от» or before its number; a past day in a finished sentence.
        "Подготовить и направить в министерство сведения об исполнении постановления администрации района"
        " от 14 января 2015 года о мерах по охране лесов от пожаров в границах поселения им. Н. Островского.",
        "Подготовить предложения по изменению порядка, утверждённого распоряжением главы района, в редакции"
        " распоряжения по ул. Садовой 14 января 2015 года № 12.",
        "Работу комиссии, созданной 12 февраля 2014 г. Возобновить её работу нет оснований.",
    ],
)
def test_dates_of_cited_acts_are_not_the_act(text):
    assert find_deadline(text, reference=D(2015, 3, 12)) is None


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        (
            "Провести районный смотр художественной самодеятельности в следующие сроки: отборочный (школьный) этап –"
            " сентябрь 2015 г.; заключительный (районный) этап – 25 октября 2015 г.",
            "range", D(2015, 9, 1), D(2015, 10, 25),
        ),
        # Stages separated by commas, each with its dash; the sentence after the list is not a stage.
        (
            "Конкурс провести в сроки: заочный тур - с 1 по 20 апреля 2015 года, очный тур - 15 мая 2015 года."
            " Итоги подвести на коллегии 1 июня 2015 года.",
            "range", D(2015, 4, 1), D(2015, 5, 15),
        ),
        ("Сроки: I этап - до 1 апреля 2015 г.; II этап - до 1 июля 2015 г.", "by", None, D(2015, 6, 30)),
    ],
)
def test_stages_of_one_act_make_one_window(text, kind, start, end):
    deadline = find_deadline(text, reference=D(2015, 3, 12))
    assert (deadline.kind, deadline.start, deadline.end) == (kind, start, end)


def test_one_term_with_a_responsible_after_it_is_no_list_of_stages():
    deadline = find_deadline("Подготовить доклад. Срок: до 1 мая 2015 г.; ответственный - Петров И.И.", reference=D(2015, 3, 12))
    assert (deadline.kind, deadline.start, deadline.end) == ("by", None, D(2015, 4, 30))


@pytest.mark.parametrize(
    ("text", "recurrence", "end"),
    [
        # A rhythm with the span of each occurrence: from the document's date to the first occurrence's end.
        ("Проводить областной фестиваль народного творчества раз в два года в период с 20 мая по 2 июня.", "", D(2015, 6, 2)),
        ("Один раз в пять лет с 1 по 10 октября проводить перепись зелёных насаждений.", "", D(2015, 10, 10)),
        ("Ежегодно с 1 по 10 февраля проводить неделю здоровья в школах.", "yearly", D(2016, 2, 10)),
        # Without a span a rhythm keeps its old window.
        ("Ежегодно до 1 февраля представлять отчёт в комитет.", "yearly", D(2016, 1, 31)),
    ],
)
def test_a_rhythm_with_the_span_of_each_occurrence(text, recurrence, end):
    deadline = find_deadline(text, reference=D(2015, 3, 12))
    assert (deadline.kind, deadline.recurrence, deadline.start, deadline.end) == ("recurring", recurrence, D(2015, 3, 12), end)


def test_a_count_of_years_that_is_no_rhythm():
    deadline = find_deadline("Провести конкурс в период с 20 мая по 2 июня 2015 года, в два года подвести итоги.", reference=D(2015, 3, 12))
    assert (deadline.kind, deadline.start, deadline.end) == ("range", D(2015, 5, 20), D(2015, 6, 2))


@pytest.mark.parametrize(
    ("body", "end"),
    [
        (
            "1. Провести фестиваль.\n2. Контроль за исполнением постановления возложить на комитет по культуре"
            " (Иванова А.А.). О ходе исполнения доложить к 1 декабря.\n",
            D(2015, 12, 1),
        ),
        (
            "1. Провести фестиваль.\n2. Контроль за исполнением настоящего постановления возложить на заместителя"
            " главы администрации по социальным вопросам. Информацию об исполнении представить до 20 ноября 2015 года.\n",
            D(2015, 11, 19),
        ),
    ],
)
def test_a_report_asked_after_the_controller_is_that_items_deadline(body, end):
    assert windows(body)["2"] == ("by", None, end)


@pytest.mark.parametrize(
    "body",
    [
        # The act's entry into force is no one's task.
        "1. Провести фестиваль.\n2. Контроль за исполнением постановления возложить на комитет по культуре."
        " Постановление вступает в силу с 1 апреля 2015 года.\n",
        "1. Провести фестиваль.\n2. Контроль за исполнением постановления оставляю за собой.\n",
    ],
)
def test_a_controller_item_without_a_report_has_no_deadline(body):
    assert windows(body)["2"] == ("", None, None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "1. Провести 23 мая 2015 года на площади Ленина сельскохозяйственную ярмарку «Урожай».\n"
            "2. Отделу полиции обеспечить охрану порядка в день проведения ярмарки с 8 до 17 часов.\n",
            ("exact", D(2015, 5, 23), D(2015, 5, 23)),
        ),
        # The days of a festival held over several days; its opening is the first of them.
        (
            "1. Организовать с 5 по 7 июня 2015 г. районный фестиваль детского творчества.\n"
            "2. Управлению образования обеспечить подвоз участников в дни проведения фестиваля.\n"
            "3. Редакции газеты осветить церемонию в день открытия фестиваля.\n",
            ("range", D(2015, 6, 5), D(2015, 6, 7)),
        ),
    ],
)
def test_the_day_of_an_event_dated_by_another_item(body, expected):
    found = windows(body)
    assert found["2"] == expected
    if "3" in found:
        assert found["3"] == ("exact", D(2015, 6, 5), D(2015, 6, 5))


@pytest.mark.parametrize(
    "body",
    [
        # The event is dated nowhere, or by two different windows: the deadline stays relative.
        "1. Утвердить схему размещения торговых мест.\n2. Торговым организациям навести порядок в день проведения ярмарки.\n",
        "1. Провести 9 мая 2015 года ярмарку мёда.\n2. Провести 20 июня 2015 года ярмарку саженцев.\n"
        "3. Рынку обеспечить уборку в день проведения ярмарки.\n",
    ],
)
def test_the_day_of_an_event_dated_nowhere_or_twice_stays_relative(body):
    assert windows(body)[max(windows(body))] == ("relative", None, None)


@pytest.mark.parametrize("cell", ["до дня открытия ярмарки", "в день открытия выставки", "к дню начала смотра"])
def test_a_plan_cell_relative_to_an_event(cell):
    deadline = find_deadline(cell, reference=D(2015, 3, 12))
    assert (deadline.kind, deadline.start, deadline.end) == ("relative", None, None)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        # Parts of one task dated in turn: due by the last.
        ("Установить праздничную иллюминацию на центральных улицах до 10.12.2015, на площади у ёлки 25.12.2015.", D(2015, 12, 25)),
        ("Оформление витрин магазинов не позднее 20 декабря 2015 г., торговых рядов рынка 27 декабря 2015 г.", D(2015, 12, 27)),
    ],
)
def test_parts_of_one_task_dated_in_turn(text, end):
    deadline = find_deadline(text, reference=D(2015, 12, 1))
    assert (deadline.kind, deadline.start, deadline.end) == ("by", None, end)


@pytest.mark.parametrize(
    "text",
    [
        # A later date of a cited act, of the document's entry into force, or in another sentence.
        "Представить отчёт до 10.12.2015, составленный по форме, утверждённой 28.12.2015.",
        "Подготовить предложения до 10 декабря 2015 г., в соответствии с решением от 28 декабря 2015 г.",
        "Подготовить предложения до 10 декабря 2015 г. Заседание комиссии 28 декабря 2015 г. провести в актовом зале.",
    ],
)
def test_a_later_date_that_is_not_a_part_of_the_task(text):
    deadline = find_deadline(text, reference=D(2015, 12, 1))
    assert (deadline.kind, deadline.end) == ("by", D(2015, 12, 9))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Подготовка и проведение праздничного шествия по главной улице 30.12.2015 с 12.00 до 14.00.", D(2015, 12, 30)),
        ("Проведение торжественного приёма главы района для ветеранов 28 декабря 2015 года в 15.00.", D(2015, 12, 28)),
        ("Установка городской ёлки на площади у здания администрации 20.12.2015.", D(2015, 12, 20)),
    ],
)
def test_a_plan_row_names_its_act_by_a_verbal_noun(text, expected):
    deadline = find_deadline(text, reference=D(2015, 12, 1))
    assert (deadline.start, deadline.end) == (expected, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Информация о ходе подготовки к празднику, рассмотренная 20.12.2015 на заседании оргкомитета.",
        "Итоги смотра-конкурса на лучшее новогоднее оформление подведены 20.12.2015.",
        "Бюджет района на 2016 год, принятый решением Думы от 20.12.2015 № 5.",
    ],
)
def test_a_noun_that_names_no_act_takes_no_date(text):
    assert find_deadline(text, reference=D(2015, 12, 1)) is None


def test_a_village_after_the_date_is_not_the_current_year():
    deadline = find_deadline("Провести 5 мая 2015 года в с. Горки праздник села, а 6 мая с. Горелово.", reference=D(2015, 3, 12))
    assert deadline.text == "5 мая 2015 года"
    assert find_deadline("Провести 5 мая с. Горки праздник села.", reference=D(2015, 3, 12)).text == "5 мая"


@pytest.mark.parametrize(
    "body",
    [
        # Entry into force, a budget year, a cited act's date: none is a deadline, whatever this round added.
        "1. Постановление вступает в силу с 1 апреля 2015 года.\n",
        "1. Финансирование мероприятий осуществлять за счёт средств районного бюджета на 2015 год.\n",
        "1. Признать утратившим силу постановление администрации района от 20 декабря 2014 года № 512.\n",
        "1. Принять к сведению информацию о проведении 20 - 22 февраля с. г. зимней спартакиады.\n",
    ],
)
def test_dates_that_are_no_ones_deadline(body):
    assert windows(body)["1"] == ("", None, None)
