from django.urls import path

from portal.views import media
from portal.views import organizations as views

app_name = "organizations"
urlpatterns = [
    path("", views.organization_list, name="list"),
    path("<slug:slug>/", views.organization_detail, name="detail"),
    path("<slug:slug>/logo/", media.organization_logo, name="logo"),
    path("<slug:slug>/photos/<int:pk>/<str:size>/", media.organization_photo, name="photo"),
]
