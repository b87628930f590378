"""The small markup of the site's own pages (about, contacts, privacy), written by the Secretariat.

Sanitized by construction: the text is escaped first and only this markup becomes HTML, so nothing typed in the
back office can become a script, a style or an attribute. Lines:

    ## Heading                 → <h2>      (### → <h3>)
    - item  or  – item         → a bullet list
    a blank line               → a new paragraph (consecutive lines join into one paragraph)
    **bold**                   → <strong>
    [text](https://…)          → a link: http(s), mailto:, tel: and paths of this site (/…) only; anything else
                                  stays plain text
"""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

__all__ = ["render_page_text"]

HEADING = re.compile(r"^(#{2,3})\s+(.+)$")
BULLET = re.compile(r"^\s*[-–—•]\s+")
BOLD = re.compile(r"\*\*(.+?)\*\*")
# Matched on escaped text: the link text holds no «]», the address no space, quote or bracket.
LINK = re.compile(r"\[([^\]]+)\]\(((?:https?://|mailto:|tel:|/)[^\s()\"'<>]*)\)")


def _inline(text: str) -> str:
    html = escape(text)
    html = LINK.sub(lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', html)
    return BOLD.sub(r"<strong>\1</strong>", html)


def render_page_text(text: str) -> SafeString:
    """Safe HTML of a page's text (see the module docstring for the markup)."""
    html, paragraph, bullets = [], [], []

    def flush():
        if paragraph:
            html.append(f"<p>{'<br>'.join(_inline(line) for line in paragraph)}</p>")
            paragraph.clear()
        if bullets:
            html.append("<ul>" + "".join(f"<li>{_inline(line)}</li>" for line in bullets) + "</ul>")
            bullets.clear()

    for raw in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            flush()
            continue
        heading = HEADING.match(line)
        if heading:
            flush()
            level = len(heading.group(1))
            html.append(f"<h{level}>{_inline(heading.group(2))}</h{level}>")
        elif BULLET.match(line):
            if paragraph:
                flush()
            bullets.append(BULLET.sub("", line))
        else:
            if bullets:
                flush()
            paragraph.append(line)
    flush()
    return mark_safe("".join(html))
