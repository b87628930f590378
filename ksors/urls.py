from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.decorators.http import require_safe
from django.views.i18n import JavaScriptCatalog

from ksors import public, search, views
from ksors.sitemaps import SITEMAPS

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", public.robots, name="robots"),
    path("sitemap.xml", require_safe(sitemap), {"sitemaps": SITEMAPS}, name="sitemap"),
    path("i18n/", include("django.conf.urls.i18n")),
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("search/", search.search, name="search"),
    path("calendar.ics", public.calendar, name="calendar"),
    path("accounts/", include("allauth.urls")),
    path("accounts/", include("accounts.urls")),
    path("organizations/", include("organizations.urls")),
    path("my/", include("organizations.urls_my")),
    path("review/", include("organizations.urls_review")),
    path("conferences/", include("conferences.urls")),
    path("", include("resolutions.urls")),
    path("secretariat/", include("resolutions.urls_secretariat")),
    path("admin/", admin.site.urls),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    prefix_default_language=False,
)

admin.site.site_header = "КСОРС РТ — администрирование"
admin.site.site_title = "КСОРС РТ"
