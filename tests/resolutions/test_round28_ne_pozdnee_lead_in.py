"""«Правительству … не позднее 26 декабря 2023 г.:» — a time limit written «не позднее» ends a lead-in's party, as
«до 27 декабря 2023 г.:» and «в срок до …:» do (the robustness bench's «не позднее» rewrite found it)."""

import datetime

import pytest

from resolutions.parser import parse_resolution

DECREE = """УКАЗ ПРЕЗИДЕНТА РОССИЙСКОЙ ФЕДЕРАЦИИ
О проведении в Российской Федерации Года семьи
1. Провести в 2024 году в Российской Федерации Год семьи.
2. Правительству Российской Федерации {term}:
а) образовать организационный комитет;
б) утвердить план основных мероприятий.
"""


@pytest.mark.parametrize(
    ("term", "end"),
    [("не позднее 26 декабря 2023 г.", datetime.date(2023, 12, 26)), ("до 27 декабря 2023 г.", datetime.date(2023, 12, 26))],
)
def test_the_lead_ins_party_ends_before_its_time_limit(term, end):
    items = {item.label: item for item in parse_resolution(DECREE.format(term=term)).items}
    assert items["2"].responsible == ["Правительству Российской Федерации"]
    assert items["а"].responsible == items["б"].responsible == ["Правительству Российской Федерации"]
    assert items["2"].due_end == end

