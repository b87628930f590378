import django_filters
from django.utils.translation import gettext_lazy as _

from ksors import fulltext
from organizations.models import MembershipStatus, Organization, OrganizationKind, Region, Role


class OrganizationFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Название, город, руководитель"), method="filter_text")
    status = django_filters.ChoiceFilter(label=_("Статус членства"), choices=MembershipStatus.choices, empty_label=_("Любой"))
    region = django_filters.ChoiceFilter(label=_("Регион"), choices=Region.choices, empty_label=_("Все регионы"))
    city = django_filters.ChoiceFilter(label=_("Город"), empty_label=_("Все города"))
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
        cities = Organization.objects.exclude(city="").exclude(role=Role.COUNCIL).order_by("city")
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
