from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "assessments"
    verbose_name = _("Самоанализ организаций")

    def ready(self):
        from core import pagecache

        # Only published practices appear on a public page; answers and reports never do.
        pagecache.watch(self, ignore=("Questionnaire", "Section", "Question", "Report", "Answer", "ReminderLog"))
