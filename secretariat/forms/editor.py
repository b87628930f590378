"""Forms of the resolution editor: the header, and the items with their responsible parties inline."""

import re

from django import forms
from django.db.models import Prefetch
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.text import long_date
from organizations.models import Body, Organization, Person, Role
from resolutions.deadlines import parse_deadline
from resolutions.models import ALL_MEMBERS_KEY, ItemKind, MembershipAction, Resolution, Responsibility
from resolutions.services import HEADER_FIELDS, ItemData, ResponsibleData

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
ALL_MEMBERS = ALL_MEMBERS_KEY
ALL_MEMBERS_TEXT = "все организации-члены КСОРС РТ"
MAX_RESPONSIBLE_ROWS = 12
LEVELS = [(0, _("Пункт")), (1, _("Подпункт")), (2, _("Подпункт второго уровня"))]


class ResolutionHeaderForm(forms.ModelForm):
    revision = forms.IntegerField(widget=forms.HiddenInput)
    note = forms.CharField(
        label=_("Что исправлено"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    class Meta:
        model = Resolution
        fields = list(HEADER_FIELDS)
        widgets = {
            "adopted_on": DATE_INPUT,
            "preamble": forms.Textarea(attrs={"rows": 10}),
            "adoption_text": forms.Textarea(attrs={"rows": 2}),
            "title": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slug"].label = _("Адрес страницы")
        self.fields["slug"].help_text = _("Латиницей, например xx-2026-06-19.")
        self.fields["conference"].queryset = self.fields["conference"].queryset.order_by("-number")
        self.fields["conference"].empty_label = self.fields["meeting"].empty_label = "—"
        if self.instance.is_published:
            self.fields["note"].help_text = gettext(
                "Обязательно: %(kind)s уже на сайте, примечание увидят читатели в списке редакций."
            ) % {"kind": self.instance.doc_kind.nominative}
        else:
            del self.fields["note"]

    def clean(self):
        cleaned = super().clean()
        if self.instance.is_published and not (cleaned.get("note") or "").strip():
            self.add_error("note", _("Опишите, что исправлено: это увидят читатели."))
        return cleaned

    def header(self) -> dict:
        return {name: self.cleaned_data[name] for name in HEADER_FIELDS if name in self.cleaned_data}


class ResponsibleChoices:
    """People, bodies and organizations for the responsible fields, loaded once for the whole formset.

    The editor names them in text inputs backed by one <datalist> per page instead of a <select> per row:
    a 40-item resolution has ~100 responsible rows, and a select of every person, body and organization
    in each of them made the page 30× slower than the public page (issue 10)."""

    def __init__(self):
        # Keys as `Responsibility.key` writes them.
        self.people = {f"person:{p.slug}": p for p in Person.objects.order_by("full_name")}
        self.bodies = {f"body:{b.slug}": b for b in Body.objects.order_by("name")}
        self.organizations = {f"org:{o.slug}": o for o in Organization.objects.order_by("role", "name")}
        self.members = [o for o in self.organizations.values() if o.role == Role.MEMBER]
        self.labels = {ALL_MEMBERS: str(_("Все организации-члены"))}
        self.labels.update({key: f"{p.short_name} — {p.full_name}" for key, p in self.people.items()})
        self.labels.update({key: b.name for key, b in self.bodies.items()})
        for key, organization in self.organizations.items():
            label = organization.name
            if label in self.labels.values():
                label = f"{label} ({organization.slug})"
            self.labels[key] = label
        self.keys = {label.casefold(): key for key, label in self.labels.items()}
        self.member_labels = {str(o.pk): o.name for o in self.members}
        self.members_by_label = {o.name.casefold(): o for o in self.members}
        self.members_by_pk = {str(o.pk): o for o in self.members}

    def key_from_input(self, value: str) -> str | None:
        """The key for what was typed or picked: a label from the list, or a key itself; None if unknown."""
        value = (value or "").strip()
        if not value:
            return ""
        if value in self.labels:
            return value
        return self.keys.get(value.casefold())

    def member_from_input(self, value: str):
        """The member organization picked: by its name from the list, or by its id; None if unknown."""
        value = (value or "").strip()
        return self.members_by_pk.get(value) or self.members_by_label.get(value.casefold())

    @staticmethod
    def key_for(responsibility) -> str:
        """The select's value: the responsibility's key, or "" (only text) when it names no one."""
        key = responsibility.key
        return "" if key.startswith("text:") else key

    def data_for(self, key: str, text: str) -> ResponsibleData:
        person, body, organization = self.people.get(key), self.bodies.get(key), self.organizations.get(key)
        target = person or body or organization
        default_text = ALL_MEMBERS_TEXT if key == ALL_MEMBERS else str(target or "")
        return ResponsibleData(
            text=text or default_text, person=person, body=body, organization=organization,
            all_members=key == ALL_MEMBERS,
        )


class LabelledInput(forms.TextInput):
    """A text input tied to a <datalist>, showing the label of a stored key (a person's key, an organization's id)."""

    def __init__(self, *, labels: dict, datalist: str):
        super().__init__(attrs={"list": datalist, "autocomplete": "off"})
        self.labels = labels

    def format_value(self, value):
        value = super().format_value(value)
        return self.labels.get(value, value)


class ItemForm(forms.Form):
    id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    label = forms.CharField(label=_("Номер"), max_length=20, widget=forms.TextInput(attrs={"size": 4}))
    level = forms.TypedChoiceField(label=_("Уровень"), choices=LEVELS, coerce=int, initial=0)
    text = forms.CharField(label=_("Текст"), widget=forms.Textarea(attrs={"rows": 3}))
    kind = forms.ChoiceField(label=_("Вид"), choices=ItemKind.choices, initial=ItemKind.OTHER)
    deadline_text = forms.CharField(
        label=_("Срок, как в документе"), max_length=300, required=False,
        help_text=_("Например: «до ноября 2026 года», «во втором (третьем) квартале 2027 г.»"),
    )
    due_start = forms.DateField(label=_("Начало окна"), required=False, widget=DATE_INPUT)
    due_end = forms.DateField(label=_("Конец окна"), required=False, widget=DATE_INPUT)
    membership_action = forms.ChoiceField(
        label=_("Решение о членстве"), choices=[("", "—"), *MembershipAction.choices], required=False
    )
    membership_organization = forms.CharField(label=_("Организация"), max_length=300, required=False)
    membership_until_on = forms.DateField(label=_("До (дата)"), required=False, widget=DATE_INPUT)
    membership_until_event = forms.CharField(label=_("До (событие)"), max_length=300, required=False)

    def __init__(self, *args, responsible_choices: ResponsibleChoices, reference_date=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.responsible_choices = responsible_choices
        self.reference_date = reference_date
        self.deadline = None
        self.fields["membership_organization"].widget = LabelledInput(
            labels=responsible_choices.member_labels, datalist="member-organizations"
        )
        self.fields["membership_organization"].help_text = _("Начните вводить название и выберите из списка.")
        for index in range(self._responsible_row_count()):
            self.fields[f"resp_{index}_text"] = forms.CharField(
                label=_("Ответственный, как в документе"), max_length=500, required=False
            )
            self.fields[f"resp_{index}_target"] = forms.CharField(
                label=_("Кто это в реестре"), max_length=500, required=False,
                widget=LabelledInput(labels=responsible_choices.labels, datalist="responsible-targets"),
            )

    def has_changed(self) -> bool:
        # A blank row renumbered or re-levelled by the editor's script is still blank: nothing to save.
        return bool(set(self.changed_data) - {"ORDER", "level", "kind"})

    def _responsible_row_count(self) -> int:
        if self.is_bound:
            pattern = re.compile(rf"^{re.escape(self.prefix)}-resp_(\d+)_(?:text|target)$")
            indexes = [int(m.group(1)) for key in self.data if (m := pattern.match(key))]
            return min(MAX_RESPONSIBLE_ROWS, max(indexes, default=-1) + 2)
        filled = sum(1 for key in self.initial if key.endswith("_text") and key.startswith("resp_"))
        return min(MAX_RESPONSIBLE_ROWS, filled + 1)

    @property
    def responsible_rows(self):
        count = sum(1 for name in self.fields if name.endswith("_target"))
        return [(self[f"resp_{i}_text"], self[f"resp_{i}_target"]) for i in range(count)]

    def clean_membership_organization(self):
        value = self.cleaned_data["membership_organization"]
        if not value.strip():
            return None
        organization = self.responsible_choices.member_from_input(value)
        if organization is None:
            raise forms.ValidationError(
                _("Организации «%(name)s» нет среди членов КСОРС РТ: выберите её из списка."),
                code="unknown_organization", params={"name": value.strip()},
            )
        return organization

    def _clean_targets(self, cleaned: dict) -> None:
        for name in [name for name in self.fields if name.endswith("_target")]:
            typed = cleaned.get(name) or ""
            key = self.responsible_choices.key_from_input(typed)
            if key is None:
                self.add_error(name, forms.ValidationError(
                    _("«%(name)s» нет в реестре: выберите из списка или оставьте поле пустым — тогда сохранится только текст."),
                    code="unknown_target", params={"name": typed.strip()},
                ))
            else:
                cleaned[name] = key

    @property
    def has_responsible(self) -> bool:
        return any(text.value() or target.value() for text, target in self.responsible_rows)

    @property
    def has_deadline(self) -> bool:
        return any(self[name].value() for name in ("deadline_text", "due_start", "due_end"))

    def clean(self):
        cleaned = super().clean()
        self._clean_targets(cleaned)
        text = cleaned.get("deadline_text", "")
        self.deadline = parse_deadline(text, reference=self.reference_date) if text else None
        if self.deadline and (self.deadline.start or self.deadline.end):
            cleaned["due_start"], cleaned["due_end"] = self.deadline.start, self.deadline.end
        start, end = cleaned.get("due_start"), cleaned.get("due_end")
        if start and end and start > end:
            self.add_error("due_end", _("Конец окна раньше его начала."))
        if cleaned.get("membership_action") and not cleaned.get("membership_organization"):
            self.add_error("membership_organization", _("Укажите организацию, о членстве которой решение."))
        return cleaned

    @property
    def window(self) -> str:
        """The normalised window to show back: from the cleaned data, else from the initial values."""
        source = self.cleaned_data if self.is_bound and hasattr(self, "cleaned_data") else self.initial
        start, end = source.get("due_start"), source.get("due_end")
        if start and end and start != end:
            return f"{long_date(start)} — {long_date(end)}"
        return long_date(end or start)

    @property
    def window_parsed(self) -> bool:
        return bool(self.deadline and (self.deadline.start or self.deadline.end))

    def item_data(self) -> ItemData:
        cleaned = self.cleaned_data
        responsible = []
        for index in range(len(self.responsible_rows)):
            text = (cleaned.get(f"resp_{index}_text") or "").strip()
            key = cleaned.get(f"resp_{index}_target") or ""
            if text or key:
                responsible.append(self.responsible_choices.data_for(key, text))
        if self.deadline:
            kind, relative_to = self.deadline.kind, self.deadline.relative_to
        elif cleaned.get("due_start") and cleaned.get("due_end") and cleaned["due_start"] != cleaned["due_end"]:
            kind, relative_to = "range", ""
        else:
            kind, relative_to = ("by" if cleaned.get("due_end") or cleaned.get("due_start") else ""), ""
        return ItemData(
            id=cleaned.get("id"),
            label=cleaned["label"].strip(),
            level=cleaned.get("level") or 0,
            text=cleaned["text"].strip(),
            kind=cleaned.get("kind") or ItemKind.OTHER,
            deadline_text=(cleaned.get("deadline_text") or "").strip(),
            deadline_kind=kind,
            due_start=cleaned.get("due_start"),
            due_end=cleaned.get("due_end"),
            due_relative_to=relative_to,
            responsible=responsible,
            membership_action=cleaned.get("membership_action") or "",
            membership_organization=cleaned.get("membership_organization"),
            membership_until_on=cleaned.get("membership_until_on"),
            membership_until_event=cleaned.get("membership_until_event") or "",
        )


class BaseItemFormSet(forms.BaseFormSet):
    def _kept_forms(self) -> list[ItemForm]:
        """Forms that will be saved, in their new order; checked even when some of them have errors."""
        kept = [
            (index, form) for index, form in enumerate(self.forms)
            if (index < self.initial_form_count() or form.has_changed()) and not self._should_delete_form(form)
        ]
        return [form for _i, form in sorted(kept, key=lambda pair: (pair[1].cleaned_data.get("ORDER") is None,
                                                                      pair[1].cleaned_data.get("ORDER") or 0, pair[0]))]

    def clean(self):
        seen: dict[str, ItemForm] = {}
        previous_level = None
        for form in self._kept_forms():
            label = (form.cleaned_data.get("label") or "").strip()
            if label and label in seen:
                form.add_error("label", _("Пункт с номером «%(label)s» уже есть.") % {"label": label})
            seen[label] = form
            level = form.cleaned_data.get("level") or 0
            if previous_level is None and level > 0:
                form.add_error("level", _("Первый пункт не может быть подпунктом."))
            elif previous_level is not None and level > previous_level + 1:
                form.add_error("level", _("Подпункт должен идти после пункта уровнем выше."))
            previous_level = level

    def items_data(self) -> list[ItemData]:
        return [form.item_data() for form in self.ordered_forms]


ItemFormSet = forms.formset_factory(
    ItemForm, formset=BaseItemFormSet, extra=1, can_order=True, can_delete=True, max_num=500, validate_max=True
)


def item_initial(resolution: Resolution) -> list[dict]:
    """The formset's initial data: every item in order, its level from its parents and its responsible rows."""
    items = list(resolution.items.select_related("parent").prefetch_related(
        Prefetch("responsibilities", queryset=Responsibility.objects.select_related("person", "body", "organization"))
    ).order_by("position"))
    levels: dict[int, int] = {}
    initial = []
    for item in items:
        levels[item.pk] = levels.get(item.parent_id, -1) + 1 if item.parent_id else 0
        row = {
            "id": item.pk,
            "label": item.label,
            "level": min(levels[item.pk], 2),
            "text": item.text,
            "kind": item.kind,
            "deadline_text": item.deadline_text,
            "due_start": item.due_start,
            "due_end": item.due_end,
            "membership_action": item.membership_action,
            "membership_organization": item.membership_organization_id,
            "membership_until_on": item.membership_until_on,
            "membership_until_event": item.membership_until_event,
            "ORDER": item.position,
        }
        for index, responsibility in enumerate(item.responsibilities.all()):
            row[f"resp_{index}_text"] = responsibility.text
            row[f"resp_{index}_target"] = ResponsibleChoices.key_for(responsibility)
        initial.append(row)
    return initial
