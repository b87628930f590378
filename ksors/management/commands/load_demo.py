"""Fill the portal from the sample resolution of the XX conference (idempotent)."""

import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from assessments.models import Questionnaire
from assessments.services import questionnaire_create_default
from conferences.models import Conference, ConferenceKind, EventStatus, StandingAgendaItem
from conferences.services import agenda_add_review_section, agenda_add_standing_items
from core.text import to_roman
from ksors.demo_pages import PAGES
from organizations.models import (
    Body,
    MaterialCall,
    Organization,
    OrganizationKind,
    OrganizationName,
    Person,
    Position,
    Region,
    Role,
    SitePage,
)
from resolutions.control import assignments_sync, event_links_propose
from resolutions.models import Declaration, Resolution
from resolutions.parser import parse_resolution
from resolutions.services import resolution_create_from_parse, resolution_publish

SAMPLE_NAME = "resolution-2026-06-19-xx.txt"
XX_SLUG = "xx-2026-06-19"

PEOPLE = [
    # (slug, full name, short name, title, body/org slug)
    ("temirova", "Темирова Людмила Григорьевна", "Темирова Л.Г.", "председатель КСОРС РТ", "ksors"),
    ("kim", "Ким Виктор", "Ким В.М.", "секретарь-координатор КСОРС РТ, член ВКС", "ksors"),
    ("kopylova", "Копылова Елена Александровна", "Копылова Е.А.", "председатель движения", "women-movement"),
    ("ibragimov", "Ибрагимов Вазиля", "Ибрагимов В.", "руководитель", "umet"),
    ("gussaova", "Гуссаова Зарифа Харитоновна", "Гуссаова З.Х.", "руководитель", "iriston"),
]

MEMBERS = [
    # (slug, name, short name, kind, city, region, leader slug)
    ("umet", "ОО татар «Умет»", "Умет", OrganizationKind.ETHNIC, "", "", "ibragimov"),
    ("iriston", "ОО осетинское общество «Иристон»", "Иристон", OrganizationKind.ETHNIC, "", "", "gussaova"),
    (
        "women-movement",
        "Движение женщин за просвещение и милосердие при Душанбинской и Таджикистанской епархии "
        "Русской православной церкви",
        "Движение женщин за просвещение и милосердие",
        OrganizationKind.WOMEN,
        "Душанбе",
        Region.DUSHANBE,
        "kopylova",
    ),
]

PARTNERS = [
    ("pkdsr", "Правительственная комиссия по делам соотечественников за рубежом", "ПКДСР", OrganizationKind.STATE),
    ("embassy", "Посольство Российской Федерации в Республике Таджикистан", "Посольство России", OrganizationKind.DIPLOMATIC),
    ("consulate-khujand", "Генеральное консульство Российской Федерации в г. Худжанде", "Генконсульство в Худжанде",
     OrganizationKind.DIPLOMATIC),
    ("rossotrudnichestvo", "Представительство Россотрудничества в Таджикистане", "Россотрудничество",
     OrganizationKind.STATE),
    ("moscow-government", "Правительство Москвы", "Правительство Москвы", OrganizationKind.STATE),
    ("moscow-house", "ГКУ города Москвы «Московский Дом соотечественника»", "Московский Дом соотечественника",
     OrganizationKind.STATE),
    ("compatriots-fund", "Фонд поддержки и защиты прав соотечественников, проживающих за рубежом",
     "Фонд поддержки и защиты прав соотечественников", OrganizationKind.FUND),
    ("legal-center", "Центр правовой поддержки российских соотечественников Таджикистана",
     "Центр правовой поддержки", OrganizationKind.FUND),
]

XX_THEME = "Стратегия организационного прорыва: прочный фундамент и путь соотечественного развития"
EXTRAORDINARY_THEME = (
    "На пути к консолидации ... Социальная культура, диалог и партнёрство. Пути выхода КСОРС РТ из кризиса"
)
OLD_DEMO_DESCRIPTION = "Дата, тема и документы этой конференции ещё не внесены."
JUBILEE_BOOK = "20 лет КСОРС Таджикистана – новый путь соотечественного развития"


