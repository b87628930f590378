"""The self-assessment in the back office (issue 16): design and versions, who has sent, review, entry from a
paper form, the comparison table, charts, year over year, and the analysis for the conference (PDF, XLSX)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_tables2 import RequestConfig
from django_tables2.export import TableExport

from assessments import exports
from assessments.charts import system_charts
from assessments.figures import figures_of, sent_reports, summarize, tenure_limit, year_over_year
from assessments.forms import read_post
from assessments.models import Answer, Practice, Question, Questionnaire, Report
from assessments.presentation import answers_table, entries_for
from assessments.services import (
    ensure_design_editable,
    has_answers,
    non_submitters,
    practice_publish,
    practice_unpublish,
    questionnaire_copy_for_period,
    questionnaire_new_version,
    questionnaire_readdress,
    questions_of,
    reminders_send,
    report_review,
    report_save,
)
from core.decorators import permission_required_or_403
from organizations.models import Organization
from secretariat.filters import AssessmentComparisonFilter
from secretariat.forms.assessments import (
    AssessmentReviewForm,
    PeriodCopyForm,
    PracticeForm,
    QuestionForm,
    QuestionnaireForm,
    SectionForm,
)
from secretariat.tables import AssessmentComparisonTable
from secretariat.views.exports import prepared_download

secretariat_required = permission_required_or_403("ksors.secretariat")


def _questionnaire(pk) -> Questionnaire:
    return get_object_or_404(Questionnaire, pk=pk)


@secretariat_required
def questionnaire_list(request):
    questionnaires = Questionnaire.objects.annotate(
        report_count=Count("reports", distinct=True), addressed=Count("organizations", distinct=True),
    )
    latest = questionnaires.exclude(status=Questionnaire.Status.SUPERSEDED).first()
    form = PeriodCopyForm(initial={"year": latest.year + 1, "title": f"Самоанализ за {latest.year + 1} год"} if latest else None)
    return render(request, "secretariat/assessments/list.html",
                  {"questionnaires": questionnaires, "latest": latest, "copy_form": form})


@secretariat_required
@require_POST
def questionnaire_copy(request, pk):
    source = _questionnaire(pk)
    form = PeriodCopyForm(request.POST)
    if form.is_valid():
        try:
            new = questionnaire_copy_for_period(source=source, **form.cleaned_data)
        except ValidationError as error:
            form.add_error("year", error)
        else:
            messages.success(request, _("Анкета нового периода создана из «%(t)s».") % {"t": source.title})
            return redirect(new)
    questionnaires = Questionnaire.objects.annotate(report_count=Count("reports"), addressed=Count("organizations", distinct=True))
    return render(request, "secretariat/assessments/list.html",
                  {"questionnaires": questionnaires, "latest": source, "copy_form": form}, status=400)


@secretariat_required
def questionnaire_detail(request, pk):
    """The design page: settings, sections and questions (editable until answers exist), versions."""
    questionnaire = _questionnaire(pk)
    answered = has_answers(questionnaire)
    form = QuestionnaireForm(request.POST or None, instance=questionnaire, prefix="q")
    section_form = SectionForm(prefix="s")
    question_form = QuestionForm(questionnaire=questionnaire, prefix="n")
    status = 200
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "settings":
                if form.is_valid():
                    form.save()
                    if "include_suspended" in form.changed_data:
                        questionnaire_readdress(questionnaire=questionnaire)
                    messages.success(request, _("Анкета сохранена."))
                    return redirect(questionnaire)
            elif action == "section":
                ensure_design_editable(questionnaire)
                section_form = SectionForm(request.POST, prefix="s")
                if section_form.is_valid():
                    section_form.instance.questionnaire = questionnaire
                    section_form.save()
                    messages.success(request, _("Раздел добавлен."))
                    return redirect(questionnaire)
            elif action == "question":
                ensure_design_editable(questionnaire)
                question_form = QuestionForm(request.POST, questionnaire=questionnaire, prefix="n")
                if question_form.is_valid():
                    question_form.save()
                    messages.success(request, _("Вопрос добавлен."))
                    return redirect(questionnaire)
        except ValidationError as error:
            messages.error(request, error.messages[0])
            return redirect(questionnaire)
        form = form if action == "settings" else QuestionnaireForm(instance=questionnaire, prefix="q")
        status = 400
    sections = questionnaire.sections.prefetch_related("questions")
    versions = Questionnaire.objects.filter(year=questionnaire.year).order_by("version")
    return render(request, "secretariat/assessments/detail.html", {
        "questionnaire": questionnaire, "answered": answered, "form": form, "section_form": section_form,
        "question_form": question_form, "sections": sections, "versions": versions,
    }, status=status)


@secretariat_required
def question_edit(request, pk, question_pk):
    questionnaire = _questionnaire(pk)
    question = get_object_or_404(Question, pk=question_pk, section__questionnaire=questionnaire)
    form = QuestionForm(request.POST or None, instance=question, questionnaire=questionnaire)
    if request.method == "POST":
        try:
            ensure_design_editable(questionnaire)
        except ValidationError as error:
            messages.error(request, error.messages[0])
            return redirect(questionnaire)
        if request.POST.get("action") == "delete":
            question.delete()
            messages.success(request, _("Вопрос удалён."))
            return redirect(questionnaire)
        if form.is_valid():
            form.save()
            messages.success(request, _("Вопрос сохранён."))
            return redirect(questionnaire)
    status = 400 if request.method == "POST" else 200
    return render(request, "secretariat/assessments/question_form.html",
                  {"questionnaire": questionnaire, "question": question, "form": form}, status=status)


@secretariat_required
@require_POST
def questionnaire_version(request, pk):
    questionnaire = _questionnaire(pk)
    try:
        new = questionnaire_new_version(questionnaire=questionnaire)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect(questionnaire)
    messages.success(request, _("Создана версия %(v)s: изменяйте вопросы в ней.") % {"v": new.version})
    return redirect(new)


@secretariat_required
def report_list(request, pk):
    """Every addressed organization and its report's state; reminders to those who have not sent."""
    questionnaire = _questionnaire(pk)
    reports = {r.organization_id: r for r in Report.objects.filter(questionnaire__year=questionnaire.year)
               .exclude(questionnaire__status=Questionnaire.Status.SUPERSEDED, status=Report.Status.DRAFT)}
    waiting = {o.pk for o in non_submitters(questionnaire)}
    last_sent = {}
    for reminder in questionnaire.reminders.order_by("sent_at"):
        last_sent[reminder.organization_id] = reminder.sent_at
    rows = [(o, reports.get(o.pk), o.pk in waiting, last_sent.get(o.pk)) for o in questionnaire.organizations.order_by("name")]
    return render(request, "secretariat/assessments/reports.html",
                  {"questionnaire": questionnaire, "rows": rows, "waiting": len(waiting)})


