"""The Secretariat workspace under /secretariat/: every view requires the `ksors.secretariat` permission."""

from ksors.decorators import permission_required_or_403

secretariat_required = permission_required_or_403("ksors.secretariat")
