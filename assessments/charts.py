"""Bar charts as SVG, drawn on the server: the pages and the PDF show them without JavaScript.

Every label passes through `escape` before it enters the markup, so an organization's name cannot inject any.
"""

from django.utils.formats import number_format
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

WIDTH = 360
BAR = 16
ROW = 40  # a label line above its bar, then the gap to the next
COLOURS = ("#2f5d8a", "#b5523b", "#4f7f4a", "#8a6d2f")


def bar_chart(title: str, bars: list[tuple[str, float | int | None]], *, unit: str = "", maximum: float | None = None) -> str:
    """Horizontal bars, one per (label, value), each label on its own line above its bar (readable on a phone);
    a missing value is drawn as «нет данных»."""
    values = [v for _label, v in bars if v is not None]
    top = maximum or max(values, default=0) or 1
    height = 30 + len(bars) * ROW
    span = WIDTH - 50
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {height}" '
        f'role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<text x="0" y="15" font-size="13" font-weight="bold" fill="#1b2430">{escape(title)}</text>',
    ]
    for index, (label, value) in enumerate(bars):
        y = 28 + index * ROW
        short = label if len(label) <= 52 else label[:51] + "…"
        parts.append(f'<text x="0" y="{y + 11}" font-size="12" fill="#1b2430"><title>{escape(label)}</title>{escape(short)}</text>')
        if value is None:
            parts.append(f'<text x="0" y="{y + 27}" font-size="12" fill="#666">{escape(_("нет данных"))}</text>')
            continue
        length = max(span * value / top, 1)
        colour = COLOURS[index % len(COLOURS)]
        parts.append(f'<rect x="0" y="{y + 15}" width="{length:.1f}" height="{BAR}" fill="{colour}"/>')
        parts.append(
            f'<text x="{length + 5:.1f}" y="{y + 27}" font-size="12" fill="#1b2430">'
            f"{escape(number_format(value) + unit)}</text>"
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))


def system_charts(rows, summary) -> dict[str, str]:
    """The four charts of the analysis: cohorts, youth share by organization, formats used, leaders' tenure."""
    return {
        "cohorts": bar_chart(_("Члены организаций по годам рождения"), [(str(label), n) for label, n in summary.cohorts]),
        "youth": bar_chart(
            _("Доля молодёжи (1990–2009 г. р.) по организациям"), [(r.name, r.youth_share) for r in rows],
            unit="%", maximum=100,
        ),
        "formats": bar_chart(_("Формы работы: сколько организаций применяли"), summary.formats),
        "tenure": bar_chart(_("Сколько лет руководитель возглавляет организацию"), [(r.name, r.tenure) for r in rows]),
    }
