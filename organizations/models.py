from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.fulltext import search_vector_field
from core.history import ChangesOnlyHistoricalRecords
from core.models import TimeStampedModel
from core.text import fold
from core.urlcache import slug_url


class Region(models.TextChoices):
    DUSHANBE = "dushanbe", _("г. Душанбе")
    SUGHD = "sughd", _("Согдийская область")
    KHATLON = "khatlon", _("Хатлонская область")
    GBAO = "gbao", _("ГБАО")
    RRP = "rrp", _("Районы республиканского подчинения")
    ABROAD = "abroad", _("За пределами Таджикистана")


class OrganizationKind(models.TextChoices):
    CULTURAL = "cultural", _("Культурное общество")
    ETHNIC = "ethnic", _("Национально-культурное общество")
    WOMEN = "women", _("Женское движение")
    YOUTH = "youth", _("Молодёжная организация")
    VETERANS = "veterans", _("Ветеранская организация")
    RELIGIOUS = "religious", _("При религиозной организации")
    EDUCATION = "education", _("Образование и наука")
    OTHER = "other", _("Другое")
    # Partners are not members: government bodies, embassies, funds.
    STATE = "state", _("Государственный орган")
    DIPLOMATIC = "diplomatic", _("Дипломатическое представительство")
    FUND = "fund", _("Фонд")


class Role(models.TextChoices):
    MEMBER = "member", _("Член КСОРС РТ")
    PARTNER = "partner", _("Партнёр")
    COUNCIL = "council", _("Координационный совет")


class MembershipStatus(models.TextChoices):
    ACTIVE = "active", _("Действующий член")
    SUSPENDED = "suspended", _("Членство приостановлено")
    EXCLUDED = "excluded", _("Исключена")
    # Created from a «Принять в состав …» item that is not published yet: not shown to the public.
    CANDIDATE = "candidate", _("Решение о приёме не опубликовано")


class OrganizationQuerySet(models.QuerySet):
    def members(self):
        return self.filter(role=Role.MEMBER)

    def partners(self):
        return self.filter(role=Role.PARTNER)

    def public(self):
        """What the public directory lists: every organization but those whose admission is not yet published."""
        return self.exclude(status=MembershipStatus.CANDIDATE)

    def active_members(self):
        """Member organizations whose membership is in force (not suspended, not excluded)."""
        return self.filter(role=Role.MEMBER, status=MembershipStatus.ACTIVE)

    def status_counts(self) -> dict[str, int]:
        rows = self.members().public().values_list("status").annotate(n=models.Count("id"))
        counts = dict.fromkeys(set(MembershipStatus.values) - {MembershipStatus.CANDIDATE}, 0)
        counts.update(dict(rows))
        return counts


