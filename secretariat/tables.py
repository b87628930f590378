"""The register of execution control as a django-tables2 table: sorting by any column and CSV/XLSX export
of what the filters show (`django_tables2.export.TableExport`)."""

import django_tables2 as tables
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from resolutions.execution_report import days_text, window_text
from resolutions.models import Item


class RegisterTable(tables.Table):
    selection = tables.CheckBoxColumn(accessor="pk", exclude_from_export=True, orderable=False)
    resolution = tables.Column(
        verbose_name=_("Резолюция"), accessor="resolution__title",
        order_by=("resolution__adopted_on", "resolution_id", "position"),
    )
    label = tables.Column(verbose_name=_("Пункт"), order_by=("resolution__adopted_on", "resolution_id", "position"))
    text = tables.Column(verbose_name=_("Содержание"))
    responsible = tables.Column(verbose_name=_("Ответственный"), accessor="responsible_sort", order_by=("responsible_sort",), empty_values=())
    deadline = tables.Column(verbose_name=_("Срок, как в документе"), accessor="deadline_text")
    window = tables.Column(verbose_name=_("Окно срока"), accessor="due_end", order_by=("due_end", "due_start"), empty_values=())
    status = tables.Column(verbose_name=_("Статус"), accessor="execution_status")
    summary = tables.Column(verbose_name=_("Отчитались"), accessor="assignments_reported", order_by=("assignments_reported",), empty_values=())
    last_report = tables.Column(verbose_name=_("Последний отчёт"), accessor="last_report_on", empty_values=())
    days = tables.Column(verbose_name=_("Дней до срока"), accessor="due_end", order_by=("due_end",), empty_values=())

    class Meta:
        model = Item
        fields = ()
        order_by = ("window",)

    def __init__(self, *args, today=None, **kwargs):
        self.today = today or timezone.localdate()
        super().__init__(*args, **kwargs)

    @staticmethod
    def _by_due_end(queryset, is_descending):
        # Items without a date last either way, on SQLite and PostgreSQL alike.
        due = F("due_end").desc(nulls_last=True) if is_descending else F("due_end").asc(nulls_last=True)
        return queryset.order_by(due, "resolution__adopted_on", "resolution_id", "position"), True

    def order_window(self, queryset, is_descending):
        return self._by_due_end(queryset, is_descending)

    def order_days(self, queryset, is_descending):
        return self._by_due_end(queryset, is_descending)

    def value_responsible(self, record):
        return "; ".join(r.text for r in record.responsibilities.all())

    def value_window(self, record):
        return window_text(record)

    def value_status(self, record):
        return str(record.get_execution_status_display())

    def value_summary(self, record):
        return f"{record.assignments_reported} / {record.assignments_total}" if record.assignments_total else ""

    def value_last_report(self, record):
        return f"{record.last_report_on:%d.%m.%Y}: {record.last_report_text}" if record.last_report_on else ""

    def value_days(self, record):
        return days_text(record, self.today)
