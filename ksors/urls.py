from allauth.account.decorators import secure_admin_login
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.http import HttpResponsePermanentRedirect
from django.urls import include, path
from django.views.decorators.http import require_safe
from django.views.generic import RedirectView
from django.views.i18n import JavaScriptCatalog

from core.pagecache import public_page
from portal.sitemaps import SITEMAPS
from portal.views import home, pages, search, site

# The admin has no login form of its own: allauth's, with its rate limits and the second factor, is the only one.
# (Set before `admin.site.urls` is read below: the URL patterns bind the login view when they are built.)
admin.site.login = secure_admin_login(admin.site.login)


def review_moved(request, rest):
    """/review/<rest> → /secretariat/<rest>, permanently, with the query string and the language prefix."""
    target = request.path[: -len("review/" + rest)] + "secretariat/" + rest
    query = request.META.get("QUERY_STRING")
    return HttpResponsePermanentRedirect(target + ("?" + query if query else ""))


urlpatterns = [
    path("healthz", home.healthz, name="healthz"),
    path("robots.txt", site.robots, name="robots"),
    path("sitemap.xml", require_safe(public_page(sitemap)), {"sitemaps": SITEMAPS}, name="sitemap"),
    path("i18n/", include("django.conf.urls.i18n")),
]

urlpatterns += i18n_patterns(
    path("", home.home, name="home"),
    path("search/", search.search, name="search"),
    path("calendar.ics", site.calendar, name="calendar"),
    path("about/", pages.site_page, {"slug": "about"}, name="page_about"),
    path("contacts/", pages.site_page, {"slug": "contacts"}, name="page_contacts"),
    path("privacy/", pages.site_page, {"slug": "privacy"}, name="page_privacy"),
    path("accounts/", include("allauth.urls")),
    path("accounts/invite/", RedirectView.as_view(pattern_name="secretariat:invite", permanent=True)),
    path("accounts/", include("portal.urls.accounts")),
    path("organizations/", include("portal.urls.organizations")),
    path("conferences/", include("portal.urls.conferences")),
    path("practices/", include("portal.urls.practices")),
    path("", include("portal.urls.resolutions")),
    path("my/", include("leaders.urls")),
    path("secretariat/", include("secretariat.urls")),
    # The back office's review pages lived under /review/ before they joined it: old links and bookmarks still work.
    path("review/<path:rest>", review_moved),
    path("admin/", admin.site.urls),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    prefix_default_language=False,
)

admin.site.site_header = "КСОРС РТ — администрирование"
admin.site.site_title = "КСОРС РТ"
