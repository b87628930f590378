"""GIN indexes for Russian full-text search on PostgreSQL (ksors.fulltext.TsVector); nothing on SQLite."""

from django.db import migrations

INDEXES = [
    ("resolution_fts_idx", "resolutions_resolution", "search_text"),
    ("item_fts_idx", "resolutions_item", "text"),
    ("declaration_fts_idx", "resolutions_declaration", "search_text"),
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, table, column in INDEXES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (to_tsvector('russian'::regconfig, {column}))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table, _column in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("resolutions", "0001_initial")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
