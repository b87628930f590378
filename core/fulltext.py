"""Search in Russian on both databases.

PostgreSQL: full-text search with the `russian` configuration over a stored generated `search_vector` column of
each searched model (`search_vector_field()`: to_tsvector of the folded `search_text` column, or of item text),
with a GIN index on it (`gin_indexes_operation()` in the `*_search_vector` migrations). The vector is computed
once, on write: neither the match (its recheck) nor the ranking parses a document at query time. Ranking is
capped to the first `RANK_CANDIDATES` matches, so a word found in every other item ranks a thousand rows, not a
hundred thousand. SQLite: the generated column is NULL (its expression compiles to NULL there); its LIKE folds
ASCII only, so every word is matched against the casefolded `search_text` columns, and item text through the
`ksors_fold` SQL function registered in `core.apps` (same `fold()`: casefold, «ё» → «е»).
"""

import re

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVectorField
from django.db import connection, models
from django.db.models import F, FloatField, Func, TextField, Value
from django.db.models.expressions import RawSQL
from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.text import fold

CONFIG = "russian"
VECTOR = "search_vector"
# Matches ranked at most: enough to find the best twenty of any real query, few enough to stay fast for a word
# that is in nearly every item.
RANK_CANDIDATES = 1000
# Markers no document contains: the headline is escaped first, then the markers become <mark>.
START, STOP = "\x02", "\x03"


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


class TsVector(Func):
    """to_tsvector('russian', column): the config written literally (immutable, so usable in a generated column).

    On SQLite, which has no full-text vectors, it is NULL: the generated column exists there but holds nothing.
    """

    template = "to_tsvector('russian'::regconfig, %(expressions)s)"
    output_field = SearchVectorField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return "NULL", []


class StoredGeneratedField(models.GeneratedField):
    """A GeneratedField that is always stored (db_persist): its system check needs no database server.

    Django's own check asks PostgreSQL its version (whether it has *virtual* generated columns, PostgreSQL 18),
    so `check --deploy` would fail where the database is not reachable; stored ones are checked alike without it.
    """

    def __init__(self, **kwargs):
        kwargs["db_persist"] = True
        super().__init__(**kwargs)

    def _check_supported(self, databases):
        return []  # stored generated columns: `_check_persistence()` checks them, from features that are constants


def search_vector_field(source: str = "search_text") -> models.GeneratedField:
    """The stored `search_vector` column of a searched model: to_tsvector('russian', `source`), kept by the database.

    Exclude it from the model's history (`HistoricalRecords(excluded_fields=[...])`): it is derived data.
    """
    return StoredGeneratedField(expression=TsVector(F(source)), output_field=SearchVectorField(null=True), editable=False)


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


def exact_ts_query(query: str) -> SearchQuery:
    """Every word, stemmed, as a whole word: the cheap half of `ts_query()` (see `candidates()`)."""
    terms = re.findall(r"\w+", query)
    return SearchQuery(" & ".join(terms), config=CONFIG, search_type="raw")


def candidates(queryset, query: str) -> list:
    """Primary keys of the first RANK_CANDIDATES rows of `queryset` (a large table with a stored vector) that match
    `query`, rows holding the words themselves first.

    The whole-word scan, for a word found in nearly every row, stops after RANK_CANDIDATES rows (the planner knows
    the word's frequency from the column's statistics). Only when it finds fewer are rows added where a word merely
    starts a longer one («Умет» → «Уметбаев»): a prefix match must gather the GIN postings of every word so begun —
    a hundred thousand items for «соотечественник:*», 20 ms where the whole-word scan takes one.
    """
    base = queryset.order_by().values_list("pk", flat=True)
    found = list(base.filter(**{VECTOR: exact_ts_query(query)})[:RANK_CANDIDATES])
    if len(found) < RANK_CANDIDATES:
        more = base.filter(**{VECTOR: ts_query(query)}).exclude(pk__in=among(found))
        found += list(more[: RANK_CANDIDATES - len(found)])
    return found


def has_vector(model) -> bool:
    """Whether `model` stores a search vector (a small table such as a conference's agenda does not)."""
    return any(field.name == VECTOR for field in model._meta.concrete_fields)


