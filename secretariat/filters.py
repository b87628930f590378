"""The back office's list filters (django-filter)."""

import datetime

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from accounts.models import SECRETARIAT_GROUP, User
from assessments.models import Report
from conferences.models import Conference
from core.text import fold
from organizations.models import MembershipStatus, Organization, OrganizationKind, Person, Region, Role
from resolutions.models import ALL_MEMBERS_KEY, ExecutionStatus, Item, Resolution, Responsibility
from resolutions.selectors import responsible_key


class ControlledItemFilter(django_filters.FilterSet):
    resolution = django_filters.ModelChoiceFilter(
        label=_("Резолюция"), queryset=Resolution.objects.published(), empty_label=_("все")
    )
    responsible = django_filters.ChoiceFilter(label=_("Ответственный"), method="filter_responsible", empty_label=_("все"))

    class Meta:
        model = Item
        fields = ["resolution", "responsible"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        keys = {
            responsible_key(r)
            for r in Responsibility.objects.filter(item__in=Item.objects.published()).select_related(
                "person", "body", "organization"
            )
        }
        keys.add((ALL_MEMBERS_KEY, str(_("Все организации-члены"))))
        self.filters["responsible"].extra["choices"] = sorted(keys, key=lambda pair: pair[1])

    def filter_responsible(self, queryset, name, value):
        return queryset.filter(responsibilities__in=Responsibility.objects.for_key(value)).distinct()


class FoldedSearchFilter(django_filters.CharFilter):
    """Search in the folded `search_text` column: Cyrillic in any case, «ё» as «е», on SQLite too."""

    def filter(self, qs, value):
        words = fold(value).split()
        for word in words:
            qs = qs.filter(search_text__contains=word)
        return qs


class OrganizationRegistryFilter(django_filters.FilterSet):
    q = FoldedSearchFilter(label=_("Поиск"))
    role = django_filters.ChoiceFilter(label=_("Роль"), choices=Role.choices, empty_label=_("все"))
    status = django_filters.ChoiceFilter(label=_("Статус членства"), choices=MembershipStatus.choices, empty_label=_("любой"))
    kind = django_filters.ChoiceFilter(label=_("Вид"), choices=OrganizationKind.choices, empty_label=_("все"))
    region = django_filters.ChoiceFilter(label=_("Регион"), choices=Region.choices, empty_label=_("все"))
    city = django_filters.ChoiceFilter(label=_("Город"), empty_label=_("все"))

    class Meta:
        model = Organization
        fields = ["q", "role", "status", "kind", "region", "city"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cities = Organization.objects.exclude(city="").order_by("city").values_list("city", flat=True).distinct()
        self.filters["city"].extra["choices"] = [(city, city) for city in cities]


class PersonFilter(django_filters.FilterSet):
    q = FoldedSearchFilter(label=_("ФИО"))

    class Meta:
        model = Person
        fields = ["q"]


class AccountFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Email или ФИО"), method="filter_text")
    role = django_filters.ChoiceFilter(
        label=_("Роль"), method="filter_role", empty_label=_("все"),
        choices=[("secretariat", _("Секретариат")), ("leader", _("Руководители организаций"))],
    )
    is_active = django_filters.BooleanFilter(label=_("Активна"))

    class Meta:
        model = User
        fields = ["q", "role", "is_active"]

    def filter_text(self, queryset, name, value):
        # Emails are ASCII; names are matched case-insensitively in Python-folded form where the database cannot.
        folded = fold(value.strip())
        ids = [pk for pk, email, full_name in queryset.values_list("pk", "email", "full_name")
               if folded in fold(email) or folded in fold(full_name)]
        return queryset.filter(pk__in=ids)

    def filter_role(self, queryset, name, value):
        if value == "secretariat":
            return queryset.filter(groups__name=SECRETARIAT_GROUP)
        return queryset.filter(organizations__isnull=False).distinct()
class RegisterFilter(django_filters.FilterSet):
    """The register's filters; every value is in the query string, so the export and the PDF show the same rows."""

    WINDOWS = [
        ("overdue", _("просрочено")),
        ("30", _("срок в ближайшие 30 дней")),
        ("90", _("срок в ближайшие 90 дней")),
        ("later", _("срок позже 90 дней")),
        ("none", _("без срока")),
    ]

    q = django_filters.CharFilter(label=_("Поиск"), method="filter_search")
    resolution = django_filters.ModelChoiceFilter(
        label=_("Резолюция"), queryset=Resolution.objects.published(), empty_label=_("все")
    )
    conference = django_filters.ModelChoiceFilter(
        label=_("Конференция"), field_name="resolution__conference", queryset=Conference.objects.filter(resolutions__isnull=False).distinct(),
        empty_label=_("все"),
    )
    responsible = django_filters.ChoiceFilter(label=_("Ответственный"), method="filter_responsible", empty_label=_("все"))
    status = django_filters.ChoiceFilter(
        label=_("Статус"), field_name="execution_status", choices=ExecutionStatus.choices, empty_label=_("все")
    )
    window = django_filters.ChoiceFilter(label=_("Срок"), method="filter_window", choices=WINDOWS, empty_label=_("любой"))
    overdue = django_filters.BooleanFilter(
        label=_("Только просроченные"), method="filter_overdue", widget=forms.CheckboxInput
    )

    class Meta:
        model = Item
        fields = ["q", "resolution", "conference", "responsible", "status", "window", "overdue"]

    def __init__(self, *args, today: datetime.date, **kwargs):
        self.today = today
        super().__init__(*args, **kwargs)
        keys = {
            responsible_key(r)
            for r in Responsibility.objects.filter(item__in=Item.objects.published()).select_related(
                "person", "body", "organization"
            )
        }
        keys.add((ALL_MEMBERS_KEY, str(_("Все организации-члены"))))
        self.filters["responsible"].extra["choices"] = sorted(keys, key=lambda pair: pair[1])

    def filter_search(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        # SQLite folds only ASCII case: try the word as typed, in lower case and capitalised.
        variants = {value, value.lower(), value[:1].upper() + value[1:].lower()}
        condition = Q(label=value)
        for variant in variants:
            condition |= Q(text__contains=variant) | Q(deadline_text__contains=variant) | Q(responsibilities__text__contains=variant)
        return queryset.filter(pk__in=Item.objects.filter(condition).values("pk"))

    def filter_responsible(self, queryset, name, value):
        return queryset.filter(pk__in=Item.objects.filter(responsibilities__in=Responsibility.objects.for_key(value)).values("pk"))

    def filter_window(self, queryset, name, value):
        today = self.today
        if value == "overdue":
            return queryset.overdue(today)
        if value == "none":
            return queryset.filter(due_end__isnull=True)
        if value == "later":
            return queryset.filter(due_end__gt=today + datetime.timedelta(days=90))
        return queryset.filter(due_end__gte=today, due_end__lte=today + datetime.timedelta(days=int(value)))

    def filter_overdue(self, queryset, name, value):
        return queryset.overdue(self.today) if value else queryset


class AssessmentComparisonFilter(django_filters.FilterSet):
    """The comparison table's filters, over the sent reports of a year."""

    kind = django_filters.ChoiceFilter(field_name="organization__kind", label=_("Вид"), choices=OrganizationKind.choices,
                                       empty_label=_("все"))
    region = django_filters.ChoiceFilter(field_name="organization__region", label=_("Регион"), choices=Region.choices,
                                         empty_label=_("все"))
    status = django_filters.ChoiceFilter(
        label=_("Отчёт"), empty_label=_("отправленные и принятые"),
        choices=[("submitted", _("Отправлен")), ("accepted", _("Принят"))],
    )

    class Meta:
        model = Report
        fields = ["kind", "region", "status"]
