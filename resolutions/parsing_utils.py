"""Helpers of the resolution parser: lines, labels, responsible parties, membership decisions, titles."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from core.text import from_roman
from resolutions.morphology import forms
from resolutions.parser_wraps import TRAILING_ABBREVIATION_RE, TRAILING_LABEL_RE, is_full, wrap_width

# Cyrillic label letters in alphabetical order (й, ё, ъ, ы, ь are never used as labels).
LABEL_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"
# Latin look-alikes typed by mistake are ordered as the Cyrillic letters they imitate.
_LATIN_LOOKALIKES = {"a": "а", "b": "б", "c": "с", "e": "е", "k": "к", "m": "м", "o": "о", "p": "р", "x": "х", "y": "у"}
# «1.Информацию …», «3.1.обеспечить …»: after its dot or bracket a label may run into the text, as long as
# a letter or a quote follows (so «12.05.2026 г.» stays a date). «1/ принять …», «а/ обязать …»: an old hand's
# slash for the stop, a space after it (so «1/2 ставки» stays a fraction, «в/ч» a word).
_LABEL_RE = re.compile(
    r"^(?P<label>(?P<num>\d{1,3}(?:\.\d{1,3})*)(?P<letter>[а-яёa-z])?|(?P<solo>[а-яёa-zА-Я]))"
    r"(?:(?P<punct>[.)]|(?<=[\dа-яё])/)?\s+|(?P<glued>[.)])(?=[А-ЯЁа-яёA-Za-z«\"]))(?P<rest>\S.*)$"
)
# Letters a scan reads for a digit: the Cyrillic «І» of old typefaces' «1».
_DIGIT_LOOKALIKES = {"І": "1"}
# «п. 1: О поездке …»: a protocol's point headed by «п.» and its number, a colon after it.
_POINT_RE = re.compile(r"^(?P<label>п\.\s?(?P<num>\d{1,2})):\s+(?P<rest>\S.*)$")
# «Ст.1. – Утвердить …», «Статья 2. Признать …»: a law's article headed by its word (or its abbreviation) and
# number, a stop after the number, a dash or the capital of its text after that.
_ARTICLE_RE = re.compile(r"^(?P<label>(?:Ст\.\s?|Статья\s)(?P<num>\d{1,3}))\.(?:\s?[-–—])?\s+(?P<rest>[А-ЯЁ«\"].*)$")
# The words that open the operative part: «ПОСТАНОВИЛИ:», «… исполком решает:».
OPERATIVE_KEYWORDS = (
    r"постановили|постановил|постановила|постановило|постановляет|постановляют|решили|решил|решила|решило|решает|"
    r"приняты\s+решения|принято\s+решение|приняли\s+решение"
)
# «…постановляет: 1. Создать … 2. Утвердить …», «… приказываю: 1. Руководителям …: 1.1. Перенести …»:
# numbered items and sub-items written inside one paragraph. After a lower-case word with no stop
# («… на 1958 год 2. Обязать …», punctuation lost in a scan) the label is `bare`.
# «… программой.2. Предложить …», «… (Иванов А.М.)4. Контроль …»: a label glued to the stop or bracket that
# ends the item before it (words glued at a page's line ends); cut only where the outline expects it.
# «(1941-1945) 1. Обязать …»: after a bracket that closes a remark, too; «… лагеря. <…> 3. В лагеря …»: after
# the editors' mark of items left out. «… организовать: 3.1.проведение …»: a sub-item may open lower-case.
_INLINE_LABEL_RE = re.compile(
    r"(?:(?:(?<=[.;:!…»\")>\]])|(?P<bare>(?<=[а-яёА-ЯЁ])))\s+|(?P<glued>(?<=[а-яёА-ЯЁ»\"]\.)|(?<=[а-яёА-ЯЁ.]\))))"
    r"(?=(?P<label>\d{1,2}(?:\.\d{1,2}){0,2})\.\s?(?P<word>[А-ЯЁа-яё«\"][а-яё]*))"
)
# «<…> 3. …», «[...] 3. …», «‹…› 1. …»: an omission mark of an excerpt's editors; the items it stands for are missing.
_OMISSION_MARK = r"(?:<\s?(?:…|\.\.\.)\s?>|‹\s?(?:…|\.\.\.)\s?›|\[\s?(?:…|\.\.\.)\s?\])"
_OMISSION_BEFORE = re.compile(rf"{_OMISSION_MARK}\s*$")
# «‹…› 1. Предупредить …», «365 2. Обязать …»: an editors' omission mark or a book's page number before the label
# that opens a paragraph.
_LEADING_MARK_RE = re.compile(
    rf"^(?:(?P<omission>{_OMISSION_MARK})|(?P<page>\d{{1,4}}))\s+(?=\d{{1,2}}\.\s?(?P<word>[А-ЯЁ][а-яё]+))"
)
# «… по программе. 1) Отчет правления. … 2) Выборы …»: numbers with a bracket after a stop, in turn from «1)».
_INLINE_BRACKET_RE = re.compile(r"(?<=[.;:])\s+(?=(?P<bracketed>\d{1,2})\)\s?[А-ЯЁ«\"])")
# «… обязать отдел культуры: а) Улучшить … б) Установить …», «…: А) перенести …»: lettered sub-items in the
# paragraph, the first after its lead-in's colon, each next one in turn after a stop.
_INLINE_LETTER_RE = re.compile(r"(?<=[.;:])\s+(?=(?P<letter>[а-яА-Я])\)\s?[А-ЯЁа-яё«\"])")
# «… постановили: 1/ принять к сведению … 2/ Утвердить …»: numbers with a slash for their stop, in turn from
# «1/» after the colon, each next one after a stop.
_LETTER_WORD_RE = re.compile(r"\w\)\s?([а-яё]+)")
# «… постановляет: I/ По жилищному хозяйству: а/ обязать … б/ …»: Roman sections and letters with a slash.
_INLINE_SLASH_RE = re.compile(
    r"(?<=[.;:])\s+(?=(?:(?P<slashed>\d{1,2})|(?P<roman>[IVX]{1,4})|(?P<slash_letter>[а-я]))/\s[А-ЯЁа-яё«\"])"
)
# «Собрание постановляет: 6. Приступить …»: an excerpt's items may start at any number after the keyword.
_OPERATIVE_BEFORE = re.compile(rf"(?<!\S)(?:{OPERATIVE_KEYWORDS})\s*:$", re.I)
_LOOK_BEHIND = 40  # characters: longer than «подпунктами», «приняли решение:»
BULLET_RE = re.compile(r"^[-–—•·▪●]\s*(?P<rest>\S.*)$")
_TERMINAL = ".!?:;…"


@dataclass(frozen=True)
class Label:
    """An item label as written and its position in the numbering."""

    text: str
    numbers: tuple[int, ...]
    letter: str  # "" or the letter, Latin look-alikes mapped to Cyrillic
    bracket: bool = False  # «1)» rather than «1.»

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

    A bare number needs its dot or bracket («12)», «1.»), a lone letter its bracket («а)», «А)»); a dotted
    number may go without («1.1 Текст»). «І.» is a scan's «1.» (Russian has no «І»), kept as written;
    «п. 2: О декрете …», a point of a protocol headed with its abbreviation, is the label «п. 2»; «Ст.1. – …»,
    a law's article, is the label «Ст.1», without its stop and dash, as «п. 2» goes without its colon.
    """
    if line[:1] in _DIGIT_LOOKALIKES and line[1:2] in ".)":
        parsed = parse_label(_DIGIT_LOOKALIKES[line[0]] + line[1:])
        return (replace(parsed[0], text=line[0]), parsed[1]) if parsed else None
    if point := _POINT_RE.match(line) or _ARTICLE_RE.match(line):
        return Label(point["label"], (int(point["num"]),), ""), point["rest"]
    match = _LABEL_RE.match(line)
    if not match:
        return None
    punct = match["punct"] or match["glued"]
    letter = (match["letter"] or match["solo"] or "").lower()
    letter = _LATIN_LOOKALIKES.get(letter, letter)
    if letter and letter not in LABEL_LETTERS:
        return None
    if match["solo"]:
        if punct not in (")", "/"):
            return None
        numbers: tuple[int, ...] = ()
    else:
        numbers = tuple(int(part) for part in match["num"].split("."))
        if not punct and len(numbers) == 1:
            return None
    # «1/» keeps its slash as written; «а/» is the letter, as «а)» is.
    text = f"{match['label']}/" if punct == "/" and not match["solo"] else match["label"]
    return Label(text, numbers, letter, punct == ")"), match["rest"]


