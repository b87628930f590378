from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _


def _register_sqlite_functions(sender, connection, **kwargs):
    # SQLite's LIKE folds ASCII only; search folds Cyrillic through this function (see ksors.fulltext).
    if connection.vendor == "sqlite":
        from ksors.text import fold

        connection.connection.create_function("ksors_fold", 1, fold, deterministic=True)


class KsorsConfig(AppConfig):
    name = "ksors"
    verbose_name = _("Портал КСОРС РТ")

    def ready(self):
        from ksors import rules  # noqa: F401  (registers the permission rules)

        connection_created.connect(_register_sqlite_functions, dispatch_uid="ksors_sqlite_fold")
