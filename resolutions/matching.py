"""Match responsible parties written in a document («председателю КСОРС РТ Темировой Л.Г.») to known records."""

import re
from dataclasses import dataclass

from core.text import fold
from organizations.models import Body, Organization, Person

ALL_MEMBERS_PATTERN = re.compile(r"\bвсе\w*\s+(?:общественн\w+\s+)?(?:объединени|организаци|руководител)\w*", re.IGNORECASE)
INITIALS = re.compile(r"([А-ЯЁ])\.\s*([А-ЯЁ])\.")


@dataclass
class Match:
    person: Person | None = None
    body: Body | None = None
    organization: Organization | None = None
    all_members: bool = False


def _stem(word: str) -> str:
    # Russian names decline (Темирова → Темировой, Ким stays Ким): compare the first letters only.
    word = fold(word)
    return word[: max(3, len(word) - 2)] if len(word) > 4 else word


def _person_keys(person: Person) -> tuple[str, str]:
    surname = (person.full_name or person.short_name).split()[0]
    # «Ким В.М.» knows both initials even when the full name lacks the patronymic («Ким Виктор»).
    written = INITIALS.search(person.short_name)
    if written:
        initials = "".join(written.groups())
    else:
        initials = "".join(part[0] for part in person.full_name.split()[1:3])
    return _stem(surname), fold(initials)


class Matcher:
    """Loads people, bodies and organizations once, then matches many strings without more queries."""

    def __init__(self):
        self.people = list(Person.objects.all())
        self.bodies = list(Body.objects.all())
        self.organizations = list(Organization.objects.all())

    def match(self, text: str) -> Match:
        folded = fold(text)
        if ALL_MEMBERS_PATTERN.search(text):
            return Match(all_members=True)
        for person in self.people:
            stem, initials = _person_keys(person)
            words = [fold(w) for w in re.findall(r"[А-Яа-яЁё-]+", text)]
            if not any(w.startswith(stem) for w in words):
                continue
            found_initials = "".join(INITIALS.findall(text)[0]) if INITIALS.search(text) else ""
            first_names = [w for w in words if not w.startswith(stem)]
            if found_initials and fold(found_initials) != initials:
                continue
            if not found_initials and initials and not any(w.startswith(initials[0]) for w in first_names if w[:1].isalpha()):
                continue
            return Match(person=person)
        for body in self.bodies:
            if _stem(body.name.split()[0]) in folded and all(fold(part) in folded for part in body.name.split()[1:]):
                return Match(body=body)
        for organization in self.organizations:
            short = fold(organization.short_name)
            if short and short in folded:
                return Match(organization=organization)
        return Match()
