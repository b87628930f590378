from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from core.text import long_date
from resolutions.models import Resolution
from resolutions.presentation import adoption_line


@method_decorator(require_safe, name="__call__")
class ResolutionFeed(Feed):
    """Atom feed of published resolutions, newest publication first (drafts never appear)."""

    feed_type = Atom1Feed
    title = _("Резолюции КСОРС РТ")
    subtitle = _("Документы, принятые страновыми конференциями и заседаниями КСОРС РТ")
    link = reverse_lazy("resolutions:list")
    author_name = _("Секретариат КСОРС РТ")

    def items(self):
        return Resolution.objects.published().select_related("conference", "meeting").order_by("-published_at", "-id")[:30]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        parts = [f"«{item.theme}»" if item.theme else "", str(item.event or ""), long_date(item.adopted_on), item.place]
        return ". ".join(part for part in [", ".join(p for p in parts if p), adoption_line(item)] if part)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_guid(self, item):
        return f"resolution-{item.pk}"
