"""Each kind of question: valid and invalid answers, empty ones, and what `required` means on submission."""

import pytest

from assessments.answers import Checked, check
from assessments.models import Kind, Question, Report, Section
from assessments.services import report_save


def _question(questionnaire, kind, **extra):
    section = Section.objects.create(questionnaire=questionnaire, title="Проверка")
    return Question.objects.create(section=section, key=f"check-{kind}", text="Вопрос", kind=kind, **extra)


@pytest.mark.parametrize(
    ("kind", "extra", "raw", "value"),
    [
        (Kind.TEXT, {}, "Работали много.", "Работали много."),
        (Kind.NUMBER, {}, "1 250", 1250),
        (Kind.NUMBER, {"min_value": 1950, "max_value": 2100}, "2008", 2008),
        (Kind.YES_NO, {}, "yes", True),
        (Kind.YES_NO, {}, "no", False),
        (Kind.CHOICE, {"choices": "Хорошо\nПлохо"}, "Плохо", "Плохо"),
        (Kind.MULTIPLE, {"choices": "А\nБ\nВ"}, ["В", "А"], ["А", "В"]),
        (Kind.EVENTS, {}, [{"date": "01.05.2026", "format": "концерт", "title": "Весна", "participants": "30", "partners": ""}],
         [{"date": "2026-05-01", "format": "концерт", "title": "Весна", "participants": 30, "partners": ""}]),
    ],
)
def test_it_accepts_a_valid_answer_of_each_kind(questionnaire, kind, extra, raw, value):
    checked = check(_question(questionnaire, kind, **extra), raw)
    assert checked.error is None
    assert checked.value == value


@pytest.mark.parametrize(
    ("kind", "extra", "raw", "message"),
    [
        (Kind.TEXT, {}, "х" * 10_001, "Слишком длинный"),
        (Kind.NUMBER, {}, "много", "целое число"),
        (Kind.NUMBER, {}, "²", "целое число"),
        (Kind.NUMBER, {}, "9" * 5000, "целое число"),
        (Kind.NUMBER, {}, "-3", "не меньше 0"),
        (Kind.NUMBER, {"min_value": 1950, "max_value": 2100}, "3000", "не больше 2100"),
        (Kind.YES_NO, {}, "может быть", "«да» или «нет»"),
        (Kind.CHOICE, {"choices": "Хорошо\nПлохо"}, "Отлично", "предложенных"),
        (Kind.MULTIPLE, {"choices": "А\nБ"}, ["А", "Я"], "Такого варианта нет: Я"),
        (Kind.EVENTS, {}, [{"date": "31.02.2026", "format": "", "title": "", "participants": "сорок", "partners": ""}],
         "строка 1: дата"),
    ],
)
def test_it_refuses_an_invalid_answer_with_a_russian_message(questionnaire, kind, extra, raw, message):
    checked = check(_question(questionnaire, kind, **extra), raw)
    assert checked.value is None
    assert message in checked.error


@pytest.mark.parametrize("kind", list(Kind))
def test_an_empty_answer_is_neither_a_value_nor_an_error(questionnaire, kind):
    empty = [] if kind in (Kind.MULTIPLE, Kind.EVENTS) else ""
    assert check(_question(questionnaire, kind, choices="А\nБ"), empty) == Checked(value=None, error=None)


def test_a_required_question_left_empty_blocks_submission_but_not_a_draft(questionnaire, org_a, leader_a):
    members = questionnaire.sections.get(title="Структура и численность").questions.get(key="members_total")
    report, errors = report_save(questionnaire=questionnaire, organization=org_a, raws={}, consents=set(), user=leader_a,
                                 submit=False)
    assert errors == {} and report.status == Report.Status.DRAFT
    report, errors = report_save(questionnaire=questionnaire, organization=org_a, raws={}, consents=set(), user=leader_a,
                                 submit=True)
    assert errors[members.pk] == "Обязательный вопрос: ответьте на него."
    assert report.status == Report.Status.DRAFT
