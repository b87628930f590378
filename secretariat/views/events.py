"""Conferences and council meetings in the Secretariat workspace: create, edit, plan, hold, agenda."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from conferences.models import AgendaItem, Conference, EventStatus, Meeting
from conferences.services import agenda_add_standing_items, agenda_item_add, conference_create, meeting_create
from resolutions.control import event_windows_recompute
from resolutions.inbox import suspensions_due
from resolutions.selectors import open_decisions_before
from secretariat.forms.events import AgendaItemForm, ConferenceForm, HoldForm, MeetingForm
from secretariat.views import secretariat_required

MODELS = {"conference": Conference, "meeting": Meeting}


@secretariat_required
def event_list(request):
    return render(
        request,
        "secretariat/event_list.html",
        {"conferences": Conference.objects.chronological().reverse(), "meetings": Meeting.objects.order_by("-date")},
    )


def _event_form(kind):
    return ConferenceForm if kind == "conference" else MeetingForm


@secretariat_required
def event_create(request, kind):
    form_class = _event_form(kind)
    form = form_class(request.POST or None)
    if request.method == "POST" and form.is_valid():
        create = conference_create if kind == "conference" else meeting_create
        event = create(**form.cleaned_data)
        messages.success(request, _("Создано. Постоянные пункты повестки добавлены автоматически."))
        return redirect("secretariat:event", kind, event.pk)
    return render(request, "secretariat/event_form.html", {"form": form, "kind": kind, "event": None})


@secretariat_required
def event_detail(request, kind, pk):
    event = get_object_or_404(MODELS[kind], pk=pk)
    form = _event_form(kind)(request.POST or None, instance=event)
    if request.method == "POST" and form.is_valid():
        event = form.save()
        added = agenda_add_standing_items(event=event)
        messages.success(request, _("Сохранено."))
        _windows_recomputed(request, event)
        if added:
            messages.info(request, _("В повестку добавлены постоянные пункты: %(titles)s.") % {"titles": ", ".join(a.title for a in added)})
        return redirect("secretariat:event", kind, event.pk)
    return render(
        request,
        "secretariat/event_form.html",
        {
            "form": form, "kind": kind, "event": event,
            "agenda": event.agenda.select_related("standing_item"),
            "agenda_form": AgendaItemForm(),
            "hold_form": HoldForm(initial={"date": event.date}, auto_id="hold-%s"),
            "review": open_decisions_before(event),
            "linked_items": event.linked_items.select_related("resolution").order_by("resolution__adopted_on", "position"),
        },
    )


@secretariat_required
@require_POST
def event_hold(request, kind, pk):
    event = get_object_or_404(MODELS[kind], pk=pk)
    form = HoldForm(request.POST)
    if form.is_valid():
        event.date = form.cleaned_data["date"]
        event.status = EventStatus.HELD
        event.save()
        messages.success(request, _("Отмечено как проведённое."))
        _windows_recomputed(request, event)
        due = suspensions_due(timezone.localdate()).filter(**{f"decided_by_item__event_{kind}": event}).count()
        if due:
            messages.warning(request, ngettext(
                "Событие наступило для %(n)d приостановленного членства: примите решение во «Входящих».",
                "Событие наступило для приостановленных членств (%(n)d): примите решения во «Входящих».", due,
            ) % {"n": due})
    else:
        messages.error(request, _("Укажите дату проведения."))
    return redirect("secretariat:event", kind, event.pk)


def _windows_recomputed(request, event) -> None:
    changed = event_windows_recompute(event=event)
    if changed:
        messages.info(request, _("Сроки пересчитаны от даты события: %(labels)s.") % {
            "labels": ", ".join(f"{item.label} ({item.resolution.title})" for item in changed)
        })


@secretariat_required
@require_POST
def agenda_add(request, kind, pk):
    event = get_object_or_404(MODELS[kind], pk=pk)
    form = AgendaItemForm(request.POST)
    if form.is_valid():
        agenda_item_add(event=event, **form.cleaned_data)
        messages.success(request, _("Вопрос добавлен в повестку."))
    else:
        messages.error(request, _("Укажите вопрос повестки."))
    return redirect("secretariat:event", kind, event.pk)


@secretariat_required
@require_POST
def agenda_remove(request, kind, pk, item_pk):
    event = get_object_or_404(MODELS[kind], pk=pk)
    get_object_or_404(AgendaItem, pk=item_pk, **{kind: event}).delete()
    messages.success(request, _("Вопрос убран из повестки."))
    return redirect("secretariat:event", kind, event.pk)
