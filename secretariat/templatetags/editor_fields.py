"""The resolution editor's fields, rendered in Python.

A 40-item resolution has some 700 fields. Django renders each widget and each label through a template, about
a millisecond apiece, which made the editor 30× slower than the public page of the same resolution (issue 10).
The widgets the item form uses (text, textarea, date, number, hidden, checkbox, a flat select) are simple enough
to write out here with the same markup, attributes and escaping; any other widget falls back to Django's own
rendering, so nothing is lost if a field changes.
"""

from django import forms, template
from django.utils.html import conditional_escape, escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()

_INPUTS = (forms.TextInput, forms.NumberInput, forms.DateInput, forms.HiddenInput, forms.EmailInput)


def _attrs(bound, extra=None) -> str:
    widget = bound.field.widget
    attrs = bound.build_widget_attrs({**widget.attrs, **(extra or {})})
    attrs.setdefault("id", bound.auto_id)
    if bound.field.help_text:
        attrs.setdefault("aria-describedby", f"{bound.auto_id}_helptext")
    if bound.errors:
        attrs["aria-invalid"] = "true"
    pairs = []
    for key, value in attrs.items():
        if value is True:
            pairs.append(format_html(" {}", key))
        elif value is not False and value is not None:
            pairs.append(format_html(' {}="{}"', key, value))
    return mark_safe("".join(pairs))


@register.simple_tag
def widget(bound) -> str:
    """The bound field's widget, as Django would render it, without a template per widget."""
    field_widget = bound.field.widget
    name = bound.html_name
    value = bound.value()
    if isinstance(field_widget, forms.CheckboxInput):
        checked = {"checked": True} if field_widget.check_test(value) else {}
        return format_html('<input type="checkbox" name="{}"{}>', name, _attrs(bound, checked))
    if isinstance(field_widget, forms.Textarea):
        text = field_widget.format_value(value) or ""
        return format_html('<textarea name="{}"{}>\n{}</textarea>', name, _attrs(bound), text)
    if isinstance(field_widget, forms.Select) and not field_widget.allow_multiple_selected:
        if any(isinstance(text, (list, tuple)) for _key, text in field_widget.choices):
            return str(bound)
        selected = "" if value is None else str(value)
        options = mark_safe("".join(
            f'<option value="{escape(key)}"{" selected" if str(key) == selected else ""}>{escape(text)}</option>'
            for key, text in field_widget.choices
        ))
        return format_html('<select name="{}"{}>{}</select>', name, _attrs(bound), options)
    if isinstance(field_widget, _INPUTS):
        formatted = field_widget.format_value(value)
        value_attr = format_html(' value="{}"', formatted) if formatted not in (None, "") else ""
        return format_html('<input type="{}" name="{}"{}{}>', field_widget.input_type, name, value_attr, _attrs(bound))
    return str(bound)


@register.simple_tag
def label(bound) -> str:
    if not bound.label:
        return ""
    suffix = bound.form.label_suffix if bound.form.label_suffix is not None else ":"
    text = conditional_escape(bound.label)
    if suffix and text[-1:] not in ":?.!":
        text = format_html("{}{}", text, suffix)
    return format_html('<label for="{}">{}</label>', bound.id_for_label, text)


@register.simple_tag
def field_row(bound) -> str:
    """The editor's form row: label, errors, widget and help text, like secretariat/_field.html."""
    errors = str(bound.errors) if bound.errors else ""
    help_text = (
        format_html('<span class="helptext" id="{}_helptext">{}</span>', bound.auto_id, bound.field.help_text)
        if bound.field.help_text else ""
    )
    return format_html(
        '<div class="form-row field-{}{}">{}{}{}{}</div>',
        bound.name, " has-error" if bound.errors else "", label(bound), mark_safe(errors), widget(bound), help_text,
    )
