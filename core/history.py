"""History of changes that records changes only, and text that is stored with one kind of line ending.

django-simple-history writes a row on every save. A form saved as it was, an import that saves an item
twice, a save that only moves `updated_at` or the optimistic-locking `revision`, all became «изменено» rows
with nothing in them; and a textarea sent back by a browser (CRLF) differed from the stored text (LF) in line
endings only, which the history showed as a change of the whole text.
"""

from django.db import models
from django.db.models.signals import pre_save
from simple_history.models import HistoricalRecords

# Columns that change on every save without anybody changing anything.
BOOKKEEPING = frozenset({"updated_at", "revision", "search_text"})
REASON_LENGTH = 100  # simple_history's history_change_reason column


def normalise_newlines(value):
    """CRLF and lone CR become LF: what browsers send in a textarea (RFC 7578) is stored as files have it."""
    if isinstance(value, str) and "\r" in value:
        return value.replace("\r\n", "\n").replace("\r", "\n")
    return value


def normalise_text_fields(sender, instance, raw=False, **kwargs):
    """pre_save receiver for every model (connected in CoreConfig.ready): the one place line endings are
    normalised, whatever wrote the row — a form, an import, the admin, a service."""
    if raw:
        return
    for field in sender._meta.concrete_fields:
        if isinstance(field, (models.TextField, models.CharField)) and field.attname in instance.__dict__:
            value = instance.__dict__[field.attname]
            if isinstance(value, str) and "\r" in value:
                setattr(instance, field.attname, normalise_newlines(value))


def connect_text_normalisation():
    pre_save.connect(normalise_text_fields, dispatch_uid="ksors_normalise_newlines")


class ChangesOnlyHistoricalRecords(HistoricalRecords):
    """HistoricalRecords that skips an update whose tracked values equal those of the last record.

    Creations and deletions are always recorded; so is the first update of an object that has no record yet
    (rows from before history was kept). Costs one query per update: the last record of the object.
    """

    def post_save(self, instance, created, using=None, **kwargs):
        if not created and not kwargs.get("raw", False) and self._same_as_last_record(instance):
            return
        # The history's reason column holds 100 characters (simple_history's own); a longer note or reason —
        # the editor's «Что исправлено», a correction's reason — is kept whole where it belongs and cut here,
        # instead of failing the save on PostgreSQL (SQLite does not enforce the length).
        reason = getattr(instance, "_change_reason", None)
        if isinstance(reason, str) and len(reason) > REASON_LENGTH:
            instance._change_reason = reason[: REASON_LENGTH - 1] + "…"
        super().post_save(instance, created, using=using, **kwargs)

    def _same_as_last_record(self, instance) -> bool:
        if hasattr(instance, "skip_history_when_saving"):
            return False  # the parent skips it anyway
        fields = [f for f in self.fields_included(instance) if f.attname not in BOOKKEEPING]
        deferred = instance.get_deferred_fields()
        last = (
            getattr(instance, self.manager_name)
            .order_by("-history_date", "-history_id")
            .only(*(f.attname for f in fields if f.attname not in deferred), "history_id")
            .first()
        )
        if last is None:
            return False
        return all(
            normalise_newlines(getattr(last, f.attname)) == normalise_newlines(getattr(instance, f.attname))
            for f in fields
            if f.attname not in deferred
        )
