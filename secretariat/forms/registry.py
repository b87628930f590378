"""The registry's forms: organizations, people with their posts, bodies, declarations."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.uploads import UploadField
from organizations.models import Body, Organization, Person, Position, SitePage, short_form
from organizations.services import REGISTRY_FIELDS
from resolutions.models import Declaration, DeclarationDocument, Item
from secretariat.forms.organizations import DATE_INPUT


class OrganizationForm(forms.ModelForm):
    """Everything a leader cannot edit; the membership status moves only by decisions (see «Членство»)."""

    renamed_on = forms.DateField(
        label=_("Новое название действует с"), required=False, widget=DATE_INPUT,
        help_text=_("Только при переименовании: прежнее название останется в истории названий до этой даты."),
    )

    class Meta:
        model = Organization
        fields = REGISTRY_FIELDS
        widgets = {"founded_on": DATE_INPUT, "joined_on": DATE_INPUT}
        help_texts = {"slug": _("Латиницей, через дефис: slavianskii-dom. Меняйте осторожно: старые ссылки перестанут работать.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slug"].required = False
        if self.instance.pk is None:
            del self.fields["renamed_on"]

    def clean_slug(self):
        slug = self.cleaned_data.get("slug", "").strip()
        if not slug and self.instance.pk:
            raise ValidationError(_("Укажите адрес страницы."), code="required")
        return slug

    def clean(self):
        cleaned = super().clean()
        renamed_on = cleaned.get("renamed_on")
        if renamed_on and renamed_on > timezone.localdate():
            self.add_error("renamed_on", _("Дата переименования не может быть в будущем."))
        founded, joined = cleaned.get("founded_on"), cleaned.get("joined_on")
        if founded and joined and joined < founded:
            self.add_error("joined_on", _("Организация не могла вступить в КСОРС РТ раньше, чем была основана."))
        return cleaned


class PersonForm(forms.ModelForm):
    class Meta:
        model = Person
        fields = ("full_name", "short_name")
        help_texts = {"short_name": _("Если оставить пустым, будет составлено из ФИО: «Ким В.М.».")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["short_name"].required = False

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("full_name") and not cleaned.get("short_name", "").strip():
            cleaned["short_name"] = short_form(cleaned["full_name"])
        return cleaned


class PositionForm(forms.ModelForm):
    class Meta:
        model = Position
        fields = ("title", "organization", "body", "is_leader", "started_on", "ended_on")
        widgets = {"started_on": DATE_INPUT, "ended_on": DATE_INPUT}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = Organization.objects.order_by("name")
        self.fields["organization"].required = False
        self.fields["body"].required = False

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("started_on"), cleaned.get("ended_on")
        if start and end and end < start:
            self.add_error("ended_on", _("Дата окончания раньше даты начала."))
        if cleaned.get("organization") and cleaned.get("body"):
            self.add_error("body", _("Должность — либо в организации, либо в органе КСОРС РТ, не в обоих сразу."))
        if cleaned.get("is_leader") and not cleaned.get("organization"):
            self.add_error("organization", _("Руководитель — укажите, какой организации."))
        return cleaned


PositionFormSet = forms.inlineformset_factory(
    Person, Position, form=PositionForm, extra=1, can_delete=True,
)


class PersonMergeForm(forms.Form):
    duplicate = forms.ModelChoiceField(
        label=_("Запись-дубль"), queryset=Person.objects.order_by("full_name"),
        help_text=_("Её должности, учётные записи и упоминания в пунктах перейдут к этой персоне, сама запись будет удалена."),
    )

    def __init__(self, *args, person, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["duplicate"].queryset = Person.objects.exclude(pk=person.pk).order_by("full_name")


class BodyForm(forms.ModelForm):
    class Meta:
        model = Body
        fields = ("name", "short_name", "slug", "description")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slug"].required = False


class DeclarationForm(forms.ModelForm):
    # A document attached in the same form, so what is typed in the text is saved with it and never lost.
    document = UploadField(
        kind="document", label=_("Приложить документ"), required=False,
        help_text=_("Например, заявление, к которому относится декларация: PDF, DOCX, ODT или TXT."),
    )
    document_title = forms.CharField(label=_("Название документа"), max_length=300, required=False)
    remove_documents = forms.ModelMultipleChoiceField(
        label=_("Убрать документы"), queryset=DeclarationDocument.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Declaration
        fields = ("title", "slug", "summary", "text", "adopted_on", "adopted_by_item", "is_open", "is_published")
        widgets = {"adopted_on": DATE_INPUT, "text": forms.Textarea(attrs={"rows": 16}), "summary": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "text": _("Полный текст декларации: он публикуется на её странице. Абзацы — через пустую строку."),
            "slug": _("Если оставить пустым, будет составлен из названия."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slug"].required = False
        self.fields["adopted_by_item"].queryset = Item.objects.published().select_related("resolution").order_by(
            "-resolution__adopted_on", "position"
        )
        self.fields["adopted_by_item"].label_from_instance = lambda item: f"{item.resolution.title[:80]} — п. {item.label}"
        if self.instance.pk:
            self.fields["remove_documents"].queryset = self.instance.documents.all()
        else:
            del self.fields["remove_documents"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("document") and not (cleaned.get("document_title") or "").strip():
            self.add_error("document_title", forms.ValidationError(
                _("Назовите документ, например «Заявление от 19.06.2026»."), code="no_title"))
        return cleaned


class SitePageForm(forms.ModelForm):
    """The text of «О КСОРС РТ», «Контакты», «Персональные данные» in both languages (markup: core.markup)."""

    class Meta:
        model = SitePage
        fields = ("title_ru", "body_ru", "title_en", "body_en")
        widgets = {
            "body_ru": forms.Textarea(attrs={"rows": 18}),
            "title_en": forms.TextInput(attrs={"lang": "en"}),
            "body_en": forms.Textarea(attrs={"rows": 18, "lang": "en"}),
        }

    def clean(self):
        cleaned = super().clean()
        # Line endings as the browser sends them (CRLF) would make a change of nothing in the history.
        for name in ("body_ru", "body_en"):
            if cleaned.get(name):
                cleaned[name] = cleaned[name].replace("\r\n", "\n").replace("\r", "\n").strip()
        if cleaned.get("body_en", "").strip() and not cleaned.get("title_en", "").strip():
            self.add_error("title_en", ValidationError(_("У английского текста нужен английский заголовок."), code="required"))
        return cleaned
