"""The resolution parser on the XX conference's resolution and on resolutions written in other forms."""

import datetime
import io
import json
from pathlib import Path

import docx
import pytest

from resolutions.parser import parse_resolution, read_docx

D = datetime.date
# The committed copy of the XX resolution (the demo data is built from it): present in every checkout.
SAMPLE = Path(__file__).resolve().parents[2] / "ksors" / "demo" / "resolution-2026-06-19-xx.txt"
SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")


def by_label(parsed):
    return {item.label: item for item in parsed.items}


# --- The XX conference (19.06.2026) -------------------------------------------------------------



@pytest.fixture(scope="module")
def xx():
    return parse_resolution(SAMPLE_TEXT)


def test_it_finds_every_label_in_order_with_its_parent(xx):
    assert [(item.label, item.parent) for item in xx.items] == [
        ("1", None), ("2", None), ("2а", "2"), ("3", None), ("4", None), ("5", None), ("5а", "5"),
        ("6", None), ("6а", "6"), ("7", None), ("7а", "7"), ("7б", "7"), ("7в", "7"), ("7г", "7"),
        ("8", None), ("8а", "8"), ("8б", "8"), ("9", None), ("9а", "9"), ("9б", "9"), ("10", None),
        ("11", None), ("12", None), ("12а", "12"), ("12б", "12"), ("12в", "12"), ("12г", "12"),
        ("13", None), ("14", None), ("14а", "14"),
    ]


def test_it_reads_the_heading_and_the_adoption(xx):
    assert xx.title == (
        "Резолюция XX Страновой тематической конференции объединений российских соотечественников "
        "Республики Таджикистан"
    )
    assert xx.theme == "Стратегия организационного прорыва: прочный фундамент и путь соотечественного развития"
    assert (xx.conference_number, xx.conference_kind) == ("XX", "thematic")
    assert xx.date == D(2026, 6, 19)
    assert xx.place == "г. Душанбе, Таджикистан"
    assert xx.adopted == "Утверждена единогласно"
    assert xx.unanimous is True
    assert (xx.votes_for, xx.votes_against, xx.votes_abstained) == (None, None, None)
    assert xx.operative_keyword == "ПОСТАНОВИЛИ:"
    assert xx.unparsed == []


def test_the_preamble_rejoins_the_paragraph_split_by_a_page_break(xx):
    assert "и завершив успешно процесс формирования и становления единой системы КСОРС РТ" in xx.preamble
    assert "а также последовательное формирование новой современной соотечественной элиты" in xx.preamble
    assert xx.preamble.startswith("Участники XX Страновой тематической конференции")
    assert "\n- определить наличие проблем и нерешённых вопросов;\n" in xx.preamble
    assert "\n- Чрезвычайная страновая конференция сыграла важную роль" in xx.preamble
    assert "с 2007 года по июнь 2026 год отметили" in xx.preamble  # the ** markers are gone
    assert "**" not in xx.preamble
    assert xx.preamble.endswith("объединений российских соотечественников Республики Таджикистан")
    assert "ПОСТАНОВИЛИ" not in xx.preamble


def test_item_7_and_its_sub_items_share_the_secretariat(xx):
    items = by_label(xx)
    for label in ("7", "7а", "7б", "7в", "7г"):
        assert items[label].responsible == ["Секретариат КСОРС РТ"], label
    assert items["7г"].kind == "responsible"
    assert items["7г"].responsible_inherited is False
    assert items["7"].responsible_inherited is True
    # «до 2030 года» in item 7 is the plan's horizon, not the deadline for the draft.
    assert (items["7"].deadline_kind, items["7"].due_end) == ("", None)
    assert (items["7а"].deadline_text, items["7а"].deadline_kind) == ("в 2027 году", "year")
    assert (items["7а"].due_start, items["7а"].due_end) == (D(2027, 1, 1), D(2027, 12, 31))
    assert (items["7б"].deadline_text, items["7б"].deadline_kind) == ("до ноября 2026 года", "by")
    assert (items["7б"].due_start, items["7б"].due_end) == (None, D(2026, 10, 31))
    assert items["7"].kind == items["7б"].kind == "instruction"


def test_item_7v_keeps_its_bullet_list(xx):
    text = by_label(xx)["7в"].text
    assert text.startswith("При подготовке проекта плана действий учитывать «Концепцию развития")
    assert text.endswith("созидательной части общества.")
    assert "в республике:\n- повышение социокультурного и общественного статуса соотечественников;\n" in text
    assert "\n- формирование образцового социального портрета соотечественника будущего;\n" in text
    assert text.count("\n- ") == 3


def test_item_8b_is_a_standing_window(xx):
    item = by_label(xx)["8б"]
    assert item.deadline_text == "со второго полугодия 2026 года и до 2030 года, на постоянной основе"
    assert (item.deadline_kind, item.due_start, item.due_end) == ("standing", D(2026, 7, 1), D(2030, 12, 31))
    assert "не как объект" in by_label(xx)["8а"].text


