"""The back office's sortable tables (django-tables2): the registry's lists (rendered and exported by
`core.lists.table_list`) and the register of execution control (CSV/XLSX of what the filters show)."""

import django_tables2 as tables
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from accounts.models import SECRETARIAT_GROUP, User
from core.text import long_date
from organizations.models import Body, Organization, Person
from resolutions.execution_report import days_text, window_text
from resolutions.models import Declaration, Item


class RegistryTable(tables.Table):
    class Meta:
        template_name = "secretariat/_table.html"
        attrs = {"class": "registry-table"}


class DateColumn(tables.Column):
    """«19 июня 2026 г.» on the page; the ISO date in an export, which a spreadsheet sorts."""

    def render(self, value):
        return long_date(value)

    def value(self, value):
        return value.isoformat() if value else ""


def _actions(links) -> str:
    return format_html('<ul class="row-actions">{}</ul>', format_html_join("", '<li><a href="{}">{}</a></li>', links))


class OrganizationTable(RegistryTable):
    name = tables.Column(verbose_name=_("Название"), linkify=("secretariat:organization_edit", [tables.A("slug")]))
    short_name = tables.Column(verbose_name=_("Краткое название"))
    role = tables.Column(verbose_name=_("Роль"))
    kind = tables.Column(verbose_name=_("Вид"))
    region = tables.Column(verbose_name=_("Регион"))
    city = tables.Column(verbose_name=_("Город"))
    status = tables.Column(verbose_name=_("Статус"))
    joined_on = DateColumn(verbose_name=_("В КСОРС РТ с"))
    leader_name = tables.Column(verbose_name=_("Руководитель"))
    actions = tables.Column(verbose_name=_("Действия"), empty_values=(), orderable=False, exclude_from_export=True)

    class Meta(RegistryTable.Meta):
        model = Organization
        fields = ("name", "short_name", "role", "kind", "region", "city", "status", "joined_on", "leader_name")
        order_by = ("name",)

    def render_status(self, record, value):
        if not record.is_member:
            return "—"
        return format_html('<span class="badge badge-{}">{}</span>', record.status, value)

    def value_status(self, record, value):
        return value if record.is_member else ""

    def render_actions(self, record):
        links = [(reverse("secretariat:organization_edit", args=[record.slug]), _("Изменить"))]
        if record.is_member:
            links.append((reverse("secretariat:membership", args=[record.slug]), _("Членство")))
        links.append((reverse("secretariat:organization_history", args=[record.slug]), _("История")))
        return _actions(links)


class PersonTable(RegistryTable):
    full_name = tables.Column(verbose_name=_("ФИО"), linkify=("secretariat:person_edit", [tables.A("pk")]))
    short_name = tables.Column(verbose_name=_("Фамилия и инициалы"))
    posts = tables.Column(verbose_name=_("Должности"), empty_values=(), orderable=False)
    accounts = tables.Column(verbose_name=_("Учётная запись"), empty_values=(), orderable=False)

    class Meta(RegistryTable.Meta):
        model = Person
        fields = ("full_name", "short_name")
        order_by = ("full_name",)

    def _posts(self, record):
        return [
            f"{p.title}" + (f" ({p.organization or p.body})" if p.organization_id or p.body_id else "")
            for p in record.positions.all()
            if p.ended_on is None
        ]

    def render_posts(self, record):
        return "; ".join(self._posts(record)) or "—"

    def value_posts(self, record):
        return "; ".join(self._posts(record))

    def render_accounts(self, record):
        return ", ".join(user.email for user in record.accounts.all()) or "—"

    def value_accounts(self, record):
        return ", ".join(user.email for user in record.accounts.all())


class BodyTable(RegistryTable):
    name = tables.Column(verbose_name=_("Название"), linkify=("secretariat:body_edit", [tables.A("pk")]))
    short_name = tables.Column(verbose_name=_("Краткое название"))
    members = tables.Column(verbose_name=_("Состав"), empty_values=(), orderable=False)

    class Meta(RegistryTable.Meta):
        model = Body
        fields = ("name", "short_name")
        order_by = ("name",)

    def render_members(self, record):
        return "; ".join(f"{p.person} — {p.title}" for p in record.positions.all() if p.ended_on is None) or "—"

    def value_members(self, record):
        return self.render_members(record).replace("—", "") if record.positions.all() else ""


