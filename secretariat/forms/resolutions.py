"""Forms of the Secretariat workspace besides the editor: import, unpublishing, execution control."""

from pathlib import Path

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from conferences.models import Conference, Meeting
from resolutions.models import ExecutionStatus, ProgressReport, Resolution

ATTACHMENT_EXTENSIONS = {".pdf", ".docx", ".odt", ".txt", ".jpg", ".jpeg", ".png", ".gif", ".webp"}
IMPORT_EXTENSIONS = {".txt", ".docx"}


def attachment_max_bytes() -> int:
    return getattr(settings, "KSORS_ATTACHMENT_MAX_BYTES", 10 * 1024 * 1024)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(upload, initial) for upload in data]
        return [single(data, initial)] if data else []


class UnpublishForm(forms.Form):
    reason = forms.CharField(
        label=_("Причина снятия с публикации"), widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Запишется в историю изменений резолюции."),
    )


class ImportForm(forms.Form):
    text = forms.CharField(
        label=_("Текст резолюции"), required=False, widget=forms.Textarea(attrs={"rows": 16}),
        help_text=_("Вставьте текст целиком — от заголовка до строки об утверждении."),
    )
    file = forms.FileField(label=_("…или файл .txt / .docx"), required=False)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and Path(upload.name).suffix.lower() not in IMPORT_EXTENSIONS:
            raise forms.ValidationError(_("Поддерживаются файлы .txt и .docx."), code="file_type")
        return upload

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("text") or "").strip() and not cleaned.get("file") and not self.errors:
            raise forms.ValidationError(_("Вставьте текст или выберите файл."), code="empty")
        return cleaned


class ImportConfirmForm(forms.Form):
    source = forms.CharField(widget=forms.HiddenInput, strip=False)
    slug = forms.SlugField(label=_("Адрес страницы"), max_length=120, help_text=_("Латиницей, например xx-2026-06-19."))
    conference = forms.ModelChoiceField(
        label=_("Конференция"), queryset=Conference.objects.order_by("-number"), required=False
    )
    meeting = forms.ModelChoiceField(label=_("Заседание"), queryset=Meeting.objects.all(), required=False)

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if Resolution.objects.filter(slug=slug).exists():
            raise forms.ValidationError(_("Этот адрес уже занят другой резолюцией."), code="slug_taken")
        return slug


class ItemStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Статус исполнения"), choices=ExecutionStatus.choices)


class ProgressReportForm(forms.ModelForm):
    files = MultipleFileField(
        label=_("Вложения"), required=False,
        help_text=_("PDF, DOCX, ODT, TXT или изображения; каждый файл не больше %(size)s.")
        % {"size": filesizeformat(10 * 1024 * 1024)},
    )

    class Meta:
        model = ProgressReport
        fields = ["reported_on", "text", "status", "organization"]
        widgets = {
            "reported_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "text": forms.Textarea(attrs={"rows": 4}),
        }

    def clean_files(self):
        files = self.cleaned_data.get("files") or []
        limit = attachment_max_bytes()
        for upload in files:
            if Path(upload.name).suffix.lower() not in ATTACHMENT_EXTENSIONS:
                raise forms.ValidationError(
                    _("Файл «%(name)s»: допустимы PDF, DOCX, ODT, TXT и изображения."),
                    code="file_type", params={"name": upload.name},
                )
            if upload.size > limit:
                raise forms.ValidationError(
                    _("Файл «%(name)s» больше %(size)s."),
                    code="file_size", params={"name": upload.name, "size": filesizeformat(limit)},
                )
        return files
