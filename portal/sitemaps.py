"""The sitemap: only what a URL and its date need is loaded (organizations and resolutions carry long texts)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from conferences.models import Conference
from organizations.models import Organization
from resolutions.models import Declaration, Resolution


class ResolutionSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.9

    def items(self):
        return Resolution.objects.published().only("slug", "updated_at").order_by("-adopted_on", "pk")

    def lastmod(self, obj):
        return obj.updated_at


class ConferenceSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.7

    def items(self):
        return Conference.objects.only("slug", "updated_at").order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at


class OrganizationSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        return Organization.objects.public().only("slug", "updated_at").order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at


class DeclarationSitemap(Sitemap):
    priority = 0.6

    def items(self):
        return Declaration.objects.filter(is_published=True).only("slug").order_by("pk")


class PageSitemap(Sitemap):
    priority = 0.8
    changefreq = "weekly"

    def items(self):
        return ["home", "resolutions:list", "conferences:list", "organizations:list", "resolutions:declarations",
                "page_about", "page_contacts", "page_privacy"]

    def location(self, item):
        return reverse(item)


SITEMAPS = {
    "pages": PageSitemap,
    "resolutions": ResolutionSitemap,
    "conferences": ConferenceSitemap,
    "organizations": OrganizationSitemap,
    "declarations": DeclarationSitemap,
}
