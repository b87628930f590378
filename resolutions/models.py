import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext, gettext_noop, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from core.fulltext import search_vector_field
from core.history import ChangesOnlyHistoricalRecords
from core.models import TimeStampedModel
from core.text import fold
from core.urlcache import slug_url


class DocumentType(models.TextChoices):
    RESOLUTION = "resolution", _("Резолюция")
    DECISION = "decision", _("Решение")
    STATEMENT = "statement", _("Заявление")
    CONCEPT = "concept", _("Концепция")
    PLAN = "plan", _("План действий")
    OTHER = "other", _("Документ")


@dataclass(frozen=True)
class DocumentForms:
    """A kind of document named inside a sentence, in the cases the portal's sentences need (lower case)."""

    nominative: str
    genitive: str
    accusative: str
    prepositional: str
    gender: str  # "f", "n" or "m": the words that agree with it («план опубликован», «решение принято»)

    @property
    def agreeing(self) -> "AgreeingWords":
        return AGREEING_WORDS[self.gender]


@dataclass(frozen=True)
class AgreeingWords:
    """The words said of a document that take its gender: its status, «Принята …», «Утверждена единогласно.»"""

    published: str
    withdrawn: str
    adopted: str
    approved_unanimously: str
    approved_by_vote: str  # with %(yes)s, %(no)s, %(abstained)s


# One context per gender: the English catalogue needs one entry per Russian form, all translated alike.
AGREEING_WORDS = {
    "f": AgreeingWords(
        pgettext_lazy("о документе женского рода", "Опубликована"),
        pgettext_lazy("о документе женского рода", "Снята с публикации"),
        pgettext_lazy("о документе женского рода", "Принята"),
        pgettext_lazy("о документе женского рода", "Утверждена единогласно."),
        pgettext_lazy(
            "о документе женского рода", "Утверждена: за — %(yes)s, против — %(no)s, воздержались — %(abstained)s."
        ),
    ),
    "n": AgreeingWords(
        pgettext_lazy("о документе среднего рода", "Опубликовано"),
        pgettext_lazy("о документе среднего рода", "Снято с публикации"),
        pgettext_lazy("о документе среднего рода", "Принято"),
        pgettext_lazy("о документе среднего рода", "Утверждено единогласно."),
        pgettext_lazy(
            "о документе среднего рода", "Утверждено: за — %(yes)s, против — %(no)s, воздержались — %(abstained)s."
        ),
    ),
    "m": AgreeingWords(
        pgettext_lazy("о документе мужского рода", "Опубликован"),
        pgettext_lazy("о документе мужского рода", "Снят с публикации"),
        pgettext_lazy("о документе мужского рода", "Принят"),
        pgettext_lazy("о документе мужского рода", "Утверждён единогласно."),
        pgettext_lazy(
            "о документе мужского рода", "Утверждён: за — %(yes)s, против — %(no)s, воздержались — %(abstained)s."
        ),
    ),
}


# Nominative, genitive, accusative, prepositional. One context for all: it keeps «резолюции» the genitive apart from
# «резолюции» the plural in the catalogue, and English needs no case. Keyed by DocumentType; a plain doc_type string
# finds its forms too.
DOCUMENT_FORMS = {
    DocumentType.RESOLUTION: DocumentForms(
        pgettext_lazy("вид документа", "резолюция"), pgettext_lazy("вид документа", "резолюции"),
        pgettext_lazy("вид документа", "резолюцию"), pgettext_lazy("вид документа", "резолюции"),
        "f",
    ),
    DocumentType.DECISION: DocumentForms(
        pgettext_lazy("вид документа", "решение"), pgettext_lazy("вид документа", "решения"),
        pgettext_lazy("вид документа", "решение"), pgettext_lazy("вид документа", "решении"),
        "n",
    ),
    DocumentType.STATEMENT: DocumentForms(
        pgettext_lazy("вид документа", "заявление"), pgettext_lazy("вид документа", "заявления"),
        pgettext_lazy("вид документа", "заявление"), pgettext_lazy("вид документа", "заявлении"),
        "n",
    ),
    DocumentType.CONCEPT: DocumentForms(
        pgettext_lazy("вид документа", "концепция"), pgettext_lazy("вид документа", "концепции"),
        pgettext_lazy("вид документа", "концепцию"), pgettext_lazy("вид документа", "концепции"),
        "f",
    ),
    DocumentType.PLAN: DocumentForms(
        pgettext_lazy("вид документа", "план действий"), pgettext_lazy("вид документа", "плана действий"),
        pgettext_lazy("вид документа", "план действий"), pgettext_lazy("вид документа", "плане действий"),
        "m",
    ),
    DocumentType.OTHER: DocumentForms(
        pgettext_lazy("вид документа", "документ"), pgettext_lazy("вид документа", "документа"),
        pgettext_lazy("вид документа", "документ"), pgettext_lazy("вид документа", "документе"),
        "m",
    ),
}


