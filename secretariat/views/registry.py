"""The registry the Secretariat keeps: organizations (members and partners), people and their posts, bodies,
declarations. Every change goes to the history with its author (django-simple-history's request middleware)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from core.lists import table_list
from core.markup import render_page_text
from core.text import unique_slug
from organizations.models import Body, Organization, Person, Position, SitePage
from organizations.services import organization_save, person_merge
from resolutions.declarations import declaration_documents_update
from resolutions.models import Declaration
from secretariat.filters import OrganizationRegistryFilter, PersonFilter
from secretariat.forms.registry import (
    BodyForm,
    DeclarationForm,
    OrganizationForm,
    PersonForm,
    PersonMergeForm,
    PositionFormSet,
    SitePageForm,
)
from secretariat.tables import BodyTable, DeclarationTable, OrganizationTable, PersonTable
from secretariat.views import secretariat_required

_CURRENT_POSITIONS = Prefetch(
    "positions", queryset=Position.objects.select_related("organization", "body").order_by("-started_on")
)


@secretariat_required
def organization_list(request):
    return table_list(
        request,
        table_class=OrganizationTable,
        filterset_class=OrganizationRegistryFilter,
        queryset=Organization.objects.all(),
        template="secretariat/registry/organization_list.html",
        export_name="organizations",
    )


@secretariat_required
def organization_edit(request, slug=None):
    organization = get_object_or_404(Organization, slug=slug) if slug else Organization()
    form = OrganizationForm(request.POST or None, instance=organization)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        if not data.get("slug"):
            data["slug"] = unique_slug(Organization.objects.all(), data.get("short_name") or data["name"], fallback="organization")
        saved = organization_save(
            organization=form.instance, data=data, user=request.user, valid_from=data.get("renamed_on")
        )
        messages.success(request, _("Сохранено: %(name)s.") % {"name": saved.name})
        if slug is None and saved.is_member:
            messages.info(request, _("Запишите решение о приёме в состав: до него организация не показывается в реестре на сайте."))
            return redirect("secretariat:membership", saved.slug)
        return redirect("secretariat:organization_edit", saved.slug)
    names = organization.names.all() if organization.pk else []
    return render(request, "secretariat/registry/organization_form.html", {"form": form, "organization": organization, "names": names})


@secretariat_required
def person_list(request):
    return table_list(
        request,
        table_class=PersonTable,
        filterset_class=PersonFilter,
        queryset=Person.objects.prefetch_related(_CURRENT_POSITIONS, "accounts"),
        template="secretariat/registry/person_list.html",
        export_name="people",
    )


@secretariat_required
def person_edit(request, pk=None):
    person = get_object_or_404(Person, pk=pk) if pk else Person()
    form = PersonForm(request.POST or None, instance=person)
    formset = PositionFormSet(request.POST or None, instance=person, prefix="positions")
    if request.method == "POST" and form.is_valid() and formset.is_valid():
        with transaction.atomic():
            person = form.save(commit=False)
            person.short_name = form.cleaned_data["short_name"]
            if not person.slug:
                person.slug = unique_slug(Person.objects.all(), person.full_name, fallback="person")
            person.save()
            formset.instance = person
            formset.save()
        messages.success(request, _("Сохранено: %(name)s.") % {"name": person.full_name})
        return redirect("secretariat:person_edit", person.pk)
    return render(request, "secretariat/registry/person_form.html", {
        "form": form, "formset": formset, "person": person,
        "merge_form": PersonMergeForm(person=person) if person.pk else None,
    })


@secretariat_required
def person_merge_view(request, pk):
    person = get_object_or_404(Person, pk=pk)
    form = PersonMergeForm(request.POST or None, person=person)
    if request.method == "POST" and form.is_valid():
        duplicate = form.cleaned_data["duplicate"]
        try:
            person_merge(person=person, duplicate=duplicate, user=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Запись «%(dup)s» объединена с этой.") % {"dup": duplicate.full_name})
            return redirect("secretariat:person_edit", person.pk)
    return render(request, "secretariat/registry/person_merge.html", {"form": form, "person": person})


@secretariat_required
def body_list(request):
    return table_list(
        request,
        table_class=BodyTable,
        queryset=Body.objects.prefetch_related(Prefetch("positions", queryset=Position.objects.select_related("person"))),
        template="secretariat/registry/body_list.html",
        export_name="bodies",
    )


@secretariat_required
def body_edit(request, pk=None):
    body = get_object_or_404(Body, pk=pk) if pk else Body()
    form = BodyForm(request.POST or None, instance=body)
    if request.method == "POST" and form.is_valid():
        body = form.save(commit=False)
        if not body.slug:
            body.slug = unique_slug(Body.objects.all(), body.short_name or body.name, fallback="body")
        body.save()
        messages.success(request, _("Сохранено: %(name)s.") % {"name": body.name})
        return redirect("secretariat:body_edit", body.pk)
    members = body.positions.select_related("person") if body.pk else []
    return render(request, "secretariat/registry/body_form.html", {"form": form, "body": body, "members": members})


@secretariat_required
def declaration_list(request):
    return table_list(
        request,
        table_class=DeclarationTable,
        queryset=Declaration.objects.all(),
        template="secretariat/registry/declaration_list.html",
        export_name="declarations",
    )


@secretariat_required
def declaration_edit(request, pk=None):
    declaration = get_object_or_404(Declaration, pk=pk) if pk else Declaration()
    form = DeclarationForm(request.POST or None, request.FILES or None, instance=declaration)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            declaration = form.save(commit=False)
            if not declaration.slug:
                declaration.slug = unique_slug(Declaration.objects.all(), declaration.title, fallback="declaration")
            declaration.save()
            declaration_documents_update(
                declaration=declaration, user=request.user, add=form.cleaned_data.get("document"),
                title=form.cleaned_data.get("document_title", ""), remove=form.cleaned_data.get("remove_documents") or (),
            )
        messages.success(request, _("Сохранено: %(name)s.") % {"name": declaration.title})
        return redirect("secretariat:declaration_edit", declaration.pk)
    return render(request, "secretariat/registry/declaration_form.html", {"form": form, "declaration": declaration})


@secretariat_required
def page_list(request):
    pages = {page.slug: page for page in SitePage.objects.all()}
    rows = [(slug, label, pages.get(slug)) for slug, label in SitePage.Slug.choices]
    return render(request, "secretariat/registry/page_list.html", {"rows": rows})


@secretariat_required
def page_edit(request, slug):
    if slug not in SitePage.Slug.values:
        raise Http404
    page = SitePage.objects.filter(slug=slug).first() or SitePage(slug=slug)
    saved = {name: getattr(page, name) for name in SitePageForm.Meta.fields}
    form = SitePageForm(request.POST or None, instance=page)
    if request.method == "POST" and form.is_valid():
        # Compared after cleaning (line endings normalised): a save of nothing records no history row.
        if page.pk is None or any(form.cleaned_data[name] != value for name, value in saved.items()):
            form.save()
            messages.success(request, _("Страница «%(title)s» сохранена.") % {"title": page.title_ru})
        else:
            messages.info(request, _("Изменений нет: страница не сохранялась."))
        return redirect("secretariat:page_edit", slug)
    preview = {
        "ru": render_page_text(form["body_ru"].value() or ""),
        "en": render_page_text(form["body_en"].value() or ""),
    }
    return render(
        request, "secretariat/registry/page_form.html",
        {"form": form, "page": page, "label": SitePage.Slug(slug).label, "preview": preview},
    )
