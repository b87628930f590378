"""The Secretariat's back office: every page of it, mounted at /secretariat/ (namespace "secretariat").

Every view here is behind `secretariat_required`; tests/secretariat/test_permissions.py enumerates these patterns."""

from django.urls import path

from secretariat.views import (
    accounts,
    control,
    dashboard,
    editor,
    events,
    exports,
    history,
    importing,
    organizations,
    resolutions,
    review,
)

app_name = "secretariat"
urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("items/<int:pk>/", dashboard.item_detail, name="item"),
    path("items/<int:pk>/status/", dashboard.item_status, name="item_status"),
    path("attachments/<int:pk>/", dashboard.attachment_download, name="attachment"),
    # Execution control: the register, the inbox, acceptance, extensions, decisions under control (issue 11).
    path("control/", control.register, name="control"),
    path("control/register.<str:fmt>", control.register_export, name="control_export"),
    path("control/bulk/", control.register_bulk, name="control_bulk"),
    path("control/report/", control.decisions_report, name="control_report"),
    path("control/report.pdf", control.decisions_report, {"fmt": "pdf"}, name="control_report_pdf"),
    path("inbox/", control.inbox_page, name="inbox"),
    path("inbox/reports/<int:pk>/read/", control.report_read, name="report_read"),
    path("assignments/<int:pk>/<str:decision>/", control.assignment_decide, name="assignment_decide"),
    path("extensions/<int:pk>/decide/", control.extension_decision, name="extension_decide"),
    path("items/<int:pk>/event/", control.item_event, name="item_event"),
    path("organizations/<slug:slug>/contact/", control.contact_record, name="contact_record"),
    path("events/<str:kind>/<int:pk>/review.pdf", control.event_review_pdf, name="event_review_pdf"),
    path("resolutions/", resolutions.resolution_list, name="resolutions"),
    path("resolutions/new/", resolutions.resolution_new, name="resolution_new"),
    path("resolutions/import/", importing.import_start, name="import"),
    path("resolutions/import/confirm/", importing.import_confirm, name="import_confirm"),
    path("resolutions/deadline/", resolutions.deadline_preview, name="deadline_preview"),
    path("resolutions/<int:pk>/", editor.resolution_edit, name="resolution_edit"),
    path("resolutions/<int:pk>/preview/", editor.resolution_preview, name="resolution_preview"),
    path("resolutions/<int:pk>/publish/", editor.resolution_publish_view, name="resolution_publish"),
    path("resolutions/<int:pk>/unpublish/", editor.resolution_unpublish_view, name="resolution_unpublish"),
    path("resolutions/<int:pk>/versions/", editor.resolution_versions, name="resolution_versions"),
    path("resolutions/<int:pk>/report.<str:fmt>", exports.execution_report, name="execution_report"),
    path("history/", history.history, name="history"),
    path("events/", events.event_list, name="events"),
    path("events/<str:kind>/new/", events.event_create, name="event_create"),
    path("events/<str:kind>/<int:pk>/", events.event_detail, name="event"),
    path("events/<str:kind>/<int:pk>/hold/", events.event_hold, name="event_hold"),
    path("events/<str:kind>/<int:pk>/agenda/", events.agenda_add, name="agenda_add"),
    path("events/<str:kind>/<int:pk>/agenda/<int:item_pk>/remove/", events.agenda_remove, name="agenda_remove"),
    path("organizations/", organizations.organization_list, name="organizations"),
    path("organizations/<slug:slug>/membership/", organizations.membership_change, name="membership"),
    # Calls for materials, declaration requests, reports and profile history (once /review/…).
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
    path("invite/", accounts.invite, name="invite"),
]
