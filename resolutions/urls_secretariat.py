"""The Secretariat workspace, mounted at /secretariat/ (namespace "secretariat")."""

from django.urls import path

from conferences import views_secretariat as events
from organizations import views_secretariat as organizations
from resolutions.views_secretariat import dashboard, editor, exports, history, importing, resolutions

app_name = "secretariat"
urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("items/<int:pk>/", dashboard.item_detail, name="item"),
    path("items/<int:pk>/status/", dashboard.item_status, name="item_status"),
    path("attachments/<int:pk>/", dashboard.attachment_download, name="attachment"),
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
]
