from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _


def _register_sqlite_functions(sender, connection, **kwargs):
    # SQLite's LIKE folds ASCII only; search folds Cyrillic through this function (see core.fulltext).
    if connection.vendor == "sqlite":
        from core.text import fold

        connection.connection.create_function("ksors_fold", 1, fold, deterministic=True)


class CoreConfig(AppConfig):
    """The ground floor: helpers every app uses. It imports no app of the project."""

    name = "core"
    verbose_name = _("Портал КСОРС РТ: общие средства")

    def ready(self):
        connection_created.connect(_register_sqlite_functions, dispatch_uid="ksors_sqlite_fold")
        from core.history import connect_text_normalisation

        connect_text_normalisation()
