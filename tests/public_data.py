"""Published data for the public-portal tests, built with the ORM (independent of the import parser).

`build_xx()` recreates the XX conference's resolution from the bundled sample text: every item and sub-item
with its label as written, responsible parties, deadlines, the two membership decisions and the declaration.
`grow(n)` adds n more of everything, for the tests that check query counts do not grow with the data.
"""

import datetime
import re
from pathlib import Path

from django.utils import timezone

from conferences.models import AgendaItem, Conference, ConferenceKind, EventStatus, StandingAgendaItem
from organizations.models import (
    Body,
    MembershipChange,
    MembershipStatus,
    Organization,
    OrganizationKind,
    Person,
    Position,
    Region,
    Role,
)
from resolutions.models import (
    DeadlineKind,
    Declaration,
    ExecutionStatus,
    Item,
    ItemKind,
    MembershipAction,
    Resolution,
    ResolutionStatus,
    ResolutionVersion,
    Responsibility,
    Signatory,
)

SAMPLE = Path(__file__).resolve().parents[1] / "ksors" / "demo" / "resolution-2026-06-19-xx.txt"
ITEM_LINE = re.compile(r"^(\d+[а-я]?)\.\s+(.*)$")
XX_DATE = datetime.date(2026, 6, 19)


def sample_items() -> list[tuple[str, str]]:
    """(label, text) of every item of the sample, bullet lines kept with their item."""
    text = SAMPLE.read_text(encoding="utf-8")
    operative = text.split("ПОСТАНОВИЛИ:", 1)[1].split("Утверждена единогласно", 1)[0]
    items: list[list[str]] = []
    for line in operative.splitlines():
        if match := ITEM_LINE.match(line.strip()):
            items.append([match[1], match[2]])
        elif line.strip() and items:
            items[-1][1] += "\n" + line.strip()
    return [(label, body) for label, body in items]


def sample_preamble() -> str:
    text = SAMPLE.read_text(encoding="utf-8")
    return text.split("соотечественного развития»**", 1)[1].split("ПОСТАНОВИЛИ:", 1)[0].strip()