def test_item_9_addresses_all_member_organizations(xx):
    items = by_label(xx)
    assert items["9"].responsible == [
        "всем общественным объединениям российских соотечественников единой системы КСОРС Таджикистана"
    ]
    assert items["9"].kind == "recommendation"
    assert (items["9"].deadline_text, items["9"].due_end) == ("в 2027 году", D(2027, 12, 31))
    assert items["9а"].responsible == [
        "всем руководителям общественных объединений российских соотечественников системы КСОРС Таджикистана"
    ]


def test_item_9b_charges_two_people_for_september_october_2027(xx):
    item = by_label(xx)["9б"]
    assert item.responsible == ["председателю КСОРС РТ Темировой Л.Г.", "секретарю-координатору Ким В.М."]
    assert item.deadline_text == "сентябрь-октябрь 2027 год"
    assert (item.deadline_kind, item.due_start, item.due_end) == ("range", D(2027, 9, 1), D(2027, 10, 31))
    assert item.kind == "instruction"
    assert item.text.endswith("Срок: сентябрь-октябрь 2027 год.")


def test_membership_decisions_of_items_10_and_11(xx):
    items = by_label(xx)
    assert items["10"].kind == "membership"
    assert items["10"].membership == {
        "action": "exclude",
        "organization": "ОО татар «Умет»",
        "leader": "Ибрагимов Вазиля",
        "until_text": "",
        "reason": "в связи с выездом на длительный период (3 года и более) в Россию и с утерей связей с КСОРС "
        "Таджикистана",
    }
    assert items["11"].membership == {
        "action": "suspend",
        "organization": "ОО осетинское общество «Иристон»",
        "leader": "Гуссаова Зарифа Харитоновна",
        "until_text": "до отчётно-выборной страновой конференции в 2027 году",
        "reason": "в связи с длительной (3 года и более) утерей связей с КСОРС Таджикистана",
    }
    assert items["10"].deadline_kind == items["11"].deadline_kind == ""
    assert items["10"].responsible == items["11"].responsible == []


def test_item_12g_gives_kim_to_12_and_the_siblings_without_their_own(xx):
    items = by_label(xx)
    assert items["12б"].responsible == ["председателю КСОРС РТ Людмиле Григорьевне Темировой"]
    assert items["12б"].responsible_inherited is False
    for label in ("12", "12а", "12в", "12г"):
        assert items[label].responsible == ["В.М. Ким"], label
    assert items["12г"].kind == "responsible"


def test_items_14_and_14a_schedule_the_next_conference(xx):
    items = by_label(xx)
    assert items["14"].kind == "scheduling"
    assert items["14"].deadline_text == "во втором (третьем) квартале 2027 г."
    assert (items["14"].deadline_kind, items["14"].due_start, items["14"].due_end) == (
        "quarter", D(2027, 4, 1), D(2027, 9, 30),
    )
    assert items["14а"].responsible == ["Секретариату КСОРС РТ"]
    assert items["14а"].deadline_text == "за три месяца до даты проведения"
    assert (items["14а"].deadline_kind, items["14а"].relative_to) == ("relative", "даты проведения")
    assert (items["14а"].due_start, items["14а"].due_end) == (None, None)
    assert items["14а"].kind == "instruction"


def test_item_kinds(xx):
    kinds = {item.label: item.kind for item in xx.items}
    assert [kinds[label] for label in ("1", "3", "4")] == ["gratitude"] * 3
    assert [kinds[label] for label in ("2", "5", "5а", "6")] == ["statement"] * 4
    assert [kinds[label] for label in ("6а", "9", "9а")] == ["recommendation"] * 3
    assert kinds["13"] == "noted"
    assert kinds["12б"] == "instruction"


def test_past_periods_in_statements_are_not_deadlines(xx):
    items = by_label(xx)
    for label in ("1", "2", "5", "5а", "6", "13"):
        assert items[label].deadline_text == "", label


def test_to_dict_is_the_public_json_shape(xx):
    data = xx.to_dict()
    json.dumps(data, ensure_ascii=False)
    assert data["date"] == "2026-06-19"
    assert {"title", "date", "place", "adopted", "preamble", "items"} <= set(data)
    item = data["items"][[i["label"] for i in data["items"]].index("7б")]
    assert item["parent"] == "7"
    assert item["due_start"] is None
    assert item["due_end"] == "2026-10-31"
    assert list(item)[:7] == ["label", "parent", "text", "responsible", "deadline_text", "due_start", "due_end"]
    assert data["items"][[i["label"] for i in data["items"]].index("10")]["membership"]["action"] == "exclude"


# --- Other forms ------------------------------------------------------------------------------------

