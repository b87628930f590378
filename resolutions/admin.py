from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from resolutions.models import (
    Declaration,
    Item,
    ProgressReport,
    ReminderLog,
    ReportAttachment,
    Resolution,
    ResolutionVersion,
    Responsibility,
    Signatory,
)


class ItemInline(admin.TabularInline):
    model = Item
    extra = 0
    fields = ["position", "label", "parent", "text", "kind", "deadline_text", "due_start", "due_end", "execution_status"]
    raw_id_fields = ["parent"]
    show_change_link = True


class ResponsibilityInline(admin.TabularInline):
    model = Responsibility
    extra = 0
    autocomplete_fields = ["person", "body", "organization"]


class SubItemInline(admin.TabularInline):
    model = Item
    fk_name = "parent"
    extra = 0
    fields = ["position", "label", "text", "deadline_text", "due_start", "due_end"]
    verbose_name_plural = "подпункты"
    show_change_link = True


class VersionInline(admin.TabularInline):
    model = ResolutionVersion
    extra = 0
    fields = ["number", "created_at", "created_by", "note"]
    readonly_fields = fields


@admin.register(Resolution)
class ResolutionAdmin(SimpleHistoryAdmin):
    list_display = ["title", "doc_type", "adopted_on", "status", "version", "is_demo"]
    list_filter = ["status", "doc_type", "conference", "is_demo"]
    search_fields = ["title", "theme", "search_text"]
    date_hierarchy = "adopted_on"
    raw_id_fields = ["conference", "meeting"]
    inlines = [ItemInline, VersionInline]


@admin.register(Item)
class ItemAdmin(SimpleHistoryAdmin):
    list_display = ["label", "resolution", "kind", "deadline_text", "due_end", "execution_status"]
    list_filter = ["kind", "execution_status", "deadline_kind", "resolution"]
    search_fields = ["label", "text", "deadline_text"]
    raw_id_fields = ["resolution", "parent", "membership_organization"]
    inlines = [SubItemInline, ResponsibilityInline]


class AttachmentInline(admin.TabularInline):
    model = ReportAttachment
    extra = 0


@admin.register(ProgressReport)
class ProgressReportAdmin(admin.ModelAdmin):
    list_display = ["item", "organization", "reported_on", "status", "author"]
    list_filter = ["status"]
    search_fields = ["text", "item__label"]
    raw_id_fields = ["item", "organization", "author"]
    inlines = [AttachmentInline]


class SignatoryInline(admin.TabularInline):
    model = Signatory
    extra = 0
    autocomplete_fields = ["organization"]
    fields = ["organization", "status", "joined_on", "decline_reason", "left_on", "left_reason"]


@admin.register(Declaration)
class DeclarationAdmin(SimpleHistoryAdmin):
    list_display = ["title", "adopted_on", "is_open", "is_published"]
    list_filter = ["is_open", "is_published"]
    search_fields = ["title", "summary", "text"]
    raw_id_fields = ["adopted_by_item"]
    inlines = [SignatoryInline]


@admin.register(ReminderLog)
class ReminderLogAdmin(admin.ModelAdmin):
    list_display = ["item", "stage", "recipient", "sent_at"]
    list_filter = ["stage"]
    raw_id_fields = ["item", "recipient"]