class ResolutionStatus(models.TextChoices):
    DRAFT = "draft", _("Черновик")
    PUBLISHED = "published", _("Опубликована")
    WITHDRAWN = "withdrawn", _("Снята с публикации")


class ResolutionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=ResolutionStatus.PUBLISHED)


class Resolution(TimeStampedModel):
    """A document adopted by a conference or a council meeting: preamble and numbered items."""

    doc_type = models.CharField(_("вид документа"), max_length=16, choices=DocumentType, default=DocumentType.RESOLUTION)
    title = models.CharField(_("название"), max_length=500)
    slug = models.SlugField(max_length=120, unique=True)
    conference = models.ForeignKey(
        "conferences.Conference", null=True, blank=True, on_delete=models.PROTECT, related_name="resolutions",
        verbose_name=_("конференция"),
    )
    meeting = models.ForeignKey(
        "conferences.Meeting", null=True, blank=True, on_delete=models.PROTECT, related_name="resolutions",
        verbose_name=_("заседание"),
    )
    theme = models.CharField(_("тема"), max_length=500, blank=True)
    adopted_on = models.DateField(_("дата принятия"), null=True, blank=True)
    place = models.CharField(_("место принятия"), max_length=200, blank=True)
    unanimous = models.BooleanField(_("единогласно"), default=False)
    votes_for = models.PositiveIntegerField(_("за"), null=True, blank=True)
    votes_against = models.PositiveIntegerField(_("против"), null=True, blank=True)
    votes_abstained = models.PositiveIntegerField(_("воздержались"), null=True, blank=True)
    adoption_text = models.TextField(_("строка об утверждении, как в документе"), blank=True)
    preamble = models.TextField(_("преамбула"), blank=True)
    # Empty for a plan, whose rows follow its heading.
    operative_keyword = models.CharField(
        _("вводное слово постановляющей части"), max_length=40, default="ПОСТАНОВИЛИ:", blank=True
    )
    status = models.CharField(_("статус"), max_length=16, choices=ResolutionStatus, default=ResolutionStatus.DRAFT)
    published_at = models.DateTimeField(_("опубликована"), null=True, blank=True)
    version = models.PositiveIntegerField(_("редакция"), default=1, help_text=_("Растёт с каждой исправленной редакцией."))
    revision = models.PositiveIntegerField(default=0, editable=False, help_text="Optimistic lock: grows with every save.")
    publish_progress = models.BooleanField(_("публиковать ход исполнения"), default=False)
    source_text = models.TextField(_("исходный текст"), blank=True)
    is_demo = models.BooleanField(_("демонстрационная запись"), default=False)
    search_text = models.TextField(editable=False, blank=True, default="")
    search_vector = search_vector_field()

    history_log = ChangesOnlyHistoricalRecords(
        excluded_fields=["search_text", "search_vector", "source_text"], verbose_name=_("история изменений")
    )
    objects = ResolutionQuerySet.as_manager()

    class Meta:
        verbose_name = _("резолюция")
        verbose_name_plural = _("резолюции")
        ordering = [F("adopted_on").desc(nulls_last=True), "-id"]
        indexes = [models.Index(fields=["status", "adopted_on"])]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status=ResolutionStatus.PUBLISHED) | Q(published_at__isnull=False),
                name="published_resolution_has_date",
            ),
            models.CheckConstraint(condition=Q(version__gte=1), name="resolution_version_positive"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return slug_url("resolutions:detail", self.slug)

    def save(self, *args, **kwargs):
        self.search_text = fold(" ".join([self.title, self.theme, self.place, self.preamble]))
        super().save(*args, **kwargs)

    @property
    def is_published(self):
        return self.status == ResolutionStatus.PUBLISHED

    @property
    def event(self):
        return self.conference or self.meeting

    @property
    def status_label(self):
        """The status agreeing with the document's kind: «Опубликована» of a resolution, «Опубликован» of a plan."""
        agreeing = self.doc_kind.agreeing
        labels = {ResolutionStatus.PUBLISHED: agreeing.published, ResolutionStatus.WITHDRAWN: agreeing.withdrawn}
        return labels.get(self.status) or self.get_status_display()

    @property
    def doc_kind(self) -> DocumentForms:
        """What the document is, for sentences about it: «так {{ resolution.doc_kind.accusative }} увидят …»."""
        return DOCUMENT_FORMS.get(self.doc_type, DOCUMENT_FORMS[DocumentType.OTHER])


# Written by resolution_publish() on the first version; stored in Russian, shown translated.
FIRST_PUBLICATION_NOTE = gettext_noop("Первая публикация")


class ResolutionVersion(models.Model):
    """A recorded redaction of a published resolution: a full snapshot, so versions can be compared."""

    resolution = models.ForeignKey(Resolution, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("редакция"))
    snapshot = models.JSONField(_("содержание"))
    note = models.TextField(_("что изменено"), blank=True)
    created_at = models.DateTimeField(_("дата редакции"), default=timezone.now)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        verbose_name = _("редакция")
        verbose_name_plural = _("редакции")
        ordering = ["resolution", "number", "id"]
        constraints = [models.UniqueConstraint(fields=["resolution", "number"], name="resolution_version_unique")]

    def __str__(self):
        return f"{self.resolution} — ред. {self.number}"

    def display_note(self) -> str:
        """The note; the one the portal itself writes at the first publication in the reader's language."""
        return gettext(self.note) if self.note == FIRST_PUBLICATION_NOTE else self.note


class ItemKind(models.TextChoices):
    GRATITUDE = "gratitude", _("Благодарность")
    STATEMENT = "statement", _("Констатация")
    RECOMMENDATION = "recommendation", _("Рекомендация")
    INSTRUCTION = "instruction", _("Поручение")
    DECISION = "decision", _("Решение")
    MEMBERSHIP = "membership", _("Решение о членстве")
    NOTED = "noted", _("Принять к сведению")
    SCHEDULING = "scheduling", _("Назначение мероприятия")
    RESPONSIBLE = "responsible", _("Ответственный")
    CONTROL = "control", _("Контроль исполнения")
    OTHER = "other", _("Другое")


class DeadlineKind(models.TextChoices):
    EXACT = "exact", _("точная дата")
    BY = "by", _("до даты")
    RANGE = "range", _("период")
    YEAR = "year", _("год")
    QUARTER = "quarter", _("квартал")
    HALF = "half", _("полугодие")
    STANDING = "standing", _("на постоянной основе")
    RELATIVE = "relative", _("относительно события")
    RECURRING = "recurring", _("периодически")


class Recurrence(models.TextChoices):
    DAILY = "daily", _("ежедневно")
    WEEKLY = "weekly", _("еженедельно")
    MONTHLY = "monthly", _("ежемесячно")
    QUARTERLY = "quarterly", _("ежеквартально")
    YEARLY = "yearly", _("ежегодно")


class ExecutionStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Не начато")
    IN_PROGRESS = "in_progress", _("Выполняется")
    DONE = "done", _("Выполнено")
    NOT_DONE = "not_done", _("Не выполнено")
    WITHDRAWN = "withdrawn", _("Снято с контроля")


class EventRelation(models.TextChoices):
    """How a deadline depends on the event it is linked to."""

    BEFORE = "before", _("за … месяцев до события")
    AT = "at", _("на событии")
    UNTIL = "until", _("до события")
    FOR = "for", _("к событию (срок свой)")


class MembershipAction(models.TextChoices):
    ADMIT = "admit", _("принять в состав")
    EXCLUDE = "exclude", _("исключить")
    SUSPEND = "suspend", _("приостановить членство")
    REINSTATE = "reinstate", _("восстановить")


class ItemQuerySet(models.QuerySet):
    def published(self):
        """Items of published resolutions: the only ones the public, leaders and reminders ever see."""
        return self.filter(resolution__status=ResolutionStatus.PUBLISHED)

    def controlled(self):
        """Items that are tasks: they have someone responsible and a deadline window."""
        return self.filter(responsibilities__isnull=False).exclude(deadline_kind="").distinct()

    def open(self):
        return self.exclude(execution_status__in=[ExecutionStatus.DONE, ExecutionStatus.WITHDRAWN])

    def overdue(self, today: datetime.date):
        return self.open().filter(Q(due_end__lt=today) | Q(execution_status=ExecutionStatus.NOT_DONE))

    def due_between(self, start: datetime.date, end: datetime.date):
        return self.open().filter(due_end__gte=start, due_end__lte=end)


class Item(models.Model):
    """A numbered item or sub-item of the operative part, its label kept exactly as written."""

    resolution = models.ForeignKey(Resolution, on_delete=models.CASCADE, related_name="items")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="children")
    label = models.CharField(_("номер"), max_length=20, help_text=_("Как в документе: 1, 2а, 7г, 1.2, а"))
    position = models.PositiveIntegerField(_("порядок"))
    text = models.TextField(_("текст"))
    kind = models.CharField(_("вид"), max_length=16, choices=ItemKind, default=ItemKind.OTHER)
    deadline_text = models.CharField(_("срок, как в документе"), max_length=300, blank=True)
    deadline_kind = models.CharField(_("вид срока"), max_length=16, choices=DeadlineKind, blank=True)
    due_start = models.DateField(_("срок: начало"), null=True, blank=True)
    due_end = models.DateField(_("срок: конец"), null=True, blank=True)
    due_relative_to = models.CharField(_("срок относительно"), max_length=300, blank=True)
    # A recurring deadline's rhythm (its due_end is the next due date) and the hour of a scheduled act.
    due_recurrence = models.CharField(_("периодичность"), max_length=16, choices=Recurrence, blank=True)
    due_time = models.TimeField(_("время"), null=True, blank=True)
    execution_status = models.CharField(
        _("исполнение"), max_length=16, choices=ExecutionStatus, default=ExecutionStatus.NOT_STARTED
    )
    execution_updated_at = models.DateTimeField(null=True, blank=True)
    membership_action = models.CharField(_("решение о членстве"), max_length=16, choices=MembershipAction, blank=True)
    membership_organization = models.ForeignKey(
        "organizations.Organization", null=True, blank=True, on_delete=models.PROTECT, related_name="membership_items",
        verbose_name=_("организация"),
    )
    membership_others = models.ManyToManyField(
        "organizations.Organization", blank=True, related_name="membership_items_also",
        verbose_name=_("и другие организации того же решения"),
        help_text=_("«Принять в состав: ОО «А», ОО «Б»»: решение применяется к каждой."),
    )
    membership_until_on = models.DateField(_("до (дата)"), null=True, blank=True)
    membership_until_event = models.CharField(_("до (событие)"), max_length=300, blank=True)
    event_conference = models.ForeignKey(
        "conferences.Conference", null=True, blank=True, on_delete=models.SET_NULL, related_name="linked_items",
        verbose_name=_("срок связан с конференцией"),
    )
    event_meeting = models.ForeignKey(
        "conferences.Meeting", null=True, blank=True, on_delete=models.SET_NULL, related_name="linked_items",
        verbose_name=_("срок связан с заседанием"),
    )
    event_relation = models.CharField(_("как срок зависит от события"), max_length=8, choices=EventRelation, blank=True)
    event_offset_months = models.PositiveSmallIntegerField(_("за сколько месяцев до события"), default=0)
    controller = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="controlled_items",
        verbose_name=_("контролёр"),
    )
    control_closed_at = models.DateTimeField(_("снято с контроля"), null=True, blank=True)
    control_closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
    )

    search_vector = search_vector_field("text")

    history_log = ChangesOnlyHistoricalRecords(excluded_fields=["search_vector"], verbose_name=_("история изменений"))
    objects = ItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("пункт")
        verbose_name_plural = _("пункты")
        ordering = ["resolution", "position", "id"]
        indexes = [models.Index(fields=["execution_status", "due_end"]), models.Index(fields=["due_end"])]
        constraints = [
            models.UniqueConstraint(fields=["resolution", "label"], name="item_label_unique_in_resolution"),
            models.CheckConstraint(
                condition=Q(due_start__isnull=True) | Q(due_end__isnull=True) | Q(due_start__lte=models.F("due_end")),
                name="item_due_window_ordered",
            ),
            models.CheckConstraint(condition=~Q(label=""), name="item_label_not_empty"),
            models.CheckConstraint(
                condition=Q(membership_action="") | Q(membership_organization__isnull=False),
                name="membership_item_names_organization",
            ),
            models.CheckConstraint(
                condition=Q(event_conference__isnull=True) | Q(event_meeting__isnull=True), name="item_one_linked_event"
            ),
        ]

    def __str__(self):
        return f"{self.label}. {self.text[:60]}"

    def get_absolute_url(self):
        return f"{self.resolution.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self) -> str:
        return f"p{self.label}"

    @property
    def linked_event(self):
        return self.event_conference or self.event_meeting

    def is_overdue(self, today: datetime.date | None = None) -> bool:
        today = today or timezone.localdate()
        if self.execution_status in (ExecutionStatus.DONE, ExecutionStatus.WITHDRAWN):
            return False
        if self.execution_status == ExecutionStatus.NOT_DONE:
            return True
        return self.due_end is not None and self.due_end < today


