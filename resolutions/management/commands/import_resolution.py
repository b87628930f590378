"""python manage.py import_resolution FILE [--json] [--save]: parse a .txt/.docx resolution, print or save it."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from resolutions.importing import conference_for, suggested_slug
from resolutions.parser import parse_resolution, read_docx
from resolutions.services import resolution_create_from_parse


class Command(BaseCommand):
    help = "Разобрать резолюцию из файла .txt или .docx: напечатать разбор (--json) и/или сохранить черновик (--save)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Путь к файлу .txt (UTF-8) или .docx")
        parser.add_argument("--json", action="store_true", help="Напечатать разбор в JSON")
        parser.add_argument("--save", action="store_true", help="Сохранить как черновик резолюции")
        parser.add_argument("--slug", help="Адрес страницы черновика (по умолчанию — из номера конференции и даты)")

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"Нет такого файла: {path}")
        text = read_docx(str(path)) if path.suffix.lower() == ".docx" else path.read_text(encoding="utf-8-sig")
        parsed = parse_resolution(text)
        if options["json"]:
            self.stdout.write(json.dumps(parsed.to_dict(), ensure_ascii=False, indent=2))
        if options["save"]:
            resolution = resolution_create_from_parse(
                parsed=parsed, slug=options["slug"] or suggested_slug(parsed), conference=conference_for(parsed),
                source_text=text,
            )
            self.stderr.write(self.style.SUCCESS(f"Черновик сохранён: {resolution.title} (id {resolution.pk}, {resolution.slug})"))
        if not options["json"] and not options["save"]:
            self.stdout.write(
                f"{parsed.title}\nПунктов: {len(parsed.items)}; нераспознанных строк: {len(parsed.unparsed)}; "
                f"предупреждений: {len(parsed.warnings)}"
            )