def bundled_sample_path() -> Path:
    return Path(__file__).resolve().parents[2] / "demo" / SAMPLE_NAME


class Command(BaseCommand):
    help = "Загрузить демонстрационные данные из резолюции XX конференции (повторный запуск ничего не дублирует)."

    def handle(self, *args, **options):
        path = bundled_sample_path()
        if not path.exists():
            raise CommandError(f"Нет файла образца: {path}")
        with transaction.atomic():
            created = load_demo(path.read_text(encoding="utf-8"))
        self.stdout.write(self.style.SUCCESS("Демонстрационные данные загружены." if created else "Демонстрационные данные уже загружены."))


def load_demo(text: str) -> bool:
    """Create or refresh every demo record; returns True when the resolution was created this time."""
    council, _ = Organization.objects.update_or_create(
        slug="ksors",
        defaults={
            "name": "Координационный совет объединений российских соотечественников Республики Таджикистан",
            "short_name": "КСОРС РТ",
            "role": Role.COUNCIL,
            "kind": OrganizationKind.OTHER,
            "city": "Душанбе",
            "region": Region.DUSHANBE,
            "founded_on": None,
        },
    )
    OrganizationName.objects.get_or_create(
        organization=council,
        name="Координационный совет российских соотечественников Республики Таджикистан",
        defaults={"short_name": "КСРСРТ", "note": "Прежнее название"},
    )
    OrganizationName.objects.get_or_create(
        organization=council,
        name="Координационный совет объединений российских соотечественников Республики Таджикистан",
        defaults={"short_name": "КСОРС РТ", "note": "Действующее название"},
    )
    secretariat, _ = Body.objects.update_or_create(
        slug="secretariat", defaults={"name": "Секретариат КСОРС РТ", "short_name": "Секретариат"}
    )
    organizations = {"ksors": council}
    for slug, name, short_name, kind, city, region, _leader in MEMBERS:
        organizations[slug], _ = Organization.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "short_name": short_name, "kind": kind, "city": city, "region": region, "role": Role.MEMBER},
        )
    for slug, name, short_name, kind in PARTNERS:
        Organization.objects.update_or_create(
            slug=slug, defaults={"name": name, "short_name": short_name, "kind": kind, "role": Role.PARTNER}
        )
    people = {}
    for slug, full_name, short_name, title, where in PEOPLE:
        people[slug], _ = Person.objects.update_or_create(slug=slug, defaults={"full_name": full_name, "short_name": short_name})
        Position.objects.get_or_create(
            person=people[slug], title=title, organization=organizations[where],
            defaults={"is_leader": where != "ksors"},
        )
    for slug, *_rest, leader in MEMBERS:
        organization = organizations[slug]
        if not organization.leader_name:
            organization.leader_name = people[leader].full_name
            organization.leader_title = "руководитель" if slug != "women-movement" else "председатель движения"
            organization.save()
    Position.objects.get_or_create(person=people["kim"], title="ответственный секретарь", body=secretariat)

    extraordinary, _ = Conference.objects.update_or_create(
        slug="extraordinary-2015-02-14",
        defaults={
            "kind": ConferenceKind.EXTRAORDINARY, "number": None, "status": EventStatus.HELD,
            "date": datetime.date(2015, 2, 14), "city": "Чкаловск", "region": "Согдийская область",
            "theme": EXTRAORDINARY_THEME,
            "description": "Сыграла важную роль в восстановлении правового порядка в КСОРС РТ и предотвращении раскола.",
        },
    )
    # Conferences I–XIX: the resolution says one was held every year from 2007; their dates and themes are
    # not in our sources, so they are recorded by year only and marked as demo until the Secretariat fills them.
    for number in range(1, 20):
        year = 2006 + number
        Conference.objects.get_or_create(
            number=number,
            defaults={
                "slug": f"{_roman_slug(number)}-{year}",
                "kind": ConferenceKind.THEMATIC,
                "status": EventStatus.HELD,
                "planned_start": datetime.date(year, 1, 1),
                "planned_end": datetime.date(year, 12, 31),
                "planned_text": f"{year} г.",
                "is_demo": True,
            },
        )
    # Once seeded with a description repeating the page's own «only the year is known» message: cleared.
    for conference in Conference.objects.filter(is_demo=True, description=OLD_DEMO_DESCRIPTION):
        conference.description = ""
        conference.save(update_fields=["description", "search_text", "updated_at"])
    xx, _ = Conference.objects.update_or_create(
        number=20,
        defaults={
            "slug": "xx-2026", "kind": ConferenceKind.THEMATIC, "status": EventStatus.HELD,
            "date": datetime.date(2026, 6, 19), "city": "Душанбе", "region": "г. Душанбе", "theme": XX_THEME,
            "is_demo": False,
        },
    )
    xxi, _ = Conference.objects.update_or_create(
        number=21,
        defaults={
            "slug": "xxi-2027", "kind": ConferenceKind.REPORTING_ELECTION, "status": EventStatus.PLANNED,
            "planned_start": datetime.date(2027, 4, 1), "planned_end": datetime.date(2027, 9, 30),
            "planned_text": "во втором (третьем) квартале 2027 г.",
            "description": "Дату и место проведения определяет Секретариат КСОРС РТ за три месяца до даты проведения (п. 14а).",
        },
    )

    created = False
    resolution = Resolution.objects.filter(slug=XX_SLUG).first()
    if resolution is None:
        parsed = parse_resolution(text)
        resolution = resolution_create_from_parse(parsed=parsed, slug=XX_SLUG, conference=xx, source_text=text)
        resolution_publish(resolution=resolution)
        created = True
    # A database loaded before deadlines could follow events and items had sub-tasks catches up (idempotent).
    event_links_propose(resolution=resolution)
    assignments_sync(resolution=resolution)
    items = {item.label: item for item in resolution.items.all()}

    StandingAgendaItem.objects.update_or_create(
        title="Молодёжная повестка",
        defaults={
            "valid_from": datetime.date(2026, 7, 1), "valid_until": datetime.date(2030, 12, 31),
            "source_item": items.get("8б"),
        },
    )
    agenda_add_review_section(event=xxi)
    agenda_add_standing_items(event=xxi)
    Declaration.objects.update_or_create(
        slug="family-protection",
        defaults={
            "title": "Международная декларация о защите семьи",
            "summary": (
                "Одобрена и принята XX Страновой тематической конференцией 19 июня 2026 г. (п. 12). "
                "Перечень организаций, присоединившихся к Декларации (Приложение 1 к Заявлению от 19.06.2026), "
                "бессрочно открыт и пополняется по упрощённой процедуре."
            ),
            "adopted_on": datetime.date(2026, 6, 19),
            "adopted_by_item": items.get("12"),
            "is_open": True,
        },
    )
    MaterialCall.objects.update_or_create(
        slug="jubilee-book",
        defaults={
            "title": f"Материалы для книги «{JUBILEE_BOOK}»",
            "description": (
                "Юбилейная публикация о совместной деятельности в рамках системы КСОРС Таджикистана "
                "к страновой отчётно-выборной конференции 2027 года (п. 9 и 9а резолюции XX конференции)."
            ),
            "requested": "\n".join(
                ["История организации", "Фотографии", "Видео", "Успешные практики", "Интересные истории личностей организации"]
            ),
            "deadline": datetime.date(2027, 10, 31),
            "deadline_text": "сентябрь-октябрь 2027 год",
            "source_item": items.get("9"),
        },
    )
    for slug, (title_ru, body_ru, title_en, body_en) in PAGES.items():
        # Created once: a page the Secretariat has edited is never overwritten.
        SitePage.objects.get_or_create(
            slug=slug, defaults={"title_ru": title_ru, "body_ru": body_ru, "title_en": title_en, "body_en": body_en}
        )
    # Item 1's analysis of every organization's work, collected as a self-assessment for 2026 (issue 16).
    if not Questionnaire.objects.filter(year=2026).exists():
        questionnaire_create_default(
            year=2026, title="Самоанализ за 2026 год", open_until=datetime.date(2027, 2, 28),
            source_item=items.get("1"),
        )
    return created


def _roman_slug(number: int) -> str:
    return to_roman(number).lower()
