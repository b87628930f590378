from django.urls import path

from resolutions.feeds import ResolutionFeed
from resolutions.views import public

app_name = "resolutions"
urlpatterns = [
    path("resolutions/", public.resolution_list, name="list"),
    path("resolutions/<slug:slug>/", public.resolution_detail, name="detail"),
    path("resolutions/<slug:slug>/pdf/", public.resolution_pdf, name="pdf"),
    path("feeds/resolutions/", ResolutionFeed(), name="feed"),
    path("declarations/", public.declaration_list, name="declarations"),
    path("declarations/<slug:slug>/", public.declaration_detail, name="declaration"),
]
