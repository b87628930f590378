"""Who may see and fill in a self-assessment report: the organization's leaders and the Secretariat only."""

import rules

from accounts.rules import leads_organization

# A leader fills in and reads the report of an organization they lead (the object is the organization); the back
# office (the Secretariat) sees every report through "ksors.secretariat". Nobody else sees any answer.
rules.add_perm("ksors.fill_assessment", leads_organization)
