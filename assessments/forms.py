"""Reading a questionnaire form post (shared by the leaders' form and the Secretariat's paper entry)."""

from assessments.answers import field_name, raw_from_post
from assessments.models import Question


def read_post(questions: list[Question], data) -> tuple[dict[int, object], set[int]]:
    """What was typed for each question, and the practices questions whose publication was agreed to."""
    raws = {question.pk: raw_from_post(question, data) for question in questions}
    consents = {q.pk for q in questions if q.is_practice and data.get(field_name(q, "-consent")) == "on"}
    return raws, consents
