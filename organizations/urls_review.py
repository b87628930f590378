from django.urls import path

from organizations.views import review

app_name = "review"
urlpatterns = [
    path("calls/", review.call_list, name="calls"),
    path("calls/new/", review.call_edit, name="call_create"),
    path("calls/<slug:slug>/", review.call_detail, name="call"),
    path("calls/<slug:slug>/edit/", review.call_edit, name="call_edit"),
    path("calls/<slug:slug>/materials.zip", review.call_export, name="call_export"),
    path(
        "calls/<slug:slug>/organizations/<slug:organization_slug>/materials.zip", review.organization_export,
        name="organization_export",
    ),
    path("calls/<slug:slug>/submissions/<int:pk>/", review.submission_detail, name="submission"),
    path("declarations/", review.declaration_requests, name="declarations"),
    path("declarations/requests/<int:pk>/decide/", review.declaration_decide, name="declaration_decide"),
    path("reports/", review.reports, name="reports"),
    path("organizations/<slug:slug>/history/", review.organization_history, name="organization_history"),
    path(
        "organizations/<slug:slug>/history/<int:history_id>/revert/", review.organization_history_revert,
        name="organization_history_revert",
    ),
]
