"""QuickSelect writes exactly what Django's select templates write, only without a template per option."""

import pytest
from django import forms

from core.widgets import QuickSelect
from portal.filters import RussianNamesSelect

CHOICES = [
    ("", "Все"),
    ("a&b", "«Славянский» <дом>"),
    ("Группа", [("1", "один"), ("2", 'два "кавычки"')]),
    (3, "три"),
]


@pytest.mark.parametrize("value", [None, "", "a&b", "2", 3, ["1", "3"]])
@pytest.mark.parametrize("attrs", [None, {"id": "id_x", "aria-describedby": "x-help", "required": True, "disabled": False}])
def test_it_writes_the_markup_of_django_select(value, attrs):
    for multiple in (False, True):
        django_class = forms.SelectMultiple if multiple else forms.Select
        quick_class = type("QuickMultiple", (QuickSelect,), {"allow_multiple_selected": True}) if multiple else QuickSelect
        expected = django_class(choices=CHOICES).render("x", value, attrs=attrs)
        assert quick_class(choices=CHOICES).render("x", value, attrs=attrs) == expected


def test_an_option_hook_of_a_subclass_still_applies():
    html = RussianNamesSelect(choices=[("", "Все"), ("org:umet", "ОО «Умет»")]).render("responsible", "org:umet")
    assert '<option value="org:umet" selected lang="ru">ОО «Умет»</option>' in html
    assert '<option value="">Все</option>' in html
