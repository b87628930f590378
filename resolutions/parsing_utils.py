"""Helpers of the resolution parser: lines, labels, responsible parties, membership decisions, titles."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Cyrillic label letters in alphabetical order (й, ё, ъ, ы, ь are never used as labels).
LABEL_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"
# Latin look-alikes typed by mistake are ordered as the Cyrillic letters they imitate.
_LATIN_LOOKALIKES = {"a": "а", "b": "б", "c": "с", "e": "е", "k": "к", "m": "м", "o": "о", "p": "р", "x": "х", "y": "у"}
_LABEL_RE = re.compile(
    r"^(?P<label>(?P<num>\d{1,3}(?:\.\d{1,3})*)(?P<letter>[а-яёa-z])?|(?P<solo>[а-яёa-z]))"
    r"(?P<punct>[.)])?\s+(?P<rest>\S.*)$"
)
BULLET_RE = re.compile(r"^[-–—•·▪●]\s*(?P<rest>\S.*)$")
_TERMINAL = ".!?:;…"


@dataclass(frozen=True)
class Label:
    """An item label as written and its position in the numbering."""

    text: str
    numbers: tuple[int, ...]
    letter: str  # "" or the letter, Latin look-alikes mapped to Cyrillic

    @property
    def letter_index(self) -> int:
        return LABEL_LETTERS.find(self.letter) if self.letter else -1


def clean_line(line: str) -> str:
    """One line without bold markers, soft hyphens and doubled or exotic spaces."""
    line = line.replace("**", "").replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "")
    return re.sub(r"[\s\u00a0\u202f\u2007]+", " ", line).strip()


def split_lines(text: str) -> list[str]:
    """Cleaned lines of a document; Windows and old Mac line endings and page breaks become newlines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    return [clean_line(line) for line in text.split("\n")]


def parse_label(line: str) -> tuple[Label, str] | None:
    """The label at the start of `line` and the rest of the line, or None.

    A bare number needs its dot or bracket («12)», «1.»), a lone letter its bracket («а)»); a dotted
    number may go without («1.1 Текст»).
    """
    match = _LABEL_RE.match(line)
    if not match:
        return None
    letter = (match["letter"] or match["solo"] or "").lower()
    letter = _LATIN_LOOKALIKES.get(letter, letter)
    if letter and letter not in LABEL_LETTERS:
        return None
    if match["solo"]:
        if match["punct"] != ")":
            return None
        numbers: tuple[int, ...] = ()
    else:
        numbers = tuple(int(part) for part in match["num"].split("."))
        if not match["punct"] and len(numbers) == 1:
            return None
    return Label(match["label"], numbers, letter), match["rest"]


def is_letter_label(line: str) -> bool:
    return bool(re.match(r"^[а-яёa-z]\)\s", line))


def join_broken_paragraphs(lines: list[str]) -> list[str]:
    """Rejoin paragraphs split by a page break or a manual line break.

    A line that starts with a lowercase letter continues the previous non-blank line when that one does
    not end with terminal punctuation; the blank lines between them go.
    """
    result: list[str] = []
    blanks = 0
    for line in lines:
        if not line:
            blanks += 1
            continue
        previous = next((i for i in range(len(result) - 1, -1, -1) if result[i]), None)
        if (
            previous is not None
            and line[0].islower()
            and not is_letter_label(line)
            and result[previous][-1] not in _TERMINAL
        ):
            del result[previous + 1:]
            result[previous] = f"{result[previous]} {line}"
        else:
            result.extend([""] * blanks)
            result.append(line)
        blanks = 0
    return result


def render_blocks(blocks: list[tuple[str, str]]) -> str:
    """Text of ("p", paragraph) and ("b", bullet) blocks: paragraphs apart, a bullet list as "- " lines."""
    out = ""
    for kind, text in blocks:
        if kind == "b":
            out += ("\n" if out else "") + f"- {text}"
        else:
            out += ("\n\n" if out else "") + text
    return out


