"""The Secretariat's back office: every page of it, mounted at /secretariat/ (namespace "secretariat").

Every view here is behind `secretariat_required`; tests/secretariat/test_permissions.py enumerates these patterns."""

from django.urls import path, register_converter

from secretariat.converters import EventKindConverter
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
    registry,
    resolutions,
    review,
    tasks,
)

register_converter(EventKindConverter, "event_kind")

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
    path("events/<event_kind:kind>/new/", events.event_create, name="event_create"),
    path("events/<event_kind:kind>/<int:pk>/", events.event_detail, name="event"),
    path("events/<event_kind:kind>/<int:pk>/hold/", events.event_hold, name="event_hold"),
    path("events/<event_kind:kind>/<int:pk>/agenda/", events.agenda_add, name="agenda_add"),
    path("events/<event_kind:kind>/<int:pk>/agenda/<int:item_pk>/remove/", events.agenda_remove, name="agenda_remove"),
    path("organizations/", registry.organization_list, name="organizations"),
    path("organizations/new/", registry.organization_edit, name="organization_new"),
    path("organizations/<slug:slug>/edit/", registry.organization_edit, name="organization_edit"),
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
    path("tasks/", tasks.task_list, name="tasks"),
    path("tasks/<uuid:pk>/retry/", tasks.task_retry, name="task_retry"),
    # The registry (issue 10): people and posts, bodies, declarations, accounts.
    path("people/", registry.person_list, name="people"),
    path("people/new/", registry.person_edit, name="person_new"),
    path("people/<int:pk>/", registry.person_edit, name="person_edit"),
    path("people/<int:pk>/merge/", registry.person_merge_view, name="person_merge"),
    path("bodies/", registry.body_list, name="bodies"),
    path("bodies/new/", registry.body_edit, name="body_new"),
    path("bodies/<int:pk>/", registry.body_edit, name="body_edit"),
    path("declarations/texts/", registry.declaration_list, name="declaration_texts"),
    path("declarations/texts/new/", registry.declaration_edit, name="declaration_new"),
    path("declarations/texts/<int:pk>/", registry.declaration_edit, name="declaration_edit"),
    path("accounts/", accounts.account_list, name="accounts"),
    path("accounts/<int:pk>/", accounts.account_detail, name="account"),
    path("accounts/invitations/<int:pk>/<str:action>/", accounts.invitation_action, name="invitation_action"),
]
