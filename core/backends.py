from django.core.exceptions import PermissionDenied
from rules.permissions import ObjectPermissionBackend


class RulesBackend(ObjectPermissionBackend):
    """The portal's own permissions ("ksors.…") are decided by the rules alone
    (accounts/rules.py, organizations/rules.py, resolutions/rules.py, found by rules' autodiscovery).

    Without this, every "no" would fall through to ModelBackend, which loads all of the user's model permissions
    (two queries) to look for a permission that can never be there.
    """

    def has_perm(self, user, perm, *args, **kwargs):
        allowed = super().has_perm(user, perm, *args, **kwargs)
        if not allowed and perm.startswith("ksors."):
            raise PermissionDenied
        return allowed
