"""Every permission rule of the portal, in one place (django-rules predicates).

Views and templates ask `user.has_perm("ksors.<perm>", obj)`; nothing else decides who may do what.
"""

import rules

from accounts.models import SECRETARIAT_GROUP


@rules.predicate
def is_secretariat(user):
    return user.is_authenticated and user.is_active and (
        user.is_superuser or user.groups.filter(name=SECRETARIAT_GROUP).exists()
    )


@rules.predicate
def leads_organization(user, organization):
    if organization is None or not user.is_authenticated or not user.is_active:
        return False
    return user.organizations.filter(pk=organization.pk).exists()


@rules.predicate
def is_leader(user):
    return user.is_authenticated and user.is_active and user.organizations.exists()


@rules.predicate
def leads_submission_organization(user, submission):
    return submission is not None and leads_organization(user, submission.organization)


@rules.predicate
def item_names_users_organization(user, item):
    """A leader may report on items that name their organization or all member organizations."""
    if item is None or not user.is_authenticated:
        return False
    responsibilities = item.responsibilities.all()
    if any(r.all_members for r in responsibilities):
        return user.organizations.filter(role="member", status="active").exists()
    org_ids = {r.organization_id for r in responsibilities if r.organization_id}
    return bool(org_ids) and user.organizations.filter(pk__in=org_ids).exists()


rules.add_perm("ksors.secretariat", is_secretariat)
rules.add_perm("ksors.invite_users", is_secretariat)
rules.add_perm("ksors.manage_resolutions", is_secretariat)
rules.add_perm("ksors.manage_conferences", is_secretariat)
rules.add_perm("ksors.change_membership_status", is_secretariat)
rules.add_perm("ksors.edit_organization_profile", is_secretariat | leads_organization)
rules.add_perm("ksors.submit_materials", leads_organization)
rules.add_perm("ksors.edit_submission", leads_submission_organization)
rules.add_perm("ksors.review_submissions", is_secretariat)
rules.add_perm("ksors.request_declaration", leads_organization)
rules.add_perm("ksors.decide_declaration", is_secretariat)
rules.add_perm("ksors.report_progress", is_secretariat | item_names_users_organization)
rules.add_perm("ksors.leader_workspace", is_leader)


# Leaders' workspace (issue 5): files of a submission are seen by the Secretariat and the organization's leaders.
@rules.predicate
def leads_signatory_organization(user, signatory):
    return signatory is not None and leads_organization(user, signatory.organization)


rules.add_perm("ksors.manage_material_calls", is_secretariat)
rules.add_perm("ksors.view_submission", is_secretariat | leads_submission_organization)
rules.add_perm("ksors.leave_declaration", leads_signatory_organization)
rules.add_perm("ksors.revert_organization_history", is_secretariat)
