"""What the parser's tests compare, in one place: an outline, a deadline's window, the parties of a first item."""

from resolutions.deadlines import find_deadline
from resolutions.parser import parse_resolution
from resolutions.parties import addressed_parties


def outline(text):
    """Each item's (label, parent), in order."""
    return [(item.label, item.parent) for item in parse_resolution(text).items]


def deadline_window(text, reference=None):
    """(kind, start, end) of the deadline `find_deadline` reads in `text`, or None."""
    deadline = find_deadline(text, reference=reference)
    return None if deadline is None else (deadline.kind, deadline.start, deadline.end)


def item_window(item):
    """(kind, start, end) of a parsed item's deadline."""
    return (item.deadline_kind, item.due_start, item.due_end)


def decree(body, date="1 марта 2021 года"):
    """A district administration's decree of `date` with `body` as its items, and a controller item after them."""
    return parse_resolution(f"Постановление администрации района от {date}\nПОСТАНОВЛЯЮ:\n{body}\n9. Контроль оставляю за собой.")


def first_item(line, date="1 марта 2021 года"):
    """Item 1 of a decree of `date` whose items are `line` and a controller item."""
    heading = f"Постановление администрации района от {date}\nПОСТАНОВЛЯЮ:\n"
    return parse_resolution(f"{heading}1. {line}\n2. Контроль оставляю за собой.").items[0]


def item_parties(line):
    """The responsible of item 1 of a decree whose first item is `line`."""
    return first_item(line).responsible


def addressed(text):
    """The parties `addressed_parties` reads in `text`, or None."""
    found = addressed_parties(text)
    return None if found is None else found[0]
