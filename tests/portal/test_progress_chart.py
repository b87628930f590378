"""The public page of a resolution shows a chart of execution statuses (SVG, no script) when the Secretariat turns
progress on, with a text alternative; the back office's register has the same chart."""

from django.urls import reverse

from core import pagecache
from resolutions.models import Item, Resolution


def test_the_chart_appears_only_when_progress_is_published(demo, client):
    url = reverse("resolutions:detail", args=["xx-2026-06-19"])
    assert 'class="status-chart"' not in client.get(url).content.decode()
    Resolution.objects.filter(slug="xx-2026-06-19").update(publish_progress=True)
    Item.objects.filter(resolution__slug="xx-2026-06-19", label="7б").update(execution_status="done")
    pagecache.bump()  # update() sends no signal: the services that use it invalidate the page cache themselves
    page = client.get(url).content.decode()
    assert 'class="status-chart"' in page and 'role="img"' in page
    assert "<script" not in page.split('class="status-chart"')[1].split("</figure>")[0]
    assert "Выполнено: 1" in page  # the text alternative in <desc>
    assert "выполнено — 1" in page  # and the visible caption


def test_the_register_has_the_chart_too(demo, client, secretary):
    client.force_login(secretary)
    page = client.get(reverse("secretariat:control")).content.decode()
    assert 'class="status-chart"' in page and "Не начато:" in page
