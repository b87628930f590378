from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from conferences.models import AgendaItem, Conference, Meeting, StandingAgendaItem


class AgendaItemInline(admin.TabularInline):
    model = AgendaItem
    extra = 0
    fields = ["position", "title", "speaker", "standing_item"]


@admin.register(Conference)
class ConferenceAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "kind", "status", "date", "planned_text", "city", "is_demo"]
    list_filter = ["kind", "status", "is_demo"]
    search_fields = ["theme", "city", "venue", "search_text"]
    inlines = [AgendaItemInline]


@admin.register(Meeting)
class MeetingAdmin(SimpleHistoryAdmin):
    list_display = ["title", "date", "city", "status"]
    list_filter = ["status"]
    search_fields = ["title", "city", "description"]
    inlines = [AgendaItemInline]


@admin.register(StandingAgendaItem)
class StandingAgendaItemAdmin(admin.ModelAdmin):
    list_display = ["title", "valid_from", "valid_until", "applies_to_conferences", "applies_to_meetings"]
    raw_id_fields = ["source_item"]
