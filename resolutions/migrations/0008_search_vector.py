"""Stored search vectors (core.fulltext.search_vector_field) with GIN indexes on PostgreSQL; NULL on SQLite."""

import core.fulltext
import django.contrib.postgres.search
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('resolutions', '0007_extension_request_total_ordering'),
    ]

    operations = [
        migrations.AddField(
            model_name='declaration',
            name='search_vector',
            field=core.fulltext.StoredGeneratedField(db_persist=True, expression=core.fulltext.TsVector(models.F('search_text')), output_field=django.contrib.postgres.search.SearchVectorField(null=True)),
        ),
        migrations.AddField(
            model_name='item',
            name='search_vector',
            field=core.fulltext.StoredGeneratedField(db_persist=True, expression=core.fulltext.TsVector(models.F('text')), output_field=django.contrib.postgres.search.SearchVectorField(null=True)),
        ),
        migrations.AddField(
            model_name='resolution',
            name='search_vector',
            field=core.fulltext.StoredGeneratedField(db_persist=True, expression=core.fulltext.TsVector(models.F('search_text')), output_field=django.contrib.postgres.search.SearchVectorField(null=True)),
        ),
        core.fulltext.vector_indexes_operation(
            [('resolution_vector_idx', 'resolutions_resolution'), ('item_vector_idx', 'resolutions_item'), ('declaration_vector_idx', 'resolutions_declaration')],
            replaces=[('resolution_fts_idx', 'resolutions_resolution', 'search_text'), ('item_fts_idx', 'resolutions_item', 'text'), ('declaration_fts_idx', 'resolutions_declaration', 'search_text')],
        ),
    ]
