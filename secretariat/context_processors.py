"""The work inbox's counters for the back office's navigation: one query per page, only on its pages."""

from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from resolutions.inbox import inbox_counts


def inbox(request):
    match = getattr(request, "resolver_match", None)
    user = getattr(request, "user", None)
    if match is None or match.namespace != "secretariat" or user is None or not user.has_perm("ksors.secretariat"):
        return {}
    # Lazy: a page that never renders the navigation (a PDF, an export, a redirect) asks nothing.
    return {"inbox_counts": SimpleLazyObject(lambda: inbox_counts(timezone.localdate()))}
