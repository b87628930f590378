import datetime

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from core.fulltext import search_vector_field
from core.history import ChangesOnlyHistoricalRecords
from core.models import TimeStampedModel
from core.text import fold, long_date, to_roman
from core.urlcache import slug_url


class ConferenceKind(models.TextChoices):
    THEMATIC = "thematic", _("тематическая")
    REPORTING_ELECTION = "reporting_election", _("отчётно-выборная")
    EXTRAORDINARY = "extraordinary", _("чрезвычайная")


class EventStatus(models.TextChoices):
    PLANNED = "planned", pgettext_lazy("event", "Запланирована")
    HELD = "held", pgettext_lazy("event", "Проведена")
    CANCELLED = "cancelled", pgettext_lazy("event", "Отменена")


class ConferenceQuerySet(models.QuerySet):
    def held(self):
        return self.filter(status=EventStatus.HELD)

    def planned(self):
        return self.filter(status=EventStatus.PLANNED)

    def latest_held(self):
        return self.held().annotate(sort_date=models.functions.Coalesce("date", "planned_end")).order_by(
            models.F("sort_date").desc(nulls_last=True), "-number"
        ).first()

    def chronological(self):
        # Planned conferences without a date sort by the start of their planned period.
        return self.annotate(sort_date=models.functions.Coalesce("date", "planned_start")).order_by(
            "sort_date", "number"
        )