# «а. Рождество 7 января», «б.Спортивные мероприятия»: a lower-case letter with a full stop, read as a
# sub-item only where it continues the letters in turn (see `parse_letter_stop_label`).
_LETTER_STOP_RE = re.compile(r"^(?P<letter>[а-яё])\.\s?(?P<rest>[А-ЯЁа-яё«\"].*)$")


def parse_letter_stop_label(line: str) -> tuple[Label, str] | None:
    """«а. Рождество 7 января» → (Label("а", (), "а"), "Рождество 7 января"), or None.

    «г. Москва», «с. Объячево», «д. 5» open lines too, so the caller accepts such a label only as the next
    letter of a run that starts with «а.».
    """
    match = _LETTER_STOP_RE.match(line)
    if not match or match["letter"] not in LABEL_LETTERS:
        return None
    return Label(match["letter"], (), match["letter"]), match["rest"]


# «I. Провести съезд …», «II. Заслушать …»: a Roman section number opening a line, a capital after its
# stop. «I квартал», «Глава II» and «XII Региональной конференции» have no stop right after the numeral.
# «I/ По жилищному хозяйству:»: an old hand's slash for the stop, kept in the label as «1/» keeps it.
_ROMAN_LABEL_RE = re.compile(r"^(?P<roman>[IVX]{1,6})(?P<stop>[./])\s+(?P<rest>[А-ЯЁ«\"].*)$")


