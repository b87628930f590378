from django.urls import path

from leaders import self_assessment
from leaders import views as my

app_name = "my"
urlpatterns = [
    path("", my.dashboard, name="dashboard"),
    path("organizations/<slug:slug>/edit/", my.profile_edit, name="profile_edit"),
    path("organizations/<slug:slug>/photos/<int:pk>/delete/", my.photo_delete, name="photo_delete"),
    path("organizations/<slug:slug>/calls/<slug:call_slug>/", my.submission_edit, name="submission"),
    path("organizations/<slug:slug>/declarations/", my.declarations, name="declarations"),
    path("organizations/<slug:slug>/declarations/<slug:declaration_slug>/join/", my.declaration_join, name="declaration_join"),
    path(
        "organizations/<slug:slug>/declarations/<slug:declaration_slug>/leave/", my.declaration_leave,
        name="declaration_leave",
    ),
    path("organizations/<slug:slug>/items/", my.items, name="items"),
    path("organizations/<slug:slug>/items/<int:item_pk>/report/", my.report_create, name="report_create"),
    path("organizations/<slug:slug>/items/<int:item_pk>/extension/", my.extension_request, name="extension_request"),
    path("organizations/<slug:slug>/self-assessment/", self_assessment.self_assessment, name="self_assessment"),
    path("files/materials/<int:pk>/", my.submission_file, name="submission_file"),
    path("files/reports/<int:pk>/", my.report_attachment, name="report_attachment"),
]
