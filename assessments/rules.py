"""Who may see and fill in a self-assessment report: the organization's leaders and the Secretariat only."""

import rules

from accounts.rules import is_secretariat, leads_organization


@rules.predicate
def leads_report_organization(user, report):
    return report is not None and leads_organization(user, report.organization)


# A leader fills in the report of an organization they lead (the object is the organization).
rules.add_perm("ksors.fill_assessment", leads_organization)
# The answers: the organization's leaders and the Secretariat (the object is the report).
rules.add_perm("ksors.view_assessment", is_secretariat | leads_report_organization)
