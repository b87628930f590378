"""Sub-tasks for items published before they existed, and their reports attached to them.

Every published item with a responsible gets one sub-task per responsible party («все организации-члены»: one
per organization that is an active member now — the history before this migration has no better answer); a
report sent by an organization joins that organization's sub-task; reports the Secretariat wrote itself are
marked as seen, so the work inbox starts with what really waits.
"""

from django.db import migrations
from django.db.models import Q
from django.utils import timezone


def forwards(apps, schema_editor):
    Item = apps.get_model("resolutions", "Item")
    Assignment = apps.get_model("resolutions", "Assignment")
    ProgressReport = apps.get_model("resolutions", "ProgressReport")
    Organization = apps.get_model("organizations", "Organization")
    members = list(Organization.objects.filter(role="member", status="active"))
    items = Item.objects.filter(resolution__status="published").exclude(kind="responsible").prefetch_related("responsibilities")
    for item in items:
        seen = set()
        for responsibility in item.responsibilities.all():
            if responsibility.all_members:
                targets = [({"organization": o}, ("organization", o.pk), o.name) for o in members]
            elif responsibility.organization_id:
                targets = [({"organization_id": responsibility.organization_id}, ("organization", responsibility.organization_id), responsibility.text)]
            elif responsibility.person_id:
                targets = [({"person_id": responsibility.person_id}, ("person", responsibility.person_id), responsibility.text)]
            elif responsibility.body_id:
                targets = [({"body_id": responsibility.body_id}, ("body", responsibility.body_id), responsibility.text)]
            else:
                targets = [({}, ("text", responsibility.text), responsibility.text)]
            for fields, key, text in targets:
                if key in seen:
                    continue
                seen.add(key)
                Assignment.objects.create(item=item, responsibility=responsibility, text=text, **fields)
    for report in ProgressReport.objects.filter(organization__isnull=False, assignment__isnull=True):
        assignment, _ = Assignment.objects.get_or_create(
            item_id=report.item_id, organization_id=report.organization_id, defaults={"text": report.organization.name}
        )
        if report.status == "done":
            assignment.status = "reported"
        elif report.status and assignment.status == "not_started":
            assignment.status = "in_progress"
        assignment.save()
        report.assignment = assignment
        report.save(update_fields=["assignment"])
    ProgressReport.objects.filter(Q(organization__isnull=True)).update(reviewed_at=timezone.now())


class Migration(migrations.Migration):
    dependencies = [("resolutions", "0003_execution_control"), ("organizations", "0005_contactrecord")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