def parse_roman_label(line: str) -> tuple[int, str, str] | None:
    """«II. Вынести на рассмотрение …» → (2, "II", "Вынести на рассмотрение …"), or None. Only a numeral
    written the canonical way counts (`from_roman`), so «IIII.» or «VX.» is no label."""
    match = _ROMAN_LABEL_RE.match(line)
    if not match:
        return None
    try:
        number = from_roman(match["roman"])
    except ValueError:
        return None
    return number, match["roman"] + ("/" if match["stop"] == "/" else ""), match["rest"]


# «Повестка дня: 1. …», «Присутствовали: 1. …»: a list that is not the decisions.
_NOT_DECISIONS_HEAD = re.compile(
    r"(?:повестк[аеи](?:\s+дня)?|присутствовали|приглаш[её]н(?:н)?ые|приглашены|отсутствовали|слушали|выступили"
    r"|докладчики?)\s*:$",
    re.I,
)


# «п. 2. Устава», «в пп. 1.1. Положения», «ст. 3. Закона»: a number after these is referred to.
_REFERENCE_BEFORE = re.compile(
    r"(?:(?<![\w.])(?:пп?|ст|гл|ч|разд|подп)\.|\b(?:пункт|стать|глав|раздел|подпункт)[а-я]*|№)$", re.I
)


def next_labels(numbers: tuple[int, ...]) -> set[tuple[int, ...]]:
    """The labels that may follow `numbers` in an outline: its first sub-item, its next sibling, or the
    next sibling of one of its parents (after «1.2»: «1.2.1», «1.3», «2»)."""
    following = {(*numbers, 1)}
    following.update((*numbers[:depth], numbers[depth] + 1) for depth in range(len(numbers)))
    return following


_PAGE_LOOK_AHEAD = 2000  # characters: the next item of a page's run is looked for this far


def _first_item_of_a_cut_page(line: str, match: re.Match, number: int) -> bool:
    """«юбилейных дат. 2. Конгресс поручает … 3. Конгресс рекомендует …»: a page (an OCR-read one, a paragraph)
    that starts inside a sentence, in lower case, holds the end of an item whose label was on the page before;
    its first label after a stop opens the run whatever its number, when the next number follows it in turn."""
    if number < 2 or not line[:1].islower() or line[match.start() - 1] != "." or not match["word"][:1].isupper():
        return False
    following = re.compile(rf"[.!?…]\s+{number + 1}\.\s?[А-ЯЁ«\"]")
    return following.search(line, match.end(), match.end() + _PAGE_LOOK_AHEAD) is not None


# «… дат. В области экологии: 1. …»: a short heading after a sentence's stop (not an item's label «3.»), ending with a
# colon.
_HEADING_BEFORE = re.compile(r"(?<=[а-яё»)])[.!?…]\s+([А-ЯЁ][^.!?…;:]{2,120}):\s*$")


def section_heading_before(line: str, start: int) -> bool:
    """A heading with a colon («В области культуры:», «По вопросам образования:») between items: a section of the
    document whose numbering starts afresh at «1.». A clause with a verb before its colon («… решили:», «Комиссия
    предлагает:») is a lead-in, not such a heading."""
    found = _HEADING_BEFORE.search(line, max(0, start - 130), start)
    if found is None:
        return False
    return not any(forms(word).pos & {"VERB", "INFN", "PRTS", "GRND"} for word in found.group(1).split())