COUNCIL_DECISION = """\
РЕШЕНИЕ
заседания Координационного совета объединений российских соотечественников Республики Таджикистан

г. Душанбе                                     15 марта 2026 г.

Заслушав информацию секретаря-координатора КСОРС РТ Ким В.М. о подготовке к XXI Страновой конференции, \
члены Координационного совета

РЕШИЛИ:

1. О подготовке к конференции.
1.1. Информацию секретаря-координатора принять к сведению.
1.2. Утвердить программу конференции. Ответственные: Темирова Л.Г., Ким В.М. Срок: до 1 апреля 2026 г.
1.3. Провести семинар для руководителей молодёжных организаций в мае 2026 г.
2. О членстве.
2.1. Исключить из состава КСОРС РТ ОО «Русь» (руководитель Петров П.П.) в связи с прекращением деятельности.
2.2. Восстановить членство ОО «Славяне» в КСОРС РТ с 1 апреля 2026 г.

Председатель КСОРС РТ                          Л.Г. Темирова
"""


def test_a_council_decision_with_dotted_numbering():
    parsed = parse_resolution(COUNCIL_DECISION)
    assert parsed.title == (
        "Решение заседания Координационного совета объединений российских соотечественников Республики Таджикистан"
    )
    assert (parsed.date, parsed.place) == (D(2026, 3, 15), "г. Душанбе")
    assert (parsed.conference_number, parsed.conference_kind) == ("", "")
    assert parsed.operative_keyword == "РЕШИЛИ:"
    assert parsed.preamble.startswith("Заслушав информацию секретаря-координатора")
    assert [(i.label, i.parent) for i in parsed.items] == [
        ("1", None), ("1.1", "1"), ("1.2", "1"), ("1.3", "1"), ("2", None), ("2.1", "2"), ("2.2", "2"),
    ]
    items = by_label(parsed)
    assert items["1.1"].kind == "noted"
    assert items["1.2"].responsible == ["Темирова Л.Г.", "Ким В.М."]
    assert (items["1.2"].deadline_text, items["1.2"].due_end) == ("до 1 апреля 2026 г.", D(2026, 3, 31))
    assert items["1.2"].kind == "instruction"
    assert (items["1.3"].deadline_kind, items["1.3"].due_start, items["1.3"].due_end) == (
        "range", D(2026, 5, 1), D(2026, 5, 31),
    )
    assert items["2.1"].membership == {
        "action": "exclude",
        "organization": "ОО «Русь»",
        "leader": "Петров П.П.",
        "until_text": "",
        "reason": "в связи с прекращением деятельности",
    }
    assert items["2.2"].membership["action"] == "reinstate"
    assert items["2.2"].membership["organization"] == "ОО «Славяне»"
    assert parsed.unparsed == ["Председатель КСОРС РТ Л.Г. Темирова"]
    assert parsed.adopted == ""
    assert any("порядке принятия" in warning for warning in parsed.warnings)


REPORTING_ELECTION = """\
РЕЗОЛЮЦИЯ
XXI СТРАНОВОЙ ОТЧЁТНО-ВЫБОРНОЙ КОНФЕРЕНЦИИ
ОБЪЕДИНЕНИЙ РОССИЙСКИХ СООТЕЧЕСТВЕННИКОВ РЕСПУБЛИКИ ТАДЖИКИСТАН

Конференция, заслушав отчёт председателя КСОРС РТ, постановляет:

1. Признать работу Координационного совета удовлетворительной.
2. Поручить Секретариату КСОРС РТ:
а) подготовить отчёт о работе за 2026–2027 годы не позднее 1 декабря 2027 г.;
б) разместить материалы конференции на портале в течение месяца после окончания конференции.
3. Избрать председателем КСОРС РТ Темирову Л.Г.

Принята большинством голосов: за – 25, против – 1, воздержались – 2.

15 мая 2027 г., г. Худжанд
"""


def test_postanovlyaet_with_letter_sub_items_and_votes():
    parsed = parse_resolution(REPORTING_ELECTION)
    assert parsed.title == (
        "Резолюция XXI Страновой отчётно-выборной конференции объединений российских соотечественников "
        "Республики Таджикистан"
    )
    assert (parsed.conference_number, parsed.conference_kind) == ("XXI", "reporting_election")
    assert parsed.theme == ""
    assert parsed.operative_keyword == "постановляет:"
    assert parsed.preamble == "Конференция, заслушав отчёт председателя КСОРС РТ,"
    assert [(i.label, i.parent) for i in parsed.items] == [("1", None), ("2", None), ("а", "2"), ("б", "2"), ("3", None)]
    items = by_label(parsed)
    assert items["2"].responsible == ["Секретариату КСОРС РТ"]
    assert items["а"].responsible == ["Секретариату КСОРС РТ"]
    assert items["а"].responsible_inherited is True
    assert items["а"].text == "подготовить отчёт о работе за 2026–2027 годы не позднее 1 декабря 2027 г.;"
    assert (items["а"].deadline_kind, items["а"].due_end) == ("by", D(2027, 12, 1))
    assert (items["б"].deadline_kind, items["б"].relative_to) == ("relative", "окончания конференции")
    assert items["3"].kind == "decision"
    assert parsed.adopted == "Принята большинством голосов: за – 25, против – 1, воздержались – 2"
    assert (parsed.votes_for, parsed.votes_against, parsed.votes_abstained) == (25, 1, 2)
    assert parsed.unanimous is False
    assert (parsed.date, parsed.place) == (D(2027, 5, 15), "г. Худжанд")


