from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConferencesConfig(AppConfig):
    name = "conferences"
    verbose_name = _("Конференции")

    def ready(self):
        from core import pagecache

        # Every write to these models can change a public page.
        pagecache.watch(self)
