from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.sites.shortcuts import get_current_site
from django.urls import reverse

from core.notify import queue


class AccountAdapter(DefaultAccountAdapter):
    """Accounts come only from invitations by the Secretariat: public sign-up is closed. allauth's own emails
    (password reset, password changed, unknown account) go the portal's one way: the task queue."""

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

    def send_mail(self, template_prefix, email, context):
        """Render as allauth does (its templates, the request's language) and queue the text for the worker
        (core.notify): a mail server outage delays a password reset and loses none. The portal's emails are plain
        text; allauth's HTML alternative, should someone add its templates, would not be sent."""
        request = allauth_context.request
        message = self.render_mail(
            template_prefix, email,
            {"request": request, "email": email, "current_site": get_current_site(request), **context},
        )
        queue(subject=message.subject, body=message.body, recipients=message.to)
