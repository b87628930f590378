"""Build the editor's POST data the way a browser would send the page it was given."""

import datetime

from secretariat.forms.editor import ItemFormSet, ResolutionHeaderForm, ResponsibleChoices, item_initial


def _value(value):
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _form_data(form) -> dict:
    data = {}
    for bound in form:
        value = bound.value()
        if isinstance(bound.field.widget.__class__, type) and bound.field.widget.input_type == "checkbox" if hasattr(
            bound.field.widget, "input_type"
        ) else False:
            if value:
                data[bound.html_name] = "on"
            continue
        data[bound.html_name] = _value(value)
    return data


def editor_data(resolution) -> dict:
    resolution.refresh_from_db()
    header = ResolutionHeaderForm(instance=resolution, initial={"revision": resolution.revision})
    formset = ItemFormSet(
        initial=item_initial(resolution), prefix="items",
        form_kwargs={"responsible_choices": ResponsibleChoices(), "reference_date": resolution.adopted_on},
    )
    data = _form_data(header)
    management = formset.management_form
    for bound in management:
        data[bound.html_name] = _value(bound.value())
    for form in formset.forms:
        data.update(_form_data(form))
    return data


def item_index(data: dict, label: str) -> int:
    return next(int(key.split("-")[1]) for key, value in data.items() if key.endswith("-label") and value == label)