EXTRAORDINARY = """\
РЕЗОЛЮЦИЯ
ЧРЕЗВЫЧАЙНОЙ СТРАНОВОЙ КОНФЕРЕНЦИИ ОБЪЕДИНЕНИЙ РОССИЙСКИХ СООТЕЧЕСТВЕННИКОВ РЕСПУБЛИКИ ТАДЖИКИСТАН

«На пути к консолидации ... Социальная культура, диалог и партнёрство. Пути выхода КСОРС РТ из кризиса»

г. Чкаловск, Согдийская область                                    14.02.2015 г.

Участники конференции ПОСТАНОВИЛИ:

1. Приостановить членство в КСОРС РТ ОО «Общество «Русский дом» г. Чкаловска», руководитель Сидорова А.А., \
до проведения очередной страновой конференции в связи с отсутствием отчётности.
2. Восстановить членство в КСОРС РТ ОО «Славяне».

Утверждена единогласно.
"""


def test_an_extraordinary_conference_with_nested_quotes():
    parsed = parse_resolution(EXTRAORDINARY)
    assert (parsed.conference_number, parsed.conference_kind) == ("", "extraordinary")
    assert parsed.title == (
        "Резолюция Чрезвычайной страновой конференции объединений российских соотечественников Республики Таджикистан"
    )
    assert parsed.theme.startswith("На пути к консолидации ... Социальная культура")
    assert parsed.theme.endswith("Пути выхода КСОРС РТ из кризиса")
    assert (parsed.date, parsed.place) == (D(2015, 2, 14), "г. Чкаловск, Согдийская область")
    assert parsed.operative_keyword == "ПОСТАНОВИЛИ:"
    assert parsed.preamble == "Участники конференции"
    items = by_label(parsed)
    assert items["1"].membership == {
        "action": "suspend",
        "organization": "ОО «Общество «Русский дом» г. Чкаловска»",
        "leader": "Сидорова А.А.",
        "until_text": "до проведения очередной страновой конференции",
        "reason": "в связи с отсутствием отчётности",
    }
    assert items["2"].membership["action"] == "reinstate"
    assert (parsed.adopted, parsed.unanimous) == ("Утверждена единогласно", True)


DEADLINES_IN_EVERY_FORM = """\
РЕЗОЛЮЦИЯ КРУГЛОГО СТОЛА

ПОСТАНОВИЛИ:

1. Подготовить доклад. Срок: до 15.11.2026.
2. Направить предложения в срок до 1 декабря 2026 года.
3. Представить отчёт не позднее 15 ноября 2026 г.
4. Обновить реестр организаций до конца 2026 года.
5. Провести выставку с 1 марта по 30 апреля 2027 г.
6. Издать сборник в течение 2027 года.
7. Провести форум молодёжи в ноябре 2026 г.
8. Провести семинар в III квартале 2027 года.
9. Провести конкурс во втором полугодии 2026 года.
10. Освещать деятельность организаций на постоянной основе.
11. Разослать приглашения за 30 дней до конференции.
12. Опубликовать итоги в течение месяца после окончания конференции.
13. Заседание КСОРС РТ провести 15 ноября 2026 г.
14. Завершить перепись членов до января 2027 года.
15. Обсудить итоги в 2027 году.

19.06.2026 г., г. Душанбе
"""


@pytest.mark.parametrize(
    ("label", "phrase", "kind", "start", "end"),
    [
        ("1", "до 15.11.2026", "by", None, D(2026, 11, 14)),
        ("2", "в срок до 1 декабря 2026 года", "by", None, D(2026, 11, 30)),
        ("3", "не позднее 15 ноября 2026 г.", "by", None, D(2026, 11, 15)),
        ("4", "до конца 2026 года", "by", None, D(2026, 12, 31)),
        ("5", "с 1 марта по 30 апреля 2027 г.", "range", D(2027, 3, 1), D(2027, 4, 30)),
        ("6", "в течение 2027 года", "year", D(2027, 1, 1), D(2027, 12, 31)),
        ("7", "в ноябре 2026 г.", "range", D(2026, 11, 1), D(2026, 11, 30)),
        ("8", "в III квартале 2027 года", "quarter", D(2027, 7, 1), D(2027, 9, 30)),
        ("9", "во втором полугодии 2026 года", "half", D(2026, 7, 1), D(2026, 12, 31)),
        # The resolution's date starts a standing item that gives no start of its own.
        ("10", "на постоянной основе", "standing", D(2026, 6, 19), None),
        ("11", "за 30 дней до конференции", "relative", None, None),
        ("12", "в течение месяца после окончания конференции", "relative", None, None),
        ("13", "15 ноября 2026 г.", "exact", D(2026, 11, 15), D(2026, 11, 15)),
        ("14", "до января 2027 года", "by", None, D(2026, 12, 31)),
        ("15", "в 2027 году", "year", D(2027, 1, 1), D(2027, 12, 31)),
    ],
)
def test_deadlines_in_every_form(label, phrase, kind, start, end):
    item = by_label(parse_resolution(DEADLINES_IN_EVERY_FORM))[label]
    assert (item.deadline_text, item.deadline_kind, item.due_start, item.due_end) == (phrase, kind, start, end)


