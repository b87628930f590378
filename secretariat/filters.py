"""The back office's list filters (django-filter)."""

import django_filters
from django.utils.translation import gettext_lazy as _

from resolutions.models import ALL_MEMBERS_KEY, Item, Resolution, Responsibility
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