def build_xx(*, status: str = ResolutionStatus.PUBLISHED, slug: str = "xx-2026-06-19") -> Resolution:
    secretariat, _ = Body.objects.get_or_create(slug="secretariat", defaults={"name": "Секретариат КСОРС РТ"})
    council, _ = Organization.objects.get_or_create(
        slug="ksors", defaults={"name": "Координационный совет объединений российских соотечественников Республики Таджикистан",
                                "short_name": "КСОРС РТ", "role": Role.COUNCIL, "city": "Душанбе"},
    )
    temirova, _ = Person.objects.get_or_create(
        slug="temirova", defaults={"full_name": "Темирова Людмила Григорьевна", "short_name": "Темирова Л.Г."}
    )
    kim, _ = Person.objects.get_or_create(slug="kim", defaults={"full_name": "Ким Виктор", "short_name": "Ким В.М."})
    Position.objects.get_or_create(person=temirova, title="председатель КСОРС РТ", organization=council)
    Position.objects.get_or_create(person=kim, title="секретарь-координатор КСОРС РТ", organization=council)
    umet, _ = Organization.objects.get_or_create(
        slug="umet", defaults={"name": "ОО татар «Умет»", "short_name": "Умет", "kind": OrganizationKind.ETHNIC,
                               "city": "Душанбе", "region": Region.DUSHANBE, "leader_name": "Ибрагимов Вазиля"},
    )
    iriston, _ = Organization.objects.get_or_create(
        slug="iriston", defaults={"name": "ОО осетинское общество «Иристон»", "short_name": "Иристон",
                                  "kind": OrganizationKind.ETHNIC, "city": "Худжанд", "region": Region.SUGHD},
    )
    women, _ = Organization.objects.get_or_create(
        slug="women-movement", defaults={"name": "Движение женщин за просвещение и милосердие", "kind": OrganizationKind.WOMEN,
                                         "city": "Душанбе", "region": Region.DUSHANBE, "publish_contacts": True,
                                         "email": "women@example.org", "phone": "+992 00 000 00 00"},
    )
    embassy, _ = Organization.objects.get_or_create(
        slug="embassy", defaults={"name": "Посольство Российской Федерации в Республике Таджикистан",
                                  "role": Role.PARTNER, "kind": OrganizationKind.DIPLOMATIC},
    )
    conference, _ = Conference.objects.get_or_create(
        number=20, defaults={"slug": "xx-2026", "kind": ConferenceKind.THEMATIC, "status": EventStatus.HELD, "date": XX_DATE,
                             "city": "Душанбе", "venue": "Дом дружбы",
                             "theme": "Стратегия организационного прорыва: прочный фундамент и путь соотечественного развития"},
    )
    now = timezone.now()
    resolution = Resolution.objects.create(
        title="Резолюция XX Страновой тематической конференции объединений российских соотечественников Республики Таджикистан",
        slug=slug, conference=conference, theme=conference.theme, adopted_on=XX_DATE, place="г. Душанбе, Таджикистан",
        unanimous=True, preamble=sample_preamble(), status=status,
        adoption_text="Утверждена единогласно\nна XX Страновой тематической конференции\nобъединений российских соотечественников\nРеспублики Таджикистан.",
        published_at=now if status == ResolutionStatus.PUBLISHED else None, publish_progress=True,
    )
    items = {}
    for position, (label, text) in enumerate(sample_items(), start=1):
        parent = items.get(re.sub(r"[а-я]$", "", label)) if label[-1].isalpha() else None
        items[label] = Item.objects.create(resolution=resolution, parent=parent, label=label, position=position, text=text)
    Item.objects.filter(pk=items["7б"].pk).update(
        kind=ItemKind.INSTRUCTION, deadline_text="до ноября 2026 года", deadline_kind=DeadlineKind.BY,
        due_end=datetime.date(2026, 10, 31), execution_status=ExecutionStatus.IN_PROGRESS,
    )
    Item.objects.filter(pk=items["9б"].pk).update(
        kind=ItemKind.INSTRUCTION, deadline_text="сентябрь-октябрь 2027 год", deadline_kind=DeadlineKind.RANGE,
        due_start=datetime.date(2027, 9, 1), due_end=datetime.date(2027, 10, 31),
    )
    Item.objects.filter(pk=items["8б"].pk).update(
        deadline_text="со второго полугодия 2026 года и до 2030 года, на постоянной основе", deadline_kind=DeadlineKind.STANDING,
        due_start=datetime.date(2026, 7, 1), due_end=datetime.date(2030, 12, 31),
    )
    Item.objects.filter(pk=items["10"].pk).update(kind=ItemKind.MEMBERSHIP, membership_action=MembershipAction.EXCLUDE,
                                                  membership_organization=umet)
    Item.objects.filter(pk=items["11"].pk).update(kind=ItemKind.MEMBERSHIP, membership_action=MembershipAction.SUSPEND,
                                                  membership_organization=iriston,
                                                  membership_until_event="до отчётно-выборной страновой конференции в 2027 году")
    for label in ("7", "7а", "7б", "7в"):
        Responsibility.objects.create(item=items[label], text="Секретариат КСОРС РТ", body=secretariat, inherited=True)
    Responsibility.objects.create(item=items["7г"], text="Секретариат КСОРС РТ", body=secretariat)
    Responsibility.objects.create(item=items["9б"], position=0, text="председателю КСОРС РТ Темировой Л.Г.", person=temirova)
    Responsibility.objects.create(item=items["9б"], position=1, text="секретарю-координатору Ким В.М.", person=kim)
    Responsibility.objects.create(item=items["9"], text="всем общественным объединениям", all_members=True)
    Responsibility.objects.create(item=items["12б"], text="Темировой Л.Г.", person=temirova)
    Responsibility.objects.create(item=items["7б"], text="Посольство России", organization=embassy)
    if status == ResolutionStatus.PUBLISHED:
        ResolutionVersion.objects.create(resolution=resolution, number=1, snapshot={}, note="Первая публикация", created_at=now)
        MembershipChange.objects.filter(organization__in=[umet, iriston]).update(is_current=False)
        MembershipChange.objects.create(organization=umet, status=MembershipStatus.EXCLUDED, effective_on=XX_DATE,
                                        reason=items["10"].text, decided_by_item=items["10"])
        MembershipChange.objects.create(organization=iriston, status=MembershipStatus.SUSPENDED, effective_on=XX_DATE,
                                        until_event="до отчётно-выборной страновой конференции в 2027 году",
                                        reason=items["11"].text, decided_by_item=items["11"])
        Organization.objects.filter(pk=umet.pk).update(status=MembershipStatus.EXCLUDED, status_since=XX_DATE)
        Organization.objects.filter(pk=iriston.pk).update(status=MembershipStatus.SUSPENDED, status_since=XX_DATE)
        declaration, _ = Declaration.objects.get_or_create(
            slug="family-protection", defaults={"title": "Международная декларация о защите семьи", "adopted_on": XX_DATE,
                                                "adopted_by_item": items["12"], "summary": "Одобрена XX конференцией (п. 12)."},
        )
        Signatory.objects.get_or_create(declaration=declaration, organization=women,
                                        defaults={"status": Signatory.Status.CONFIRMED, "joined_on": XX_DATE})
    return resolution


