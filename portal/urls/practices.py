from django.urls import path

from portal.views import practices as views

app_name = "practices"
urlpatterns = [
    path("", views.practice_list, name="list"),
]
