"""Stored search vectors (core.fulltext.search_vector_field) with GIN indexes on PostgreSQL; NULL on SQLite."""

import core.fulltext
import django.contrib.postgres.search
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('organizations', '0009_merge_20261201_2347'),
    ]

    operations = [
        migrations.AddField(
            model_name='organization',
            name='search_vector',
            field=core.fulltext.StoredGeneratedField(db_persist=True, expression=core.fulltext.TsVector(models.F('search_text')), output_field=django.contrib.postgres.search.SearchVectorField(null=True)),
        ),
        core.fulltext.vector_indexes_operation(
            [('organization_vector_idx', 'organizations_organization')],
            replaces=[('organization_fts_idx', 'organizations_organization', 'search_text')],
        ),
    ]
