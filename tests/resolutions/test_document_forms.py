"""A document names itself by its kind inside a sentence: «так план действий увидят …», «историю плана действий»."""

import pytest
from django.utils import translation

from resolutions.models import DOCUMENT_FORMS, DocumentType, Resolution


def test_it_has_the_forms_of_every_kind():
    assert set(DOCUMENT_FORMS) == set(DocumentType)


@pytest.mark.parametrize(
    ("doc_type", "nominative", "genitive", "accusative", "prepositional"),
    [
        ("resolution", "резолюция", "резолюции", "резолюцию", "резолюции"),
        ("decision", "решение", "решения", "решение", "решении"),
        ("statement", "заявление", "заявления", "заявление", "заявлении"),
        ("concept", "концепция", "концепции", "концепцию", "концепции"),
        ("plan", "план действий", "плана действий", "план действий", "плане действий"),
        ("other", "документ", "документа", "документ", "документе"),
    ],
)
def test_it_declines_each_kind(doc_type, nominative, genitive, accusative, prepositional):
    kind = Resolution(doc_type=doc_type).doc_kind
    with translation.override("ru"):
        assert [str(kind.nominative), str(kind.genitive), str(kind.accusative), str(kind.prepositional)] == [
            nominative, genitive, accusative, prepositional,
        ]


def test_the_nominative_is_the_label_in_lower_case():
    with translation.override("ru"):
        for doc_type in DocumentType:
            assert str(DOCUMENT_FORMS[doc_type].nominative) == doc_type.label.lower()


def test_in_english_a_kind_has_one_form_whatever_the_case():
    kind = Resolution(doc_type="plan").doc_kind
    with translation.override("en"):
        assert {str(kind.nominative), str(kind.genitive), str(kind.accusative), str(kind.prepositional)} == {
            "action plan"
        }
        # The genitive «резолюции» is not the plural «резолюции» of the section's name.
        assert str(Resolution(doc_type="resolution").doc_kind.genitive) == "resolution"


def test_an_unknown_kind_reads_as_a_document():
    with translation.override("ru"):
        assert str(Resolution(doc_type="memo").doc_kind.genitive) == "документа"