def build_conferences() -> None:
    """I–XIX known by year only (demo), the extraordinary one, the planned XXI with the standing Youth Agenda."""
    for number in range(1, 20):
        year = 2006 + number
        Conference.objects.get_or_create(
            number=number, defaults={"slug": f"c{number}-{year}", "status": EventStatus.HELD, "is_demo": True,
                                     "planned_start": datetime.date(year, 1, 1), "planned_end": datetime.date(year, 12, 31),
                                     "planned_text": f"{year} г."},
        )
    Conference.objects.get_or_create(
        slug="extraordinary-2015-02-14", defaults={"kind": ConferenceKind.EXTRAORDINARY, "status": EventStatus.HELD,
                                                   "date": datetime.date(2015, 2, 14), "city": "Чкаловск",
                                                   "theme": "На пути к консолидации"},
    )
    xxi, _ = Conference.objects.get_or_create(
        number=21, defaults={"slug": "xxi-2027", "kind": ConferenceKind.REPORTING_ELECTION, "status": EventStatus.PLANNED,
                             "planned_start": datetime.date(2027, 4, 1), "planned_end": datetime.date(2027, 9, 30),
                             "planned_text": "во втором (третьем) квартале 2027 г."},
    )
    youth, _ = StandingAgendaItem.objects.get_or_create(
        title="Молодёжная повестка", defaults={"valid_from": datetime.date(2026, 7, 1), "valid_until": datetime.date(2030, 12, 31)}
    )
    AgendaItem.objects.get_or_create(conference=xxi, standing_item=youth, defaults={"title": youth.title, "position": 1})
    AgendaItem.objects.get_or_create(conference=xxi, title="Отчёт о работе КСОРС РТ", defaults={"position": 2})


def build_public() -> Resolution:
    build_conferences()
    return build_xx()


def grow(n: int, *, prefix: str = "g") -> None:
    """n more organizations, conferences, resolutions (each with items and responsibilities), membership events."""
    secretariat = Body.objects.get_or_create(slug="secretariat", defaults={"name": "Секретариат КСОРС РТ"})[0]
    declaration = Declaration.objects.filter(is_published=True).first()
    for i in range(n):
        person = Person.objects.create(full_name=f"Петров{prefix}{i} Пётр", short_name=f"Петров{prefix}{i} П.", slug=f"{prefix}-person-{i}")
        organization = Organization.objects.create(
            name=f"ОО «Общество {prefix}{i}»", short_name=f"Общество {prefix}{i}", slug=f"{prefix}-org-{i}",
            city="Худжанд", region=Region.SUGHD, leader_name=person.full_name,
        )
        Position.objects.create(person=person, title="руководитель", organization=organization, is_leader=True)
        Organization.objects.create(name=f"Партнёр {prefix}{i}", slug=f"{prefix}-partner-{i}", role=Role.PARTNER,
                                    kind=OrganizationKind.FUND)
        conference = Conference.objects.create(
            number=1000 + i if prefix == "g" else 2000 + i, slug=f"{prefix}-conf-{i}", status=EventStatus.HELD,
            date=datetime.date(2000 + i % 20, 3, 1), city="Душанбе", theme=f"Тема {prefix}{i}",
        )
        AgendaItem.objects.create(conference=conference, title=f"Вопрос {prefix}{i}", position=1)
        resolution = Resolution.objects.create(
            title=f"Резолюция {prefix}{i}", slug=f"{prefix}-res-{i}", conference=conference, adopted_on=conference.date,
            place="г. Душанбе", status=ResolutionStatus.PUBLISHED, published_at=timezone.now(), unanimous=True,
            preamble="Участники конференции отметили, что:\n- повестка выполнена;",
        )
        ResolutionVersion.objects.create(resolution=resolution, number=1, snapshot={})
        parent = None
        for position in range(1, 4):
            item = Item.objects.create(
                resolution=resolution, parent=parent, label=f"{position}" if parent is None else f"{position}а",
                position=position, text=f"Поручить {person.short_name} подготовить доклад {prefix}{i}.",
                deadline_text="до конца 2027 года", deadline_kind=DeadlineKind.BY, due_end=datetime.date(2027, 12, 31),
            )
            Responsibility.objects.create(item=item, text=person.short_name, person=person)
            Responsibility.objects.create(item=item, text="Секретариат КСОРС РТ", body=secretariat, position=1)
            Responsibility.objects.create(item=item, text=organization.name, organization=organization, position=2)
            parent = parent or item
        MembershipChange.objects.create(
            organization=organization, status=MembershipStatus.SUSPENDED, effective_on=conference.date,
            reason="Утеря связи", decided_by_item=item, is_current=False,
        )
        MembershipChange.objects.create(
            organization=organization, status=MembershipStatus.ACTIVE, effective_on=conference.date + datetime.timedelta(days=30),
            reason="Связь восстановлена", document_reference="решение заседания",
        )
        if declaration is not None:
            Signatory.objects.create(declaration=declaration, organization=organization,
                                     status=Signatory.Status.CONFIRMED, joined_on=conference.date)