class DeclarationTable(RegistryTable):
    title = tables.Column(verbose_name=_("Название"), linkify=("secretariat:declaration_edit", [tables.A("pk")]))
    adopted_on = DateColumn(verbose_name=_("Одобрена"))
    is_open = tables.BooleanColumn(verbose_name=_("Перечень открыт"), yesno=(_("да"), _("нет")))
    is_published = tables.BooleanColumn(verbose_name=_("Опубликована"), yesno=(_("да"), _("нет")))

    class Meta(RegistryTable.Meta):
        model = Declaration
        fields = ("title", "adopted_on", "is_open", "is_published")
        order_by = ("-adopted_on",)


class AccountTable(RegistryTable):
    email = tables.Column(verbose_name=_("Email"), linkify=("secretariat:account", [tables.A("pk")]))
    full_name = tables.Column(verbose_name=_("ФИО"))
    roles = tables.Column(verbose_name=_("Роли"), empty_values=(), orderable=False)
    person = tables.Column(verbose_name=_("Персона"))
    is_active = tables.BooleanColumn(verbose_name=_("Активна"), yesno=(_("да"), _("нет")))
    last_login = tables.DateTimeColumn(verbose_name=_("Последний вход"), format="d.m.Y H:i")

    class Meta(RegistryTable.Meta):
        model = User
        fields = ("email", "full_name", "roles", "person", "is_active", "last_login")
        order_by = ("email",)

    def _roles(self, record):
        roles = [str(_("Секретариат"))] if any(g.name == SECRETARIAT_GROUP for g in record.groups.all()) else []
        roles += [str(_("руководитель: %(org)s") % {"org": o.short_name or o.name}) for o in record.organizations.all()]
        return roles

    def render_roles(self, record):
        return "; ".join(self._roles(record)) or "—"

    def value_roles(self, record):
        return "; ".join(self._roles(record))


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


class NumberColumn(tables.Column):
    """A figure: «—» when it was not answered; empty in an export, where a spreadsheet reads numbers only."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", "—")
        kwargs.setdefault("attrs", {"td": {"class": "number"}})
        super().__init__(*args, **kwargs)

    def value(self, value):
        return "" if value in (None, "—") else value


class AssessmentComparisonTable(RegistryTable):
    """Organizations × key figures of a year's self-assessment (rows are `assessments.figures.Figures`)."""

    name = tables.Column(verbose_name=_("Организация"), accessor="name", order_by=("name",))
    status = tables.Column(verbose_name=_("Отчёт"), accessor="report__status")
    members = NumberColumn(verbose_name=_("Членов"))
    youth = NumberColumn(verbose_name=_("Молодёжь 1990–2009"))
    youth_share = NumberColumn(verbose_name=_("Доля молодёжи, %"))
    youth_in_leadership = NumberColumn(verbose_name=_("Молодёжи в руководстве"))
    youth_projects = NumberColumn(verbose_name=_("Молодёжных проектов"))
    tenure = NumberColumn(verbose_name=_("Лет руководит"))
    successor = tables.Column(verbose_name=_("Преемник"), default="—")
    events = NumberColumn(verbose_name=_("Мероприятий"))

    class Meta(RegistryTable.Meta):
        order_by = ("name",)
        empty_text = _("Отправленных отчётов пока нет.")

    def render_name(self, record, value):
        url = reverse("secretariat:assessment_report", args=[record.report.questionnaire_id, record.organization.slug])
        return format_html('<a href="{}">{}</a>', url, value)

    def value_name(self, record, value):
        return record.organization.name

    def render_status(self, record, value):
        return format_html('<span class="badge badge-{}">{}</span>', value, record.report.get_status_display())

    def value_status(self, record, value):
        return record.report.get_status_display()

    def render_successor(self, value):
        return _("да") if value else _("нет")

    def value_successor(self, value):
        return "" if value is None else ("да" if value else "нет")