class Conference(TimeStampedModel):
    """A country conference (страновая конференция): numbered, or extraordinary and unnumbered."""

    kind = models.CharField(_("вид"), max_length=24, choices=ConferenceKind, default=ConferenceKind.THEMATIC)
    number = models.PositiveSmallIntegerField(
        _("номер"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(999)],
        help_text=_("Арабскими цифрами; на сайте — римскими. У чрезвычайной нет."),
    )
    slug = models.SlugField(max_length=80, unique=True)
    theme = models.CharField(_("тема"), max_length=500, blank=True)
    status = models.CharField(_("статус"), max_length=16, choices=EventStatus, default=EventStatus.PLANNED)
    date = models.DateField(_("дата"), null=True, blank=True)
    planned_start = models.DateField(_("плановый период: начало"), null=True, blank=True)
    planned_end = models.DateField(_("плановый период: конец"), null=True, blank=True)
    planned_text = models.CharField(
        _("плановый срок, как в документе"), max_length=200, blank=True, help_text=_("во втором (третьем) квартале 2027 г.")
    )
    city = models.CharField(_("город"), max_length=100, blank=True)
    region = models.CharField(_("регион"), max_length=100, blank=True)
    venue = models.CharField(_("место проведения"), max_length=300, blank=True)
    description = models.TextField(_("описание"), blank=True)
    reports = models.TextField(_("заслушанные доклады"), blank=True)
    is_demo = models.BooleanField(_("демонстрационная запись"), default=False)
    search_text = models.TextField(editable=False, blank=True, default="")
    search_vector = search_vector_field()

    history_log = ChangesOnlyHistoricalRecords(excluded_fields=["search_text", "search_vector"], verbose_name=_("история изменений"))
    objects = ConferenceQuerySet.as_manager()

    class Meta:
        verbose_name = _("конференция")
        verbose_name_plural = _("конференции")
        ordering = [F("date").desc(nulls_last=True), F("planned_start").desc(nulls_last=True), F("number").desc(nulls_last=True), "-id"]
        indexes = [models.Index(fields=["status", "date"])]
        constraints = [
            models.UniqueConstraint(fields=["number"], condition=Q(number__isnull=False), name="conference_number_unique"),
            models.CheckConstraint(
                condition=~Q(kind=ConferenceKind.EXTRAORDINARY) | Q(number__isnull=True),
                name="extraordinary_conference_unnumbered",
            ),
            models.CheckConstraint(
                condition=Q(kind=ConferenceKind.EXTRAORDINARY) | Q(number__isnull=False),
                name="regular_conference_numbered",
            ),
            models.CheckConstraint(
                condition=~Q(status=EventStatus.HELD) | Q(date__isnull=False) | Q(planned_start__isnull=False),
                name="held_conference_has_date_or_period",
            ),
            models.CheckConstraint(
                condition=Q(planned_start__isnull=True) | Q(planned_end__isnull=True) | Q(planned_end__gte=models.F("planned_start")),
                name="conference_planned_window_ordered",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.search_text = fold(" ".join([self.title, self.theme, self.city, self.venue, self.description]))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return slug_url("conferences:detail", self.slug)

    @property
    def roman_number(self) -> str:
        return to_roman(self.number)

    @property
    def title(self) -> str:
        kind = {
            ConferenceKind.THEMATIC: _("Страновая тематическая конференция"),
            ConferenceKind.REPORTING_ELECTION: _("Страновая отчётно-выборная конференция"),
            ConferenceKind.EXTRAORDINARY: _("Чрезвычайная страновая конференция"),
        }[self.kind]
        return f"{self.roman_number} {kind}" if self.number else str(kind)

    @property
    def year_only(self) -> int | None:
        """The year, when that is all that is known (no date; the planned period is one whole calendar year)."""
        start, end = self.planned_start, self.planned_end
        if self.date or not start or not end:
            return None
        if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
            return start.year
        return None

    @property
    def when(self) -> str:
        """The date if fixed; a year known alone as «2025 г.»; else the planned period as the document words it
        (in Russian) or as its dates (in another language: the document's words are Russian)."""
        if self.date:
            return long_date(self.date)
        if self.year_only:
            return _("%(year)s г.") % {"year": self.year_only}
        if self.planned_text and get_language() in (None, "ru"):
            return self.planned_text
        if self.planned_start and self.planned_end:
            return f"{long_date(self.planned_start)} — {long_date(self.planned_end)}"
        return self.planned_text

    @property
    def reference_date(self) -> datetime.date | None:
        return self.date or self.planned_start


class Meeting(TimeStampedModel):
    """A council meeting (заседание КСОРС РТ) between conferences; it can adopt decisions too."""

    title = models.CharField(_("название"), max_length=300, default=_("Заседание КСОРС РТ"))
    slug = models.SlugField(max_length=80, unique=True)
    status = models.CharField(_("статус"), max_length=16, choices=EventStatus, default=EventStatus.PLANNED)
    date = models.DateField(_("дата"), null=True, blank=True)
    city = models.CharField(_("город"), max_length=100, blank=True)
    venue = models.CharField(_("место проведения"), max_length=300, blank=True)
    description = models.TextField(_("описание"), blank=True)
    is_demo = models.BooleanField(_("демонстрационная запись"), default=False)

    history_log = ChangesOnlyHistoricalRecords(verbose_name=_("история изменений"))

    class Meta:
        verbose_name = _("заседание КСОРС РТ")
        verbose_name_plural = _("заседания КСОРС РТ")
        ordering = [F("date").desc(nulls_last=True), "-id"]
        constraints = [
            models.CheckConstraint(condition=~Q(status=EventStatus.HELD) | Q(date__isnull=False), name="held_meeting_has_date"),
        ]

    def __str__(self):
        return f"{self.title} {long_date(self.date)}".strip()

    def get_absolute_url(self):
        return slug_url("conferences:meeting", self.slug)

    @property
    def reference_date(self):
        return self.date


class StandingAgendaItemQuerySet(models.QuerySet):
    def in_force_on(self, day: datetime.date):
        return self.filter(valid_from__lte=day, valid_until__gte=day)


class StandingAgendaItem(models.Model):
    """An item that must be on every agenda in its window (the Youth Agenda, item 8б, 2026-07-01…2030-12-31)."""

    title = models.CharField(_("название"), max_length=300)
    valid_from = models.DateField(_("с"))
    valid_until = models.DateField(_("по"))
    source_item = models.ForeignKey(
        "resolutions.Item", null=True, blank=True, on_delete=models.SET_NULL, related_name="standing_agenda_items",
        verbose_name=_("основание"),
    )
    applies_to_conferences = models.BooleanField(_("на конференциях"), default=True)
    applies_to_meetings = models.BooleanField(_("на заседаниях"), default=True)

    objects = StandingAgendaItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("постоянный пункт повестки")
        verbose_name_plural = _("постоянные пункты повестки")
        ordering = ["valid_from", "title", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(valid_until__gte=models.F("valid_from")), name="standing_item_window_ordered"),
        ]

    def __str__(self):
        return f"{self.title} ({self.valid_from:%d.%m.%Y}–{self.valid_until:%d.%m.%Y})"


class AgendaItem(models.Model):
    conference = models.ForeignKey(Conference, null=True, blank=True, on_delete=models.CASCADE, related_name="agenda")
    meeting = models.ForeignKey(Meeting, null=True, blank=True, on_delete=models.CASCADE, related_name="agenda")
    position = models.PositiveSmallIntegerField(_("порядок"), default=0)
    title = models.CharField(_("вопрос"), max_length=500)
    speaker = models.CharField(_("докладчик"), max_length=300, blank=True)
    standing_item = models.ForeignKey(
        StandingAgendaItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="agenda_items"
    )
    is_execution_review = models.BooleanField(
        _("о ходе исполнения ранее принятых решений"), default=False,
        help_text=_("Постоянный раздел: к нему в Секретариате готовится отчёт по решениям на контроле."),
    )

    class Meta:
        verbose_name = _("пункт повестки")
        verbose_name_plural = _("повестка дня")
        ordering = ["conference", "meeting", "position", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(conference__isnull=False) & Q(meeting__isnull=True))
                | (Q(conference__isnull=True) & Q(meeting__isnull=False)),
                name="agenda_item_has_one_event",
            ),
            models.UniqueConstraint(
                fields=["conference", "standing_item"], condition=Q(standing_item__isnull=False), name="standing_once_per_conference"
            ),
            models.UniqueConstraint(
                fields=["meeting", "standing_item"], condition=Q(standing_item__isnull=False), name="standing_once_per_meeting"
            ),
            models.UniqueConstraint(
                fields=["conference"], condition=Q(is_execution_review=True), name="review_once_per_conference"
            ),
            models.UniqueConstraint(fields=["meeting"], condition=Q(is_execution_review=True), name="review_once_per_meeting"),
        ]

    def __str__(self):
        return self.title

    @property
    def is_standing(self):
        return self.standing_item_id is not None
