"""The figures on known answers: cohorts, youth share, tenure and successor lists, the PDF's text, query counts."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from assessments.exports import analysis_pdf, analysis_xlsx
from assessments.figures import figures_of, sent_reports, summarize, year_over_year
from assessments.services import report_save
from tests.assessments.conftest import valid_post
from tests.factories import OrganizationFactory


def _send(questionnaire, organization, user, **answers):
    from django.http import QueryDict

    from assessments.forms import read_post
    from assessments.services import questions_of

    data = QueryDict(mutable=True)
    for key, value in valid_post(**answers).items():
        data.setlist(key, value if isinstance(value, list) else [value])
    raws, consents = read_post(questions_of(questionnaire), data)
    report, errors = report_save(questionnaire=questionnaire, organization=organization, raws=raws, consents=consents,
                                 user=user, submit=True)
    assert errors == {}
    return report


@pytest.fixture
def answered(questionnaire, org_a, org_b, secretary):
    _send(questionnaire, org_a, secretary)  # 50 members, 12 young, leader since 2008, no successor, no youth leading
    _send(questionnaire, org_b, secretary, **{
        "q-members_total": "30", "q-members_before_1960": "2", "q-members_1960_1989": "10", "q-members_1990_2009": "15",
        "q-members_2010_later": "3", "q-youth_in_leadership": "2", "q-leader_since": "2020", "q-successor": "yes",
        "q-formats": ["Молодёжные проекты"],
    })
    return questionnaire


def test_cohorts_youth_share_and_tenure_on_known_answers(answered, org_a, org_b):
    rows = figures_of(sent_reports(answered))
    alpha, beta = rows
    assert (alpha.organization, beta.organization) == (org_a, org_b)
    assert alpha.cohorts == {"members_before_1960": 10, "members_1960_1989": 25, "members_1990_2009": 12,
                             "members_2010_later": 3}
    assert alpha.youth_share == 24.0 and beta.youth_share == 50.0
    assert (alpha.tenure, beta.tenure) == (18, 6)
    assert (alpha.events, alpha.participants) == (1, 40)
    summary = summarize(rows, limit=10)
    assert [count for _label, count in summary.cohorts] == [12, 35, 27, 6]
    assert summary.members == 80 and summary.youth_share == 33.8
    assert summary.formats[0] == ("Молодёжные проекты", 2)
    assert summary.long_tenure == [alpha]  # 18 years, no successor; B has led 6 years
    assert summary.no_young_leaders == [alpha]
    assert summarize(rows, limit=20).long_tenure == []


def test_year_over_year_shows_each_years_figures(answered, org_a, secretary):
    from assessments.services import questionnaire_copy_for_period

    answered.status = "closed"
    answered.save()
    next_year = questionnaire_copy_for_period(source=answered, year=2027, title="Самоанализ за 2027 год", open_until=None)
    next_year.status = "open"
    next_year.save()
    _send(next_year, org_a, secretary, **{"q-members_total": "60", "q-members_1990_2009": "20"})
    rows = year_over_year(org_a)
    assert [(r.year, r.members, r.youth) for r in rows] == [(2026, 50, 12), (2027, 60, 20)]


def test_the_analysis_pdf_holds_each_organizations_figures(answered):
    content, filename = analysis_pdf(answered)
    assert filename == "analysis-2026.pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    text = " ".join(text.split())
    assert "Анализ деятельности общественных объединений системы КСОРС РТ за 2026 год" in text
    assert "ОО «Альфа»" in text and "ОО «Бета»" in text
    assert "24,0%" in text and "50,0%" in text  # Russian decimals
    assert "с 2008 г. (18 лет)" in text  # the long-tenure list
    workbook_bytes, _name = analysis_xlsx(answered)
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(workbook_bytes))["Показатели"]
    assert [c.value for c in sheet[3]][:4] == ["ОО «Альфа»", "Отправлен", None, 50]


def test_the_comparison_table_sorts_filters_and_exports(secretary_client, answered):
    url = reverse("secretariat:assessment_comparison", args=[answered.pk])
    page = secretary_client.get(url + "?sort=-youth_share").content.decode()
    assert page.index(">Бета<") < page.index(">Альфа<")
    response = secretary_client.get(url + "?_export=xlsx")
    assert response["Content-Disposition"].endswith('comparison-2026.xlsx"')
    from openpyxl import load_workbook

    rows = list(load_workbook(io.BytesIO(response.content)).active.values)
    assert rows[1][0] == "ОО «Альфа»" and 50 in rows[1]


def test_the_charts_page_draws_svg_and_lists_the_councils_two_questions(secretary_client, answered):
    page = secretary_client.get(reverse("secretariat:assessment_charts", args=[answered.pk]) + "?years=10").content.decode()
    assert page.count("<svg") == 4
    long_tenure = page[page.index('id="long-tenure"'):page.index('id="no-young-leaders"')]
    assert "ОО «Альфа»" in long_tenure and "ОО «Бета»" not in long_tenure


def test_query_counts_on_the_comparison_table_do_not_grow_with_data(secretary_client, answered, secretary,
                                                                    django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = reverse("secretariat:assessment_comparison", args=[answered.pk])
    secretary_client.get(url)  # warm the session and the page cache generation
    with CaptureQueriesContext(connection) as small:
        secretary_client.get(url)
    for _ in range(40):  # 2 reports → 42: twenty times the data
        organization = OrganizationFactory()
        answered.organizations.add(organization)
        _send(answered, organization, secretary)
    with CaptureQueriesContext(connection) as large:
        response = secretary_client.get(url)
    assert response.content.decode().count("badge-submitted") == 42
    assert len(large) == len(small)
