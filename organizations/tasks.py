"""Tasks of the organizations app, run by the worker (core.tasks)."""

from django.core.exceptions import ObjectDoesNotExist

from core.downloads import MissingFiles
from core.exports import store
from core.tasks import retried_task
from organizations.exports import materials_zip
from organizations.models import MaterialCall, Organization


# A lost file or a call deleted meanwhile will not come back by waiting: those fail at once.
@retried_task(max_attempts=3, give_up_on=(MissingFiles, ObjectDoesNotExist))
def materials_zip_render(*, name: str, filename: str, call_id: int, organization_id: int | None = None) -> str:
    """Make a call's (or one organization's) materials archive into the storage under `name`; `filename` is
    what it downloads as."""
    call = MaterialCall.objects.get(pk=call_id)
    organization = Organization.objects.get(pk=organization_id) if organization_id is not None else None
    content, _filename = materials_zip(call=call, organization=organization)
    store(name, content)
    return name