def test_scheduling_and_decisions_in_the_deadline_resolution():
    parsed = parse_resolution(DEADLINES_IN_EVERY_FORM)
    items = by_label(parsed)
    assert items["13"].kind == "scheduling"
    assert items["7"].kind == "scheduling"
    assert items["1"].kind == "instruction"
    assert parsed.title == "Резолюция круглого стола"
    assert (parsed.date, parsed.place, parsed.preamble) == (D(2026, 6, 19), "г. Душанбе", "")


RESPONSIBLE_FORMS = """\
РЕЗОЛЮЦИЯ

РЕШИЛИ:

1. Провести фестиваль «Русская песня». Ответственные: Темирова Л.Г., Ким В.М. и руководители молодёжных \
организаций. Срок: июнь 2027 г.
2. Создать молодёжный совет. Исполнитель: Секретариат КСОРС РТ.
3. Рекомендовать руководителям общественных объединений провести отчётные собрания до 1 марта 2027 г.
4. Поручить Темировой Л.Г. и Ким В.М. подготовить обращение в Посольство России.
5. Поручить подготовить план мероприятий секретарю-координатору КСОРС РТ Ким В.М. к следующему заседанию.
6. Утвердить состав рабочей группы.
6а. Ответственный: Ким В.М.
6б. Подготовить положение о рабочей группе до 1 сентября 2026 г.
"""


def test_responsible_parties_in_every_form():
    items = by_label(parse_resolution(RESPONSIBLE_FORMS))
    assert items["1"].responsible == ["Темирова Л.Г.", "Ким В.М.", "руководители молодёжных организаций"]
    assert (items["1"].deadline_text, items["1"].due_end) == ("июнь 2027 г.", D(2027, 6, 30))
    assert items["2"].responsible == ["Секретариат КСОРС РТ"]
    assert items["3"].responsible == ["руководителям общественных объединений"]
    assert items["3"].kind == "recommendation"
    assert items["4"].responsible == ["Темировой Л.Г.", "Ким В.М."]
    assert items["5"].responsible == ["секретарю-координатору КСОРС РТ Ким В.М."]
    assert items["6"].responsible == items["6б"].responsible == ["Ким В.М."]
    assert items["6а"].kind == "responsible"
    assert items["6б"].kind == "instruction"


WINDOWS_TEXT = (
    "РЕЗОЛЮЦИЯ\r\nЗАСЕДАНИЯ КСОРС РТ\r\n\r\nПОСТАНОВИЛИ:\r\n\r\n"
    "1.\u00a0Поручить\u00a0председателю КСОРС РТ Темировой\u00a0Л.Г. подготовить\r\nписьмо в Посольство России.\r\n"
    "2. Срок представления отчётов\u00a0– до\u00a01\u00a0ноября 2026\u00a0г.\r\n\r\n"
    "Утверждена\u00a0единогласно\r\n"
)


def test_windows_line_endings_and_no_break_spaces():
    parsed = parse_resolution(WINDOWS_TEXT)
    assert parsed.title == "Резолюция заседания КСОРС РТ"
    assert [item.label for item in parsed.items] == ["1", "2"]
    items = by_label(parsed)
    assert items["1"].text == "Поручить председателю КСОРС РТ Темировой Л.Г. подготовить письмо в Посольство России."
    assert items["1"].responsible == ["председателю КСОРС РТ Темировой Л.Г."]
    assert (items["2"].deadline_text, items["2"].due_end) == ("до 1 ноября 2026 г.", D(2026, 10, 31))
    assert parsed.adopted == "Утверждена единогласно"
    assert all("\r" not in item.text and "\u00a0" not in item.text for item in parsed.items)


WITHOUT_KEYWORD = """\
Обращение участников Форума русской культуры

Участники Форума русской культуры обращаются к общественным объединениям с предложениями.

1) Провести в 2027 году Дни русской культуры в Худжанде.
2) Поддержать инициативу создания молодёжного клуба.
"""


def test_a_text_without_an_operative_keyword():
    parsed = parse_resolution(WITHOUT_KEYWORD)
    assert parsed.operative_keyword == ""
    assert any("ключевое слово" in warning for warning in parsed.warnings)
    assert [item.label for item in parsed.items] == ["1)", "2)"]  # a label as written
    assert parsed.preamble == "Участники Форума русской культуры обращаются к общественным объединениям с предложениями."
    assert parsed.title == "Обращение участников Форума русской культуры"
    assert by_label(parsed)["1)"].deadline_text == "в 2027 году"
    assert any("дату документа" in warning for warning in parsed.warnings)


