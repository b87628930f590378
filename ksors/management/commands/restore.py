from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ksors.backup import BackupError, restore


class Command(BaseCommand):
    help = ("Восстановить копию, сделанную командой backup, в настроенную ПУСТУЮ базу и пустую папку файлов "
            "(DJANGO_MEDIA_ROOT), затем сверить число строк и файлы с манифестом.")

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path, help="папка резервной копии")
        parser.add_argument("--database", default="default")

    def handle(self, *args, directory, database, **options):
        try:
            manifest, comparison = restore(directory, alias=database)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"Копия от {manifest['created_at']}: сверка с манифестом")
        width = max((len(table) for table, _e, _f in comparison.tables), default=10)
        self.stdout.write(f"  {'таблица':<{width}}  {'в копии':>8}  {'в базе':>8}")
        for table, expected, found in comparison.tables:
            mark = "" if expected == found else "  ← не совпадает"
            self.stdout.write(f"  {table:<{width}}  {_n(expected):>8}  {_n(found):>8}{mark}")
        files = manifest["media"]["files"]
        self.stdout.write(f"  файлов в копии: {len(files)}, расхождений: {len(comparison.files)}")
        for name, problem in comparison.files:
            self.stdout.write(f"  {name}: {problem}")
        if not comparison.ok:
            raise CommandError("Восстановленная копия не совпадает с манифестом (см. выше).")
        self.stdout.write(self.style.SUCCESS("Восстановлено, всё совпадает с манифестом."))


def _n(value) -> str:
    return "—" if value is None else str(value)
