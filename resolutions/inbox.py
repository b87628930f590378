"""What waits for the Secretariat (the work inbox) and when each member organization last gave a sign of life.

Each entry of the inbox is a queryset; the navigation counts them all in one query (`core.counts.count_many`)
and the inbox page lists them. Handling an entry where it is handled removes it: a report is reviewed when its
sub-task is accepted or returned (or it is marked as read), a request is decided, a submission reviewed, a
suspension replaced by a new membership decision, a silent organization contacted.
"""

import datetime

from django.db.models import DateField, F, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Cast, Coalesce, Greatest

from accounts.models import User
from core.counts import count_many
from organizations.models import ContactRecord, MembershipChange, MembershipStatus, Organization, Submission
from resolutions.control import shift_months
from resolutions.models import ExtensionRequest, ProgressReport, Signatory

SILENT_YEARS = (1, 2)
EPOCH = datetime.date(1900, 1, 1)


def new_reports() -> QuerySet[ProgressReport]:
    return ProgressReport.objects.filter(reviewed_at__isnull=True)


def pending_extensions() -> QuerySet[ExtensionRequest]:
    return ExtensionRequest.objects.filter(status=ExtensionRequest.Status.PENDING)


def pending_declarations() -> QuerySet[Signatory]:
    return Signatory.objects.filter(status=Signatory.Status.REQUESTED)


def submissions_to_review() -> QuerySet[Submission]:
    return Submission.objects.filter(status=Submission.Status.SUBMITTED)


def suspensions_due(today: datetime.date) -> QuerySet[MembershipChange]:
    """Suspensions «до … конференции» whose event has been held (or whose end date has come), still in force.

    The Secretariat decides on each (reinstate, extend, exclude) with a new membership decision; nothing lapses
    by itself."""
    event_came = (
        Q(decided_by_item__event_conference__status="held")
        | Q(decided_by_item__event_conference__date__lte=today)
        | Q(decided_by_item__event_meeting__status="held")
        | Q(decided_by_item__event_meeting__date__lte=today)
        | Q(until_on__lte=today)
    )
    return MembershipChange.objects.filter(
        event_came, is_current=True, status=MembershipStatus.SUSPENDED, organization__status=MembershipStatus.SUSPENDED
    )


def as_date(expression):
    # Greatest() is NULL on SQLite when any argument is: every source falls back to a date long past.
    return Coalesce(Cast(expression, DateField()), Value(EPOCH))


def _latest(queryset, field: str):
    return Subquery(queryset.order_by(f"-{field}").values(field)[:1])


def with_last_contact(organizations: QuerySet[Organization]) -> QuerySet[Organization]:
    """Annotate `last_contact`: the latest of a report, a submission, a profile edit by its leader, a login of
    its leader and a contact the Secretariat recorded; the date it joined (or was entered) when none."""
    history = Organization.history_log.model.objects.filter(id=OuterRef("pk"), history_user__organizations=OuterRef("pk"))
    return organizations.annotate(
        last_contact=Greatest(
            as_date(_latest(ProgressReport.objects.filter(organization=OuterRef("pk")), "created_at")),
            as_date(_latest(Submission.objects.filter(organization=OuterRef("pk"), submitted_at__isnull=False), "submitted_at")),
            as_date(_latest(history, "history_date")),
            as_date(_latest(User.objects.filter(organizations=OuterRef("pk"), last_login__isnull=False), "last_login")),
            as_date(_latest(ContactRecord.objects.filter(organization=OuterRef("pk")), "contacted_on")),
            as_date(F("joined_on")),
            as_date(F("created_at")),
        )
    )


def silent_organizations(today: datetime.date, years: int = 1) -> QuerySet[Organization]:
    """Member organizations (not excluded) with no sign of life for `years` years or more: the three-years rule
    behind items 10 and 11 of the XX resolution, seen coming."""
    boundary = shift_months(today, -12 * years)
    members = Organization.objects.members().exclude(status=MembershipStatus.EXCLUDED)
    return with_last_contact(members).filter(last_contact__lte=boundary)


def inbox_querysets(today: datetime.date) -> dict[str, QuerySet]:
    return {
        "reports": new_reports(),
        "extensions": pending_extensions(),
        "declarations": pending_declarations(),
        "submissions": submissions_to_review(),
        "suspensions": suspensions_due(today),
        "silent": silent_organizations(today),
    }


def inbox_counts(today: datetime.date) -> dict[str, int]:
    """Every counter of the inbox, in one query; "total" is their sum."""
    counts = count_many(**inbox_querysets(today))
    counts["total"] = sum(counts.values())
    return counts
