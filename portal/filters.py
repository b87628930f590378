"""The public lists' filters (django-filter), one FilterSet per list."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from conferences.models import Conference, ConferenceKind, EventStatus
from core import fulltext
from core.widgets import QuickSelect
from organizations.models import MembershipStatus, Organization, OrganizationKind, Region, Role
from resolutions.models import ALL_MEMBERS_KEY, Declaration, Item, Resolution, Responsibility

MEETING = "meeting"


class PublicFilterSet(django_filters.FilterSet):
    """A public list's filters: its selects written by `QuickSelect` (the same markup, without a template per option)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for filter_ in self.filters.values():
            widget = filter_.extra.get("widget")
            if widget is None and filter_.field_class.widget is forms.Select:
                filter_.extra["widget"] = QuickSelect


class RussianNamesSelect(QuickSelect):
    """A select whose options are names as the documents write them (people, bodies, cities): each option but
    the empty one is marked lang="ru", so an English page reads them with a Russian voice."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value not in ("", None, ALL_MEMBERS_KEY):
            option["attrs"]["lang"] = "ru"
        return option


class ResolutionFilter(PublicFilterSet):
    q = django_filters.CharFilter(label=_("Текст"), method="filter_text")
    conference = django_filters.ModelChoiceFilter(
        label=_("Конференция"), queryset=Conference.objects.none(), empty_label=_("Все конференции")
    )
    year = django_filters.ChoiceFilter(
        label=_("Год"), field_name="adopted_on", lookup_expr="year", empty_label=_("Все годы")
    )
    kind = django_filters.ChoiceFilter(
        label=_("Вид конференции"),
        choices=[*ConferenceKind.choices, (MEETING, _("заседание КСОРС РТ"))],
        method="filter_kind",
        empty_label=_("Все виды"),
    )
    responsible = django_filters.ChoiceFilter(
        label=_("Ответственный"), method="filter_responsible", empty_label=_("Все ответственные"),
        widget=RussianNamesSelect,
    )

    class Meta:
        model = Resolution
        fields = ["q", "conference", "year", "kind", "responsible"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        published = Resolution.objects.published()
        self.filters["conference"].queryset = Conference.objects.filter(
            pk__in=published.filter(conference__isnull=False).values("conference")
        ).order_by("-number")
        self.filters["year"].extra["choices"] = [
            (str(day.year), day.year) for day in published.dates("adopted_on", "year", order="DESC")
        ]
        self.filters["responsible"].extra["choices"] = responsible_choices()

    def filter_text(self, queryset, name, value):
        if not value.strip():
            return queryset
        # Matched once, in one query: as subqueries the two matches would run again in the paginator's COUNT
        # and in the page (on SQLite each time folding every item's text in Python).
        in_resolutions = fulltext.match(Resolution.objects.order_by(), value).values_list("pk", flat=True)
        in_items = fulltext.match(Item.objects.order_by(), value, vector_field="text", folded=False)
        matching = set(in_resolutions.union(in_items.values_list("resolution_id", flat=True)).order_by())
        return queryset.filter(pk__in=matching)

    def filter_kind(self, queryset, name, value):
        if value == MEETING:
            return queryset.filter(meeting__isnull=False)
        return queryset.filter(conference__kind=value)

    def filter_responsible(self, queryset, name, value):
        return queryset.filter(pk__in=Responsibility.objects.for_key(value).values("item__resolution_id"))


def responsible_choices() -> list[tuple[str, str]]:
    """Bodies and people named responsible in published resolutions (one query)."""
    rows = (
        Responsibility.objects.filter(item__in=Item.objects.published())
        .filter(Q(person__isnull=False) | Q(body__isnull=False))
        .values_list("body__slug", "body__name", "person__slug", "person__short_name", "person__full_name")
        .order_by()  # the model's ordering would join its columns into DISTINCT: one row per responsibility
        .distinct()
    )
    bodies, people = set(), set()
    for body_slug, body_name, person_slug, short_name, full_name in rows:
        if body_slug:
            bodies.add((f"body:{body_slug}", body_name))
        else:
            people.add((f"person:{person_slug}", short_name or full_name))
    return [
        *sorted(bodies, key=lambda choice: choice[1]),
        *sorted(people, key=lambda choice: choice[1]),
        (ALL_MEMBERS_KEY, _("Все организации-члены")),
    ]


class DeclarationFilter(PublicFilterSet):
    q = django_filters.CharFilter(label=_("Текст"), method="filter_text")

    class Meta:
        model = Declaration
        fields = ["q"]

    def filter_text(self, queryset, name, value):
        return fulltext.match(queryset, value) if value.strip() else queryset


class ConferenceFilter(PublicFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Вид"), choices=ConferenceKind.choices, empty_label=_("Все виды"))
    status = django_filters.ChoiceFilter(label=_("Статус"), choices=EventStatus.choices, empty_label=_("Все"))

    class Meta:
        model = Conference
        fields = ["kind", "status"]


class OrganizationFilter(PublicFilterSet):
    q = django_filters.CharFilter(label=_("Название, город, руководитель"), method="filter_text")
    status = django_filters.ChoiceFilter(
        label=_("Статус членства"), empty_label=_("Любой"),
        choices=[choice for choice in MembershipStatus.choices if choice[0] != MembershipStatus.CANDIDATE],
    )
    region = django_filters.ChoiceFilter(label=_("Регион"), choices=Region.choices, empty_label=_("Все регионы"))
    city = django_filters.ChoiceFilter(label=_("Город"), empty_label=_("Все города"), widget=RussianNamesSelect)
    kind = django_filters.ChoiceFilter(label=_("Вид"), choices=OrganizationKind.choices, empty_label=_("Все виды"))
    role = django_filters.ChoiceFilter(
        label=_("Показать"), choices=[(Role.MEMBER, _("Члены КСОРС РТ")), (Role.PARTNER, _("Партнёры"))],
        empty_label=None, method="filter_role",
    )

    class Meta:
        model = Organization
        fields = ["q", "status", "region", "city", "kind", "role"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cities = Organization.objects.public().exclude(city="").exclude(role=Role.COUNCIL).order_by("city")
        self.filters["city"].extra["choices"] = [(city, city) for city in cities.values_list("city", flat=True).distinct()]

    def filter_queryset(self, queryset):
        # The directory shows members unless partners are asked for; the council itself is not a list entry.
        if not self.form.cleaned_data.get("role"):
            queryset = queryset.filter(role=Role.MEMBER)
        else:
            queryset = queryset.exclude(role=Role.COUNCIL)
        return super().filter_queryset(queryset)

    def filter_role(self, queryset, name, value):
        return queryset.filter(role=value)

    def filter_text(self, queryset, name, value):
        return fulltext.match(queryset, value) if value.strip() else queryset
