from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse


class AccountAdapter(DefaultAccountAdapter):
    """Accounts come only from invitations by the Secretariat: public sign-up is closed."""

    def is_open_for_signup(self, request):
        return False

    def get_login_redirect_url(self, request):
        """Where each role works: the Secretariat's dashboard, a leader's «Моя организация».

        allauth asks this only when the login carries no safe `next`, which therefore wins.
        """
        user = request.user
        if user.has_perm("ksors.secretariat"):
            return reverse("secretariat:dashboard")
        if user.has_perm("ksors.leader_workspace"):
            return reverse("my:dashboard")
        return super().get_login_redirect_url(request)
