"""Who may sign a declaration for an organization.

Whether an organization may report on an item is not a rule here but the item's assignment
(`resolutions.progress.items_assigned_to`), which the leaders' pages and the service both use.
"""

import rules

from accounts.rules import leads_organization


@rules.predicate
def leads_signatory_organization(user, signatory):
    return signatory is not None and leads_organization(user, signatory.organization)


rules.add_perm("ksors.request_declaration", leads_organization)
rules.add_perm("ksors.leave_declaration", leads_signatory_organization)
