"""Who may open and post to every page of the leaders' workspace (/my/, namespace "my").

Personas: anonymous, a logged-in user without a role, the leader of A, the leader of B, the Secretariat.
Every URL below concerns organization A. Expected: the login page for anonymous visitors, 403 for
logged-in users without the role, 404 for a leader of another organization (A does not exist for them).
"""

import pytest
from django.urls import reverse

from assessments.models import Report
from assessments.services import questionnaire_create_default
from organizations.models import OrganizationPhoto, Submission, SubmissionFile
from resolutions.models import ProgressReport, Signatory

LOGIN = "login"
OK = "ok"  # anything that is neither a refusal nor a login redirect (200, 302 to a page, 400 on empty data)

ROLES = ["anonymous", "plain_user", "leader_a", "leader_b", "secretary"]


@pytest.fixture
def world(org_a, org_b, leader_a, leader_b, secretary, plain_user, call, declaration, item_for_a, report_a):
    photo = OrganizationPhoto.objects.create(organization=org_a, image="organizations/photos/x.jpg")
    submission = Submission.objects.create(call=call, organization=org_a, status=Submission.Status.SUBMITTED)
    stored = SubmissionFile(submission=submission, original_name="история.txt", size=4)
    stored.file.save("h.txt", __import__("io").BytesIO(b"text"), save=True)
    signatory = Signatory.objects.create(declaration=declaration, organization=org_a, requested_by=leader_a)
    history_id = org_a.history_log.latest("history_date").history_id
    questionnaire_create_default(year=2026, title="Самоанализ за 2026 год", open_until=None)
    return {
        "photo": photo, "submission": submission, "file": stored, "signatory": signatory,
        "item": item_for_a, "report": report_a, "history_id": history_id,
        "users": {"plain_user": plain_user, "leader_a": leader_a, "leader_b": leader_b, "secretary": secretary},
    }


LEADER_PAGE = {"anonymous": LOGIN, "plain_user": 403, "leader_a": OK, "leader_b": 404, "secretary": 403}
LEADER_HOME = {"anonymous": LOGIN, "plain_user": 403, "leader_a": OK, "leader_b": OK, "secretary": 403}
PRIVATE_FILE = {"anonymous": LOGIN, "plain_user": 404, "leader_a": OK, "leader_b": 404, "secretary": OK}

# (name, kwargs builder, methods, expectations)
URLS = [
    ("my:dashboard", lambda w: {}, ["get"], LEADER_HOME),
    ("my:profile_edit", lambda w: {"slug": "alpha"}, ["get", "post"], LEADER_PAGE),
    ("my:photo_delete", lambda w: {"slug": "alpha", "pk": w["photo"].pk}, ["post"], LEADER_PAGE),
    ("my:submission", lambda w: {"slug": "alpha", "call_slug": "jubilee-book"}, ["get", "post"], LEADER_PAGE),
    ("my:declarations", lambda w: {"slug": "alpha"}, ["get"], LEADER_PAGE),
    ("my:declaration_join", lambda w: {"slug": "alpha", "declaration_slug": "family-protection"}, ["post"], LEADER_PAGE),
    ("my:declaration_leave", lambda w: {"slug": "alpha", "declaration_slug": "family-protection"}, ["post"], LEADER_PAGE),
    ("my:items", lambda w: {"slug": "alpha"}, ["get"], LEADER_PAGE),
    ("my:report_create", lambda w: {"slug": "alpha", "item_pk": w["item"].pk}, ["get", "post"], LEADER_PAGE),
    ("my:extension_request", lambda w: {"slug": "alpha", "item_pk": w["item"].pk}, ["get", "post"], LEADER_PAGE),
    ("my:self_assessment", lambda w: {"slug": "alpha"}, ["get", "post"], LEADER_PAGE),
    ("my:submission_file", lambda w: {"pk": w["file"].pk}, ["get"], PRIVATE_FILE),
    ("my:report_attachment", lambda w: {"pk": w["report"].attachments.get().pk}, ["get"], PRIVATE_FILE),
]

CASES = [
    pytest.param(name, kwargs, method, role, expected[role], id=f"{method}-{name}-{role}")
    for name, kwargs, methods, expected in URLS
    for method in methods
    for role in ROLES
]


@pytest.mark.parametrize(("name", "kwargs", "method", "role", "expected"), CASES)
def test_it_enforces_the_url_role_matrix(client, world, name, kwargs, method, role, expected):
    if role != "anonymous":
        client.force_login(world["users"][role])
    url = reverse(name, kwargs=kwargs(world))
    response = getattr(client, method)(url)
    if expected == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
    elif expected == OK:
        assert response.status_code not in (403, 404), response.status_code
        if response.status_code == 302:
            assert not response["Location"].startswith(reverse("account_login"))
    else:
        assert response.status_code == expected


def test_refused_posts_change_nothing(client, world, leader_b, org_a, call):
    client.force_login(leader_b)
    before = org_a.history_log.count()
    client.post(reverse("my:profile_edit", args=["alpha"]), {"description": "Захвачено", "status": "excluded"})
    client.post(reverse("my:photo_delete", args=["alpha", world["photo"].pk]))
    client.post(reverse("my:submission", args=["alpha", "jubilee-book"]), {"text": "Чужие материалы"})
    client.post(reverse("my:declaration_leave", args=["alpha", "family-protection"]), {"reason": "Чужой выход"})
    client.post(
        reverse("my:report_create", args=["alpha", world["item"].pk]), {"text": "Чужой отчёт", "reported_on": "2026-07-01"}
    )
    client.post(reverse("secretariat:declaration_decide", args=[world["signatory"].pk]), {"s1-decision": "confirm"})
    client.post(reverse("my:self_assessment", args=["alpha"]), {"q-members_total": "1", "action": "draft"})
    org_a.refresh_from_db()
    assert org_a.description == "" and org_a.status == "active"
    assert org_a.history_log.count() == before
    assert OrganizationPhoto.objects.filter(pk=world["photo"].pk).exists()
    assert Submission.objects.get(call=call, organization=org_a).text == ""
    assert Signatory.objects.get(pk=world["signatory"].pk).status == Signatory.Status.REQUESTED
    assert ProgressReport.objects.filter(text="Чужой отчёт").count() == 0
    assert not Report.objects.filter(organization=org_a).exists()


def test_leader_of_b_cannot_report_on_an_item_of_a_through_their_own_organization(client, world, leader_b):
    client.force_login(leader_b)
    response = client.post(
        reverse("my:report_create", args=["beta", world["item"].pk]), {"text": "Подмена", "reported_on": "2026-07-01"}
    )
    assert response.status_code == 404
    assert not ProgressReport.objects.filter(text="Подмена").exists()


def test_the_nav_link_points_to_the_workspace_for_leaders_only(client, leader_a, secretary):
    client.force_login(leader_a)
    assert f'href="{reverse("my:dashboard")}"' in client.get("/").content.decode()
    client.force_login(secretary)
    assert f'href="{reverse("my:dashboard")}"' not in client.get("/").content.decode()


def test_the_matrix_covers_every_workspace_url():
    from leaders import urls

    assert {name.removeprefix("my:") for name, *_ in URLS} == {pattern.name for pattern in urls.urlpatterns}
