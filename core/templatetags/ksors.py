import functools

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from core.text import long_date as _long_date
from core.text import to_roman

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


@functools.lru_cache(maxsize=256)
def _choice_labels(field, language: str | None) -> dict:
    return {value: str(label) for value, label in field.flatchoices}


@register.filter
def display(obj, field_name: str):
    """`obj.get_<field_name>_display()` for lists: Django rebuilds the choices and translates every label per call.

    Labels are translated once per field and language; a value outside the choices shows as itself, as in Django.
    """
    value = getattr(obj, field_name)
    return _choice_labels(obj._meta.get_field(field_name), get_language()).get(value, value)


@register.filter
def place(value):
    """A place name: as written on Russian pages; elsewhere its English name when the catalog has one
    (core.text.PLACE_NAMES), else the Russian name marked `lang="ru"` so it is read with a Russian voice."""
    from django.utils.html import format_html
    from django.utils.translation import gettext

    value = str(value or "")
    if not value or get_language() in (None, "ru"):
        return value
    translated = gettext(value)
    if translated != value:
        return translated
    return format_html('<span lang="ru">{}</span>', value)


@register.filter
def file_not_kept(bound_field) -> str:
    """The name of a file chosen in a form that came back with errors elsewhere: a browser never sends a chosen
    file back, so the form must say it has to be chosen again. Empty when nothing was lost."""
    form = bound_field.form
    if not form.is_bound or bound_field.errors or not form.errors:
        return ""
    chosen = form.files.getlist(bound_field.html_name) if hasattr(form.files, "getlist") else []
    return ", ".join(upload.name for upload in chosen if upload)
