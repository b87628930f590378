import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from resolutions.presentation import adoption_line as _adoption_line
from resolutions.presentation import deadline_window as _deadline_window
from resolutions.presentation import unwritten_meta as _unwritten_meta

register = template.Library()

BULLET = re.compile(r"^\s*[-–—•]\s+")
BOLD = re.compile(r"\*\*(.+?)\*\*")


def _inline(line: str) -> str:
    return BOLD.sub(r"<strong>\1</strong>", escape(line.strip()))


@register.filter
def document_text(text, label=None):
    """Text as written in a document → paragraphs and bullet lists («отметили, что: – …»), **bold** kept.

    Everything is escaped first: what a resolution says can never become markup. With `label`, the item's
    label opens the first paragraph (a hanging label in the PDF that reads in order when text is extracted).
    """
    html, bullets = [], []
    if label:
        first, _sep, rest = (text or "").lstrip().partition("\n")
        opening = f'<span class="label">{escape(label)}.</span>'
        if BULLET.match(first) or not first.strip():
            html.append(f'<p class="first">{opening}</p>')
        else:
            html.append(f'<p class="first">{opening}{_inline(first)}</p>')
            text = rest
    for line in (text or "").splitlines():
        if not line.strip():
            continue
        if BULLET.match(line):
            bullets.append(f"<li>{_inline(BULLET.sub('', line))}</li>")
            continue
        if bullets:
            html.append(f"<ul class=\"doc-list\">{''.join(bullets)}</ul>")
            bullets = []
        html.append(f"<p>{_inline(line)}</p>")
    if bullets:
        html.append(f"<ul class=\"doc-list\">{''.join(bullets)}</ul>")
    return mark_safe("".join(html))


@register.filter
def deadline_window(item):
    return _deadline_window(item)


@register.filter
def adoption_line(resolution):
    return _adoption_line(resolution)


@register.filter
def unwritten_meta(item):
    return _unwritten_meta(item)
