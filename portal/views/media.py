"""Public images of organization pages (logo, photos), served by a view so that the storage holding
private materials never needs to be exposed as a whole.

Browsers and proxies may keep them for a year: a photo's file never changes (a new photo is a new row), and
pages link the logo with `?v=` its stored name, so a new logo has a new address. The logo's bare address, or one
with an old version, is kept only an hour.
"""

from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from core.downloads import stored_file_response
from organizations.models import Organization, OrganizationPhoto

YEAR = 365 * 24 * 3600
HOUR = 3600


def _cacheable(response, *, immutable: bool):
    if response.status_code == 200:
        if immutable:
            patch_cache_control(response, public=True, max_age=YEAR, immutable=True)
        else:
            patch_cache_control(response, public=True, max_age=HOUR)
    return response


@require_safe
def organization_logo(request, slug):
    organization = get_object_or_404(Organization, slug=slug)
    response = stored_file_response(request, organization.logo)
    return _cacheable(response, immutable=bool(organization.logo) and request.GET.get("v") == organization.logo_version)


@require_safe
def organization_photo(request, slug, pk, size):
    photo = get_object_or_404(OrganizationPhoto, pk=pk, organization__slug=slug)
    response = stored_file_response(request, photo.thumbnail if size == "thumb" and photo.thumbnail else photo.image)
    return _cacheable(response, immutable=True)