class Organization(TimeStampedModel):
    """A member organization of the council (общественное объединение) or a partner."""

    name = models.CharField(_("название"), max_length=300, help_text=_("Как в документах: ОО татар «Умет»."))
    short_name = models.CharField(_("краткое название"), max_length=120, blank=True)
    slug = models.SlugField(_("адрес страницы"), max_length=120, unique=True, allow_unicode=False)
    role = models.CharField(_("роль"), max_length=16, choices=Role, default=Role.MEMBER)
    kind = models.CharField(_("вид"), max_length=16, choices=OrganizationKind, default=OrganizationKind.CULTURAL)
    city = models.CharField(_("город"), max_length=100, blank=True)
    region = models.CharField(_("регион"), max_length=16, choices=Region, blank=True)
    status = models.CharField(
        _("статус членства"),
        max_length=16,
        choices=MembershipStatus,
        default=MembershipStatus.ACTIVE,
        help_text=_("Меняется только решением (см. историю членства)."),
    )
    status_since = models.DateField(_("статус с"), null=True, blank=True)
    status_until = models.DateField(_("статус до (дата)"), null=True, blank=True)
    status_until_event = models.CharField(_("статус до (событие)"), max_length=300, blank=True)
    founded_on = models.DateField(_("дата основания"), null=True, blank=True)
    joined_on = models.DateField(_("дата вступления в КСОРС РТ"), null=True, blank=True)
    leader_name = models.CharField(_("руководитель"), max_length=200, blank=True)
    leader_title = models.CharField(_("должность руководителя"), max_length=200, blank=True)
    description = models.TextField(_("о организации"), blank=True)
    history = models.TextField(_("история"), blank=True)
    success_practices = models.TextField(_("успешные практики"), blank=True)
    notable_people = models.TextField(_("интересные люди"), blank=True)
    video_links = models.TextField(_("ссылки на видео"), blank=True, help_text=_("По одной ссылке в строке."))
    logo = models.ImageField(_("логотип"), upload_to="organizations/logos/", blank=True)
    address = models.CharField(_("адрес"), max_length=300, blank=True)
    phone = models.CharField(_("телефон"), max_length=100, blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("сайт"), blank=True)
    publish_contacts = models.BooleanField(
        _("публиковать контакты"), default=False, help_text=_("Только с согласия организации.")
    )
    is_demo = models.BooleanField(_("демонстрационная запись"), default=False)
    search_text = models.TextField(editable=False, blank=True, default="")
    search_vector = search_vector_field()
    # Optimistic locking of the profile and registry forms (as `Resolution.revision` in the editor).
    revision = models.PositiveIntegerField(default=1, editable=False)

    history_log = ChangesOnlyHistoricalRecords(excluded_fields=["search_text", "search_vector"], verbose_name=_("история изменений"))
    objects = OrganizationQuerySet.as_manager()

    class Meta:
        verbose_name = _("организация")
        verbose_name_plural = _("организации")
        ordering = ["name", "id"]
        indexes = [models.Index(fields=["role", "status"]), models.Index(fields=["region", "kind"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(status_until__isnull=True) | Q(status_since__isnull=True) | Q(status_until__gte=models.F("status_since")),
                name="organization_status_window_ordered",
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def logo_version(self) -> str:
        """The stored logo's random name: in the logo's URL, so a new logo is a new URL a browser may keep."""
        return self.logo.name.rsplit("/", 1)[-1].split(".", 1)[0] if self.logo else ""

    def get_absolute_url(self):
        return slug_url("organizations:detail", self.slug)

    def save(self, *args, **kwargs):
        # Kept in the row so SQLite, whose LIKE folds only ASCII, can still search Cyrillic.
        self.search_text = fold(" ".join([self.name, self.short_name, self.city, self.leader_name, self.description]))
        super().save(*args, **kwargs)

    @property
    def is_member(self):
        return self.role == Role.MEMBER

    @property
    def is_active_member(self):
        """The row's own fields only; `Organization.objects.active_members()` is the same test in SQL."""
        return self.role == Role.MEMBER and self.status == MembershipStatus.ACTIVE


class OrganizationName(models.Model):
    """A former (or current) name: the council itself was КСРСРТ before it became КСОРС РТ."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="names")
    name = models.CharField(_("название"), max_length=300)
    short_name = models.CharField(_("краткое название"), max_length=120, blank=True)
    valid_from = models.DateField(_("с"), null=True, blank=True)
    valid_until = models.DateField(_("по"), null=True, blank=True)
    note = models.CharField(_("примечание"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("название организации")
        verbose_name_plural = _("история названий")
        ordering = ["organization", F("valid_from").asc(nulls_first=True), "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True) | Q(valid_from__isnull=True) | Q(valid_until__gte=models.F("valid_from")),
                name="organization_name_window_ordered",
            ),
        ]

    def __str__(self):
        return self.name


class OrganizationPhoto(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="photos")
    image = models.ImageField(_("фото"), upload_to="organizations/photos/")
    thumbnail = models.ImageField(_("миниатюра"), upload_to="organizations/photos/thumbs/", blank=True)
    caption = models.CharField(_("подпись"), max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(_("порядок"), default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("фотография")
        verbose_name_plural = _("фотографии")
        ordering = ["organization", "position", "id"]

    def __str__(self):
        return self.caption or self.image.name


class Body(models.Model):
    """A body of the council itself (Секретариат КСОРС РТ); it can be responsible for an item."""

    name = models.CharField(_("название"), max_length=200, unique=True)
    short_name = models.CharField(_("краткое название"), max_length=100, blank=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(_("описание"), blank=True)

    history_log = ChangesOnlyHistoricalRecords(verbose_name=_("история изменений"))

    class Meta:
        verbose_name = _("орган КСОРС РТ")
        verbose_name_plural = _("органы КСОРС РТ")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Person(TimeStampedModel):
    full_name = models.CharField(_("ФИО полностью"), max_length=200, help_text=_("Темирова Людмила Григорьевна"))
    short_name = models.CharField(_("фамилия и инициалы"), max_length=100, help_text=_("Темирова Л.Г."))
    slug = models.SlugField(max_length=120, unique=True)
    is_demo = models.BooleanField(_("демонстрационная запись"), default=False)
    search_text = models.TextField(editable=False, blank=True, default="")

    history_log = ChangesOnlyHistoricalRecords(excluded_fields=["search_text"], verbose_name=_("история изменений"))

    class Meta:
        verbose_name = _("персона")
        verbose_name_plural = _("персоны")
        ordering = ["full_name", "id"]

    def __str__(self):
        return self.short_name or self.full_name

    def save(self, *args, **kwargs):
        self.search_text = fold(f"{self.full_name} {self.short_name}")
        super().save(*args, **kwargs)


def short_form(full_name: str) -> str:
    """«Ким Виктор Михайлович» → «Ким В.М.»: the form the council's documents use."""
    words = full_name.split()
    if not words:
        return ""
    initials = "".join(f"{word[0].upper()}." for word in words[1:3] if word[0].isalpha())
    return f"{words[0]} {initials}".strip()


class Position(models.Model):
    """A post a person holds: in the council, in a body, or at the head of an organization."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="positions")
    title = models.CharField(_("должность"), max_length=200, help_text=_("председатель КСОРС РТ"))
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.CASCADE, related_name="positions"
    )
    body = models.ForeignKey(Body, null=True, blank=True, on_delete=models.CASCADE, related_name="positions")
    is_leader = models.BooleanField(_("руководитель организации"), default=False)
    started_on = models.DateField(_("с"), null=True, blank=True)
    ended_on = models.DateField(_("по"), null=True, blank=True)

    history_log = ChangesOnlyHistoricalRecords(verbose_name=_("история изменений"))

    class Meta:
        verbose_name = _("должность")
        verbose_name_plural = _("должности")
        # The current post first: an undated start sorts as the oldest on every database, then the newest row.
        ordering = ["person", F("started_on").desc(nulls_last=True), "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(started_on__isnull=True) | Q(ended_on__gte=models.F("started_on")),
                name="position_window_ordered",
            ),
        ]

    def __str__(self):
        return f"{self.person}, {self.title}"


class MembershipChangeQuerySet(models.QuerySet):
    def public(self):
        """What the public timeline shows: no decision of a document that is not (or no longer) published, and not
        the records that undid such decisions — a withdrawn document shows nothing of itself publicly."""
        return self.filter(
            Q(decided_by_item__isnull=True) | Q(decided_by_item__resolution__status="published"), reverts__isnull=True
        )


class MembershipChange(models.Model):
    """One event on an organization's membership timeline; the newest is the current status."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="membership_changes")
    status = models.CharField(_("новый статус"), max_length=16, choices=MembershipStatus)
    effective_on = models.DateField(_("действует с"))
    until_on = models.DateField(_("до (дата)"), null=True, blank=True)
    until_event = models.CharField(
        _("до (событие)"), max_length=300, blank=True, help_text=_("до отчётно-выборной страновой конференции в 2027 году")
    )
    reason = models.TextField(_("основание, как в документе"))
    decided_by_item = models.ForeignKey(
        "resolutions.Item",
        verbose_name=_("пункт решения"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="membership_changes",
    )
    document_reference = models.CharField(
        _("документ"), max_length=300, blank=True, help_text=_("Например: решение заседания КСОРС РТ от 12.03.2026")
    )
    is_current = models.BooleanField(_("текущий"), default=True)
    reverts = models.OneToOneField(
        "self", verbose_name=_("отменяет решение"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="reverted_by", help_text=_("Решение, отменённое снятием его документа с публикации."),
    )
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = MembershipChangeQuerySet.as_manager()

    class Meta:
        verbose_name = _("изменение членства")
        verbose_name_plural = _("история членства")
        ordering = ["organization", "-effective_on", "-id"]
        indexes = [models.Index(fields=["effective_on"])]
        constraints = [
            models.UniqueConstraint(
                fields=["organization"], condition=Q(is_current=True), name="one_current_membership_status"
            ),
            models.CheckConstraint(
                condition=Q(until_on__isnull=True) | Q(until_on__gte=models.F("effective_on")),
                name="membership_change_window_ordered",
            ),
            models.CheckConstraint(
                condition=~Q(reason=""), name="membership_change_has_reason"
            ),
            models.CheckConstraint(
                condition=Q(decided_by_item__isnull=False) | ~Q(document_reference=""),
                name="membership_change_has_document",
            ),
        ]

    def __str__(self):
        return f"{self.organization}: {self.get_status_display()} с {self.effective_on:%d.%m.%Y}"


class MaterialCall(TimeStampedModel):
    """A call for materials (the jubilee book of item 9): organizations send, the Secretariat reviews."""

    class Status(models.TextChoices):
        OPEN = "open", _("Приём открыт")
        CLOSED = "closed", _("Приём закрыт")

    title = models.CharField(_("название"), max_length=300)
    slug = models.SlugField(max_length=120, unique=True)
    description = models.TextField(_("описание"), blank=True)
    requested = models.TextField(
        _("что просим прислать"), blank=True, help_text=_("По одному пункту в строке: история, фото, видео…")
    )
    deadline = models.DateField(_("срок"), null=True, blank=True)
    deadline_text = models.CharField(_("срок, как в документе"), max_length=200, blank=True)
    status = models.CharField(_("статус"), max_length=8, choices=Status, default=Status.OPEN)
    source_item = models.ForeignKey(
        "resolutions.Item", null=True, blank=True, on_delete=models.SET_NULL, related_name="material_calls"
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("получатель материалов"),
    )

    class Meta:
        verbose_name = _("сбор материалов")
        verbose_name_plural = _("сборы материалов")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.title


class Submission(TimeStampedModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Черновик")
        SUBMITTED = "submitted", _("Отправлено")
        ACCEPTED = "accepted", _("Принято")
        NEEDS_CHANGES = "needs_changes", _("Нужны исправления")

    call = models.ForeignKey(MaterialCall, on_delete=models.CASCADE, related_name="submissions")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="submissions")
    status = models.CharField(_("статус"), max_length=16, choices=Status, default=Status.DRAFT)
    text = models.TextField(_("текст"), blank=True)
    links = models.TextField(_("ссылки"), blank=True)
    submitted_at = models.DateTimeField(_("отправлено"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    review_comment = models.TextField(_("комментарий Секретариата"), blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Why a decision already taken was changed (accepted, then sent back; or the other way round).
    correction_reason = models.TextField(_("причина изменения решения"), blank=True)

    history_log = ChangesOnlyHistoricalRecords(verbose_name=_("история изменений"))

    class Meta:
        verbose_name = _("материалы организации")
        verbose_name_plural = _("материалы организаций")
        ordering = ["call", "organization__name", "id"]
        constraints = [models.UniqueConstraint(fields=["call", "organization"], name="one_submission_per_call")]

    def __str__(self):
        return f"{self.organization} → {self.call}"


class SubmissionFile(models.Model):
    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(_("файл"), upload_to="materials/%Y/")
    original_name = models.CharField(_("имя файла"), max_length=255)
    size = models.PositiveIntegerField(_("размер, байт"), default=0)
    caption = models.CharField(_("подпись"), max_length=300, blank=True)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("файл материалов")
        verbose_name_plural = _("файлы материалов")
        ordering = ["submission", "uploaded_at", "id"]

    def __str__(self):
        return self.original_name


class ContactRecord(models.Model):
    """A contact with an organization that the Secretariat records by hand (a call, a letter, a visit)."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="contact_records")
    contacted_on = models.DateField(_("дата связи"))
    note = models.CharField(_("как и о чём"), max_length=300)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("связь с организацией")
        verbose_name_plural = _("связи с организациями")
        ordering = ["organization", "-contacted_on", "-id"]

    def __str__(self):
        return f"{self.organization}: {self.contacted_on:%d.%m.%Y}"


class SitePage(TimeStampedModel):
    """One of the council's own pages (about, contacts, privacy): Russian and English text the Secretariat edits.

    A model rather than django.contrib.flatpages: a flat page holds one language per row and needs `sites`,
    keeps no history, stores raw HTML and answers through a fallback middleware outside the public page cache.
    Here each page has both languages side by side, its history with the author, markup that cannot carry a
    script (core.markup) and a fixed address served by a cached public view.
    """

    class Slug(models.TextChoices):
        ABOUT = "about", _("О КСОРС РТ")
        CONTACTS = "contacts", _("Контакты")
        PRIVACY = "privacy", _("Персональные данные")

    slug = models.CharField(_("страница"), max_length=16, choices=Slug, unique=True)
    title_ru = models.CharField(_("заголовок по-русски"), max_length=200)
    title_en = models.CharField(_("заголовок по-английски"), max_length=200, blank=True)
    body_ru = models.TextField(
        _("текст по-русски"),
        help_text=_("Пустая строка — новый абзац; «## » — заголовок; «- » — пункт списка; **жирный**; [текст](https://адрес)."),
    )
    body_en = models.TextField(
        _("текст по-английски"), blank=True, help_text=_("Если пусто, на английской странице показывается русский текст.")
    )

    history_log = ChangesOnlyHistoricalRecords(verbose_name=_("история изменений"))

    class Meta:
        verbose_name = _("страница сайта")
        verbose_name_plural = _("страницы сайта")
        ordering = ["slug"]

    def __str__(self):
        return self.title_ru

    def get_absolute_url(self):
        return reverse(f"page_{self.slug}")

    def localized(self, language: str) -> tuple[tuple[str, str], tuple[str, str]]:
        """((title, its language), (text, its language)): English where it is written, else the Russian."""
        english = language == "en"
        title = (self.title_en, "en") if english and self.title_en.strip() else (self.title_ru, "ru")
        body = (self.body_en, "en") if english and self.body_en.strip() else (self.body_ru, "ru")
        return title, body
