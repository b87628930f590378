"""Writes of the self-assessment: designing and versioning a questionnaire, saving and submitting a report,
review, reminders to those who have not sent, publishing a practice. Keyword-only, atomic, emails on commit."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from assessments.answers import check
from assessments.defaults import SECTIONS, YEAR_BOUNDS
from assessments.models import Answer, Practice, Question, Questionnaire, ReminderLog, Report, Section
from core.notify import notify
from organizations.models import MembershipStatus, Organization

SENT = (Report.Status.SUBMITTED, Report.Status.ACCEPTED)


def addressed_organizations(*, include_suspended: bool):
    statuses = [MembershipStatus.ACTIVE] + ([MembershipStatus.SUSPENDED] if include_suspended else [])
    return Organization.objects.members().filter(status__in=statuses)


def has_answers(questionnaire: Questionnaire) -> bool:
    """Whether answers were sent to this version (a report submitted or accepted): its questions are then frozen.

    Drafts and returned reports do not freeze it: they are still being written, and a new version takes them."""
    return questionnaire.reports.filter(status__in=SENT).exists()


def ensure_design_editable(questionnaire: Questionnaire) -> None:
    """Questions of a questionnaire with answers never change under them: the Secretariat makes a new version."""
    if not questionnaire.is_editable:
        raise ValidationError(_("Эта анкета закрыта или заменена новой версией."), code="closed")
    if has_answers(questionnaire):
        raise ValidationError(
            _("На анкету уже отвечали: чтобы изменить вопросы, создайте новую версию."), code="answered"
        )


@transaction.atomic
def questionnaire_create_default(*, year: int, title: str, open_until: datetime.date | None,
                                 include_suspended: bool = False, status: str = Questionnaire.Status.OPEN,
                                 source_item=None) -> Questionnaire:
    """The questionnaire drawn from the XX resolution (defaults.py), addressed to the member organizations."""
    questionnaire = Questionnaire.objects.create(
        title=title, year=year, open_until=open_until, include_suspended=include_suspended, status=status,
        source_item=source_item,
    )
    for section_position, (section_title, questions) in enumerate(SECTIONS):
        section = Section.objects.create(questionnaire=questionnaire, title=section_title, position=section_position)
        for position, (key, kind, text, required, help_text, options) in enumerate(questions):
            low, high = YEAR_BOUNDS.get(key, (None, None))
            Question.objects.create(
                section=section, key=key, kind=kind, text=text, required=required, help_text=help_text,
                choices="\n".join(options), position=position, is_practice=key == "practices",
                min_value=low, max_value=high,
            )
    questionnaire.organizations.set(addressed_organizations(include_suspended=include_suspended))
    return questionnaire


@transaction.atomic
def questionnaire_readdress(*, questionnaire: Questionnaire) -> None:
    """Address the questionnaire to today's member organizations (suspended ones if it says so), keeping every
    organization that already has a report on it."""
    with_reports = Organization.objects.filter(assessment_reports__questionnaire=questionnaire)
    addressed = addressed_organizations(include_suspended=questionnaire.include_suspended)
    questionnaire.organizations.set((addressed | with_reports).distinct())


def _copy_questions(source: Questionnaire, target: Questionnaire) -> dict[int, Question]:
    """Copy sections and questions; returns the new question for each old question's id."""
    mapping = {}
    for section in source.sections.prefetch_related("questions"):
        copy = Section.objects.create(questionnaire=target, title=section.title, position=section.position)
        for question in section.questions.all():
            old_pk = question.pk
            question.pk = None
            question.id = None
            question.section = copy
            question.save()
            mapping[old_pk] = question
    return mapping


