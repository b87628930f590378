"""The Secretariat workspace under /secretariat/: every view requires the `ksors.secretariat` permission."""

from core.decorators import permission_required_or_403

secretariat_required = permission_required_or_403("ksors.secretariat")
