"""Hard-wrapped text: paragraphs broken into lines of a fixed width (text copied from a PDF or an e-mail).

`join_broken_paragraphs` rejoins a line that opens lower-case with the line before it. In a hard-wrapped
document a line may just as well open with a capital («… поручить\nМинистерству культуры …»), a number
(«… до 30 апреля\n2018 года»), a quote, or the text of a label left at the end of the line before
(«… (приложение № 2). 3.\nУтвердить состав …»). Such a line continues the one before when the document is
wrapped and the line before is full: as long as the wrap width allows, so the first word of the next line
would not have fitted on it.
"""

from __future__ import annotations

import re

# Lines shorter than this are no evidence of a wrap (headings, signatures, dates).
_SHORT = 30
# Fewer lines of some length than this are too few to tell a wrap from a short document's own line ends.
_EVIDENCE = 8
# A wrapped document's lines are at most this long (a page's or a mail's width in characters).
_WIDEST_WRAP = 110
# A line at least this share of the width is full; the words of a line wrapped at 60–80 characters leave a gap of
# up to one long word.
_FULL_SHARE = 0.72
# «… (приложение № 2). 3.»: a label the wrap left at the end of a line, after the stop of the item before it.
TRAILING_LABEL_RE = re.compile(r"(?:^|[.;:!?…»\")])\s\d{1,3}(?:\.\d{1,3})*[.)]$")
# «… поручить т.\nМолотову …», «… в г.\nКуйбышев», «… А.\nИванову»: an abbreviation or an initial the wrap left at
# the end of a line; its stop ends no sentence.
TRAILING_ABBREVIATION_RE = re.compile(r"(?:^|\s)(?:[а-яё]{1,3}|[А-ЯЁ])\.$")


def wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped document's lines were broken at, or None when its paragraphs run on one line.

    Wrapped when most lines of any length end near one width no wider than `_WIDEST_WRAP`: the longest line of
    the document's bulk (its 90th percentile) is that width, and at least half the lines are longer than
    `_FULL_SHARE` of it.
    """
    lengths = sorted(len(line) for line in lines if len(line) >= _SHORT and "|" not in line)
    if len(lengths) < _EVIDENCE:
        return None
    width = lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]
    if width > _WIDEST_WRAP or lengths[-1] > width * 1.5:
        return None
    full = sum(1 for length in lengths if length >= width * _FULL_SHARE)
    return width if full * 2 >= len(lengths) else None


def is_full(line: str, width: int | None) -> bool:
    """Whether `line` (its last physical line) fills a wrapped document's width."""
    return width is not None and len(line) >= width * _FULL_SHARE
