from django.shortcuts import render
from django.views.decorators.http import require_safe

from assessments.models import Practice
from core.pagecache import public_page


@require_safe
@public_page
def practice_list(request):
    """Successful practices the Secretariat published from accepted self-assessments, with consent («обмен опытом»)."""
    practices = Practice.objects.published().order_by("organization__name", "-created_at")
    return render(request, "assessments/practice_list.html", {"practices": practices})