# Dative forms of the people and bodies that resolutions charge with something.
_ROLE = (
    r"(?:председател[а-я]*|заместител[а-я]*|секретар[а-я]*(?:-[а-я]+)?|секретариат[а-я]*|руководител[а-я]*"
    r"|координатор[а-я]*|член[а-я]*|совет[а-я]*|правлени[а-я]*|президиум[а-я]*|комитет[а-я]*|комисси[а-я]*"
    r"|бюро|всем|администраци[а-я]*)"
)
_ROLE_RE = re.compile(rf"{_ROLE}$", re.IGNORECASE)
_INITIALS_RE = re.compile(r"^(?:[А-ЯЁ]\.){1,2}(?:[А-ЯЁ][а-яё]+)?,?$")
_PREPOSITIONS = {
    "в", "во", "на", "к", "ко", "до", "за", "с", "со", "по", "для", "после", "при", "о", "об", "от", "из",
    "не", "через", "как", "что", "чтобы", "а", "но", "также",
}
# Words that start the object of a recommendation: «Рекомендовать всем руководителям … все материалы …».
_OBJECT_WORDS = {"все", "всё", "всю", "весь", "свои", "свою", "своё", "свое", "эти", "эту", "этот", "данные", "данную"}
_STOP_WORDS = re.compile(r"^(?:сроки?|ответственн[а-я]*|исполнител[а-я]*)[:.,]?$", re.IGNORECASE)
_NOUN_LIKE_INFINITIVES = {"путь", "суть", "память", "печать", "мать", "опять", "пять", "девять", "десять", "сеть", "треть"}


def is_infinitive(word: str) -> bool:
    word = word.lower().strip(",.;:«»()")
    if word in _NOUN_LIKE_INFINITIVES or len(word) < 4:
        return False
    return bool(re.search(r"(?:[аеиоуыя]ть|ться|тись|чь)$|(?:вести|нести|йти|расти)$", word))


def _starts_person(word: str) -> bool:
    """A token that can open the next person or body of a list: a role, a capitalised name, initials."""
    word = word.strip("«»()")
    return bool(word) and (bool(_ROLE_RE.match(word)) or word[0].isupper() or bool(_INITIALS_RE.match(word)))


def _ends_sentence(word: str) -> bool:
    return word.endswith(".") and not _INITIALS_RE.match(word) and word.lower() not in {"г.", "гг.", "им."}


def collect_parties(words: list[str], *, lowercase: bool = True) -> list[str]:
    """Walk a dative phrase of people and bodies from its first word; split it into parties.

    Stops at a preposition, an infinitive, «Срок:», an object word, or a sentence end; «и» and
    commas split parties when the next word opens a new one. Without `lowercase`, only roles,
    names and abbreviations belong to a party (for lists found after a verb).
    """
    parties: list[list[str]] = [[]]
    for index, word in enumerate(words):
        bare = word.strip(",;")
        low = bare.lower()
        if parties[-1] and (
            low in _PREPOSITIONS or low in _OBJECT_WORDS or is_infinitive(bare) or _STOP_WORDS.match(bare)
        ):
            break
        if low == "и" and parties[-1]:
            following = words[index + 1] if index + 1 < len(words) else ""
            if not _starts_person(following) or is_infinitive(following):
                break
            parties.append([])
            continue
        if not lowercase and parties[-1] and not _starts_person(bare) and not _ROLE_RE.match(bare):
            break
        parties[-1].append(bare)
        if _ends_sentence(bare):
            break
        if word.endswith((",", ";")):
            following = words[index + 1] if index + 1 < len(words) else ""
            if not _starts_person(following) or is_infinitive(following):
                break
            parties.append([])
    return [strip_party(" ".join(party)) for party in parties if party]


def strip_party(text: str) -> str:
    """A party as written, without a trailing comma or a sentence's dot (the dot of initials stays)."""
    text = text.strip(" ,;")
    if text.endswith(".") and not re.search(r"(?:^|[\s.])[А-ЯЁ]\.$", text):
        text = text[:-1]
    return text


def split_party_list(value: str) -> list[str]:
    """«Темирова Л.Г., Ким В.М. и Секретариат КСОРС РТ» → three parties, each as written."""
    parts = re.split(r"\s*;\s*|,\s+(?=\S)|\s+и\s+(?=\S)", value)
    parties: list[str] = []
    for part in parts:
        if parties and not _starts_person(part.split()[0] if part.split() else ""):
            separator = " и " if f"{parties[-1]} и {part}" in value else ", "
            parties[-1] = f"{parties[-1]}{separator}{part}"
        elif part.strip():
            parties.append(part.strip())
    return [strip_party(party) for party in parties if strip_party(party)]


_EXPLICIT_RE = re.compile(
    r"(?:ответственн(?:ый|ые|ая|ое|ой)|исполнител(?:ь|и))(?:\s+за\s+[^:]{1,80})?\s*[:–—]\s*", re.IGNORECASE
)


