"""Response headers the portal adds to every page (placed right after SecurityMiddleware, see settings)."""

from django.db import DatabaseError

PRIVATE = "private, no-store"


class ResponseHeadersMiddleware:
    """`Cross-Origin-Resource-Policy: same-origin` on everything, static files included (WhiteNoise answers
    inside this middleware), and `Cache-Control: private, no-store` on any response to a logged-in user that
    did not choose its own, so a shared proxy or the browser's back button never shows one person's back
    office to the next."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        if "Cache-Control" not in response.headers and self._private(request):
            response["Cache-Control"] = PRIVATE
        return response

    @staticmethod
    def _private(request) -> bool:
        user = getattr(request, "user", None)  # absent when an earlier layer (WhiteNoise) answered
        if user is None:
            return False
        try:
            return user.is_authenticated
        except DatabaseError:
            # The session could not be read (database down): it may belong to someone, so do not let it be stored.
            return True
