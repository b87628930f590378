from pathlib import Path

from resolutions.parser import parse_resolution
from resolutions.parsing_membership import admission_decision, is_votes_line

XIX = Path(__file__).with_name("resolution-2025-06-20-xix-illustrative.txt")
XIX_TEXT = """РЕЗОЛЮЦИЯ
XIX Страновой отчётно-выборной конференции объединений российских соотечественников Республики Таджикистан

«Преемственность поколений – основа соотечественного движения»

г. Душанбе, 20 июня 2025 г.

Участники конференции, заслушав и обсудив отчёт председателя КСОРС РТ,

ПОСТАНОВИЛИ:

1. Отчёт председателя КСОРС РТ утвердить.
3. Принять в состав КСОРС РТ:
– ОО «Славянский дом» (г. Истаравшан);
– молодёжное объединение «Наследие» (г. Душанбе).
4. Следующую отчётно-выборную конференцию провести в 2027 году.

Голосовали: «за» – 38, «против» – нет, «воздержались» – 2.
"""


def test_it_reads_each_admitted_organization_with_its_city():
    decision = admission_decision("Принять в состав КСОРС РТ:\n– ОО «Славянский дом» (г. Истаравшан);\n– молодёжное объединение «Наследие» (г. Душанбе).")
    assert decision["action"] == "admit"
    assert decision["organizations"] == [
        {"name": "ОО «Славянский дом»", "city": "Истаравшан"},
        {"name": "молодёжное объединение «Наследие»", "city": "Душанбе"},
    ]


def test_it_reads_admissions_written_on_one_line():
    decision = admission_decision("Принять в состав КСОРС РТ ОО татар «Умет» и ОО «Иристон».")
    assert [o["name"] for o in decision["organizations"]] == ["ОО татар «Умет»", "ОО «Иристон»"]


def test_it_admits_nobody_from_other_decisions():
    assert admission_decision("Принять к сведению информацию Секретариата.") is None
    assert admission_decision("Исключить из состава КСОРС РТ ОО татар «Умет».") is None
    assert admission_decision("Принять в состав КСОРС РТ новых членов после проверки.") is None


def test_a_voting_line_is_recognised_and_item_text_is_not():
    assert is_votes_line("Голосовали: «за» – 38, «против» – нет, «воздержались» – 2.")
    assert is_votes_line("«За» – 25, «против» – 1.")
    assert not is_votes_line("за время работы проведено 12 мероприятий")
    assert not is_votes_line("5. Следующую конференцию провести в 2027 году.")


def test_the_voting_line_is_the_adoption_votes_not_part_of_the_last_item():
    parsed = parse_resolution(XIX_TEXT)
    assert (parsed.votes_for, parsed.votes_against, parsed.votes_abstained) == (38, 0, 2)
    assert not parsed.unanimous
    assert "Голосовали" in parsed.adopted
    last = parsed.items[-1]
    assert last.label == "4" and "Голосовали" not in last.text and "38" not in last.text


def test_the_importer_proposes_the_admissions_of_the_illustrative_resolution():
    parsed = parse_resolution(XIX.read_text(encoding="utf-8"))
    item = next(i for i in parsed.items if i.label == "3")
    assert item.kind == "membership"
    assert [o["name"] for o in item.membership["organizations"]] == ["ОО «Славянский дом»", "молодёжное объединение «Наследие»"]
    assert parsed.votes_for == 38 and parsed.votes_abstained == 2
    assert not any("порядке принятия" in warning for warning in parsed.warnings)
