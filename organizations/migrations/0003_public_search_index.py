"""GIN indexes for Russian full-text search on PostgreSQL (ksors.fulltext.TsVector); nothing on SQLite."""

from django.db import migrations

INDEXES = [
    ("organization_fts_idx", "organizations_organization", "search_text"),
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
    dependencies = [("organizations", "0002_initial")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
