"""The resolution editor: header, preamble and items inline, optimistic locking, preview, publication."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from organizations.models import MembershipStatus
from resolutions.consistency import resolution_conference_differences, unassigned_instructions
from resolutions.models import Item, Resolution, ResolutionStatus
from resolutions.selectors import resolution_document, version_history
from resolutions.services import (
    MEMBERSHIP_STATUS_FOR_ACTION,
    StaleRevision,
    conference_update_from_resolution,
    membership_decisions,
    resolution_publish,
    resolution_save,
    resolution_snapshot,
    resolution_unpublish,
    resolution_versions_diff,
)
from secretariat.forms.editor import ItemFormSet, ResolutionHeaderForm, ResponsibleChoices, item_initial
from secretariat.forms.resolutions import UnpublishForm
from secretariat.views import secretariat_required

SESSION_BASE = "resolution-editor-base"


def _get_resolution(pk) -> Resolution:
    return get_object_or_404(Resolution.objects.select_related("conference", "meeting"), pk=pk)


def _remember_base(request, resolution: Resolution) -> None:
    """Keep what this user started from, so a refused save can show what the other person changed."""
    bases = request.session.get(SESSION_BASE, {})
    bases[str(resolution.pk)] = {"revision": resolution.revision, "snapshot": resolution_snapshot(resolution)}
    request.session[SESSION_BASE] = dict(list(bases.items())[-10:])


def _conflict(request, resolution: Resolution, expected_revision: int) -> dict:
    base = request.session.get(SESSION_BASE, {}).get(str(resolution.pk))
    current = resolution_snapshot(resolution)
    # The history records real changes only: a colleague who changed only items left no record of the
    # resolution's own row (its revision moved, nothing else), so the last change is the latest of both.
    records = [
        resolution.history_log.select_related("history_user").first(),
        Item.history_log.filter(resolution_id=resolution.pk).select_related("history_user").first(),
    ]
    last = max((r for r in records if r is not None), key=lambda r: r.history_date, default=None)
    return {
        "diff": resolution_versions_diff(base["snapshot"], current) if base and base["revision"] == expected_revision else None,
        "by": last.history_user if last else None,
        "at": last.history_date if last else None,
    }


def _forms(resolution: Resolution, data=None):
    choices = ResponsibleChoices()
    form_kwargs = {"responsible_choices": choices, "reference_date": resolution.adopted_on}
    if data is None:
        header = ResolutionHeaderForm(instance=resolution, initial={"revision": resolution.revision})
        formset = ItemFormSet(initial=item_initial(resolution), prefix="items", form_kwargs=form_kwargs)
    else:
        header = ResolutionHeaderForm(data, instance=resolution)
        formset = ItemFormSet(data, prefix="items", form_kwargs=form_kwargs)
    return header, formset


@secretariat_required
def resolution_edit(request, pk):
    resolution = _get_resolution(pk)
    conflict = None
    if request.method != "POST":
        header, formset = _forms(resolution)
        _remember_base(request, resolution)
    else:
        header, formset = _forms(resolution, request.POST)
        if header.is_valid() and formset.is_valid():
            expected = header.cleaned_data["revision"]
            try:
                saved = resolution_save(
                    resolution=resolution,
                    header=header.header(),
                    items=formset.items_data(),
                    expected_revision=expected,
                    user=request.user,
                    note=header.cleaned_data.get("note", ""),
                )
            except StaleRevision as stale:
                conflict = _conflict(request, stale.current, expected)
                # The user's text stays in the form; saving again now knowingly replaces the other version.
                data = request.POST.copy()
                data["revision"] = stale.current.revision
                header, formset = _forms(_get_resolution(pk), data)
                header.is_valid()
                formset.is_valid()
                messages.error(
                    request,
                    capfirst(_(
                        "%(kind)s уже изменил другой сотрудник, пока вы вносили правки. Ваши изменения не сохранены, "
                        "но остались в форме. Посмотрите, что изменилось, и сохраните ещё раз, если ваша версия верна."
                    ) % {"kind": resolution.doc_kind.accusative}),
                )
            except ValidationError as error:
                for text in error.messages:
                    messages.error(request, text)
            else:
                _remember_base(request, saved)
                if saved.status == ResolutionStatus.PUBLISHED:
                    messages.success(request, _("Исправление сохранено: редакция %(n)s.") % {"n": saved.version})
                else:
                    messages.success(request, _("Черновик сохранён."))
                if request.POST.get("action") == "preview":
                    return redirect("secretariat:resolution_preview", saved.pk)
                return redirect("secretariat:resolution_edit", saved.pk)
        else:
            messages.error(request, _("Не сохранено: исправьте ошибки, отмеченные ниже. Всё введённое осталось в форме."))
    return render(
        request,
        "secretariat/resolution_edit.html",
        {
            "resolution": _get_resolution(pk) if conflict else resolution,
            "header": header,
            "formset": formset,
            "choices": formset.form_kwargs["responsible_choices"],
            "conflict": conflict,
        },
    )


@secretariat_required
def resolution_preview(request, pk):
    resolution = _get_resolution(pk)
    return render(request, "secretariat/resolution_preview.html", {**resolution_document(resolution), "preview": True})


def _membership_pairs(resolution: Resolution):
    items = resolution.items.exclude(membership_action="").select_related("membership_organization")
    return membership_decisions(items.prefetch_related("membership_others"))


@secretariat_required
def resolution_publish_view(request, pk):
    """«Проверьте перед публикацией»: what publishing changes (GET), then the publication itself (POST)."""
    resolution = _get_resolution(pk)
    if resolution.status == ResolutionStatus.PUBLISHED:
        messages.info(request, capfirst(_("%(kind)s уже на сайте.") % {"kind": resolution.doc_kind.nominative}))
        return redirect("secretariat:resolution_edit", pk)
    if request.method == "POST":
        try:
            with transaction.atomic():
                resolution = resolution_publish(resolution=resolution, user=request.user)
                synced = (
                    conference_update_from_resolution(resolution=resolution, user=request.user)
                    if request.POST.get("sync_conference") else []
                )
        except ValidationError as error:
            for text in error.messages:
                messages.error(request, text)
            return redirect("secretariat:resolution_publish", pk)
        messages.success(request, capfirst(_("%(kind)s теперь на сайте.") % {"kind": resolution.doc_kind.nominative}))
        if synced:
            messages.info(request, _("Запись конференции обновлена по документу."))
        for item, organization in _membership_pairs(resolution):
            organization.refresh_from_db()
            messages.info(
                request,
                _("Пункт %(label)s: %(organization)s — %(status)s.")
                % {"label": item.label, "organization": organization, "status": organization.get_status_display()},
            )
        return redirect("secretariat:resolution_edit", pk)
    items = resolution.items.prefetch_related("responsibilities")
    decisions = [
        (item, organization, MembershipStatus(MEMBERSHIP_STATUS_FOR_ACTION[item.membership_action]).label)
        for item, organization in _membership_pairs(resolution)
    ]
    return render(request, "secretariat/resolution_publish.html", {
        "resolution": resolution,
        "decisions": decisions,
        "differences": resolution_conference_differences(resolution),
        "unassigned": unassigned_instructions(items),
    })


@secretariat_required
def resolution_unpublish_view(request, pk):
    resolution = _get_resolution(pk)
    form = UnpublishForm(request.POST or None, resolution=resolution)
    if request.method == "POST" and form.is_valid():
        try:
            resolution_unpublish(resolution=resolution, reason=form.cleaned_data["reason"], user=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                capfirst(
                    _("%(kind)s больше не на сайте. Причина снятия с публикации записана в истории.")
                    % {"kind": resolution.doc_kind.nominative}
                ),
            )
            return redirect("secretariat:resolution_edit", pk)
    return render(request, "secretariat/resolution_unpublish.html", {"resolution": resolution, "form": form})


@secretariat_required
def resolution_versions(request, pk):
    resolution = _get_resolution(pk)
    rows = version_history(resolution)
    return render(request, "secretariat/resolution_versions.html", {"resolution": resolution, "rows": rows})
