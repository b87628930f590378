"""Russian word forms and sentences for the parser: pymorphy3 for case and infinitives, razdel for sentences.

Regular expressions on endings cannot tell «Администрации» (dative, «to the Administration») from the
genitive, nor «Страновым» (dative plural) from the instrumental; pymorphy3's dictionary lists every form
a word can take, and the parser chooses among them by position. Both libraries work offline: the
dictionary ships inside `pymorphy3-dicts-ru`. Results are cached per word, so a long document costs one
dictionary look-up per distinct word.
"""

from __future__ import annotations

import functools
import re

import pymorphy3
import razdel

__all__ = [
    "Forms", "agrees", "animate", "antecedents", "can_be_plural", "common_noun_of_people", "datives", "first_sentence", "forms",
    "glued_head", "inanimate", "noun_lemmas", "other_yo_spelling", "rejoin_broken", "sentences", "substantive", "unglue",
]

_WORD_RE = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")


@functools.cache
def _analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


class Forms:
    """What one word can be: its parts of speech and cases, over all of pymorphy3's parses."""

    __slots__ = ("cases", "future_act", "indicative", "infinitive", "numbers", "past", "place", "pos", "word")

    def __init__(
        self, word: str, pos: frozenset[str], cases: frozenset[str], infinitive: bool, place: bool = False,
        numbers: frozenset[str] = frozenset(), indicative: bool = False, future_act: bool = False, past: bool = False,
    ):
        self.word, self.pos, self.cases, self.infinitive = word, pos, cases, infinitive
        self.place = place  # a geographic name («Чили», «Таджикистане»)
        self.numbers = numbers  # «sing», «plur» over the nominal parses
        self.indicative = indicative  # a present or future verb stating a fact («сохраняют», «действует»)
        # a perfective transitive verb in the future («обеспечит», «проведут»): an act announced as to be done
        self.future_act = future_act
        self.past = past  # a verb in the past tense reporting what was done («проводился», «высказались»)

    @property
    def nominal(self) -> bool:
        """A noun, an adjective or a participle: a word that can head or qualify a party."""
        return bool(self.pos & {"NOUN", "ADJF", "PRTF", "NUMR", "NPRO"})

    def can_be(self, case: str) -> bool:
        return case in self.cases

    @property
    def only_genitive(self) -> bool:
        return bool(self.cases) and self.cases <= {"gent", "gen2"}


@functools.lru_cache(maxsize=50_000)
def forms(token: str) -> Forms:
    """The forms of the word in `token` (punctuation around it is ignored); unknown words have none."""
    match = _WORD_RE.search(token)
    if match is None:
        return Forms("", frozenset(), frozenset(), False)
    word = match.group(0)
    parses = _analyzer().parse(word.lower())
    pos = frozenset(str(p.tag.POS) for p in parses if p.tag.POS)
    cases = frozenset(str(p.tag.case) for p in parses if p.tag.case and p.tag.POS in {"NOUN", "ADJF", "PRTF", "NUMR", "NPRO"})
    # A word the dictionary only guesses («КСОРС», «Ижевска») is not an infinitive unless it ends like one.
    infinitive = any(p.tag.POS == "INFN" and p.score > 0.2 for p in parses) and word[0].islower()
    place = any("Geox" in p.tag for p in parses if p.score > 0.2)
    numbers = frozenset(str(p.tag.number) for p in parses if p.tag.number and p.tag.POS in {"NOUN", "ADJF", "PRTF"})
    indicative = any(
        p.tag.POS == "VERB" and "indc" in p.tag and p.tag.tense in {"pres", "futr"} and p.score > 0.2 for p in parses
    ) and word[0].islower()
    future_act = any(
        p.tag.POS == "VERB" and {"perf", "tran", "futr"} <= set(p.tag.grammemes) and p.score > 0.2 for p in parses
    ) and word[0].islower()
    past = any(p.tag.POS == "VERB" and p.tag.tense == "past" and p.score > 0.2 for p in parses) and word[0].islower()
    return Forms(word, pos, cases, infinitive, place, numbers, indicative, future_act, past)


