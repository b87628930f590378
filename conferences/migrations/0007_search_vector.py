"""Stored search vectors (core.fulltext.search_vector_field) with GIN indexes on PostgreSQL; NULL on SQLite."""

import core.fulltext
import django.contrib.postgres.search
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('conferences', '0006_conference_number_range'),
    ]

    operations = [
        migrations.AddField(
            model_name='conference',
            name='search_vector',
            field=core.fulltext.StoredGeneratedField(db_persist=True, expression=core.fulltext.TsVector(models.F('search_text')), output_field=django.contrib.postgres.search.SearchVectorField(null=True)),
        ),
        core.fulltext.vector_indexes_operation(
            [('conference_vector_idx', 'conferences_conference')],
            replaces=[('conference_fts_idx', 'conferences_conference', 'search_text')],
        ),
    ]