def split_inline_items(line: str) -> list[str]:
    """A paragraph holding a run of numbered items («… постановляет: 1. Создать … 2. Утвердить …», or
    «… приказываю: 1. Руководителям …: 1.1. Перенести …»), one a line.

    Only a run that follows the outline counts, starting at 1 or right after the line's own label, so a
    stray «п. 2. Устава» inside a sentence is left alone. A lone «1.» counts when a colon announces it
    («Ход заседания: 1. Открытие заседания. …»): a list of one item, the rest of it cut from the page.
    A second «… решает: 1. …» in the paragraph (a protocol's next decision) starts the run afresh; lettered
    sub-items «а)», «б)» are cut under a numbered item whose lead-in ends with a colon, in turn. Numbers with a
    bracket «1)», «2)» after a stop make a run of their own, and so do sections «I/» after the operative colon with
    their letters «а/», «б/».
    """
    patterns = (_INLINE_LABEL_RE, _INLINE_LETTER_RE, _INLINE_SLASH_RE, _INLINE_BRACKET_RE)
    if len(line) < 8 or not any(pattern.search(line) for pattern in patterns):
        return [line]
    own = parse_label(line)
    expected = next_labels(own[0].numbers) if own and own[0].numbers and not own[0].letter else None
    letters = -1 if own and own[0].numbers else None  # the last letter cut under the current item, if any may follow
    slashed = own[0].numbers[0] if own and own[0].text.endswith("/") else 0  # the last «n/» label, 0 before «1/»
    romans = slash_letters = 0  # the last «I/» section, the last «а/» letter under it (1 for «а»)
    # The last «n)» cut, 0 before «1)»; None where the line's own label is dotted, whose «1)» are its sub-items.
    bracketed = (own[0].numbers[0] if own[0].bracket else None) if own and own[0].numbers else 0
    cuts: list[int] = []
    announced = nouns_run = False
    matches = sorted((match for pattern in patterns for match in pattern.finditer(line)), key=lambda m: m.start())
    for match in matches:
        window = max(0, match.start() - _LOOK_BEHIND)
        if "letter" in match.re.groupindex:
            index = LABEL_LETTERS.find(match["letter"].lower())
            opening = index == 0 and line[match.start() - 1] == ":"
            word = _LETTER_WORD_RE.match(line, match.end())
            if own is None and not cuts and line[match.start() - 1] == ";" and word and forms(word[1]).infinitive:
                letters = index - 1  # «…; г) организовать …»: a page that starts inside a run of sub-items
            # «а) … в) …»: one letter left out (an excerpt's omission), as one number may be in running text.
            if letters is not None and (index == letters + 1 and (opening or letters >= 0) or letters >= 0 and index == letters + 2):
                cuts.append(match.end())
                letters = index
            continue
        if "bracketed" in match.re.groupindex:
            number = int(match["bracketed"])
            if bracketed is not None and number == bracketed + 1 and (bracketed or not cuts):
                cuts.append(match.end())
                bracketed = number
            continue
        if "roman" in match.re.groupindex and (match["roman"] or match["slash_letter"]):
            # «I/» after the operative colon, each next one after a stop; «а/» after a section's colon, in turn.
            if match["roman"]:
                try:
                    number = from_roman(match["roman"])
                except ValueError:
                    continue
                if number == romans + 1 and (romans or line[match.start() - 1] == ":"):
                    cuts.append(match.end())
                    romans, slash_letters = number, 0
            else:
                index = LABEL_LETTERS.find(match["slash_letter"]) + 1
                if romans and index == slash_letters + 1 and (index > 1 or line[match.start() - 1] == ":"):
                    cuts.append(match.end())
                    slash_letters = index
            continue
        if "slashed" in match.re.groupindex:
            number = int(match["slashed"])
            if number == slashed + 1 and (slashed or line[match.start() - 1] == ":"):
                announced = announced or not cuts
                cuts.append(match.end())
                slashed = number
            continue
        numbers = tuple(int(part) for part in match["label"].split("."))
        # «… ВАНИЯ 2. Обязать …» after a heading in capitals, «…; г) организовать … 5. Обязать …» after the
        # sub-items a page started with: an excerpt's first item, whatever its number.
        excerpt = own is None and expected is None and len(numbers) == 1 and (
            _opens_with_verb(match["word"]) and (cuts or is_mostly_upper(line[window:match.start()]))
            or not cuts and _first_item_of_a_cut_page(line, match, numbers[0])
        )
        restart = numbers == (1,) and cuts and (
            _OPERATIVE_BEFORE.search(line, window, match.start()) or section_heading_before(line, match.start())
        )
        if restart:
            expected = None  # «… Исполком решает: 1. …» after items: the next decision's own numbering
        if match["glued"] is not None and not (expected is not None and numbers in expected):
            continue
        if match["word"][:1].islower() and not (
            len(numbers) > 1 and expected is not None and numbers in expected and line[match.start() - 1] in ":;"
        ):
            continue  # «… организовать: 3.1.проведение …» only: a dotted sub-item the outline expects after «:», «;»
        # «1. … <…> 3. …»: the editors left items out; a later number at the same depth goes on.
        skipped = expected is not None and numbers not in expected and any(
            len(e) == len(numbers) and e[:-1] == numbers[:-1] and e[-1] < numbers[-1] for e in expected
        )
        if skipped and _OMISSION_BEFORE.search(line, window, match.start()):
            expected = {*expected, numbers}
        # «… Страна: СССР, Карелия 1. Для оказания …»: a first «1.» after a capitalised name ending a record's line
        # (a place, not a word of a sentence); kept only if the run goes on (two cuts at least, below).
        named = own is None and not cuts and numbers == (1,) and line[window:match.start()].rsplit(" ", 1)[-1].istitle()
        # «1. Организация фестиваля … 2. Издание афиши … театра 3. Выпуск медали …»: a plan's run of items named by
        # nouns goes on at a noun as a run of orders does at a verb.
        if match["bare"] is not None and not excerpt and not named and not (
            expected is not None and numbers in expected
            and (_opens_with_verb(match["word"]) or nouns_run and _opens_with_noun(match["word"]))
        ):
            continue  # «… в доме 2. Работы …» is not cut; «… на 1958 год 2. Обязать …» inside a run is
        # The words looked for end right before the label: a window of the line keeps a long paragraph linear.
        if _REFERENCE_BEFORE.search(line, window, match.start()):
            continue  # «в п. 1.1. Положения»: a reference to a point, not a label
        first = expected is None and (
            numbers == (1,) or len(numbers) == 1 and _OPERATIVE_BEFORE.search(line, window, match.start()) or excerpt
        )
        if first or expected is not None and numbers in expected:
            if not cuts:
                before = line[: match.start()]
                announced = before.endswith(":") and not _NOT_DECISIONS_HEAD.search(before)
            if not cuts:
                nouns_run = _opens_with_noun(match["word"])
            cuts.append(match.end())
            expected = next_labels(numbers)
            letters = -1
    if not cuts or (own is None and len(cuts) < 2 and not announced):
        return [line]
    pieces = [line[start:end].strip() for start, end in zip([0, *cuts], [*cuts, len(line)], strict=True)]
    return [piece for piece in pieces if piece]


