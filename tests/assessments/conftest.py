"""A questionnaire addressed to organizations A and B, and a complete valid post for it (healthchecks-style personas)."""

import datetime

import pytest

from assessments.services import questionnaire_create_default


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def questionnaire(org_a, org_b):
    return questionnaire_create_default(year=2026, title="Самоанализ за 2026 год", open_until=datetime.date(2027, 2, 28))


def valid_post(**overrides):
    data = {
        "q-formats": ["Молодёжные проекты", "Праздники и памятные даты"],
        "q-formats_effect": "Молодёжные проекты дали лучший результат.",
        "q-events-rows": "3",
        "q-events-0-date": "12.04.2026", "q-events-0-format": "Праздник", "q-events-0-title": "День космонавтики",
        "q-events-0-participants": "40", "q-events-0-partners": "Россотрудничество",
        "q-achievements": "Открыли воскресную школу.",
        "q-practices": "Наставничество старших над молодыми.", "q-practices-consent": "on",
        "q-members_total": "50", "q-members_before_1960": "10", "q-members_1960_1989": "25",
        "q-members_1990_2009": "12", "q-members_2010_later": "3",
        "q-youth_in_leadership": "0", "q-youth_projects": "2",
        "q-leader_since": "2008", "q-leader_trainings": "Курсы Россотрудничества",
        "q-successor": "no",
        "action": "submit",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}
