"""Who an item charges, read with Russian morphology: a dative at its start, a directive verb, a controller.

«Администрации города Ижевска подготовить …», «Страновым КСОРС активизировать …», «Рекомендовать Мэру
города Ижевска Балакину В.В. отменить …», «Просить Россотрудничество усилить …» and «Контроль за
исполнением настоящего решения возложить на …» all name a party as written, in the case the verb
governs. The phrase runs from its first word to the infinitive it is the subject of (or to a lead-in's
colon); a comma or «и» starts a new party only where the next word can head one in that case
(«…, организациям соотечественников» does; «…, учреждений» — a genitive — continues the same party).
"""

from __future__ import annotations

import re

from resolutions.morphology import first_sentence, forms
from resolutions.parsing_utils import strip_party

__all__ = ["addressed_parties", "controller_parties", "table_parties"]

# The directive verbs and the case of the party they govern.
_DIRECTIVES = {
    "поручить": "datv", "рекомендовать": "datv", "предложить": "datv", "предлагать": "datv",
    "просить": "accs", "обязать": "accs",
}
# Prepositions that end a party («Страновым КСОРС при участии …», «Рабочей группе в срок до …»);
# «по» does not: «комитету по делам молодёжи» is a name.
_ENDING_WORDS = {
    "в", "во", "на", "при", "с", "со", "до", "к", "ко", "для", "за", "после", "через", "от", "из", "о", "об",
    "между", "совместно", "не", "также", "а", "но", "согласно", "в срок", "срок", "срок:", "сроки:", "обеспечить",
}
_INITIALS_RE = re.compile(r"^(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ]?[а-яё-]*[.,;:]*$|^[А-ЯЁ][а-яё-]+$")
_NAME_RE = re.compile(r"(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё-]+|[А-ЯЁ][а-яё-]+\s+(?:[А-ЯЁ]\.\s?){1,2}")
_CONTROL_RE = re.compile(
    r"^\s*контроль\s+(?:за\s+)?(?:исполнени|выполнени|реализаци|ходом)\w*\b.*?\bвозложить\s+на\s*(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_CONTROL_SELF_RE = re.compile(r"^\s*контроль\s+(?:за\s+)?\w+.*\bоставляю\s+за\s+собой", re.IGNORECASE | re.DOTALL)
_MAX_WORDS = 60


def _bare(token: str) -> str:
    return token.strip("«»\"“”„'(),;:.")


def _is_capitalised(token: str) -> bool:
    bare = _bare(token)
    return bool(bare) and bare[0].isupper()


def _ends_sentence(token: str) -> bool:
    if not token.endswith("."):
        return False
    bare = token.rstrip(".")
    # «Балакину В.В.», «г.», «им.»: the dot of initials and abbreviations does not end the sentence.
    return not re.search(r"(?:^|[.\s(])[А-ЯЁ]$|^(?:г|гг|им|ул|д|пл|р-н|обл)$", bare)


def _opens_party(token: str, case: str, after: list[str] = ()) -> bool:
    """Can `token` begin a new party of this case after a comma or «и»? An adjective opens one only if
    its noun can too: «…и внутренней политики» (a genitive noun) continues the party."""
    bare = _bare(token)
    if not bare:
        return False
    if re.match(r"^(?:[А-ЯЁ]\.){1,2}", bare) or (bare.isupper() and len(bare) > 1):
        return True  # initials or an abbreviation: «И.А. Финогенова», «ПКДСР»
    word = forms(bare)
    if word.infinitive:
        return False
    if bare[0].isupper() and not word.only_genitive:
        return True
    if not (word.nominal and word.can_be(case) and not word.only_genitive):
        return False
    if "NOUN" not in word.pos:
        noun = next((forms(_bare(t)) for t in after[:3] if "NOUN" in forms(_bare(t)).pos), None)
        return noun is None or noun.can_be(case)
    return True


def _has_head(words: list[str]) -> bool:
    """A party needs a noun, a name or an abbreviation, not only its adjectives («трудовым и …»)."""
    for token in words:
        bare = _bare(token)
        if not bare:
            continue
        if bare.isupper() or bare[0].isupper() or "NOUN" in forms(bare).pos:
            return True
    return False


def _is_person(words: list[str]) -> bool:
    return bool(words) and bool(_NAME_RE.fullmatch(" ".join(words).strip(" ,;")))


def _genitive_chain(last: str, following: str, case: str) -> bool:
    """«заместителя главы, начальника отдела строительства и развития …»: in the accusative, whose
    animate nouns look like genitives, a genitive-capable word after a genitive dependent continues the
    chain rather than opening a new party."""
    if case != "accs" or not _bare(following)[:1].islower() or not _bare(last)[:1].islower():
        return False
    previous, word = forms(_bare(last)), forms(_bare(following))
    return "NOUN" in previous.pos and previous.can_be("gent") and word.can_be("gent")


def _split(tokens: list[str], case: str) -> list[str]:
    """Cut the tokens of a party list at «,», «;» and «и» where a new party starts."""
    parties: list[list[str]] = [[]]
    depth = 0
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if (token.lower() == "и" and depth == 0 and parties[-1] and following and _has_head(parties[-1])
                and _opens_party(following, case, tokens[index + 2:])
                and not _genitive_chain(parties[-1][-1], following, case)):
            parties.append([])
            continue
        parties[-1].append(token)
        depth += token.count("(") - token.count(")")
        if depth == 0 and token.endswith((",", ";")) and following and _has_head(parties[-1]):
            apposition = _is_person(parties[-1]) and _bare(following)[:1].islower()
            if _opens_party(following, case, tokens[index + 2:]) and not apposition and not _genitive_chain(token, following, case):
                parties.append([])
    return [party for party in (strip_party(" ".join(words)) for words in parties if words) if party]


def _is_object(token: str, case: str) -> bool:
    """«… Таджикистана все материалы …»: a lower-case word that can be neither the party's case nor a
    genitive dependent starts the verb's object."""
    bare = _bare(token)
    if case != "datv" or not bare or not bare[0].islower():
        return False
    word = forms(bare)
    return word.nominal and bool(word.cases) and not word.cases & {"datv", "gent", "gen2", "loct", "ablt"}


def _phrase(tokens: list[str], *, directive: bool, case: str = "datv") -> tuple[list[str], str] | None:
    """The tokens of the party phrase and how it ended: "verb", "colon" or "sentence"."""
    taken: list[str] = []
    depth = quotes = 0
    for index, token in enumerate(tokens[:_MAX_WORDS]):
        bare = _bare(token).lower()
        level = depth == 0 and quotes % 2 == 0
        if level and taken:
            word = forms(bare)
            if word.infinitive:
                return taken, "verb"
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            modifier = "ADVB" in word.pos and forms(_bare(following)).pos & {"ADJF", "PRTF"}
            if (bare in _ENDING_WORDS or ("ADVB" in word.pos and not modifier and "NOUN" not in word.pos)
                    or re.match(r"^\d", bare) or _is_object(token, case)) and not (directive and _colon_ahead(tokens, index)):
                return taken, "stop"
        taken.append(token)
        depth += token.count("(") - token.count(")")
        quotes += token.count('"') + token.count("«") - token.count("»") if "«" in token or "»" in token else token.count('"')
        if depth == 0 and token.endswith(":"):
            taken[-1] = token[:-1]
            return taken, "colon"
        if depth == 0 and _ends_sentence(token):
            return taken, "sentence"
    return (taken, "sentence") if len(tokens) <= _MAX_WORDS else None


def _colon_ahead(tokens: list[str], index: int) -> bool:
    """A lead-in («Рекомендовать главам …, руководителям … независимо от … и предпринимателям:») runs to its colon."""
    for token in tokens[index:_MAX_WORDS]:
        if forms(_bare(token)).infinitive:
            return False
        if token.endswith(":"):
            return True
    return False


def addressed_parties(text: str) -> tuple[list[str], str] | None:
    """The parties an item's first sentence addresses, and how: "directive" («Рекомендовать Мэру …») or
    "dative" («Администрации города Ижевска подготовить …», a lead-in «Атаманам … считать:»); or None."""
    tokens = first_sentence(" ".join(text.split())).split()
    if len(tokens) < 2:
        return None
    verb = tokens[0].lower().strip(",.:;")
    if verb in _DIRECTIVES:
        if forms(_bare(tokens[1])).infinitive:
            return None
        found = _phrase(tokens[1:], directive=True, case=_DIRECTIVES[verb])
        if not found or not found[0]:
            return None
        parties = _split(found[0], _DIRECTIVES[verb])
        return (parties, "directive") if parties and _has_head(found[0]) else None
    first = forms(_bare(tokens[0]))
    # «В паспорте Программы …», «К работе …»: a capitalised preposition is not a party.
    if not (_is_capitalised(tokens[0]) and first.nominal and first.can_be("datv")) or "PREP" in first.pos:
        return None
    found = _phrase(tokens, directive=True)
    if not found or not _has_head(found[0]):
        return None
    if found[1] == "stop":
        # «Страновым КСОРС при участии РКС активизировать …»: an adjunct between the party and its verb.
        rest = tokens[len(found[0]):_MAX_WORDS]
        if not any(forms(_bare(t)).infinitive for t in rest):
            return None
    elif found[1] == "sentence":
        return None
    if found[1] == "verb" and not any(forms(_bare(t)).can_be("datv") for t in found[0] if not _bare(t).isupper()):
        return None
    parties = _split(found[0], "datv")
    return (parties, "dative") if parties else None


def controller_parties(text: str) -> list[str] | None:
    """«Контроль за исполнением настоящего решения возложить на председателя комитета … Тура В.И.» →
    the parties as written; [] for «… оставляю за собой»; None when the item is not about control."""
    flat = " ".join(text.split())
    if _CONTROL_SELF_RE.match(flat):
        return []
    match = _CONTROL_RE.match(flat)
    if match is None:
        return None
    tokens: list[str] = []
    depth = 0
    for token in match.group("rest").split()[:_MAX_WORDS]:
        tokens.append(token)
        depth += token.count("(") - token.count(")")
        if depth == 0 and _ends_sentence(token):
            break
    return _split(tokens, "accs")


def table_parties(cell: str) -> list[str]:
    """The responsible column of a plan: «Зобнин С.Н. (по согласованию), главы сельских поселений» or
    «Г.В. Кислова И.А. Финогенова» (names one after another) → the parties as written."""
    cell = re.sub(r"\s*\(по согласованию\)", "", cell, flags=re.IGNORECASE)
    cell = re.sub(r"(?<=[а-яё)])\s+(?=(?:[А-ЯЁ]\.\s?){2}[А-ЯЁ])", ", ", cell)
    cell = re.sub(r"(?<=\))\s+(?=[А-ЯЁ])", ", ", cell)
    return [p for p in (strip_party(part) for part in re.split(r"\s*[,;]\s*", cell)) if p]
