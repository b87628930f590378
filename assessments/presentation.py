"""What the questionnaire pages show: each question with what was typed, its error and last year's answer.

Both the leaders' form and the Secretariat's entry from a paper form render these entries (the same template),
so they live here rather than in one of the two page apps."""

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from assessments.answers import EVENT_COLUMNS, event_rows, field_name
from assessments.models import Answer, Kind, Question, Questionnaire, Report


@dataclass
class Entry:
    question: Question
    name: str
    raw: object = None
    error: str | None = None
    consent: bool = False
    previous: object = None
    rows: list = field(default_factory=list)

    @property
    def chosen(self) -> list:
        return self.raw if isinstance(self.raw, list) else [self.raw]


@dataclass
class SectionEntries:
    title: str
    entries: list[Entry]


def display(question: Question, value) -> str:
    """An answer as a line of text (events tables say how many events)."""
    if value is None or value == [] or value == "":
        return "—"
    if question.kind == Kind.YES_NO:
        return _("да") if value else _("нет")
    if question.kind == Kind.MULTIPLE:
        return "; ".join(value)
    if question.kind == Kind.EVENTS:
        return ", ".join(f"{_date(row.get('date', ''))} {row.get('title', '')}".strip() for row in value)
    return str(value)


def _date(iso: str) -> str:
    """«15.05.2026» for a stored ISO date; anything else as it is."""
    try:
        return datetime.date.fromisoformat(iso).strftime("%d.%m.%Y")
    except (TypeError, ValueError):
        return iso or ""


def event_table(value) -> list[dict]:
    """An events answer's rows with dates as the page shows them."""
    return [{**row, "date": _date(row.get("date", ""))} for row in value] if isinstance(value, list) else []


def previous_report(report_or_questionnaire: Questionnaire, organization) -> Report | None:
    """The organization's report for the year before (the latest version it answered)."""
    return (
        Report.objects.filter(questionnaire__year=report_or_questionnaire.year - 1, organization=organization)
        .order_by("-questionnaire__version")
        .first()
    )


def entries_for(questionnaire: Questionnaire, organization, *, report: Report | None, errors: dict | None = None,
                raws: dict | None = None, consents: set | None = None) -> list[SectionEntries]:
    """Sections of entries; `raws`/`consents` (a post being shown back) take the place of the saved answers."""
    questions = list(Question.objects.filter(section__questionnaire=questionnaire).select_related("section"))
    saved = {a.question_id: a for a in report.answers.all()} if report else {}
    before = previous_report(questionnaire, organization)
    last_year = {}
    if before is not None:
        last_year = {a.question.key: a for a in Answer.objects.filter(report=before).select_related("question")}
    sections: dict[int, SectionEntries] = {}
    for question in questions:
        answer = saved.get(question.pk)
        raw = raws.get(question.pk) if raws is not None else (answer.raw if answer else None)
        consent = question.pk in consents if consents is not None else bool(answer and answer.consent_to_publish)
        old = last_year.get(question.key)
        entry = Entry(
            question=question, name=field_name(question), raw=raw, error=(errors or {}).get(question.pk),
            consent=consent, previous=display(old.question, old.value) if old else None,
        )
        if question.kind == Kind.EVENTS:
            entry.rows = event_rows(question, raw)
        sections.setdefault(question.section_id, SectionEntries(question.section.title, [])).entries.append(entry)
    return list(sections.values())


def answers_table(report: Report) -> list[tuple[str, list[tuple[Question, Answer | None, str, list]]]]:
    """A sent report read back: per section, each question, its answer, the answer as text and, for a table of
    events, its rows."""
    questions = Question.objects.filter(section__questionnaire=report.questionnaire).select_related("section")
    answers = {a.question_id: a for a in report.answers.all()}
    sections: dict[int, tuple[str, list]] = {}
    for question in questions:
        answer = answers.get(question.pk)
        text = display(question, answer.value if answer else None)
        rows = event_table(answer.value) if answer and question.kind == Kind.EVENTS else []
        sections.setdefault(question.section_id, (question.section.title, []))[1].append((question, answer, text, rows))
    return list(sections.values())


__all__ = ["EVENT_COLUMNS", "Entry", "answers_table", "display", "entries_for", "previous_report"]
