from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from organizations.models import (
    Body,
    MaterialCall,
    MembershipChange,
    Organization,
    OrganizationName,
    OrganizationPhoto,
    Person,
    Position,
    Submission,
    SubmissionFile,
)


class OrganizationNameInline(admin.TabularInline):
    model = OrganizationName
    extra = 0


class OrganizationPhotoInline(admin.TabularInline):
    model = OrganizationPhoto
    extra = 0


class MembershipChangeInline(admin.TabularInline):
    model = MembershipChange
    extra = 0
    raw_id_fields = ["decided_by_item", "recorded_by"]
    fields = ["status", "effective_on", "until_on", "until_event", "reason", "decided_by_item", "document_reference", "is_current"]


class PositionInline(admin.TabularInline):
    model = Position
    extra = 0
    autocomplete_fields = ["person", "organization", "body"]


@admin.register(Organization)
class OrganizationAdmin(SimpleHistoryAdmin):
    list_display = ["name", "short_name", "role", "kind", "city", "status", "is_demo"]
    list_filter = ["role", "status", "kind", "region", "publish_contacts", "is_demo"]
    search_fields = ["name", "short_name", "city", "leader_name", "search_text"]
    prepopulated_fields = {"slug": ["short_name"]}
    inlines = [OrganizationNameInline, PositionInline, MembershipChangeInline, OrganizationPhotoInline]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["full_name", "short_name", "is_demo"]
    search_fields = ["full_name", "short_name"]
    inlines = [PositionInline]


@admin.register(Body)
class BodyAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name"]
    search_fields = ["name", "short_name"]
    inlines = [PositionInline]


@admin.register(MembershipChange)
class MembershipChangeAdmin(admin.ModelAdmin):
    list_display = ["organization", "status", "effective_on", "until_on", "until_event", "is_current"]
    list_filter = ["status", "is_current"]
    search_fields = ["organization__name", "reason", "document_reference"]
    raw_id_fields = ["organization", "decided_by_item", "recorded_by"]
    date_hierarchy = "effective_on"


class SubmissionFileInline(admin.TabularInline):
    model = SubmissionFile
    extra = 0


@admin.register(MaterialCall)
class MaterialCallAdmin(admin.ModelAdmin):
    list_display = ["title", "deadline", "status"]
    list_filter = ["status"]
    search_fields = ["title", "description"]
    raw_id_fields = ["source_item", "recipient"]


@admin.register(Submission)
class SubmissionAdmin(admin.ModelAdmin):
    list_display = ["organization", "call", "status", "submitted_at", "reviewed_at"]
    list_filter = ["status", "call"]
    search_fields = ["organization__name", "text"]
    raw_id_fields = ["organization", "submitted_by", "reviewed_by"]
    inlines = [SubmissionFileInline]
