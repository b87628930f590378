from django.conf import settings


def portal(request):
    user = request.user if hasattr(request, "user") else None
    return {
        "KSORS_SITE_URL": settings.KSORS_SITE_URL,
        "is_secretariat": bool(user and user.has_perm("ksors.secretariat")),
        "is_leader": bool(user and user.has_perm("ksors.leader_workspace")),
    }
