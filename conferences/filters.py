import django_filters
from django.utils.translation import gettext_lazy as _

from conferences.models import Conference, ConferenceKind, EventStatus


class ConferenceFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(label=_("Вид"), choices=ConferenceKind.choices, empty_label=_("Все виды"))
    status = django_filters.ChoiceFilter(label=_("Статус"), choices=EventStatus.choices, empty_label=_("Все"))

    class Meta:
        model = Conference
        fields = ["kind", "status"]
