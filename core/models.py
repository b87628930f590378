"""Abstract bases shared by the portal's apps."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class StaleRevision(Exception):
    """Someone else saved the record after this user opened it (optimistic locking on a `revision` counter).

    `current` is the record as it is now: the page shows who saved it and what changed, keeps what this user
    typed, and a second save, made knowingly, overwrites.
    """

    def __init__(self, current):
        super().__init__(f"{type(current).__name__} {current.pk} is at revision {current.revision}")
        self.current = current


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("создано"), auto_now_add=True)
    updated_at = models.DateTimeField(_("изменено"), auto_now=True)

    class Meta:
        abstract = True
