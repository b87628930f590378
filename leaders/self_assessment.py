"""«Самоанализ»: a leader fills in the organization's report — a draft at any time, what is missing, submission,
the Secretariat's comments, and last year's answers beside this year's."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from assessments.forms import read_post
from assessments.models import Questionnaire, Report
from assessments.presentation import answers_table, entries_for
from assessments.services import questions_of, report_errors, report_save
from leaders.views import _organization_for, leader_required


def _current_questionnaire(organization) -> Questionnaire | None:
    """The open questionnaire addressed to the organization, or else the last one it has a report for."""
    open_one = organization.questionnaires.filter(status=Questionnaire.Status.OPEN).order_by("-year", "-version").first()
    if open_one is not None:
        return open_one
    report = organization.assessment_reports.select_related("questionnaire").order_by("-questionnaire__year").first()
    return report.questionnaire if report else None


@leader_required
def self_assessment(request, slug):
    organization = _organization_for(request, slug, "ksors.fill_assessment")
    questionnaire = _current_questionnaire(organization)
    if questionnaire is None:
        return render(request, "my/self_assessment.html", {"organization": organization, "questionnaire": None})
    report = Report.objects.filter(questionnaire=questionnaire, organization=organization).first()
    editable = questionnaire.status == Questionnaire.Status.OPEN and not (report and report.is_sent)
    errors, raws, consents, status = None, None, None, 200
    if request.method == "POST":
        if not editable:
            messages.error(request, _("Отчёт уже отправлен или приём закрыт: изменить его нельзя."))
            return redirect("my:self_assessment", slug=organization.slug)
        questions = questions_of(questionnaire)
        raws, consents = read_post(questions, request.POST)
        submit = request.POST.get("action") == "submit"
        try:
            report, errors = report_save(
                questionnaire=questionnaire, organization=organization, raws=raws, consents=consents,
                user=request.user, submit=submit,
            )
        except ValidationError as error:
            messages.error(request, error.messages[0])
            return redirect("my:self_assessment", slug=organization.slug)
        if report.is_sent:
            messages.success(request, _("Отчёт отправлен в Секретариат."))
            return redirect("my:self_assessment", slug=organization.slug)
        if errors:
            status = 400 if submit else 200
            if submit:
                messages.error(request, _("Отчёт не отправлен: исправьте отмеченные ответы. Черновик сохранён."))
            else:
                messages.warning(request, _("Черновик сохранён. В нём есть ошибки — они отмечены ниже."))
        else:
            messages.success(request, _("Черновик сохранён."))
            return redirect("my:self_assessment", slug=organization.slug)
    elif report is not None and editable:
        errors = report_errors(questions_of(questionnaire), {a.question_id: a for a in report.answers.all()},
                               for_submission=True)
    context = {
        "organization": organization, "questionnaire": questionnaire, "report": report, "editable": editable,
        "errors": errors or {},
    }
    if editable:
        context["sections"] = entries_for(questionnaire, organization, report=report, errors=errors, raws=raws,
                                          consents=consents)
        context["missing"] = len(errors or {})
    else:
        context["answers"] = answers_table(report) if report else []
    return render(request, "my/self_assessment.html", context, status=status)