# Who is responsible, as one string: in filters' query strings, the editor's selects and the groupings of the
# dashboard alike. Slugs rather than ids keep public links readable and stable across a restore.
ALL_MEMBERS_KEY = "all"
RESPONSIBLE_TARGETS = {"person": "person", "body": "body", "org": "organization"}


class ResponsibilityQuerySet(models.QuerySet):
    def for_key(self, key: str):
        """The responsibilities a `Responsibility.key` names; none for a key that names nothing."""
        if key == ALL_MEMBERS_KEY:
            return self.filter(all_members=True)
        kind, _sep, value = key.partition(":")
        if kind == "text" and value:
            return self.filter(text=value, person=None, body=None, organization=None, all_members=False)
        field = RESPONSIBLE_TARGETS.get(kind)
        if field is None or not value:
            return self.none()
        return self.filter(**{f"{field}__slug": value})


class Responsibility(models.Model):
    """One responsible party of an item, as written, matched to a person, body or organization when known."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="responsibilities")
    position = models.PositiveSmallIntegerField(default=0)
    text = models.CharField(_("как в документе"), max_length=500)
    person = models.ForeignKey("organizations.Person", null=True, blank=True, on_delete=models.PROTECT, related_name="responsibilities")
    body = models.ForeignKey("organizations.Body", null=True, blank=True, on_delete=models.PROTECT, related_name="responsibilities")
    organization = models.ForeignKey(
        "organizations.Organization", null=True, blank=True, on_delete=models.PROTECT, related_name="responsibilities"
    )
    all_members = models.BooleanField(_("все организации-члены"), default=False)
    inherited = models.BooleanField(
        _("из общего пункта"), default=False, help_text=_("Указан отдельным подпунктом («Ответственный за подготовку: …»).")
    )

    objects = ResponsibilityQuerySet.as_manager()

    class Meta:
        verbose_name = _("ответственный")
        verbose_name_plural = _("ответственные")
        ordering = ["item", "position", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(person__isnull=True, body__isnull=True, organization__isnull=True)
                    | Q(person__isnull=False, body__isnull=True, organization__isnull=True, all_members=False)
                    | Q(person__isnull=True, body__isnull=False, organization__isnull=True, all_members=False)
                    | Q(person__isnull=True, body__isnull=True, organization__isnull=False, all_members=False)
                ),
                name="responsibility_one_target",
            ),
            models.CheckConstraint(condition=~Q(text=""), name="responsibility_has_text"),
        ]

    def __str__(self):
        return self.text

    @property
    def target(self):
        return self.person or self.body or self.organization

    @property
    def key(self) -> str:
        """"person:<slug>", "body:<slug>", "org:<slug>", "all", or "text:<as written>" (load the targets with it)."""
        if self.all_members:
            return ALL_MEMBERS_KEY
        for kind, field in RESPONSIBLE_TARGETS.items():
            if getattr(self, f"{field}_id"):
                return f"{kind}:{getattr(self, field).slug}"
        return f"text:{self.text}"


class AssignmentStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Не начато")
    IN_PROGRESS = "in_progress", _("Выполняется")
    REPORTED = "reported", _("Отчёт на проверке")
    RETURNED = "returned", _("Возвращено на доработку")
    ACCEPTED = "accepted", _("Принято")
    NOT_DONE = "not_done", _("Не выполнено")


# A sub-task is open while its responsible still has something to do: reminders go only to these.
OPEN_ASSIGNMENT_STATUSES = (AssignmentStatus.NOT_STARTED, AssignmentStatus.IN_PROGRESS, AssignmentStatus.RETURNED)
# Those who have sent their result, accepted or not: «отчитались N из M».
REPORTED_ASSIGNMENT_STATUSES = (AssignmentStatus.REPORTED, AssignmentStatus.ACCEPTED)


class AssignmentQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_ASSIGNMENT_STATUSES)


class Assignment(models.Model):
    """One responsible party's sub-task of an item, with its own status, reports and (after an extension) window.

    Created on publication: one per named responsible, and for «все организации-члены» one per organization
    that was an active member on the day the resolution was adopted."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="assignments")
    responsibility = models.ForeignKey(
        Responsibility, null=True, blank=True, on_delete=models.SET_NULL, related_name="assignments"
    )
    text = models.CharField(_("исполнитель"), max_length=500)
    organization = models.ForeignKey(
        "organizations.Organization", null=True, blank=True, on_delete=models.PROTECT, related_name="assignments",
        verbose_name=_("организация"),
    )
    person = models.ForeignKey(
        "organizations.Person", null=True, blank=True, on_delete=models.PROTECT, related_name="assignments",
        verbose_name=_("персона"),
    )
    body = models.ForeignKey(
        "organizations.Body", null=True, blank=True, on_delete=models.PROTECT, related_name="assignments",
        verbose_name=_("орган"),
    )
    status = models.CharField(_("статус"), max_length=16, choices=AssignmentStatus, default=AssignmentStatus.NOT_STARTED)
    due_start = models.DateField(_("свой срок: начало"), null=True, blank=True)
    due_end = models.DateField(_("свой срок: конец"), null=True, blank=True)
    comment = models.TextField(_("комментарий Секретариата"), blank=True)
    decided_at = models.DateTimeField(_("решение Секретариата"), null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    history_log = ChangesOnlyHistoricalRecords(verbose_name=_("история изменений"))
    objects = AssignmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("поручение исполнителю")
        verbose_name_plural = _("поручения исполнителям")
        ordering = ["item", "organization__name", "text", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "organization"], condition=Q(organization__isnull=False), name="assignment_once_per_organization"
            ),
            models.UniqueConstraint(
                fields=["item", "person"], condition=Q(person__isnull=False), name="assignment_once_per_person"
            ),
            models.UniqueConstraint(fields=["item", "body"], condition=Q(body__isnull=False), name="assignment_once_per_body"),
            models.CheckConstraint(
                condition=Q(due_start__isnull=True) | Q(due_end__isnull=True) | Q(due_start__lte=models.F("due_end")),
                name="assignment_due_window_ordered",
            ),
        ]

    def __str__(self):
        return f"{self.item.label}: {self.text}"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_ASSIGNMENT_STATUSES

    @property
    def window_end(self) -> datetime.date | None:
        return self.due_end or self.item.due_end