NUMBERS_THAT_ARE_NOT_LABELS = """\
РЕЗОЛЮЦИЯ

ПОСТАНОВИЛИ:

1. Провести круглый стол, посвящённый Дню России.
12.06.2026 г. – дата проведения круглого стола в Русском доме.
2. Отметить, что в 2025 году проведено
2025 мероприятий и 35 встреч.
5. Этот номер не по порядку и остаётся в тексте пункта 2.
3a. Подпункт с латинской буквой.
3. Подготовить сборник.
3а. Подпункт к пункту 3.
3a. Повтор буквы тоже остаётся текстом.
3.1. Первый уровень.
3.1.1. Второй уровень.
3.1.2. Второй уровень, второй подпункт.
а) первая буква после 3.1.2;
б) вторая буква.
4. Последний пункт.

19.06.2026 г., г.Душанбе
"""


def test_dates_and_stray_numbers_do_not_become_items():
    parsed = parse_resolution(NUMBERS_THAT_ARE_NOT_LABELS)
    assert [(item.label, item.parent) for item in parsed.items] == [
        ("1", None), ("2", None), ("3", None), ("3а", "3"), ("3.1", "3"), ("3.1.1", "3.1"), ("3.1.2", "3.1"),
        ("а", "3.1.2"), ("б", "3.1.2"), ("4", None),
    ]
    items = by_label(parsed)
    assert "12.06.2026 г. – дата проведения круглого стола" in items["1"].text
    assert "2025 мероприятий" in items["2"].text
    assert "5. Этот номер не по порядку" in items["2"].text
    assert "3a. Подпункт с латинской буквой." in items["2"].text
    assert "3a. Повтор буквы" in items["3а"].text
    assert parsed.date == D(2026, 6, 19)
    assert parsed.place == "г. Душанбе"
    assert any("нарушает нумерацию" in warning for warning in parsed.warnings)


LATIN_LETTER = """\
РЕШЕНИЕ

РЕШИЛИ:

1. Утвердить план.
1a. Подпункт с латинской буквой a.
1б. Следующий подпункт.
2) Второй пункт со скобкой.
"""


def test_a_latin_letter_after_a_number_is_kept_as_written():
    parsed = parse_resolution(LATIN_LETTER)
    assert [(item.label, item.parent) for item in parsed.items] == [
        ("1", None), ("1a", "1"), ("1б", "1"), ("2)", None),
    ]
    assert by_label(parsed)["1a"].text == "Подпункт с латинской буквой a."


NO_HEADING = """\
ПОСТАНОВИЛИ:
1. Принять к сведению информацию.
2. Выразить благодарность Русскому дому.
"""


def test_a_text_without_a_heading():
    parsed = parse_resolution(NO_HEADING)
    assert parsed.title == ""
    assert [(item.label, item.kind) for item in parsed.items] == [("1", "noted"), ("2", "gratitude")]
    assert any("заголовок" in warning for warning in parsed.warnings)


def test_an_empty_text():
    parsed = parse_resolution("")
    assert parsed.items == []
    assert parsed.to_dict()["date"] is None
    assert any("ни одного" in warning for warning in parsed.warnings)


def test_votes_on_their_own_line():
    text = (
        "РЕШЕНИЕ ЗАСЕДАНИЯ КСОРС РТ\n\nРЕШИЛИ:\n\n1. Утвердить смету.\n\n"
        "Принято большинством голосов.\nГолосовали: «за» — 12; «против» — нет; «воздержались» — 1.\n"
    )
    parsed = parse_resolution(text)
    assert parsed.adopted == "Принято большинством голосов. Голосовали: «за» — 12; «против» — нет; «воздержались» — 1"
    assert (parsed.votes_for, parsed.votes_against, parsed.votes_abstained) == (12, 0, 1)
    assert parsed.unanimous is False
    assert parsed.title == "Решение заседания КСОРС РТ"


def test_a_spaced_keyword_and_a_numbered_heading():
    text = (
        "РЕШЕНИЕ № 3 от 15.03.2026\nСЕКРЕТАРИАТА КСОРС РТ\n\nП О С Т А Н О В И Л И :\n\n"
        "1. Поручить Ким В.М. собрать материалы до 1 мая 2026 г.\n"
    )
    parsed = parse_resolution(text)
    assert parsed.title == "Решение № 3 от 15.03.2026 секретариата КСОРС РТ"
    assert parsed.date == D(2026, 3, 15)
    assert parsed.operative_keyword == "ПОСТАНОВИЛИ:"
    item = parsed.items[0]
    assert (item.responsible, item.due_end, item.kind) == (["Ким В.М."], D(2026, 4, 30), "instruction")


