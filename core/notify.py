"""The one way the portal sends an email: subject and text templates rendered in the recipients' language.

`<template>_subject.txt` and `<template>_message.txt` are rendered inside `translation.override` (Russian
unless told otherwise: the council writes to its members in Russian), with `site_url` for absolute links.
The message is rendered at once, while its objects are at hand, and handed to the task `deliver`: the task
worker sends it, and retries it with backoff while the mail server is unreachable (core.tasks). Emails rendered
elsewhere — allauth's password reset and account notices (accounts.adapter) — are queued with `queue()`.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from core.tasks import retried_task


@retried_task
def deliver(*, subject: str, body: str, addresses: list[str]) -> int:
    """Send one rendered email; raises (and so is retried) when the mail server refuses or cannot be reached."""
    send_mail(subject, body, None, addresses)
    return len(addresses)


def queue(*, subject: str, body: str, recipients) -> int:
    """Queue one rendered email to the distinct, non-empty addresses in `recipients`; returns how many it goes to."""
    addresses = sorted({address for address in recipients if address})
    if addresses:
        deliver.enqueue(subject=subject, body=body, addresses=addresses)
    return len(addresses)


def notify(*, template: str, context: dict, recipients, language: str = "ru") -> int:
    """Render `template` and queue it to the distinct, non-empty addresses in `recipients`; returns how many it
    goes to."""
    recipients = list(recipients)
    if not any(recipients):
        return 0
    with translation.override(language):
        context = {"site_url": settings.KSORS_SITE_URL, **context}
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}_message.txt", context)
    return queue(subject=subject, body=body, recipients=recipients)