class ExtensionRequest(models.Model):
    """A responsible's request for more time, and the Secretariat's answer with the window before and after."""

    class Status(models.TextChoices):
        PENDING = "pending", _("На рассмотрении")
        GRANTED = "granted", _("Срок продлён")
        REFUSED = "refused", _("Отказано")

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="extension_requests")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    requested_at = models.DateTimeField(_("запрошено"), default=timezone.now)
    reason = models.TextField(_("причина"))
    proposed_end = models.DateField(_("просим продлить до"))
    status = models.CharField(_("статус"), max_length=8, choices=Status, default=Status.PENDING)
    old_start = models.DateField(_("прежний срок: начало"), null=True, blank=True)
    old_end = models.DateField(_("прежний срок: конец"), null=True, blank=True)
    new_start = models.DateField(_("новый срок: начало"), null=True, blank=True)
    new_end = models.DateField(_("новый срок: конец"), null=True, blank=True)
    decision_comment = models.TextField(_("комментарий к решению"), blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("запрос о продлении срока")
        verbose_name_plural = _("запросы о продлении срока")
        ordering = ["-requested_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["assignment"], condition=Q(status="pending"), name="one_pending_extension_per_assignment"
            ),
            models.CheckConstraint(condition=~Q(reason=""), name="extension_has_reason"),
            models.CheckConstraint(
                condition=~Q(status="granted") | Q(new_end__isnull=False), name="granted_extension_has_window"
            ),
        ]

    def __str__(self):
        return f"{self.assignment} → {self.proposed_end:%d.%m.%Y}"