def machine_columns(model) -> list[str]:
    """The columns of `model` kept only for searching (the folded text and the vector): a page never shows them,
    and for a resolution they are larger than everything it does show."""
    names = {field.name for field in model._meta.concrete_fields}
    return [name for name in ("search_text", VECTOR) if name in names]


def among(ids: list) -> RawSQL:
    """The right side of `pk__in=` for a list of up to RANK_CANDIDATES keys, as one array parameter (PostgreSQL):
    a thousand placeholders take psycopg longer to bind than the query takes to run, and so does a Python list
    adapted as an array, element by element: the keys (integers) go as one array literal."""
    return RawSQL("SELECT unnest(%s::bigint[])", ("{" + ",".join(str(int(pk)) for pk in ids) + "}",))


def match(queryset, query: str, *, vector_field: str = "search_text", folded: bool = True):
    """Rows of `queryset` matching every word of `query` (filter only: usable inside `pk__in=`).

    PostgreSQL matches the model's `search_vector`. On SQLite `vector_field` is the text matched, and `folded`
    says whether it already holds folded text (the `search_text` columns) or raw text.
    """
    if is_postgres():
        if has_vector(queryset.model):
            return queryset.filter(**{VECTOR: ts_query(query)})
        # A small table with no stored vector (a conference's agenda): the vector of `vector_field`, made here.
        return queryset.annotate(search_vector_made=TsVector(F(vector_field))).filter(search_vector_made=ts_query(query))
    column = vector_field if folded else "search_folded"
    if not folded:
        queryset = queryset.annotate(search_folded=Fold(F(vector_field)))
    for word in words(query):
        queryset = queryset.filter(**{f"{column}__contains": stem(word)})
    return queryset


def search(queryset, query: str, *, vector_field: str = "search_text", folded: bool = True, headline_field: str = "",
           limit: int | None = None, whole_words_first: bool = False):
    """`match()`, best first, with a `rank` and (if `headline_field`) a `headline` annotation; the first `limit`.
    `whole_words_first` for a large table: see `candidates()`.

    On PostgreSQL the first RANK_CANDIDATES matches (in whatever order the planner finds them; on a large table
    `candidates()`, whole words first) are ranked, and only the best `limit` of them get a headline: PostgreSQL
    computes an expensive expression of the select list (ts_headline) after the sort and the limit. One query,
    without a nested query per step: composing those took Django longer than PostgreSQL took to run them.
    """
    if is_postgres() and has_vector(queryset.model):
        query_obj = ts_query(query)
        rank = SearchRank(F(VECTOR), query_obj)
        if whole_words_first:
            found = candidates(queryset, query)
            if not found:
                return queryset.none()
            found = among(found)
        else:  # a small table: the prefix match alone, as a subquery of the one query below
            found = queryset.filter(**{VECTOR: query_obj}).order_by().values("pk")[:RANK_CANDIDATES]
        queryset = queryset.filter(pk__in=found).annotate(rank=rank).defer(*machine_columns(queryset.model))
        if headline_field:
            queryset = queryset.annotate(
                headline=SearchHeadline(
                    headline_field, query_obj, config=CONFIG, start_sel=START, stop_sel=STOP,
                    max_words=35, min_words=15, max_fragments=2, fragment_delimiter=" … ",
                )
            )
        queryset = queryset.order_by("-rank", "pk")
    else:
        matching = match(queryset, query, vector_field=vector_field, folded=folded)
        queryset = matching.annotate(rank=Value(1.0, output_field=FloatField()))
    return queryset if limit is None else queryset[:limit]


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


def vector_indexes_operation(indexes: list[tuple[str, str]], *, replaces: list[tuple[str, str, str]] = ()):
    """A migration operation creating GIN indexes on the `search_vector` column of tables; nothing on SQLite.

    `indexes` lists (index name, table); `replaces` lists the functional indexes of `gin_indexes_operation()`
    (index name, table, column) that the stored vector makes useless: dropped, and made again if migrated back.
    """
    from django.db import migrations

    old = gin_indexes_operation(list(replaces))

    def create(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        old.reverse_code(apps, schema_editor)
        for name, table in indexes:
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({VECTOR})")

    def drop(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for name, _table in indexes:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
        old.code(apps, schema_editor)

    return migrations.RunPython(create, drop, elidable=False)
