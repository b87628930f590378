from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """Accounts come only from invitations by the Secretariat: public sign-up is closed."""

    def is_open_for_signup(self, request):
        return False
