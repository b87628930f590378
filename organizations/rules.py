"""Who may change an organization's page and its materials."""

import rules

from accounts.rules import is_secretariat, leads_organization


@rules.predicate
def leads_submission_organization(user, submission):
    return submission is not None and leads_organization(user, submission.organization)


rules.add_perm("ksors.edit_organization_profile", is_secretariat | leads_organization)
rules.add_perm("ksors.submit_materials", leads_organization)
rules.add_perm("ksors.view_submission", is_secretariat | leads_submission_organization)
