"""Filters of the register: overdue or due soon (shown by colour and by text), the window, days left."""

import datetime

from django import template

from resolutions.execution_report import days_text, window_text

register = template.Library()
DUE_SOON_DAYS = 30


@register.filter
def item_overdue(item, today: datetime.date) -> bool:
    return item.is_overdue(today)


@register.filter
def item_due_soon(item, today: datetime.date) -> bool:
    if item.due_end is None or item.is_overdue(today) or item.execution_status in ("done", "withdrawn"):
        return False
    return (item.due_end - today).days <= DUE_SOON_DAYS


@register.filter
def item_window(item) -> str:
    return window_text(item)


@register.filter
def item_days(item, today: datetime.date) -> str:
    return days_text(item, today)