class ProgressReport(models.Model):
    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="reports")
    assignment = models.ForeignKey(
        Assignment, null=True, blank=True, on_delete=models.SET_NULL, related_name="reports", verbose_name=_("исполнитель")
    )
    reviewed_at = models.DateTimeField(_("просмотрен Секретариатом"), null=True, blank=True)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    organization = models.ForeignKey(
        "organizations.Organization", null=True, blank=True, on_delete=models.SET_NULL, related_name="progress_reports",
        verbose_name=_("от организации"),
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="progress_reports")
    reported_on = models.DateField(_("дата"), default=datetime.date.today)
    text = models.TextField(_("что сделано"))
    status = models.CharField(_("статус после отчёта"), max_length=16, choices=ExecutionStatus, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("отчёт об исполнении")
        verbose_name_plural = _("отчёты об исполнении")
        ordering = ["item", "-reported_on", "-id"]

    def __str__(self):
        return f"{self.item.label}: {self.reported_on:%d.%m.%Y}"


class ReportAttachment(models.Model):
    report = models.ForeignKey(ProgressReport, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("файл"), upload_to="reports/%Y/")
    original_name = models.CharField(_("имя файла"), max_length=255)
    size = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("вложение")
        verbose_name_plural = _("вложения")

    def __str__(self):
        return self.original_name


class ReminderLog(models.Model):
    """One reminder sent; unique per item, stage and recipient so `send_reminders` is idempotent."""

    class Stage(models.TextChoices):
        BEFORE = "before", _("до окончания срока")
        OVERDUE = "overdue", _("срок прошёл")
        MANUAL = "manual", _("по решению Секретариата")

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="reminders")
    stage = models.CharField(max_length=16, choices=Stage)
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("напоминание")
        verbose_name_plural = _("напоминания")
        constraints = [
            models.UniqueConstraint(
                fields=["item", "stage", "recipient"], condition=~Q(stage="manual"), name="reminder_once_per_stage"
            )
        ]

    def __str__(self):
        return f"{self.item} — {self.get_stage_display()}"