@secretariat_required
@require_POST
def report_remind(request, pk):
    questionnaire = _questionnaire(pk)
    chosen = request.POST.getlist("organization")
    organizations = Organization.objects.filter(slug__in=chosen) if chosen else None
    sent = reminders_send(questionnaire=questionnaire, user=request.user, organizations=organizations)
    if sent:
        messages.success(request, _("Напоминания отправлены: %(n)s.") % {"n": sent})
    else:
        messages.warning(request, _("Некому напоминать: все отправили отчёт или у организаций нет руководителей с почтой."))
    return redirect("secretariat:assessment_reports", pk=questionnaire.pk)


def _report(questionnaire, slug) -> Report:
    report = (
        Report.objects.filter(questionnaire__year=questionnaire.year, organization__slug=slug)
        .select_related("organization", "questionnaire", "submitted_by", "reviewed_by")
        .prefetch_related(Prefetch("answers", queryset=Answer.objects.select_related("question")))
        .order_by("-questionnaire__version").first()
    )
    if report is None:
        raise Http404
    return report


@secretariat_required
def report_detail(request, pk, slug):
    questionnaire = _questionnaire(pk)
    report = _report(questionnaire, slug)
    form = AssessmentReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            report_review(report=report, user=request.user, accept=form.cleaned_data["decision"] == "accept",
                          comment=form.cleaned_data["comment"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Отчёт принят.") if form.cleaned_data["decision"] == "accept"
                             else _("Отчёт возвращён на доработку с комментарием."))
            return redirect("secretariat:assessment_report", pk=questionnaire.pk, slug=slug)
    practices = [
        (answer, PracticeForm(prefix=f"p{answer.pk}", initial={"title": "", "text": (answer.value or "")}))
        for answer in report.answers.all() if answer.question.is_practice and answer.value
    ]
    published = Practice.objects.filter(organization=report.organization, questionnaire__year=questionnaire.year)
    return render(request, "secretariat/assessments/report_detail.html", {
        "questionnaire": questionnaire, "report": report, "answers": answers_table(report), "form": form,
        "practices": practices, "published": published,
    }, status=400 if request.method == "POST" else 200)


@secretariat_required
@require_POST
def practice_create(request, pk, slug, answer_pk):
    questionnaire = _questionnaire(pk)
    report = _report(questionnaire, slug)
    answer = get_object_or_404(Answer.objects.select_related("question", "report__organization"), pk=answer_pk, report=report)
    form = PracticeForm(request.POST, prefix=f"p{answer.pk}")
    if not form.is_valid():
        messages.error(request, _("Укажите название и описание практики."))
    else:
        try:
            practice_publish(answer=answer, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, _("Практика опубликована на странице успешных практик."))
    return redirect("secretariat:assessment_report", pk=questionnaire.pk, slug=slug)


@secretariat_required
@require_POST
def practice_withdraw(request, pk):
    practice = get_object_or_404(Practice, pk=pk)
    practice_unpublish(practice=practice)
    messages.success(request, _("Практика снята с публикации."))
    return redirect("secretariat:assessment_report", pk=practice.questionnaire_id, slug=practice.organization.slug)


@secretariat_required
def report_paper(request, pk, slug):
    """The Secretariat types in an organization's paper form: saved as a report marked «с бумажной анкеты»."""
    questionnaire = _questionnaire(pk)
    if questionnaire.status == Questionnaire.Status.SUPERSEDED:
        raise Http404
    organization = get_object_or_404(questionnaire.organizations, slug=slug)
    report = Report.objects.filter(questionnaire=questionnaire, organization=organization).first()
    errors, raws, consents, status = None, None, None, 200
    if request.method == "POST":
        questions = questions_of(questionnaire)
        raws, consents = read_post(questions, request.POST)
        try:
            report, errors = report_save(
                questionnaire=questionnaire, organization=organization, raws=raws, consents=consents,
                user=request.user, submit=request.POST.get("action") == "submit", on_paper=True,
            )
        except ValidationError as error:
            messages.error(request, error.messages[0])
            return redirect("secretariat:assessment_reports", pk=questionnaire.pk)
        if not errors:
            messages.success(request, _("Отчёт с бумажной анкеты сохранён."))
            return redirect("secretariat:assessment_report", pk=questionnaire.pk, slug=slug)
        status = 400
    sections = entries_for(questionnaire, organization, report=report, errors=errors, raws=raws, consents=consents)
    return render(request, "secretariat/assessments/paper.html", {
        "questionnaire": questionnaire, "organization": organization, "report": report, "sections": sections,
        "missing": len(errors or {}),
    }, status=status)


@secretariat_required
def comparison(request, pk):
    """Organizations × key figures, sortable and filtered; `?_export=xlsx|csv` gives exactly these rows."""
    questionnaire = _questionnaire(pk)
    filterset = AssessmentComparisonFilter(request.GET, queryset=sent_reports(questionnaire))
    rows = figures_of(filterset.qs)
    table = AssessmentComparisonTable(rows)
    export_format = request.GET.get("_export")
    if export_format in ("xlsx", "csv"):
        RequestConfig(request, paginate=False).configure(table)
        exporter = TableExport(export_format, table)
        content = exporter.export()
        if export_format == "csv":
            content = "\ufeff" + content
        response = HttpResponse(content, content_type=exporter.content_type())
        response["Content-Disposition"] = f'attachment; filename="comparison-{questionnaire.year}.{export_format}"'
        return response
    RequestConfig(request, paginate=False).configure(table)
    query = request.GET.copy()
    export_urls = []
    for name in ("xlsx", "csv"):
        query["_export"] = name
        export_urls.append((name.upper(), f"?{query.urlencode()}"))
    return render(request, "secretariat/assessments/comparison.html", {
        "questionnaire": questionnaire, "table": table, "filterset": filterset, "export_urls": export_urls,
        "total": len(rows),
    })


def _limit(request) -> int:
    try:
        return max(int(request.GET.get("years", "")), 0)
    except ValueError:
        return tenure_limit()


@secretariat_required
def charts(request, pk):
    questionnaire = _questionnaire(pk)
    rows = figures_of(sent_reports(questionnaire))
    summary = summarize(rows, limit=_limit(request))
    return render(request, "secretariat/assessments/charts.html", {
        "questionnaire": questionnaire, "rows": rows, "summary": summary, "charts": system_charts(rows, summary),
    })


@secretariat_required
def organization_years(request, slug):
    """One organization's figures year over year."""
    organization = get_object_or_404(Organization.objects.members(), slug=slug)
    return render(request, "secretariat/assessments/organization.html",
                  {"organization": organization, "rows": year_over_year(organization)})


@secretariat_required
def analysis(request, pk, fmt):
    """The PDF (a page per organization) is prepared by the worker; the spreadsheet is quick and made here."""
    if fmt not in ("pdf", "xlsx"):
        raise Http404
    questionnaire = _questionnaire(pk)
    if fmt == "pdf":
        return prepared_download(request, exports.analysis_pdf_export(questionnaire))
    content, filename = exports.analysis_xlsx(questionnaire)
    response = HttpResponse(content, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Last-Modified"] = timezone.now().strftime("%a, %d %b %Y %H:%M:%S GMT")
    return response


