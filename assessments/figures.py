"""The key figures of sent reports, read by question key: members by birth cohort, the youth share, young
people in leadership, the leader's tenure and successor, formats used. Two queries for any number of reports.

Only counts by cohort are ever collected (never a person's birth year), so nothing here can name a member.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from assessments.models import Answer, Report

SENT = (Report.Status.SUBMITTED, Report.Status.ACCEPTED)
COHORTS = [
    ("members_before_1960", _("до 1960")),
    ("members_1960_1989", _("1960–1989")),
    ("members_1990_2009", _("1990–2009")),
    ("members_2010_later", _("2010 и позже")),
]


def tenure_limit() -> int:
    """Years of leadership after which a leader without a successor in preparation is listed."""
    return int(getattr(settings, "KSORS_LEADER_TENURE_YEARS", 10))


@dataclass
class Figures:
    organization: object
    report: Report
    year: int
    members: int | None = None
    cohorts: dict = field(default_factory=dict)
    youth_in_leadership: int | None = None
    youth_projects: int | None = None
    leader_since: int | None = None
    successor: bool | None = None
    formats: list = field(default_factory=list)
    events: int = 0
    participants: int = 0

    @property
    def youth(self) -> int | None:
        return self.cohorts.get("members_1990_2009")

    @property
    def youth_share(self) -> float | None:
        """Percent of members born 1990–2009 (None when either number is missing or there are no members)."""
        if not self.members or self.youth is None:
            return None
        return round(100 * self.youth / self.members, 1)

    @property
    def tenure(self) -> int | None:
        if self.leader_since is None:
            return None
        return max(self.year - self.leader_since, 0)

    @property
    def name(self) -> str:
        return self.organization.short_name or self.organization.name

    @property
    def status(self) -> str:
        return self.report.status


def figures_of(reports) -> list[Figures]:
    """Figures for each report of `reports` (a queryset), in its order; answers read in one more query."""
    reports = list(reports.select_related("organization", "questionnaire"))
    by_report = {r.pk: Figures(organization=r.organization, report=r, year=r.questionnaire.year) for r in reports}
    answers = Answer.objects.filter(report__in=[r.pk for r in reports], value__isnull=False).values_list(
        "report_id", "question__key", "value"
    )
    for report_id, key, value in answers:
        figures = by_report[report_id]
        if key == "members_total":
            figures.members = value
        elif key in dict(COHORTS):
            figures.cohorts[key] = value
        elif key in ("youth_in_leadership", "youth_projects", "leader_since", "successor", "formats"):
            setattr(figures, key, value)
        elif key == "events" and isinstance(value, list):
            figures.events = len(value)
            figures.participants = sum(int(row.get("participants") or 0) for row in value)
    return [by_report[r.pk] for r in reports]


def sent_reports(questionnaire):
    """The sent and accepted reports of a questionnaire's year (any version), by organization name."""
    return Report.objects.filter(questionnaire__year=questionnaire.year, status__in=SENT).order_by("organization__name")


@dataclass
class Summary:
    organizations: int
    members: int
    cohorts: list  # (label, count)
    youth_share: float | None
    formats: list  # (format, organizations using it), most used first
    long_tenure: list  # Figures
    no_young_leaders: list  # Figures
    tenure_limit: int


def summarize(rows: list[Figures], *, limit: int | None = None) -> Summary:
    limit = tenure_limit() if limit is None else limit
    members = sum(r.members or 0 for r in rows)
    cohorts = [(label, sum(r.cohorts.get(key) or 0 for r in rows)) for key, label in COHORTS]
    youth = sum(r.youth or 0 for r in rows if r.members)
    formats = Counter(f for r in rows for f in r.formats)
    return Summary(
        organizations=len(rows),
        members=members,
        cohorts=cohorts,
        youth_share=round(100 * youth / members, 1) if members else None,
        formats=sorted(formats.items(), key=lambda pair: (-pair[1], pair[0])),
        long_tenure=[r for r in rows if r.tenure is not None and r.tenure > limit and r.successor is False],
        no_young_leaders=[r for r in rows if r.youth_in_leadership == 0],
        tenure_limit=limit,
    )


def year_over_year(organization) -> list[Figures]:
    """The organization's sent reports, one per year (the latest version), oldest first."""
    reports = Report.objects.filter(organization=organization, status__in=SENT).order_by(
        "questionnaire__year", "-questionnaire__version"
    )
    rows, seen = [], set()
    for figures in figures_of(reports):
        if figures.year not in seen:
            seen.add(figures.year)
            rows.append(figures)
    return rows
