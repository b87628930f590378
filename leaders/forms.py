from django import forms
from django.utils.translation import gettext_lazy as _

from core.uploads import UploadField
from organizations.models import Organization, Submission
from organizations.services import PROFILE_FIELDS
from resolutions.models import ExecutionStatus


class ProfileForm(forms.ModelForm):
    """The part of an organization's page its leaders keep current. Name, status and slug are not here."""

    logo_upload = UploadField(
        kind="logo", label=_("Логотип"), required=False,
        help_text=_("JPEG, PNG, WebP или GIF до 15 МБ; будет уменьшен до 400 точек."),
    )
    remove_logo = forms.BooleanField(label=_("Удалить логотип"), required=False)
    # A new photo travels with the profile: adding one saves the text typed in the profile too, never drops it.
    # Its inputs sit in the photo section of the page and join this form through the `form` attribute.
    photo = UploadField(
        kind="photo", label=_("Фотография"), required=False,
        help_text=_("JPEG, PNG, WebP или GIF до 15 МБ и 40 млн точек; сведения о съёмке (EXIF) удаляются."),
        widget=forms.ClearableFileInput(attrs={"form": "profile-form", "accept": "image/jpeg,image/png,image/webp,image/gif"}),
    )
    photo_caption = forms.CharField(
        label=_("Подпись"), max_length=300, required=False, widget=forms.TextInput(attrs={"form": "profile-form"})
    )
    # The revision the page was opened at: a save over someone else's later save is refused, not lost.
    revision = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0, max_value=2**31)

    class Meta:
        model = Organization
        fields = list(PROFILE_FIELDS)
        labels = {"description": _("Об организации")}
        widgets = {"video_links": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["revision"] = self.instance.revision

    def clean_video_links(self):
        return _links(self.cleaned_data["video_links"])

    def profile_fields(self):
        return [field for field in self.visible_fields() if field.name not in PHOTO_FIELDS]

    def photo_fields(self):
        return [self[name] for name in PHOTO_FIELDS]


PHOTO_FIELDS = ("photo", "photo_caption")


def _links(text: str) -> str:
    links = [line.strip() for line in text.splitlines() if line.strip()]
    validate = forms.URLField().clean
    for link in links:
        try:
            validate(link)
        except forms.ValidationError:
            raise forms.ValidationError(
                _("«%(link)s» — не ссылка. Укажите адрес целиком, с https://"), code="invalid_link", params={"link": link}
            ) from None
    return "\n".join(links)


class SubmissionForm(forms.Form):
    text = forms.CharField(
        label=_("Текст"), widget=forms.Textarea(attrs={"rows": 10}), required=False,
        help_text=_("История, успешные практики, рассказы о людях — можно прямо здесь."),
    )
    links = forms.CharField(
        label=_("Ссылки"), widget=forms.Textarea(attrs={"rows": 3}), required=False,
        help_text=_("Видео и фотоальбомы — по одной ссылке в строке."),
    )
    files = UploadField(
        kind="attachment", multiple=True, label=_("Добавить файлы"), required=False,
        help_text=_("Фотографии (JPEG, PNG, WebP, GIF) и документы (PDF, DOCX, ODT, TXT) до 20 МБ каждый."),
    )

    def __init__(self, *args, submission: Submission | None = None, **kwargs):
        self.submission = submission
        super().__init__(*args, **kwargs)

    def clean_links(self):
        return _links(self.cleaned_data["links"])

    def clean(self):
        data = super().clean()
        has_files = bool(data.get("files")) or (self.submission is not None and self.submission.files.exists())
        if not self.errors and not (data.get("text", "").strip() or data.get("links") or has_files):
            raise forms.ValidationError(_("Добавьте текст, ссылку или файл."), code="empty")
        return data


class DeclarationRequestForm(forms.Form):
    """Nothing to fill in: the request itself is the statement. Kept as a form for CSRF and errors."""


class LeaveForm(forms.Form):
    reason = forms.CharField(label=_("Причина выхода"), widget=forms.Textarea(attrs={"rows": 3}))


class ProgressReportForm(forms.Form):
    reported_on = forms.DateField(label=_("Дата"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    text = forms.CharField(label=_("Что сделано"), widget=forms.Textarea(attrs={"rows": 6}))
    status = forms.ChoiceField(
        label=_("Состояние вашей части работы"),
        choices=[("", _("— не указывать —")), *[(c.value, c.label) for c in ExecutionStatus if c != ExecutionStatus.WITHDRAWN]],
        required=False,
    )
    files = UploadField(
        kind="attachment", multiple=True, label=_("Вложения"), required=False,
        help_text=_("Фотографии и документы (PDF, DOCX, ODT, TXT) до 20 МБ каждый."),
    )


class ExtensionRequestForm(forms.Form):
    proposed_end = forms.DateField(
        label=_("Продлить срок до"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": _("Укажите, до какой даты продлить срок.")},
    )
    reason = forms.CharField(
        label=_("Причина"), widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Укажите причину продления.")},
    )