@functools.lru_cache(maxsize=50_000)
def agrees(word: str, noun: str, case: str = "") -> bool:
    """Can `word` (an adjective or a participle) qualify `noun`: a parse of each in the same case (`case`
    when given) and number, and in the singular the same gender («органам …, участвующим», not «отделу …,
    участвующим»)."""
    nouns = {
        (str(p.tag.case), str(p.tag.number), str(p.tag.gender)) for p in _analyzer().parse(noun.lower())
        if p.tag.POS == "NOUN" and (not case or p.tag.case == case)
    }
    return any(
        str(p.tag.case) == noun_case and str(p.tag.number) == number and (number == "plur" or gender in (str(p.tag.gender), "ms-f"))
        for p in _analyzer().parse(word.lower()) if p.tag.POS in {"ADJF", "PRTF"}
        for noun_case, number, gender in nouns
    )


@functools.lru_cache(maxsize=20_000)
def can_be_plural(word: str, case: str) -> bool:
    """Has `word` (an adjective or a participle) a plural form in `case`: «ответственным» after «отделу и
    сектору» qualifies both."""
    return any(p.tag.case == case and p.tag.number == "plur" for p in _analyzer().parse(word.lower()) if p.tag.POS in {"ADJF", "PRTF"})


@functools.lru_cache(maxsize=20_000)
def noun_numbers(word: str, case: str) -> frozenset[str]:
    """The numbers `word` has as a noun in `case`: «правительства» in the accusative is only plural, in the
    genitive only singular."""
    return frozenset(p.tag.number for p in _analyzer().parse(word.lower()) if p.tag.POS == "NOUN" and p.tag.case == case)


@functools.lru_cache(maxsize=20_000)
def animate(word: str, case: str = "", *, plural: bool = False) -> bool:
    """Can `word` be a noun of people (in `case`, when given; a plural one, when asked): «заместитель»,
    «акимы» in the nominative; plural «глав», «руководителей», «депутатам»."""
    return any(
        p.tag.POS == "NOUN" and p.tag.animacy == "anim" and (not case or p.tag.case == case)
        and (not plural or p.tag.number == "plur")
        for p in _analyzer().parse(word.lower())
    )


def inanimate(word: str, case: str) -> bool:
    """Can `word` be a noun of things in `case`: «политике» (policy, besides a politician), «связям»."""
    return any(p.tag.POS == "NOUN" and p.tag.animacy == "inan" and p.tag.case == case for p in _analyzer().parse(word.lower()))


# A third-person possessive pronoun and the number and genders of the nouns it can stand for.
_POSSESSIVES = {"его": ("sing", {"masc", "neut"}), "её": ("sing", {"femn"}), "ее": ("sing", {"femn"}), "их": ("plur", set())}


def antecedents(words: list[str], pronoun: str) -> list[str]:
    """«… здоровья участников Конкурса» before «в период его проведения» → [«Конкурса», «здоровья»]: the nouns among
    the last words before a possessive pronoun that agree with it in number (and, in the singular, gender), nearest
    first; the sentence they stand in only."""
    number, genders = _POSSESSIVES.get(pronoun.lower(), ("", set()))
    found: list[str] = []
    for token in reversed(words[-8:] if number else []):
        if token.endswith((".", "!", "?", ";")):
            break
        word = token.strip("«»\"“”„()[],:")
        if any(p.tag.POS == "NOUN" and p.tag.number == number and (not genders or p.tag.gender in genders)
               for p in _analyzer().parse(word.lower())):
            found.append(word)
    return found