@transaction.atomic
def questionnaire_new_version(*, questionnaire: Questionnaire) -> Questionnaire:
    """Version N+1 of a questionnaire that has answers: the same questions to edit, the same addressees.

    Reports already sent or accepted stay with the version they answered; drafts and returned reports move to
    the new version, their answers carried over by question key."""
    if questionnaire.status == Questionnaire.Status.SUPERSEDED:
        raise ValidationError(_("Эта версия уже заменена."), code="superseded")
    latest = Questionnaire.objects.filter(year=questionnaire.year).order_by("-version").first()
    new = Questionnaire.objects.create(
        title=questionnaire.title, year=questionnaire.year, version=latest.version + 1, previous=questionnaire,
        open_until=questionnaire.open_until, status=questionnaire.status,
        include_suspended=questionnaire.include_suspended, source_item=questionnaire.source_item,
    )
    new.organizations.set(questionnaire.organizations.all())
    mapping = _copy_questions(questionnaire, new)
    for report in questionnaire.reports.exclude(status__in=SENT):
        report.questionnaire = new
        report.save(update_fields=["questionnaire", "updated_at"])
        for answer in report.answers.all():
            answer.question = mapping[answer.question_id]
            answer.save(update_fields=["question"])
    questionnaire.status = Questionnaire.Status.SUPERSEDED
    questionnaire.save(update_fields=["status", "updated_at"])
    return new


@transaction.atomic
def questionnaire_copy_for_period(*, source: Questionnaire, year: int, title: str,
                                  open_until: datetime.date | None) -> Questionnaire:
    """A new period's questionnaire: the last one's questions, addressed to today's member organizations."""
    if Questionnaire.objects.filter(year=year).exists():
        raise ValidationError(_("Анкета за %(year)s год уже есть."), code="exists", params={"year": year})
    new = Questionnaire.objects.create(
        title=title, year=year, open_until=open_until, include_suspended=source.include_suspended,
        status=Questionnaire.Status.DRAFT,
    )
    _copy_questions(source, new)
    new.organizations.set(addressed_organizations(include_suspended=source.include_suspended))
    return new


def questions_of(questionnaire: Questionnaire) -> list[Question]:
    return list(Question.objects.filter(section__questionnaire=questionnaire).select_related("section"))


def report_errors(questions, answers: dict[int, Answer], *, for_submission: bool) -> dict[int, str]:
    """Per question id, what is wrong: invalid answers always, missing required ones when submitting."""
    errors = {}
    for question in questions:
        answer = answers.get(question.pk)
        raw = answer.raw if answer else None
        checked = check(question, raw)
        if checked.error:
            errors[question.pk] = checked.error
        elif for_submission and question.required and checked.value is None:
            errors[question.pk] = _("Обязательный вопрос: ответьте на него.")
    return errors


@transaction.atomic
def report_save(*, questionnaire: Questionnaire, organization: Organization, raws: dict[int, object],
                consents: set[int], user: User, submit: bool, on_paper: bool = False) -> tuple[Report, dict[int, str]]:
    """Save what was typed (always, as a draft), and submit when asked and nothing is wrong or missing.

    Returns the report and the errors per question id; with errors a submission stays a draft (or returned)."""
    if not questionnaire.organizations.filter(pk=organization.pk).exists():
        raise ValidationError(_("Эта анкета не адресована организации."), code="not_addressed")
    if questionnaire.status != Questionnaire.Status.OPEN and not on_paper:
        raise ValidationError(_("Приём ответов на эту анкету закрыт."), code="closed")
    report, _created = Report.objects.select_for_update().get_or_create(
        questionnaire=questionnaire, organization=organization
    )
    if report.is_sent and not on_paper:
        raise ValidationError(_("Отчёт уже отправлен: изменить его можно, если Секретариат вернёт его."), code="sent")
    questions = questions_of(questionnaire)
    answers = {answer.question_id: answer for answer in report.answers.all()}
    for question in questions:
        raw = raws.get(question.pk)
        value = check(question, raw).value
        consent = question.is_practice and question.pk in consents
        answer = answers.get(question.pk)
        if answer is None and raw in (None, "", []):
            continue
        if answer is None:
            answers[question.pk] = Answer.objects.create(
                report=report, question=question, raw=raw, value=value, consent_to_publish=consent
            )
        elif (answer.raw, answer.value, answer.consent_to_publish) != (raw, value, consent):
            answer.raw, answer.value, answer.consent_to_publish = raw, value, consent
            answer.save()
    errors = report_errors(questions, answers, for_submission=submit)
    if on_paper:
        report.on_paper = True
    if submit and not errors:
        report.status = Report.Status.SUBMITTED
        report.submitted_at = timezone.now()
        report.submitted_by = user
    report.save()
    return report, errors


