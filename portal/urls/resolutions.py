from django.urls import path

from core.pagecache import public_page
from portal.feeds import ResolutionFeed
from portal.views import resolutions as public

app_name = "resolutions"
urlpatterns = [
    path("resolutions/", public.resolution_list, name="list"),
    path("resolutions/<slug:slug>/", public.resolution_detail, name="detail"),
    path("resolutions/<slug:slug>/pdf/", public.resolution_pdf, name="pdf"),
    path("resolutions/<slug:slug>/versions/", public.resolution_versions, name="versions"),
    path("feeds/resolutions/", public_page(ResolutionFeed()), name="feed"),
    path("declarations/", public.declaration_list, name="declarations"),
    path("declarations/<slug:slug>/", public.declaration_detail, name="declaration"),
    path("declarations/<slug:slug>/documents/<int:pk>/", public.declaration_document, name="declaration_document"),
    path("declarations/<slug:slug>/appendix-1.pdf", public.declaration_appendix, name="declaration_appendix"),
]