@functools.lru_cache(maxsize=20_000)
def common_noun_of_people(word: str, case: str = "") -> bool:
    """Can `word` be a common noun of people (in `case`, when given) — a post or a group, «директор»,
    «сотрудники», or a participle used as one, «заведующий» — and not a surname, a first name or a patronymic
    («Иванов», «Кравцова»)?"""
    return any(
        (p.tag.POS == "NOUN" and p.tag.animacy == "anim" or p.tag.POS == "PRTF" and "Subx" in p.tag)
        and (not case or p.tag.case == case) and not {"Surn", "Name", "Patr"} & p.tag.grammemes
        for p in _analyzer().parse(word.lower())
    )


@functools.lru_cache(maxsize=20_000)
def noun_lemmas(word: str) -> frozenset[str]:
    """The dictionary forms of the nouns `word` may be: «присвоения» → {«присвоение»}."""
    return frozenset(p.normal_form for p in _analyzer().parse(word.lower()) if p.tag.POS == "NOUN")


@functools.lru_cache(maxsize=20_000)
def datives(word: str) -> frozenset[str]:
    """The dative forms, singular and plural, of the noun `word` may be: «комитетом» → {«комитету», «комитетам»}."""
    found = set()
    for parse in _analyzer().parse(word.lower()):
        if parse.tag.POS == "NOUN":
            found.update(f.word for number in ("sing", "plur") if (f := parse.inflect({"datv", number})))
    return frozenset(found)


@functools.lru_cache(maxsize=20_000)
def substantive(word: str) -> bool:
    """Is `word` a participle the dictionary also lists as used for a noun (pymorphy3's «Subx»):
    «трудящихся», «служащих», «учащихся»; not «расположенных», «проживающих»."""
    return any(p.tag.POS == "PRTF" and "Subx" in p.tag for p in _analyzer().parse(word.lower()))


# «тт.» (товарищи) before the comrades' names, which razdel takes for a sentence's end («т.», «т.т.» it keeps).
_COMRADES_END_RE = re.compile(r"(?<![А-ЯЁа-яё])тт\.$")


def _sentenize(text: str):
    """razdel's sentences, with a split after «тт.» undone: its start and the text from it to the next split."""
    pending = None
    for sentence in razdel.sentenize(text):
        start = sentence.start if pending is None else pending
        if _COMRADES_END_RE.search(sentence.text):
            pending = start
            continue
        pending = None
        yield text[start:sentence.stop]
    if pending is not None:
        yield text[pending:].strip()


def sentences(text: str) -> list[str]:
    """The sentences of `text`; initials («Ким В.М.»), «г.» and «тт.» stay inside their sentence."""
    return list(_sentenize(text))


def first_sentence(text: str, limit: int = 2000) -> str:
    """The first sentence of `text`, looked for in its first `limit` characters only."""
    head = text[:limit]
    for sentence in _sentenize(head):
        return sentence
    return head


def other_yo_spelling(text: str) -> str:
    """The other spelling of ё/е: «ё» written as «е», or, if there is none, «е» restored to «ё» where the
    dictionary writes it («молодежь» → «молодёжь»). "" when both spellings are the same."""
    if "ё" in text.lower():
        other = text.replace("ё", "е").replace("Ё", "Е")
    else:
        def restore(match):
            word = match.group(0)
            parse = _analyzer().parse(word)[0]
            best = parse.word
            # Only a word the dictionary knows: a guess would offer «умёт» for «Умет».
            if not parse.is_known or len(best) != len(word) or best.replace("ё", "е") != word.lower():
                return word
            return "".join(("Ё" if w.isupper() else "ё") if b == "ё" else w for w, b in zip(word, best, strict=True))
        other = _WORD_RE.sub(restore, text)
    return other if other != text else ""