def make_docx() -> io.BytesIO:
    document = docx.Document()
    for line in ("РЕЗОЛЮЦИЯ", "XX СТРАНОВОЙ ТЕМАТИЧЕСКОЙ КОНФЕРЕНЦИИ", "ОБЪЕДИНЕНИЙ РОССИЙСКИХ СООТЕЧЕСТВЕННИКОВ",
                 "РЕСПУБЛИКИ ТАДЖИКИСТАН"):
        document.add_paragraph().add_run(line).bold = True
    document.add_paragraph("")
    document.add_paragraph("«Стратегия организационного прорыва: прочный фундамент и путь соотечественного развития»")
    document.add_paragraph("Участники конференции отметили, что:")
    document.add_paragraph("- конференции проводились ежегодно;")
    document.add_paragraph("- система КСОРС РТ сложилась.")
    document.add_paragraph("ПОСТАНОВИЛИ:")
    document.add_paragraph("7. Подготовить проект плана действий.")
    document.add_paragraph("Пункт с автоматической нумерацией Word.", style="List Number")
    document.add_paragraph("7б. Основную идею проекта представить в Посольство России до ноября 2026 года.")
    document.add_paragraph("7г. Ответственный за подготовку: Секретариат КСОРС РТ.")
    document.add_paragraph("Утверждена единогласно")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "19.06.2026 г."
    table.cell(0, 1).text = "г. Душанбе, Таджикистан"
    merged = document.add_table(rows=1, cols=2)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "Председатель КСОРС РТ Л.Г. Темирова"
    stream = io.BytesIO()
    document.save(stream)
    stream.seek(0)
    return stream


def test_a_docx_round_trip():
    text = read_docx(make_docx())
    assert text.count("Председатель КСОРС РТ Л.Г. Темирова") == 1  # a merged cell is read once
    parsed = parse_resolution(text)
    assert parsed.title.startswith("Резолюция XX Страновой тематической конференции")
    assert parsed.theme.startswith("Стратегия организационного прорыва")
    assert parsed.preamble == (
        "Участники конференции отметили, что:\n- конференции проводились ежегодно;\n- система КСОРС РТ сложилась."
    )
    assert [(item.label, item.parent) for item in parsed.items] == [("7", None), ("7б", "7"), ("7г", "7")]
    items = by_label(parsed)
    assert items["7б"].due_end == D(2026, 10, 31)
    assert items["7"].responsible == items["7б"].responsible == ["Секретариат КСОРС РТ"]
    # Word's own numbering is not in the paragraph's text: the paragraph joins the item before it.
    assert items["7"].text == "Подготовить проект плана действий.\n\nПункт с автоматической нумерацией Word."
    assert (parsed.date, parsed.place, parsed.adopted) == (D(2026, 6, 19), "г. Душанбе, Таджикистан", "Утверждена единогласно")
    assert parsed.unparsed == ["Председатель КСОРС РТ Л.Г. Темирова"]


def test_read_docx_accepts_a_path(tmp_path):
    path = tmp_path / "resolution.docx"
    path.write_bytes(make_docx().getvalue())
    assert read_docx(str(path)).startswith("РЕЗОЛЮЦИЯ\nXX СТРАНОВОЙ")


# --- Forms other councils write (issue 12) -----------------------------------------------------

def test_labels_glued_to_their_text_and_items_inside_one_paragraph():
    parsed = parse_resolution(
        "РЕШЕНИЕ\n\nСовет постановляет: 1. Создать рабочую группу. 2. Утвердить план работы на IV квартал 2026 года.\n"
        "3.Рабочей группе провести заседание 19.09.2026 в 16-00.\n3.1.обеспечить явку.\n"
    )
    assert [(item.label, item.parent) for item in parsed.items] == [("1", None), ("2", None), ("3", None), ("3.1", "3")]
    items = by_label(parsed)
    assert items["2"].deadline_text == ""  # the plan's quarter is what it is about
    assert (items["3"].responsible, items["3"].due_end, items["3"].deadline_time) == (
        ["Рабочей группе"], D(2026, 9, 19), datetime.time(16, 0)
    )


def test_a_protocol_keeps_each_decision_with_its_question():
    parsed = parse_resolution(
        "ПРОТОКОЛ\nзаседания совета от 12.03.2026\nПрисутствовали:\n1. Иванова Т.П.\n2. Петров А.С.\n"
        "Повестка дня:\n1. Об итогах года.\n2. О конференции.\n1. СЛУШАЛИ: Иванову Т.П.\nРЕШИЛИ:\n"
        "1.1. Информацию принять к сведению.\n2. СЛУШАЛИ: Петрова А.С.\nРешили: Поручить Петрову А.С. подготовить программу до 1 мая 2026 года.\n"
    )
    assert [(item.label, item.parent) for item in parsed.items] == [("1.1", None), ("2", None)]
    assert by_label(parsed)["2"].responsible == ["Петрову А.С."]


