from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ksors.backup import BackupError, backup


class Command(BaseCommand):
    help = ("Резервная копия портала в новую папку: база (pg_dump или копия SQLite), архив загруженных файлов "
            "и манифест с числом строк в каждой таблице и SHA-256 каждого файла. См. docs/production.md.")

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path, help="новая или пустая папка для копии")
        parser.add_argument("--database", default="default")

    def handle(self, *args, directory, database, **options):
        try:
            manifest = backup(directory, alias=database)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        rows = sum(manifest["tables"].values())
        files = manifest["media"]["files"]
        size = sum(meta["size"] for meta in files.values())
        self.stdout.write(self.style.SUCCESS(
            f"Копия в {directory}: {len(manifest['tables'])} таблиц, {rows} строк; {len(files)} файлов, {size} байт."
        ))