class Declaration(TimeStampedModel):
    """A declaration the council joined, with an open list of member organizations that signed it."""

    title = models.CharField(_("название"), max_length=300)
    slug = models.SlugField(max_length=120, unique=True)
    summary = models.TextField(_("кратко"), blank=True)
    text = models.TextField(_("текст"), blank=True)
    adopted_on = models.DateField(_("дата одобрения"), null=True, blank=True)
    adopted_by_item = models.ForeignKey(
        Item, null=True, blank=True, on_delete=models.SET_NULL, related_name="declarations", verbose_name=_("пункт решения")
    )
    is_open = models.BooleanField(_("перечень открыт для присоединения"), default=True)
    is_published = models.BooleanField(_("опубликована"), default=True)
    is_demo = models.BooleanField(_("демонстрационная запись"), default=False)
    search_text = models.TextField(editable=False, blank=True, default="")
    search_vector = search_vector_field()

    history_log = ChangesOnlyHistoricalRecords(excluded_fields=["search_text", "search_vector"], verbose_name=_("история изменений"))

    class Meta:
        verbose_name = _("декларация")
        verbose_name_plural = _("декларации")
        ordering = [F("adopted_on").desc(nulls_last=True), "title", "id"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.search_text = fold(" ".join([self.title, self.summary, self.text]))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return slug_url("resolutions:declaration", self.slug)


class DeclarationDocument(models.Model):
    """A document attached to a declaration (the statement it belongs to, a signed original), public with it."""

    declaration = models.ForeignKey(Declaration, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("название"), max_length=300, help_text=_("Например: «Заявление от 19.06.2026»."))
    file = models.FileField(_("файл"), upload_to="declarations/%Y/")
    original_name = models.CharField(_("имя файла"), max_length=255)
    size = models.PositiveIntegerField(_("размер, байт"), default=0)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    history_log = ChangesOnlyHistoricalRecords(verbose_name=_("история изменений"))

    class Meta:
        verbose_name = _("документ декларации")
        verbose_name_plural = _("документы декларации")
        ordering = ["declaration", "uploaded_at", "id"]

    def __str__(self):
        return self.title


class Signatory(models.Model):
    class Status(models.TextChoices):
        REQUESTED = "requested", _("Заявка подана")
        CONFIRMED = "confirmed", _("Присоединилась")
        DECLINED = "declined", _("Отклонено")
        LEFT = "left", _("Вышла")

    declaration = models.ForeignKey(Declaration, on_delete=models.CASCADE, related_name="signatories")
    organization = models.ForeignKey("organizations.Organization", on_delete=models.CASCADE, related_name="signatures")
    status = models.CharField(_("статус"), max_length=16, choices=Status, default=Status.REQUESTED)
    requested_at = models.DateTimeField(_("заявка"), default=timezone.now)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    joined_on = models.DateField(_("дата присоединения"), null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)
    decline_reason = models.TextField(_("причина отказа"), blank=True)
    left_on = models.DateField(_("дата выхода"), null=True, blank=True)
    left_reason = models.TextField(_("причина выхода"), blank=True)
    # Why the Secretariat reversed its own decision (a confirmation withdrawn, a refusal turned into a confirmation).
    correction_reason = models.TextField(_("причина исправления решения"), blank=True)

    history_log = ChangesOnlyHistoricalRecords(verbose_name=_("история изменений"))

    class Meta:
        verbose_name = _("участник декларации")
        verbose_name_plural = _("участники декларации")
        ordering = ["declaration", F("joined_on").asc(nulls_last=True), "organization__name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["declaration", "organization"],
                condition=Q(status__in=["requested", "confirmed"]),
                name="one_active_signature_per_organization",
            ),
            models.CheckConstraint(
                condition=~Q(status="confirmed") | Q(joined_on__isnull=False), name="confirmed_signatory_has_date"
            ),
            models.CheckConstraint(
                condition=~Q(status="declined") | ~Q(decline_reason=""), name="declined_signatory_has_reason"
            ),
        ]

    def __str__(self):
        return f"{self.organization} — {self.declaration}"
