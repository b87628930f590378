from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from accounts.models import Invitation, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "full_name", "is_active", "is_staff", "last_login"]
    list_filter = ["is_active", "is_staff", "groups"]
    search_fields = ["email", "full_name"]
    filter_horizontal = ["groups", "user_permissions", "organizations"]
    autocomplete_fields = ["person"]
    fieldsets = [
        (None, {"fields": ["email", "password", "full_name", "person"]}),
        (_("Роли"), {"fields": ["organizations", "groups", "is_active", "is_staff", "is_superuser"]}),
        (_("Даты"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["user", "created_at", "expires_at", "accepted_at"]
    search_fields = ["user__email"]
    readonly_fields = ["token", "created_at"]
    raw_id_fields = ["user", "created_by"]