def split_leading_mark(line: str) -> list[str]:
    """«‹…› 1. Предупредить …», «365 2. Обязать …»: a paragraph whose label comes right after an editors' mark of
    text left out, or after the page's number of a book (then the item opens with a verb), starts an item all
    the same; the mark is a line of its own. «3 Провести …», a number not followed by a label, is no mark."""
    match = _LEADING_MARK_RE.match(line)
    if match is None or match["page"] and not _opens_with_verb(match["word"]):
        return [line]
    return [line[: match.end()].strip(), line[match.end():]]


# «… Слушали: 2. Доклад … Постановили: 2. Утвердить …»: a protocol's questions and decisions run together in
# one paragraph of a scan; «Слушали:», «Постановили:» after the end of a sentence (a dash may follow it) open
# a line each (not after a label: «2. Слушали:» is one line).
_PROTOCOL_MARK_RE = re.compile(
    r"(?<=[^\s\d][.;!?…»)])\s+(?:[-–—]\s+)?(?=(?:слушали|постановили|решили|выступили)\s*:)", re.IGNORECASE
)


def split_protocol_marks(line: str) -> list[str]:
    """A paragraph holding a protocol's «Слушали: … Постановили: …» blocks, one block a line."""
    cuts = [(match.start(), match.end()) for match in _PROTOCOL_MARK_RE.finditer(line)]
    if not cuts:
        return [line]
    ends = [start for start, _end in cuts] + [len(line)]
    starts = [0] + [end for _start, end in cuts]
    return [line[start:end] for start, end in zip(starts, ends, strict=True)]


# «… в редакции постановления от 23.11.2012 № 1478.2. Признать …»: the next item's label glued to the
# dot that ends a cited act's number.
_GLUED_TO_NUMBER_RE = re.compile(r"(?:№|\bN)\s?\d[\w/-]*\.(?P<label>\d{1,2})\.\s?(?=[А-ЯЁ«\"])")


