"""python manage.py send_reminders: see docs/reminders.md for how to run it every day."""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from resolutions.reminders import reminder_days, send_reminders


class Command(BaseCommand):
    help = "Разослать напоминания о сроках исполнения пунктов (каждое напоминание — один раз)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="За сколько дней до конца срока напоминать (KSORS_REMINDER_DAYS)")
        parser.add_argument("--today", type=datetime.date.fromisoformat, help="Считать сегодняшней эту дату (ГГГГ-ММ-ДД)")

    def handle(self, *args, **options):
        today = options["today"] or timezone.localdate()
        days = options["days"] if options["days"] is not None else reminder_days()
        result = send_reminders(today=today, days=days)
        self.stdout.write(f"Отправлено напоминаний: {result.sent}; уже отправлялись раньше: {result.skipped}.")
