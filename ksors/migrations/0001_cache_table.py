"""The table of Django's database cache (settings.CACHE_TABLE), so that `migrate` alone prepares production.

Made here rather than by `createcachetable` in the deployment steps: a forgotten step would leave every login
failing on a missing table. It is made whatever the cache backend, so switching from Redis needs no step either.
"""

from django.core.management import call_command
from django.db import migrations

TABLE = "ksors_cache"  # settings.CACHE_TABLE; tests/production/test_cache.py keeps the two equal


def create_table(apps, schema_editor):
    call_command("createcachetable", TABLE, database=schema_editor.connection.alias, verbosity=0)


def drop_table(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(TABLE)}")


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [migrations.RunPython(create_table, drop_table, elidable=False)]
