from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KsorsConfig(AppConfig):
    name = "ksors"
    verbose_name = _("Портал КСОРС РТ")

    def ready(self):
        from ksors import rules  # noqa: F401  (registers the permission rules)
