"""Who someone is in the portal: the Secretariat, a leader of organizations, a leader of this organization.

The roles every other rule builds on (django-rules predicates). Views and templates ask
`user.has_perm("ksors.<perm>", obj)`; the permissions themselves are registered beside the data they guard
(organizations/rules.py, resolutions/rules.py).
"""

import rules

from accounts.models import SECRETARIAT_GROUP


@rules.predicate
def is_secretariat(user):
    return user.is_authenticated and user.is_active and (
        user.is_superuser or user.groups.filter(name=SECRETARIAT_GROUP).exists()
    )


@rules.predicate
def is_leader(user):
    return user.is_authenticated and user.is_active and user.organizations.exists()


@rules.predicate
def leads_organization(user, organization):
    if organization is None or not user.is_authenticated or not user.is_active:
        return False
    return user.organizations.filter(pk=organization.pk).exists()


# The whole back office (/secretariat/) is behind this one permission.
rules.add_perm("ksors.secretariat", is_secretariat)
# The leaders' workspace (/my/).
rules.add_perm("ksors.leader_workspace", is_leader)
