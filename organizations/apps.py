from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganizationsConfig(AppConfig):
    name = "organizations"
    verbose_name = _("Организации")

    def ready(self):
        from core import pagecache

        # Every write to these models can change a public page (calls for materials and their files never appear).
        pagecache.watch(self, ignore=("MaterialCall", "Submission", "SubmissionFile"))
