"""Who may report on an item and sign a declaration for an organization."""

import rules

from accounts.rules import is_secretariat, leads_organization


@rules.predicate
def item_names_users_organization(user, item):
    """A leader may report on items that name their organization or all member organizations."""
    if item is None or not user.is_authenticated:
        return False
    responsibilities = item.responsibilities.all()
    if any(r.all_members for r in responsibilities):
        return user.organizations.active_members().exists()
    org_ids = {r.organization_id for r in responsibilities if r.organization_id}
    return bool(org_ids) and user.organizations.filter(pk__in=org_ids).exists()


@rules.predicate
def leads_signatory_organization(user, signatory):
    return signatory is not None and leads_organization(user, signatory.organization)


rules.add_perm("ksors.request_declaration", leads_organization)
rules.add_perm("ksors.leave_declaration", leads_signatory_organization)
rules.add_perm("ksors.report_progress", is_secretariat | item_names_users_organization)
