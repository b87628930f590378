import re

from django import template
from django.urls import reverse
from django.utils.html import conditional_escape, escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from core.templatetags.ksors import display
from core.text import long_date
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


# --- The items of a resolution page ---------------------------------------------------------------------------
# A resolution has dozens of items, each with its responsible, deadline and membership decisions: as a template
# loop they took more time than loading them (15 of 55 ms for 40 items, thousands of variable lookups). Here each
# item is written once with every value escaped; the markup is the same the template wrote.


@register.simple_tag
def document_items(items, show_progress=False):
    """`<li>` of every item of a resolution page (public page and the Secretariat's preview alike)."""
    words = {
        "link": escape(gettext("Ссылка на пункт")), "responsible": escape(gettext("Ответственный")),
        "deadline": escape(gettext("Срок")), "progress": escape(gettext("Исполнение")), "up": escape(gettext("Наверх")),
        "since": escape(gettext("с")), "in_sub_item": escape(gettext("указан в подпункте")),
        "in_item": escape(gettext("указан в пункте")), "in_lead_in": escape(gettext("указан во вводной части")),
        "all_members": reverse("organizations:list") + "?status=active",
    }
    return mark_safe("".join(_item(item, words, show_progress) for item in items))


def _item(item, words, show_progress) -> str:
    anchor, label = escape(item.anchor), escape(item.label)
    parts = [
        f'<li id="{anchor}" class="item depth-{item.depth}">'
        f'<a class="item-label" href="#{anchor}" data-copy-link title="{words["link"]} {label}" lang="ru">{label}.</a>'
        f'<div class="item-body"><div class="item-text" lang="ru">{document_text(item.text)}</div>'
    ]
    responsibilities = item.responsibility_list
    if responsibilities or item.deadline_text:
        parts.append('<dl class="item-meta">')
        if responsibilities:
            named = "; ".join(_responsible(r, words) for r in responsibilities)
            parts.append(f'<div><dt>{words["responsible"]}</dt><dd>{named}</dd></div>')
        if item.deadline_text:
            window = _deadline_window(item)
            window = f'<span class="deadline-window">{conditional_escape(window)}</span>' if window else ""
            parts.append(f'<div><dt>{words["deadline"]}</dt><dd><span lang="ru">{escape(item.deadline_text)}</span>{window}</dd></div>')
        if show_progress and responsibilities and item.deadline_text:
            parts.append(
                f'<div><dt>{words["progress"]}</dt><dd><span class="badge badge-{escape(item.execution_status)}">'
                f'{escape(display(item, "execution_status"))}</span></dd></div>'
            )
        parts.append("</dl>")
    for change in item.membership_change_list:
        until = f' <span lang="ru">{escape(change.until_event)}</span>' if change.until_event else ""
        parts.append(
            f'<p class="item-link">→ <a href="{escape(change.organization.get_absolute_url())}#membership" lang="ru">'
            f'{escape(change.organization.name)}</a>: {escape(str(display(change, "status")).lower())} {words["since"]} '
            f"{escape(long_date(change.effective_on))}{until}</p>"
        )
    for declaration in item.declaration_list:
        parts.append(
            f'<p class="item-link">→ <a href="{escape(declaration.get_absolute_url())}" lang="ru">{escape(declaration.title)}</a></p>'
        )
    parts.append("</div>")
    if getattr(item, "ends_group", False):
        parts.append(f'<p class="to-top no-print"><a href="#content">↑ {words["up"]}</a></p>')
    parts.append("</li>")
    return "".join(parts)


def _responsible(r, words) -> str:
    text = escape(r.text)
    if r.organization:
        html = f'<a href="{escape(r.organization.get_absolute_url())}" lang="ru">{text}</a>'
    elif r.all_members:
        html = f'<a href="{words["all_members"]}" lang="ru">{text}</a>'
    else:
        html = f'<span lang="ru">{text}</span>'
    if r.inherited:
        source = getattr(r, "source", None)
        if source:
            where = words["in_sub_item"] if source.depth else words["in_item"]
            html += f' <span class="muted">({where} <a href="#{escape(source.anchor)}" lang="ru">{escape(source.label)}</a>)</span>'
        else:
            html += f' <span class="muted">({words["in_lead_in"]})</span>'
    return html


@register.simple_tag
def document_contents(contents):
    """The table of contents of a resolution page (shown twice: folded on a phone, beside the text on a desktop)."""
    rows = "".join(
        f'<li><a href="#{escape(row["anchor"])}"><span class="toc-label" lang="ru">{escape(row["label"])}.</span> '
        f'<span lang="ru">{escape(row["summary"])}</span></a></li>'
        for row in contents
    )
    return mark_safe(f'<ol class="toc-list">{rows}</ol>')