def split_glued_labels(lines: list[str]) -> list[str]:
    """Cut a line where the next top-level item's label is glued to a cited number («… № 1478.2. Признать
    утратившими силу: …», an editor's note run into the item after it).

    Only the number that follows the last top-level label counts, so «приказ № 45.3. Провести» after item
    «1.» is left whole; one pass, so this stays linear.
    """
    out: list[str] = []
    top: int | None = None
    for line in lines:
        parsed = parse_label(line)
        if parsed and len(parsed[0].numbers) == 1 and not parsed[0].letter:
            top = parsed[0].numbers[0]
        glued = _GLUED_TO_NUMBER_RE.search(line) if top is not None else None
        if glued and int(glued["label"]) == top + 1 and _opens_with_verb(line[glued.end():].split(" ", 1)[0]):
            out.extend([line[: glued.start("label")], line[glued.start("label"):]])
            top += 1
        else:
            out.append(line)
    return out


def _opens_with_noun(word: str) -> bool:
    """«Издание», «Выпуск»: a plan's item's first word when it is a common noun in the nominative."""
    found = forms(word.lower())
    return word[:1].isupper() and "NOUN" in found.pos and found.can_be("nomn") and not found.infinitive


def _opens_with_verb(word: str) -> bool:
    """«Обязать», «Провести»: an item's first word when it is an infinitive."""
    return word[:1].isupper() and forms(word.lower()).infinitive


def is_letter_label(line: str) -> bool:
    return bool(re.match(r"^[а-яёa-z]\)\s", line))


# «3.» or «2.1.» alone on its line: a label whose text the page moved to the next line.
_LONE_LABEL_RE = re.compile(r"\s*\d{1,3}(?:\.\d{1,3})*[.)]\s*")


def join_broken_paragraphs(lines: list[str]) -> list[str]:
    """Rejoin paragraphs split by a page break or a manual line break.

    A line that starts with a lowercase letter continues the previous non-blank line when that one does
    not end with terminal punctuation; the blank lines between them go. A label standing alone on its line
    («3.», «2.1.») is the label of the text on the next line, which opens with a capital. In a hard-wrapped
    document (`parser_wraps`) a line that opens otherwise continues a full line before it, too.
    """
    width = wrap_width(lines)
    result: list[str] = []
    blanks = 0
    last = ""  # the last line as it was read (not joined)
    for line in lines:
        if not line:
            blanks += 1
            continue
        previous = next((i for i in range(len(result) - 1, -1, -1) if result[i]), None)
        if previous is not None and (
            _continues(result[previous], line, blanks) or (not blanks and _wrapped(last, line, width))
        ):
            del result[previous + 1:]
            result[previous] = f"{result[previous]} {line}"
        else:
            result.extend([""] * blanks)
            result.append(line)
        blanks = 0
        last = line
    return result


def _continues(previous: str, line: str, blanks: int) -> bool:
    """Whether `line` goes on with the paragraph `previous` (see `join_broken_paragraphs`)."""
    if line[0].isupper():
        return bool(_LONE_LABEL_RE.fullmatch(previous))
    return (
        line[0].islower()
        and not is_letter_label(line)
        # «г. Душанбе» under a heading starts a line of its own.
        and not re.match(r"[а-яё]{1,3}\.", line)
        and previous[-1] not in _TERMINAL
        and not (blanks and is_mostly_upper(previous))
    )


def _wrapped(previous: str, line: str, width: int | None) -> bool:
    """Whether `line`, opening with a capital, a digit or a quote, goes on with the full line before it in a
    hard-wrapped document (see `parser_wraps`); so does an abbreviation of two or three lower-case letters («чел.;»,
    «гр. Петрову»), which `_continues` leaves alone lest «г. Душанбе» under a heading join it."""
    if not is_full(previous, width) or is_mostly_upper(previous):
        return False
    if line[0].islower() and not re.match(r"[а-яё]{2,3}\.", line):  # «е. Круглый стол» may be a letter's label
        return False
    if previous[-1] in _TERMINAL and not (TRAILING_LABEL_RE.search(previous) or TRAILING_ABBREVIATION_RE.search(previous)):
        return False
    return not (parse_label(line) or BULLET_RE.match(line) or "|" in line or "|" in previous)


def render_blocks(blocks: list[tuple[str, str]]) -> str:
    """Text of ("p", paragraph) and ("b", bullet) blocks: paragraphs apart, a bullet list as "- " lines."""
    parts: list[str] = []
    for kind, text in blocks:
        if parts:
            parts.append("\n" if kind == "b" else "\n\n")
        parts.append(f"- {text}" if kind == "b" else text)
    return "".join(parts)


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
    """A lowercase verb in the infinitive: «подготовить», «провести», «решать»."""
    word = word.strip(",.;:«»()")
    if not word or not word[0].islower() or word in _NOUN_LIKE_INFINITIVES or len(word) < 4:
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
    # «Поручить исполкому — рассмотреть …»: a dash between the party and its verb is not the party's.
    text = re.sub(r"\s+[-–—]+$", "", text.strip(" ,;:")).strip(" ,;:")
    if text.endswith(".") and not re.search(r"(?:^|[\s.])[А-ЯЁ]\.$", text):
        text = text[:-1]
    return text


