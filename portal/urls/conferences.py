from django.urls import path

from portal.views import conferences as views

app_name = "conferences"
urlpatterns = [
    path("", views.conference_list, name="list"),
    path("meetings/<slug:slug>/", views.meeting_detail, name="meeting"),
    path("<slug:slug>/", views.conference_detail, name="detail"),
]
