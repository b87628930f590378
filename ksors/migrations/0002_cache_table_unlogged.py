"""The database cache's table is UNLOGGED on PostgreSQL: its rows are never written to the WAL.

Every page stored by the page cache (core/pagecache.py) and every bump of its generation is a write to this table,
and a logged write waits for the WAL to reach the disk at commit: storing a 60 KB page took 4.0 ms, 1.4 ms unlogged
(bench numbers in the closing note of issue 13). What an unlogged table gives up is what a cache never needed: after
a crash of the database server it comes back empty (a generation lost that way restarts from the time it is read
again, newer than every page, so nothing stale is served), and a streaming replica does not carry it. A login rate
limit or a used TOTP code forgotten in a crash is the same as with Redis, which keeps nothing on disk here either.
SQLite has no such tables; there the migration does nothing.
"""

from django.db import migrations

TABLE = "ksors_cache"  # settings.CACHE_TABLE; tests/production/test_cache.py keeps the two equal


def set_logging(logged: bool):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            mode = "LOGGED" if logged else "UNLOGGED"
            schema_editor.execute(f"ALTER TABLE {schema_editor.quote_name(TABLE)} SET {mode}")

    return operation


class Migration(migrations.Migration):
    dependencies = [("ksors", "0001_cache_table")]
    operations = [migrations.RunPython(set_logging(False), set_logging(True), elidable=False)]