_EXPLICIT_RE = re.compile(
    r"(?:(?:ответственн(?:ый|ые|ая|ое|ой)|исполнител(?:ь|и))(?:\s+за\s+[^:]{1,80})?\s*[:–—]|(?<![а-яё])отв\.\s*[:–—-]?)\s*",
    re.IGNORECASE,
)


def explicit_responsible(text: str) -> tuple[list[str], int, int] | None:
    """«Ответственный за подготовку: Секретариат КСОРС РТ.» → parties and the span of the statement."""
    match = _EXPLICIT_RE.search(text)
    if not match:
        return None
    value = re.match(
        r"(?:(?<![А-ЯЁа-яё])[А-ЯЁ]\.\s?|(?<![а-яё])гг?\.|\d+\.\d+|[^.;\n])+\.?", text[match.end():]
    )
    if not value:
        return None
    # «(ответственный – Иванов И.И.)», «ответственные – отдел культуры, срок – до 1 мая»: the statement
    # ends with its bracket or where the deadline's begins.
    chunk = re.split(r",?\s+(?=[Сс]роки?\b)", value.group(0))[0]
    if text[:match.start()].count("(") > text[:match.start()].count(")") and ")" in chunk:
        chunk = chunk[: chunk.index(")")]
    # The nominative grammar of a plan's cell; imported here, as resolutions.parties imports this module.
    from resolutions.parties import table_parties

    parties = table_parties(strip_party(chunk))
    return (parties, match.start(), match.end() + len(chunk)) if parties else None


_MAX_PARTY_WORDS = 80  # a party list longer than this is not a party list


def _is_dative_role(word: str) -> bool:
    """«председателю», «секретарю», «комиссиям»; not «администрацию» (an accusative with a dative-like
    ending: «Заказчиком программы определить администрацию района»)."""
    word = word.strip(",.")
    if not (_ROLE_RE.match(word) and word.lower() != "всем" and re.search(r"(?:ю|у|ам|ям|ии)$", word)):
        return False
    found = forms(word)
    return not found.cases or found.can_be("datv")


# «запретить правлениям колхозов расходование …»: the dative after a prohibition is the one forbidden, not
# one charged with a task (before it, «Отделу торговли запретить …», it is the one who forbids).
_FORBIDDING_VERBS = {"запретить", "запрещать", "воспретить", "воспрещать"}
# «Проект … вернуть администрации города на доработку», «Решение направить главе поселения»: the dative after a
# verb of returning, sending or handing over receives the paper; nobody is charged by it.
_SENDING_VERBS = {
    "вернуть", "возвратить", "направить", "отправить", "переслать", "передать", "представить", "предоставить",
    "выдать", "вручить",
}


def dative_responsible(text: str) -> list[str]:
    """Parties named in the dative by «Поручить …», «Рекомендовать …» or right after a directive verb."""
    words = text.split()
    for index, word in enumerate(words):
        low = word.lower().strip(",.;:")
        if low not in ("поручить", "рекомендовать"):
            continue
        # Sliced only at the verb, and bounded: slicing at every word made long items quadratic.
        rest = words[index + 1:index + 1 + _MAX_PARTY_WORDS]
        if low == "поручить" and rest:
            if not is_infinitive(rest[0]):
                return collect_parties(rest)
            # «Поручить решить вопросы … председателю … и секретарю …»: the parties come last.
            start = next((i for i, w in enumerate(rest) if _is_dative_role(w)), None)
            return collect_parties(rest[start:]) if start is not None else []
        if low == "рекомендовать" and rest:
            first = rest[0].strip(",")
            addressed = _ROLE_RE.match(first) or re.search(r"(?:ам|ям)$", first)
            return collect_parties(rest) if addressed else []
    for index, word in enumerate(words[:-1]):
        verb = word.strip(",.;:").lower()
        if is_infinitive(word) and _is_dative_role(words[index + 1]) and verb not in _FORBIDDING_VERBS | _SENDING_VERBS:
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


def _clause_end(text: str, start: int, verb: str) -> int:
    """End of the «в связи с …» clause: a comma before the decision verb, or the sentence's end."""
    depth = 0
    for index in range(start, len(text)):
        char = text[index]
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth:
            continue
        if char == "," and re.match(rf",\s*{verb}", text[index:], re.IGNORECASE):
            return index
        if char in ";" or char == "." and not re.search(r"(?:\bг|\b[А-ЯЁ])$", text[:index]):
            return index
    return len(text)


