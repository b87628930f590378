"""Every list comes out in the same order on every database and after every restore: orderings are total.

A default ordering that can tie (two people named alike, two posts without a start date) leaves the order to the
physical row order, which a restore changes: each model's ordering must end in a unique column.
"""

import pytest
from django.apps import apps
from django.db.models import OrderBy

PROJECT_APPS = {"accounts", "organizations", "conferences", "resolutions"}


def _field_name(term) -> str:
    if isinstance(term, OrderBy):
        return term.expression.name
    return term.lstrip("-")


@pytest.mark.parametrize(
    "model",
    [m for m in apps.get_models() if m._meta.app_label in PROJECT_APPS and m._meta.ordering and not m.__name__.startswith("Historical")],
    ids=lambda m: m.__name__,
)
def test_each_default_ordering_ends_in_a_unique_column(model):
    last = _field_name(model._meta.ordering[-1])
    field = model._meta.get_field("id" if last == "pk" else last)
    assert field.primary_key or field.unique, f"{model.__name__}.Meta.ordering = {model._meta.ordering}"


def test_the_current_post_comes_first_whatever_the_row_order(db):
    from organizations.models import Body, Person, Position

    person = Person.objects.create(full_name="Ким Виктор", short_name="Ким В.М.", slug="kim")
    body = Body.objects.create(name="Секретариат КСОРС РТ", slug="secretariat")
    import datetime

    undated = Position.objects.create(person=person, body=body, title="член Секретариата")
    dated = Position.objects.create(person=person, body=body, title="секретарь-координатор", started_on=datetime.date(2020, 1, 1))
    assert list(person.positions.all()) == [dated, undated]
