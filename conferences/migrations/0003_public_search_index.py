"""GIN indexes for Russian full-text search on PostgreSQL (core.fulltext.TsVector); nothing on SQLite."""

from django.db import migrations

from core.fulltext import gin_indexes_operation


class Migration(migrations.Migration):
    dependencies = [("conferences", "0002_initial")]

    operations = [
        gin_indexes_operation(
            [("conference_fts_idx", "conferences_conference", "search_text")]
        )
    ]
