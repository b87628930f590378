from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResolutionsConfig(AppConfig):
    name = "resolutions"
    verbose_name = _("Резолюции и документы")

    def ready(self):
        from core import pagecache

        # Every write to these models can change a public page (reminders sent are a private log).
        pagecache.watch(self, ignore=("ReminderLog",))
