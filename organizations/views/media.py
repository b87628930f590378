"""Public images of organization pages (logo, photos), served by a view so that the storage holding
private materials never needs to be exposed as a whole."""

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from organizations.models import Organization, OrganizationPhoto


def _image(field):
    if not field:
        raise Http404
    try:
        return FileResponse(field.open("rb"))
    except FileNotFoundError:
        raise Http404 from None


@require_safe
@cache_control(public=True, max_age=3600)
def organization_logo(request, slug):
    return _image(get_object_or_404(Organization, slug=slug).logo)


@require_safe
@cache_control(public=True, max_age=3600)
def organization_photo(request, slug, pk, size):
    photo = get_object_or_404(OrganizationPhoto, pk=pk, organization__slug=slug)
    return _image(photo.thumbnail if size == "thumb" and photo.thumbnail else photo.image)
