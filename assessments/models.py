"""The council's self-assessment (issue 16): a questionnaire for a period, each organization's report, answers.

A question has a stable `key` (members_total, leader_since…): the comparison, the charts and the analysis
read figures by key, so a new version or a new period's copy keeps counting the same things. Answers keep
what was typed (`raw`) apart from the checked value (`value`, null while invalid or empty): a draft with
errors is saved as typed, and only checked values are ever counted.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.history import ChangesOnlyHistoricalRecords
from core.models import TimeStampedModel
from organizations.models import Organization


class Questionnaire(TimeStampedModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Готовится")
        OPEN = "open", _("Открыт")
        CLOSED = "closed", _("Закрыт")
        SUPERSEDED = "superseded", _("Заменён новой версией")

    title = models.CharField(_("название"), max_length=300, help_text=_("Самоанализ за 2026 год"))
    year = models.PositiveSmallIntegerField(_("отчётный год"))
    version = models.PositiveSmallIntegerField(_("версия"), default=1)
    previous = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("предыдущая версия")
    )
    open_until = models.DateField(_("приём до"), null=True, blank=True)
    status = models.CharField(_("статус"), max_length=12, choices=Status, default=Status.DRAFT)
    include_suspended = models.BooleanField(_("включая приостановленные организации"), default=False)
    organizations = models.ManyToManyField(
        Organization, related_name="questionnaires", blank=True, verbose_name=_("кому адресован")
    )
    source_item = models.ForeignKey(
        "resolutions.Item", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("пункт резолюции"),
    )
    history_log = ChangesOnlyHistoricalRecords(m2m_fields=[organizations], verbose_name=_("история изменений"))

    class Meta:
        verbose_name = _("анкета самоанализа")
        verbose_name_plural = _("анкеты самоанализа")
        ordering = ["-year", "-version"]
        constraints = [models.UniqueConstraint(fields=["year", "version"], name="one_questionnaire_per_year_version")]

    def __str__(self):
        return f"{self.title} (v{self.version})" if self.version > 1 else self.title

    def get_absolute_url(self):
        return reverse("secretariat:assessment", args=[self.pk])

    @property
    def is_editable(self):
        return self.status in (self.Status.DRAFT, self.Status.OPEN)


class Section(models.Model):
    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.CASCADE, related_name="sections")
    title = models.CharField(_("название раздела"), max_length=300)
    position = models.PositiveSmallIntegerField(_("порядок"), default=0)
    history_log = ChangesOnlyHistoricalRecords(verbose_name=_("история изменений"))

    class Meta:
        verbose_name = _("раздел анкеты")
        verbose_name_plural = _("разделы анкеты")
        ordering = ["questionnaire", "position", "id"]

    def __str__(self):
        return self.title


class Kind(models.TextChoices):
    TEXT = "text", _("Текст")
    NUMBER = "number", _("Число")
    YES_NO = "yes_no", _("Да или нет")
    CHOICE = "choice", _("Один вариант")
    MULTIPLE = "multiple", _("Несколько вариантов")
    EVENTS = "events", _("Таблица мероприятий")


class Question(models.Model):
    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="questions")
    key = models.SlugField(
        _("ключ"), max_length=60,
        help_text=_("Латиницей, один для одного и того же вопроса из года в год: members_total, leader_since."),
    )
    text = models.CharField(_("вопрос"), max_length=500)
    help_text = models.TextField(_("пояснение"), blank=True)
    kind = models.CharField(_("вид ответа"), max_length=10, choices=Kind, default=Kind.TEXT)
    required = models.BooleanField(_("обязательный"), default=False)
    choices = models.TextField(_("варианты"), blank=True, help_text=_("По одному в строке (для выбора)."))
    min_value = models.IntegerField(_("не меньше"), null=True, blank=True)
    max_value = models.IntegerField(_("не больше"), null=True, blank=True)
    is_practice = models.BooleanField(
        _("успешные практики"), default=False,
        help_text=_("Ответ может быть опубликован как практика (с согласия организации)."),
    )
    position = models.PositiveSmallIntegerField(_("порядок"), default=0)
    history_log = ChangesOnlyHistoricalRecords(verbose_name=_("история изменений"))

    class Meta:
        verbose_name = _("вопрос")
        verbose_name_plural = _("вопросы")
        ordering = ["section__position", "section_id", "position", "id"]

    def __str__(self):
        return self.text

    @property
    def choice_list(self) -> list[str]:
        return [line.strip() for line in self.choices.splitlines() if line.strip()]


class Report(TimeStampedModel):
    """One organization's answers to one questionnaire (a version: a new version moves the unsent ones)."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Черновик")
        SUBMITTED = "submitted", _("Отправлен")
        RETURNED = "returned", _("Возвращён на доработку")
        ACCEPTED = "accepted", _("Принят")

    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.CASCADE, related_name="reports")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="assessment_reports")
    status = models.CharField(_("статус"), max_length=10, choices=Status, default=Status.DRAFT)
    on_paper = models.BooleanField(
        _("внесён Секретариатом с бумажной анкеты"), default=False,
    )
    submitted_at = models.DateTimeField(_("отправлен"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    review_comment = models.TextField(_("комментарий Секретариата"), blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    history_log = ChangesOnlyHistoricalRecords(verbose_name=_("история изменений"))

    class Meta:
        verbose_name = _("отчёт самоанализа")
        verbose_name_plural = _("отчёты самоанализа")
        ordering = ["questionnaire", "organization__name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["questionnaire", "organization"], name="one_report_per_questionnaire")
        ]

    def __str__(self):
        return f"{self.organization} → {self.questionnaire}"

    @property
    def is_sent(self):
        return self.status in (self.Status.SUBMITTED, self.Status.ACCEPTED)


class Answer(models.Model):
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    raw = models.JSONField(_("как введено"), default=None, null=True, blank=True)
    value = models.JSONField(_("проверенное значение"), default=None, null=True, blank=True)
    consent_to_publish = models.BooleanField(_("согласны на публикацию"), default=False)
    history_log = ChangesOnlyHistoricalRecords(verbose_name=_("история изменений"))

    class Meta:
        verbose_name = _("ответ")
        verbose_name_plural = _("ответы")
        constraints = [models.UniqueConstraint(fields=["report", "question"], name="one_answer_per_question")]

    def __str__(self):
        return f"{self.report}: {self.question.key}"


class PracticeQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True).select_related("organization", "questionnaire")


class Practice(TimeStampedModel):
    """A successful practice the Secretariat published from an accepted report, with the organization's consent."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="practices")
    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.CASCADE, related_name="practices")
    answer = models.ForeignKey(Answer, null=True, blank=True, on_delete=models.SET_NULL, related_name="practices")
    title = models.CharField(_("название практики"), max_length=300)
    text = models.TextField(_("описание"))
    is_published = models.BooleanField(_("опубликована"), default=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    history_log = ChangesOnlyHistoricalRecords(verbose_name=_("история изменений"))

    objects = PracticeQuerySet.as_manager()

    class Meta:
        verbose_name = _("успешная практика")
        verbose_name_plural = _("успешные практики")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("practices:list") + f"#practice-{self.pk}"


class ReminderLog(models.Model):
    """Each reminder sent about a questionnaire: to whom, for which organization, when."""

    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.CASCADE, related_name="reminders")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(auto_now_add=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-sent_at", "-id"]

    def __str__(self):
        return f"{self.organization} ← {self.recipient} ({self.sent_at:%d.%m.%Y})"
