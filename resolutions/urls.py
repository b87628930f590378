from django.urls import path

from resolutions import views

app_name = "resolutions"
urlpatterns = [
    path("resolutions/", views.resolution_list, name="list"),
    path("resolutions/<slug:slug>/", views.resolution_detail, name="detail"),
    path("declarations/", views.declaration_list, name="declarations"),
    path("declarations/<slug:slug>/", views.declaration_detail, name="declaration"),
]
