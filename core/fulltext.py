"""Search in Russian on both databases.

PostgreSQL: full-text search with the `russian` configuration over the folded `search_text` columns (and item
text), each backed by a functional GIN index on exactly the expression `TsVector` renders (see the
`*_public_search_index` migrations). SQLite: its LIKE folds ASCII only, so every word is matched against the
casefolded `search_text` columns, and item text through the `ksors_fold` SQL function registered in
`core.apps` (same `fold()`: casefold, «ё» → «е»).
"""

import re

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVectorField
from django.db import connection
from django.db.models import F, FloatField, Func, TextField, Value
from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.text import fold

CONFIG = "russian"
# Markers no document contains: the headline is escaped first, then the markers become <mark>.
START, STOP = "\x02", "\x03"


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


class TsVector(Func):
    """to_tsvector('russian', column): written literally so the planner matches the GIN index expression."""

    template = "to_tsvector('russian'::regconfig, %(expressions)s)"
    output_field = SearchVectorField()


class Fold(Func):
    """SQLite only: fold() in SQL, for columns without a folded copy (item text)."""

    function = "ksors_fold"
    output_field = TextField()


# SQLite has no morphology: a light suffix strip lets «молодёжной повестки» still find «Молодёжная повестка».
ENDINGS = sorted(
    ["иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ов", "ев", "ах", "ях", "ам", "ям", "ом", "ем", "ую", "юю", "ть", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь"],
    key=len,
    reverse=True,
)


def words(query: str) -> list[str]:
    return [word for word in re.split(r"[\s«»\"'.,;:!?()]+", fold(query)) if word]


def stem(word: str) -> str:
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def ts_query(query: str) -> SearchQuery:
    """Every word, stemmed, as a prefix: «молодёжь» (stem «молодёж») also finds «Молодёжная» (stem «молодёжн»),
    as the SQLite fallback's substring match does."""
    terms = re.findall(r"\w+", query)
    if not terms:
        return SearchQuery(query, config=CONFIG, search_type="websearch")
    return SearchQuery(" & ".join(f"{term}:*" for term in terms), config=CONFIG, search_type="raw")


def match(queryset, query: str, *, vector_field: str = "search_text", folded: bool = True):
    """Rows of `queryset` matching every word of `query` (filter only: usable inside `pk__in=`).

    `folded` says whether `vector_field` already holds folded text (the `search_text` columns) or raw text.
    """
    if is_postgres():
        return queryset.annotate(search_vector=TsVector(F(vector_field))).filter(search_vector=ts_query(query))
    column = vector_field if folded else "search_folded"
    if not folded:
        queryset = queryset.annotate(search_folded=Fold(F(vector_field)))
    for word in words(query):
        queryset = queryset.filter(**{f"{column}__contains": stem(word)})
    return queryset


def search(queryset, query: str, *, vector_field: str = "search_text", folded: bool = True, headline_field: str = ""):
    """`match()`, best first, with a `rank` and (if `headline_field`) a `headline` annotation."""
    queryset = match(queryset, query, vector_field=vector_field, folded=folded)
    if is_postgres():
        query_obj = ts_query(query)
        queryset = queryset.annotate(rank=SearchRank(TsVector(F(vector_field)), query_obj))
        if headline_field:
            queryset = queryset.annotate(
                headline=SearchHeadline(
                    headline_field, query_obj, config=CONFIG, start_sel=START, stop_sel=STOP,
                    max_words=35, min_words=15, max_fragments=2, fragment_delimiter=" … ",
                )
            )
        return queryset.order_by("-rank", "pk")
    return queryset.annotate(rank=Value(1.0, output_field=FloatField()))


def snippet(obj, text: str, query: str, *, size: int = 240) -> str:
    """Safe HTML: the headline PostgreSQL made, or a window around the first folded match, matches in <mark>."""
    headline = getattr(obj, "headline", None)
    if headline is None:
        headline = _python_headline(text or "", [stem(word) for word in words(query)], size=size)
    return mark_safe(escape(headline).replace(START, "<mark>").replace(STOP, "</mark>"))


def _inside_word(text: str, index: int) -> bool:
    return 0 < index < len(text) and text[index - 1].isalnum() and text[index].isalnum()


def _word_start(text: str, index: int, *, not_after: int) -> int:
    """`index` moved to the start of a word: forward past the word it cuts (not beyond `not_after`), else back."""
    if not _inside_word(text, index):
        return index
    forward = index
    while forward < len(text) and not text[forward].isspace():
        forward += 1
    if forward < not_after:
        return forward + 1
    while index > 0 and _inside_word(text, index):
        index -= 1
    return index


def _word_end(text: str, index: int, *, not_before: int) -> int:
    """`index` moved back to the end of the last whole word (not before `not_before`), else forward."""
    if not _inside_word(text, index):
        return index
    back = index
    while back > not_before and not text[back - 1].isspace():
        back -= 1
    if back > not_before:
        return back - 1
    while index < len(text) and _inside_word(text, index):
        index += 1
    return index


def _python_headline(text: str, query_words: list[str], *, size: int) -> str:
    """A window of about `size` characters around the first match, cut between words, never inside one."""
    text = " ".join(text.split())
    folded = fold(text)
    spans = []
    if len(folded) == len(text):
        for word in query_words:
            # Highlight the whole word a stem matched: «повестк» → «повестку».
            spans += [(m.start(), m.end()) for m in re.finditer(re.escape(word) + r"\w*", folded)]
    spans.sort()
    first, last = (spans[0][0], spans[0][1]) if spans else (0, 0)
    begin = _word_start(text, max(0, first - size // 3), not_after=first)
    end = _word_end(text, min(len(text), begin + size), not_before=max(last, begin))
    marked = []
    cursor = begin
    for start, stop in spans:
        if start < cursor or stop > end:
            continue
        marked += [text[cursor:start], START, text[start:stop], STOP]
        cursor = stop
    marked.append(text[cursor:end])
    body = "".join(marked).strip(" ,;:")
    return ("… " if begin else "") + body + (" …" if end < len(text) else "")


def gin_indexes_operation(indexes: list[tuple[str, str, str]]):
    """A migration operation creating functional GIN indexes on to_tsvector('russian', column); nothing on SQLite.

    `indexes` lists (index name, table, column).
    """
    from django.db import migrations

    def create(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for name, table, column in indexes:
            schema_editor.execute(
                f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (to_tsvector('russian'::regconfig, {column}))"
            )

    def drop(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for name, _table, _column in indexes:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")

    return migrations.RunPython(create, drop, elidable=False)