def explicit_responsible(text: str) -> tuple[list[str], int, int] | None:
    """«Ответственный за подготовку: Секретариат КСОРС РТ.» → parties and the span of the statement."""
    match = _EXPLICIT_RE.search(text)
    if not match:
        return None
    value = re.match(
        r"(?:(?:[А-ЯЁ]\.\s?)|(?<![а-яё])гг?\.|\d+\.\d+|[^.;\n])+\.?", text[match.end():]
    )
    if not value:
        return None
    chunk = re.split(r"\s+(?=Сроки?\b)", value.group(0))[0]
    parties = split_party_list(strip_party(chunk))
    return (parties, match.start(), match.end() + len(chunk)) if parties else None


def dative_responsible(text: str) -> list[str]:
    """Parties named in the dative by «Поручить …», «Рекомендовать …» or after a directive verb."""
    words = text.split()
    lows = [w.lower().strip(",.;:") for w in words]
    for index, low in enumerate(lows):
        if low == "поручить":
            rest = words[index + 1:]
            if rest and not is_infinitive(rest[0]):
                return collect_parties(rest)
            # «Поручить решить вопросы … председателю … и секретарю …»: the parties come last.
            for offset, word in enumerate(rest):
                if _ROLE_RE.match(word.strip(",.")) and word.lower() != "всем":
                    return collect_parties(rest[offset:])
            return []
        if low == "рекомендовать":
            rest = words[index + 1:]
            if rest and rest[0].lower() == "всем" or rest and re.search(r"(?:ам|ям)$", rest[0].strip(",")):
                return collect_parties(rest)
            if rest and _ROLE_RE.match(rest[0].strip(",")):
                return collect_parties(rest)
            return []
    for index, word in enumerate(words[:-1]):
        following = words[index + 1].strip(",.")
        if is_infinitive(word) and _ROLE_RE.match(following) and following.lower() != "всем":
            return collect_parties(words[index + 1:], lowercase=False)
    return []


_ORG_TYPE = (
    r"(?:ОО|РОО|МОО|ООО|НКО|(?:[Оо]бщественн[а-я]+\s+)?(?:объединени|организаци|обществ|движени|ассоциаци|"
    r"центр|клуб|союз|фонд)[а-я]*)"
)
_ACTIONS = (
    ("exclude", r"исключить"),
    ("suspend", r"приостановить(?:\s+(?:членство|участие))?"),
    ("reinstate", r"восстановить(?:\s+(?:членство|участие|в\s+(?:составе|членстве|правах)))?"),
)


def _balanced_quote_end(text: str, start: int) -> int:
    """Index after the «…» that opens at `start`, nested quotes included."""
    depth = 0
    for index in range(start, len(text)):
        if text[index] == "«":
            depth += 1
        elif text[index] == "»":
            depth -= 1
            if depth == 0:
                return index + 1
    return len(text)


def membership_decision(text: str) -> dict[str, str] | None:
    """An exclusion, suspension or reinstatement of a member organization, its parts as written."""
    action = next(
        ((name, m) for name, pattern in _ACTIONS if (m := re.search(rf"\b{pattern}\b", text, re.IGNORECASE))), None
    )
    if action is None or "«" not in text:
        return None
    name, verb = action
    org_match = re.search(rf"(?<![А-Яа-яЁё]){_ORG_TYPE}[^«.;]{{0,60}}«", text)
    if org_match:
        org_start = org_match.start()
        org_end = _balanced_quote_end(text, org_match.end() - 1)
    else:
        org_start = text.index("«")
        org_end = _balanced_quote_end(text, org_start)
    leader = re.search(r"\b(?:руководител[ья]|председател[ья])\s*[–—-]?\s*([^,;()]+?)(?=\s*[,;()]|\s+в связи|$)", text)
    reason = ""
    reason_match = re.search(r"\b(?:в связи с|по причине)\b", text)
    if reason_match:
        depth, end = 0, len(text)
        for index in range(reason_match.start(), len(text)):
            char = text[index]
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth == 0 and (char == "," and index > verb.start() - 3 or char in ".;" and index > verb.end()):
                end = index
                break
            if depth == 0 and char == "," and re.match(rf",\s*{_ACTIONS[[a for a, _ in _ACTIONS].index(name)][1]}",
                                                        text[index:], re.IGNORECASE):
                end = index
                break
        reason = text[reason_match.start():end].strip(" ,.")
    until = re.search(r"(?:^|\s)((?:на срок\s+)?до\s+[^.;]+)", text[verb.end():])
    return {
        "action": name,
        "organization": text[org_start:org_end].strip(),
        "leader": leader.group(1).strip() if leader else "",
        "until_text": until.group(1).strip(" ,") if until else "",
        "reason": reason,
    }