def test_a_controller_a_dative_and_a_lead_in_name_the_responsible():
    parsed = parse_resolution(
        "РЕШЕНИЕ\nот 10.09.2026\nРЕШИЛИ:\nАтаманам отделов считать приоритетными направлениями:\n"
        "1. Изучение истории.\n2. Воспитание молодёжи.\n"
        "3. Администрации города Ижевска подготовить предложения.\n"
        "4. Контроль за исполнением настоящего решения возложить на председателя комитета по делам молодёжи, "
        "спорту и туризму Иванова И.И.\n"
    )
    items = by_label(parsed)
    assert items["1"].responsible == items["2"].responsible == ["Атаманам отделов"]
    assert items["1"].responsible_inherited
    assert items["3"].responsible == ["Администрации города Ижевска"]
    assert (items["4"].kind, items["4"].responsible) == (
        "control", ["председателя комитета по делам молодёжи, спорту и туризму Иванова И.И."]
    )
    assert parsed.controller == items["4"].responsible


def test_periodicity_is_a_recurring_deadline():
    parsed = parse_resolution("РЕШЕНИЕ\n15 января 2026 г.\nРЕШИЛИ:\n1. Членам Совета ежегодно до 1 февраля представлять планы.\n")
    item = parsed.items[0]
    assert (item.deadline_kind, item.deadline_recurrence, item.due_start, item.due_end) == (
        "recurring", "yearly", D(2026, 1, 15), D(2026, 1, 31)
    )


def test_a_plan_table_from_a_docx():
    document = docx.Document()
    document.add_paragraph("ПЛАН МЕРОПРИЯТИЙ")
    document.add_paragraph("Утверждён решением Совета от 20 января 2026 г.")
    table = document.add_table(rows=3, cols=4)
    for r, row in enumerate([("№", "Мероприятие", "Срок", "Ответственный"),
                             ("1", "Подготовить план", "до 1 марта 2026 г.", "Секретариат КСОРС"),
                             ("2", "Провести форум", "II квартал 2026 г.", "Председатель КСОРС, Молодёжный совет")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    stream = io.BytesIO()
    document.save(stream)
    stream.seek(0)
    parsed = parse_resolution(read_docx(stream))
    assert [(i.label, i.responsible, i.due_end) for i in parsed.items] == [
        ("1", ["Секретариат КСОРС"], D(2026, 2, 28)), ("2", ["Председатель КСОРС", "Молодёжный совет"], D(2026, 6, 30)),
    ]


def test_each_item_says_how_sure_the_parser_is_and_why():
    parsed = parse_resolution(
        "РЕШЕНИЕ\nот 13.04.2018\nРЕШИЛИ:\n1. Поручить Секретариату подготовить отчёт до 1 мая 2018 г.\n"
        "2. Администрации города подготовить предложения в срок до 30 апреля.\n3. Провести работу. Срок: когда-нибудь.\n"
    )
    items = by_label(parsed)
    assert (items["1"].confidence, items["1"].confidence_reasons) == ("high", [])
    assert items["2"].confidence == "medium"
    assert any("падежу" in reason for reason in items["2"].confidence_reasons)
    assert any("нет года" in reason for reason in items["2"].confidence_reasons)
    assert items["3"].confidence == "low"
    assert items["2"].to_dict()["confidence_reasons"] == items["2"].confidence_reasons


def test_a_capitalised_preposition_a_later_directive_and_a_keyword_like_an_adoption():
    parsed = parse_resolution(
        "ПРОТОКОЛ\nот 19.09.2025\n1. Слушали: Орлову Е.Н.\nРешили: Поручить Орловой Е.Н. провести конкурс до 1 ноября 2025 года.\n"
        "2. Слушали: Петрова А.С.\nПриняты решения: Приветствовать работу Фонда. Рекомендовать страновым советам, "
        "организациям соотечественников разработать механизм.\n2.1. В паспорте программы изложить позицию.\n"
    )
    items = by_label(parsed)
    assert list(items) == ["1", "2", "2.1"]
    assert items["2"].responsible == ["страновым советам", "организациям соотечественников"]
    assert items["2.1"].responsible == []


def test_one_person_with_two_titles_and_two_people_in_a_controller():
    one = parse_resolution(
        "ПОСТАНОВЛЕНИЕ\nот 12.03.2015\nпостановляет:\n1. Контроль за исполнением настоящего постановления возложить на "
        "заместителя главы, начальника отдела строительства и развития общественной инфраструктуры Пименова В.Г.\n"
    )
    assert one.items[0].responsible == [
        "заместителя главы, начальника отдела строительства и развития общественной инфраструктуры Пименова В.Г."
    ]
    two = parse_resolution(
        "ПОСТАНОВЛЕНИЕ\nот 12.03.2015\nпостановляет:\n1. Контроль за исполнением настоящего постановления возложить на "
        "заместителя главы Иванова И.И., начальника отдела Петрова П.П.\n"
    )
    assert two.items[0].responsible == ["заместителя главы Иванова И.И.", "начальника отдела Петрова П.П."]


def test_a_scheduled_start_without_an_end():
    parsed = parse_resolution("ПОСТАНОВЛЕНИЕ\nот 12.03.2015\nпостановляет:\n1. Объявить с 6 апреля 2015 г. смотр-конкурс.\n")
    item = parsed.items[0]
    assert (item.deadline_kind, item.due_start, item.due_end) == ("range", D(2015, 4, 6), None)
