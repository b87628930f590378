"""GIN indexes for Russian full-text search on PostgreSQL (core.fulltext.TsVector); nothing on SQLite."""

from django.db import migrations

from core.fulltext import gin_indexes_operation


class Migration(migrations.Migration):
    dependencies = [("resolutions", "0001_initial")]

    operations = [
        gin_indexes_operation(
            [
            ("resolution_fts_idx", "resolutions_resolution", "search_text"),
            ("item_fts_idx", "resolutions_item", "text"),
            ("declaration_fts_idx", "resolutions_declaration", "search_text"),
        ]
        )
    ]
