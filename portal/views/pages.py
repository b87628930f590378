"""The council's own pages: about, contacts, privacy. Their text lives in the database (organizations.SitePage)."""

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from core.markup import render_page_text
from core.pagecache import public_page
from organizations.models import SitePage


@require_safe
@public_page
def site_page(request, slug):
    page = SitePage.objects.filter(slug=slug).first()
    if page is None:
        raise Http404
    (title, title_language), (text, text_language) = page.localized(get_language())
    return render(
        request,
        "pages/site_page.html",
        {"page": page, "title": title, "title_language": title_language, "body": render_page_text(text),
         "body_language": text_language},
    )
