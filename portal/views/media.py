"""Public images of organization pages (logo, photos), served by a view so that the storage holding
private materials never needs to be exposed as a whole."""

from django.shortcuts import get_object_or_404
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from core.downloads import stored_file_response
from organizations.models import Organization, OrganizationPhoto


@require_safe
@cache_control(public=True, max_age=3600)
def organization_logo(request, slug):
    return stored_file_response(request, get_object_or_404(Organization, slug=slug).logo)


@require_safe
@cache_control(public=True, max_age=3600)
def organization_photo(request, slug, pk, size):
    photo = get_object_or_404(OrganizationPhoto, pk=pk, organization__slug=slug)
    return stored_file_response(request, photo.thumbnail if size == "thumb" and photo.thumbnail else photo.image)
