"""GIN indexes for Russian full-text search on PostgreSQL (core.fulltext.TsVector); nothing on SQLite."""

from django.db import migrations

from core.fulltext import gin_indexes_operation


class Migration(migrations.Migration):
    dependencies = [("organizations", "0002_initial")]

    operations = [
        gin_indexes_operation(
            [("organization_fts_idx", "organizations_organization", "search_text")]
        )
    ]
