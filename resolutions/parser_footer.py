"""The footer of a resolution, for the import parser: where the operative part ends (the adoption
formula, signatures, a signer's name and position) and the reading of the adoption date and the votes."""

from __future__ import annotations

import datetime
import re
from itertools import takewhile
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from resolutions.deadline_dates import find_date
from resolutions.morphology import common_noun_of_people, forms
from resolutions.parser_heading import _is_date_line, _take_date_place
from resolutions.parsing_membership import is_votes_line
from resolutions.parsing_utils import (
    parse_votes,
)

if TYPE_CHECKING:
    from resolutions.parser import ParsedResolution

# «Утверждена единогласно», «Резолюция принята единогласно», «Решение принято большинством голосов»; not a
# plan's row that opens with the infinitive or the noun («Принять участие в …», «Утверждение плана …»).
_ADOPTED_RE = re.compile(
    r"^(?:(?:резолюция|решение|рекомендации|заявление|обращение|постановление)\s+)?(?:(?:утвержд[её]н|принят|одобрен)(?!ь|и[еяюий])|единогласно)[а-яё]*\b",
    re.IGNORECASE,
)
_VOTES_RE = re.compile(r"голосовал|(?<![а-яё])[«\"]?за[»\"]?\s*[-–—:]\s*\d", re.IGNORECASE)
_SIGNATURE_RE = re.compile(
    r"^(?:председатель|секретарь(?:-координатор)?|заместитель председателя)\b.{0,60}"
    r"(?:[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+|[А-ЯЁ][а-яё]+\s[А-ЯЁ]\.\s?[А-ЯЁ]\.)$",
    re.IGNORECASE,
)


# «Глава города А.Л. Сидоров», «Мэр города Благовещенска А.М. Колядин», «И.о. мэра» over its name.
_SIGNER_RE = re.compile(
    r"^(?:глава|мэр|префект|и\.\s?о\.|исполняющий|председатель|председательствующий|губернатор|секретарь|руководитель"
    r"|начальник|директор|заведующ(?:ий|ая)|управляющий|ректор|атаман|президент)\b",
    re.IGNORECASE,
)


# «М.Х. Мальсагов |», «Сидоров А.Л.»: a line that is a person's name and initials alone (a table cell's « |» kept).
_BARE_NAME_RE = re.compile(
    r"^(?:(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s(?:[А-ЯЁ]\.\s?){1,2})\s*\|?$"
)


def _is_footer_start(line: str, following: list[str] = ()) -> bool:
    """Whether `line` opens the footer; `following` (the next lines) shows a signer's position over a bare name."""
    if _ADOPTED_RE.match(line) or _is_date_line(line) or _SIGNATURE_RE.match(line) or is_votes_line(line):
        return True
    if len(line) >= 90 or line[-1] in ".:;" or any(forms(word).infinitive for word in line.split()):
        return False
    return bool(_SIGNER_RE.match(line)) or _signs_over_name(line, following)


def _signs_over_name(line: str, following: list[str]) -> bool:
    """«Министр |» / «Первый заместитель министра |» over «М.Х. Мальсагов |»: a signer's position over the signer's
    bare name. The position is a few words, no verb and no figure, whose head (after its adjectives) is a common
    noun of people in the nominative, a post; the next non-blank line is the name alone. A plan's event over the
    name of the one who holds it («Выставка книг» / «И.И. Петрова») names no post."""
    after = next((nxt for nxt in following if nxt), "")
    if not _BARE_NAME_RE.match(after):
        return False
    words = [word.lower() for word in re.findall(r"[А-ЯЁа-яё-]+", line)]
    if not words or len(words) > 8 or re.search(r"\d", line):
        return False
    if any(forms(word).pos & {"VERB", "INFN", "PRTS", "GRND"} for word in words):
        return False
    head = next((word for word in words if forms(word).pos != {"ADJF"}), "")
    return common_noun_of_people(head, "nomn")


# «Утвержден / распоряжением Премьер-Министра / … / от 8 октября 2002 года N 154-р» after the signature: the annex's
# approval stamp names the act that approves it, the document itself, with its date and number.
_STAMP_RE = re.compile(
    r"^(?:утвержд[её]н|одобрен|принят)[аоы]?\s+(?:постановлением|распоряжением|решением|приказом|указом)\b", re.IGNORECASE
)
_STAMP_DATE_RE = re.compile(r"(?:^|\s)от\s+(.+?)\s+(?:№|N)\s?\d", re.IGNORECASE)


def _stamp_date(lines: list[str]) -> datetime.date | None:
    """The date of an annex's approval stamp in the footer («Утвержден распоряжением … от 8 октября 2002 года N
    154-р»), given with the approving act's number; None when there is none."""
    for index in range(len(lines)):
        head = re.sub(r"\s+", " ", " ".join(lines[index:index + 2]))
        if not _STAMP_RE.match(head):
            continue
        stamp = " ".join(takewhile(bool, lines[index:index + 6]))
        if (cited := _STAMP_DATE_RE.search(stamp)) and (found := find_date(cited.group(1))):
            return found[0]
    return None


def _read_footer(lines: list[str], result: ParsedResolution) -> None:
    """Adoption («Утверждена единогласно», votes), the closing date and place; the rest is unparsed."""
    adoption: list[str] = []
    in_adoption = False
    for line in lines:
        if not line:
            in_adoption = False
        elif _ADOPTED_RE.match(line) and not adoption:
            # «Утверждена единогласно на XX Страновой …»: the conference is known already.
            head, _sep, tail = line.partition(" на ")
            manner = re.search(r"единогласно|большинством голосов", tail)
            adoption.append(f"{head} {manner.group(0)}" if manner else head)
            in_adoption = True
        elif _is_date_line(line):
            _take_date_place(line, result)
            in_adoption = False
        elif _VOTES_RE.search(line):
            adoption.append(line)
        elif not in_adoption:
            result.unparsed.append(line)
    if result.date is None and (stamped := _stamp_date(lines)):
        result.date = stamped
    result.adopted = " ".join(adoption).rstrip(".")
    result.votes_for, result.votes_against, result.votes_abstained = parse_votes(result.adopted)
    result.unanimous = "единогласн" in result.adopted.lower() or (
        bool(result.votes_for) and result.votes_against == 0 and result.votes_abstained in (0, None)
    )
    if not result.adopted and result.doc_type != "plan":  # a plan is approved by its stamp, not voted
        result.warnings.append(_("Не найдена строка о порядке принятия («Утверждена единогласно» или голосование)."))