def membership_decision(text: str) -> dict[str, str] | None:
    """An exclusion, suspension or reinstatement of a member organization, its parts as written."""
    found = next(
        ((action, pattern, m) for action, pattern in _ACTIONS if (m := re.search(rf"\b{pattern}\b", text, re.I))),
        None,
    )
    if found is None:
        return None
    action, verb_pattern, verb = found
    organization = re.search(rf"(?<![А-Яа-яЁё]){_ORG_TYPE}[^«.;]{{0,60}}«", text)
    if organization is None or not re.search(r"состав|член", text, re.IGNORECASE):
        return None
    org_end = _balanced_quote_end(text, organization.end() - 1)
    leader = re.search(r"\bруководител[ья]\s*[–—-]?\s*([^,;()]+?)(?=\s*[,;()]|\s+в связи|$)", text)
    reason = re.search(r"\b(?:в связи с|по причине)\b", text)
    until = re.search(
        r"(?:^|\s)((?:на срок\s+)?до\s+[^.;,]+?)(?=\s+в связи с|\s+по причине|[.;,]|$)", text[verb.end():]
    )
    return {
        "action": action,
        "organization": text[organization.start():org_end].strip(),
        "leader": leader.group(1).strip() if leader else "",
        "until_text": until.group(1).strip(" ,") if until else "",
        "reason": text[reason.start():_clause_end(text, reason.start(), verb_pattern)].strip(" ,.") if reason else "",
    }


_VOWELS = set("аеёиоуыэюяaeiouy")
_ABBREVIATIONS = {"КСОРС", "ОО", "РОО", "МОО", "ГКУ", "МИД", "ООН", "ЮНЕСКО", "ВКС"}
_PROPER_STEMS = ("таджикистан", "душанбе", "худжанд", "ходжент", "чкаловск", "согдийск", "москв", "координационн")
_PROPER_WORDS = {"россия", "россии", "россию", "россией"}
_ROMAN_RE = re.compile(r"^[IVXLCХ]+$")


def _is_proper(word: str) -> bool:
    low = word.lower().strip("«»(),.:;")
    return low.startswith(_PROPER_STEMS) or low in _PROPER_WORDS


def sentence_case(title: str) -> str:
    """«РЕЗОЛЮЦИЯ XX СТРАНОВОЙ … РЕСПУБЛИКИ ТАДЖИКИСТАН» → «Резолюция XX Страновой … Республики Таджикистан».

    Roman numerals and abbreviations (no vowels, or known ones) stay; place names, «Республики» before
    one, «Российской Федерации» and the word after a conference number are capitalised.
    """
    words = title.split()
    result: list[str] = []
    for index, word in enumerate(words):
        core = word.strip("«»(),.:;\"")
        following = words[index + 1] if index + 1 < len(words) else ""
        if _ROMAN_RE.match(core) or core in _ABBREVIATIONS or (
            len(core) > 1 and core.isupper() and not _VOWELS & set(core.lower())
        ):
            result.append(word)
            continue
        low = word.lower()
        capital = (
            index == 0
            or _is_proper(word)
            or (result and _ROMAN_RE.match(result[-1].strip("«»(),.:;")))
            # «Резолюция Чрезвычайной страновой конференции»: the conference's name starts here.
            or (index == 1 and low.startswith(("странов", "чрезвычайн")))
            or (low.startswith("республик") and _is_proper(following))
            or (low.startswith("российск") and following.lower().startswith("федераци"))
            or (low.startswith("федераци") and result and result[-1].lower().startswith("российск"))
        )
        result.append(_capitalize(low) if capital else low)
    return " ".join(result)


def _capitalize(word: str) -> str:
    for index, char in enumerate(word):
        if char.isalpha():
            return word[:index] + char.upper() + word[index + 1:]
    return word


def is_mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.7 * len(letters)


def parse_votes(text: str) -> tuple[int | None, int | None, int | None]:
    """«за – 25, против – 1, воздержались – 2» (or «"за" - 25; против: нет») → (25, 1, 2)."""

    def count(pattern: str) -> int | None:
        match = re.search(rf"{pattern}\W{{0,3}}\s*(?:[-–—:]\s*)?(\d+|нет|0)\b", text, re.IGNORECASE)
        if not match:
            return None
        return int(match.group(1)) if match.group(1).isdigit() else 0

    return (
        count(r"(?<![а-яё])[«\"]?за"),
        count(r"(?<![а-яё])[«\"]?против"),
        count(r"(?<![а-яё])[«\"]?воздерж[а-яё]*"),
    )
