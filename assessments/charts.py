"""Bar charts as SVG, drawn on the server: the pages and the PDF show them without JavaScript.

Every label passes through `escape` before it enters the markup, so an organization's name cannot inject any.
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

WIDTH = 640
BAR = 22
GAP = 8
LABEL = 230
COLOURS = ("#2f5d8a", "#b5523b", "#4f7f4a", "#8a6d2f")


def bar_chart(title: str, bars: list[tuple[str, float | int | None]], *, unit: str = "", maximum: float | None = None) -> str:
    """Horizontal bars, one per (label, value); a missing value is drawn as «нет данных»."""
    values = [v for _label, v in bars if v is not None]
    top = maximum or max(values, default=0) or 1
    height = 34 + len(bars) * (BAR + GAP)
    span = WIDTH - LABEL - 70
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<text x="0" y="16" font-size="14" font-weight="bold" fill="#222">{escape(title)}</text>',
    ]
    for index, (label, value) in enumerate(bars):
        y = 30 + index * (BAR + GAP)
        short = label if len(label) <= 34 else label[:33] + "…"
        parts.append(
            f'<text x="{LABEL - 6}" y="{y + BAR * 0.7:.0f}" font-size="12" text-anchor="end" fill="#222">'
            f"<title>{escape(label)}</title>{escape(short)}</text>"
        )
        if value is None:
            parts.append(f'<text x="{LABEL}" y="{y + BAR * 0.7:.0f}" font-size="12" fill="#666">{escape(_("нет данных"))}</text>')
            continue
        length = max(span * value / top, 1)
        colour = COLOURS[index % len(COLOURS)]
        number = f"{value:g}{unit}"
        parts.append(f'<rect x="{LABEL}" y="{y}" width="{length:.1f}" height="{BAR}" fill="{colour}"/>')
        parts.append(
            f'<text x="{LABEL + length + 6:.1f}" y="{y + BAR * 0.7:.0f}" font-size="12" fill="#222">{escape(number)}</text>'
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
