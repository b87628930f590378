import pytest

@pytest.mark.parametrize("url", ["/resolutions/", "/resolutions/xx-2026-06-19/", "/conferences/", "/conferences/xx-2026/", "/conferences/xxi-2027/",
  "/organizations/", "/organizations/umet/", "/organizations/women-movement/", "/declarations/", "/declarations/family-protection/",
  "/search/?q=молодёжной+повестки", "/search/?q=умет", "/feeds/resolutions/", "/calendar.ics", "/sitemap.xml", "/robots.txt",
  "/resolutions/?q=умет&year=2026", "/organizations/?format=csv", "/en/resolutions/xx-2026-06-19/", "/resolutions/xx-2026-06-19/pdf/"])
def test_it_renders(client, xx, url):
    r = client.get(url)
    assert r.status_code == 200, r.content[:3000]