@functools.lru_cache(maxsize=20_000)
def unglue(token: str) -> tuple[str, ...]:
    """«образованийорганизовать» → («образований», «организовать»): two words a lost line break glued
    together, the second an infinitive. Only a lower-case word the dictionary does not know is tried, so a
    real word is never cut; the first part keeps its capital («Благовещенскапровести»)."""
    preposition = _glued_preposition(token)
    if preposition:
        return preposition, token[len(preposition):]
    match = re.fullmatch(r"([А-ЯЁа-яё][а-яё]{2,})([а-яё]{4,}(?:ть|ти|чь)(?:ся)?)([.,;:]?)", token)
    if match is None or _analyzer().word_is_known(token.rstrip(".,;:").lower()):
        return (token,)
    word = token.rstrip(".,;:")
    tail = token[len(word):]
    for cut in range(len(word) - 4, 2, -1):
        head, rest = word[:cut], word[cut:]
        if _analyzer().word_is_known(head.lower()) and forms(rest).infinitive and _analyzer().word_is_known(rest):
            return head, rest + tail
    return (token,)


# The one-letter prepositions and the cases they govern.
_PREPOSITION_CASES = {"в": {"loct", "accs"}, "о": {"loct"}, "с": {"ablt", "gent"}, "к": {"datv"}, "у": {"gent"}}


def _glued_preposition(token: str) -> str:
    """«всоответствии» → «в»: a one-letter preposition glued to the next word where a space was lost. Only a
    lower-case word the dictionary does not know is cut, and only when the rest is a known word that can be
    in a case the preposition governs; "" otherwise."""
    word = token.rstrip(".,;:")
    if not re.fullmatch(r"[воксу][а-яё]{4,}", word) or _known(word):
        return ""
    rest = word[1:]
    return word[0] if _known(rest) and forms(rest).cases & _PREPOSITION_CASES[word[0]] else ""


def preposition_glued_after(word: str) -> str:
    """«Афганистанас» (… «из Афганистана» «с 13 февраля …») → «Афганистана»: a word with a one-letter preposition glued
    after it where the space was lost, the word it ends kept as written; only a word the dictionary does not know is
    cut, and only when the rest is a word it knows; "" otherwise."""
    if not re.fullmatch(r"[А-ЯЁа-яё][а-яё]{3,}[воксу]", word) or _known(word.lower()):
        return ""
    return word[:-1] if _known(word[:-1].lower()) else ""


@functools.lru_cache(maxsize=20_000)
def glued_head(word: str) -> str:
    """«руководителямпредприятий» → «руководителям»: the first of two known words a lost space glued
    together, for a lower-case word the dictionary does not know; "" otherwise. The word stays as
    written; its first part tells its case."""
    if not re.fullmatch(r"[а-яё]{8,}", word) or _known(word):
        return ""
    return next((word[:cut] for cut in range(len(word) - 4, 3, -1) if _known(word[:cut]) and _known(word[cut:])), "")


def rejoin_broken(tokens: list[str]) -> list[str]:
    """«в соответ ствии», «рассмот реть»: a word broken at a line's end without its hyphen. Two neighbouring
    lower-case pieces the dictionary does not know are joined when the joined word is one it knows. One
    broken with its hyphen («пред- приятиям») becomes one token as written, its space kept."""
    out: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if (
            re.fullmatch(r"[а-яё]{2,}-", token) and re.fullmatch(r"[а-яё]{2,}[.,;:]?", following)
            and _known(token[:-1] + following.rstrip(".,;:"))
        ):
            out.append(f"{token} {following}")
            index += 2
            continue
        if (
            re.fullmatch(r"[а-яё]{2,}", token) and re.fullmatch(r"[а-яё]{2,}[.,;:]?", following)
            and not (_known(token) and _known(following.rstrip(".,;:")))
            and _known(token + following.rstrip(".,;:"))
        ):
            out.append(token + following)
            index += 2
            continue
        out.append(token)
        index += 1
    return out


@functools.lru_cache(maxsize=50_000)
def _known(word: str) -> bool:
    """pymorphy3's `word_is_known`, cached: it tries ё-spellings and is not cheap."""
    return _analyzer().word_is_known(word)
