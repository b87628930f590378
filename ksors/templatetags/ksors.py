from django import template
from django.conf import settings
from django.urls import translate_url

from ksors.text import long_date as _long_date
from ksors.text import to_roman

register = template.Library()


@register.filter
def language_links(request):
    """(code, name, url) for each interface language, pointing at the same page in that language."""
    path = request.get_full_path()
    names = {"ru": "Русский", "en": "English"}
    return [(code, names.get(code, code), translate_url(path, code)) for code, _name in settings.LANGUAGES]


@register.filter
def startswith(value, prefix):
    return bool(prefix) and str(value).startswith(str(prefix))


@register.filter
def long_date(value):
    return _long_date(value)


@register.filter
def roman(value):
    return to_roman(value)