@transaction.atomic
def report_review(*, report: Report, user: User, accept: bool, comment: str) -> Report:
    """Accept a sent report, or return it with a comment the leader sees (a comment is required to return)."""
    report = Report.objects.select_for_update().get(pk=report.pk)
    if report.status != Report.Status.SUBMITTED and not (accept and report.status == Report.Status.RETURNED):
        raise ValidationError(_("Рассмотреть можно только отправленный отчёт."), code="not_submitted")
    comment = comment.strip()
    if not accept and not comment:
        raise ValidationError(_("Напишите, что нужно исправить: комментарий увидит руководитель."), code="comment")
    report.status = Report.Status.ACCEPTED if accept else Report.Status.RETURNED
    report.review_comment = comment
    report.reviewed_at = timezone.now()
    report.reviewed_by = user
    report.save()
    if not accept:
        leaders = list(User.objects.filter(organizations=report.organization, is_active=True).values_list("email", flat=True))
        transaction.on_commit(lambda: notify(
            template="my/email/assessment_returned", context={"report": report, "comment": comment}, recipients=leaders,
        ))
    return report


def non_submitters(questionnaire: Questionnaire):
    """Addressed organizations whose report is not sent (no report, a draft, or returned)."""
    sent = Report.objects.filter(questionnaire__year=questionnaire.year, status__in=SENT).values("organization")
    return questionnaire.organizations.exclude(pk__in=sent).order_by("name")


@transaction.atomic
def reminders_send(*, questionnaire: Questionnaire, user: User, organizations=None) -> int:
    """Remind the leaders of addressed organizations that have not sent their report; returns emails sent."""
    targets = non_submitters(questionnaire)
    if organizations is not None:
        targets = targets.filter(pk__in=[o.pk for o in organizations])
    sent = 0
    for organization in targets:
        leaders = User.objects.filter(organizations=organization, is_active=True).exclude(email="").order_by("email")
        for leader in leaders:
            ReminderLog.objects.create(questionnaire=questionnaire, organization=organization, recipient=leader, sent_by=user)
            context = {"questionnaire": questionnaire, "organization": organization, "user": leader}
            transaction.on_commit(lambda c=context, e=leader.email: notify(
                template="my/email/assessment_reminder", context=c, recipients=[e],
            ))
            sent += 1
    return sent


@transaction.atomic
def practice_publish(*, answer: Answer, title: str, text: str, user: User) -> Practice:
    """Publish a successful practice from an accepted report's answer the organization agreed to publish."""
    report = answer.report
    if not answer.question.is_practice:
        raise ValidationError(_("Этот ответ не о практиках."), code="not_practice")
    if report.status != Report.Status.ACCEPTED:
        raise ValidationError(_("Опубликовать можно практику из принятого отчёта."), code="not_accepted")
    if not answer.consent_to_publish:
        raise ValidationError(_("Организация не дала согласия на публикацию."), code="no_consent")
    title, text = title.strip(), text.strip()
    if not title or not text:
        raise ValidationError(_("Укажите название и описание практики."), code="empty")
    return Practice.objects.create(
        organization=report.organization, questionnaire=report.questionnaire, answer=answer, title=title, text=text,
        published_by=user,
    )


def practice_unpublish(*, practice: Practice) -> None:
    practice.is_published = False
    practice.save(update_fields=["is_published", "updated_at"])

