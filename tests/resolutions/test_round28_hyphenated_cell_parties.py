"""Round 28: a plan's responsible cell whose words are broken at the printed cell's line ends and stored with their
hyphen and a space («Отдел культу- ры, адми- нистрации поселений»): the comma between two bodies still splits the
parties, each kept as written, hyphen and space included.
On text written for the test.
"""

from resolutions.parser import parse_resolution
from resolutions.parties import table_parties


def test_a_comma_splits_bodies_whose_words_are_broken_with_a_hyphen():
    assert table_parties("Отдел культу- ры, адми- нистрации поселений") == [
        "Отдел культу- ры", "адми- нистрации поселений",
    ]
    assert table_parties("Комитет образо- вания, адми- нистрации сельских поселений") == [
        "Комитет образо- вания", "адми- нистрации сельских поселений",
    ]


def test_a_broken_genitive_after_a_comma_still_goes_on_the_body():
    assert table_parties("Управление куль- туры, спор- та и туризма") == ["Управление куль- туры, спор- та и туризма"]


def test_i_before_a_broken_noun_of_people_opens_a_party():
    assert table_parties("Главы поселений и руко- водители предприятий") == [
        "Главы поселений", "руко- водители предприятий",
    ]


def test_a_plan_table_with_broken_words_in_its_responsible_cells():
    text = (
        "N | Мероприятия | Срок | Ответственные |\n"
        "1 | Чествование юбиляров на дому | Октябрь | Отдел социаль- ной поддержки, адми- нистрации поселений |\n"
        "2 | Концерт для ветеранов | Ноябрь | Отдел культу- ры |\n"
    )
    items = parse_resolution(text).items
    assert [item.label for item in items] == ["1", "2"]
    assert items[0].responsible == ["Отдел социаль- ной поддержки", "адми- нистрации поселений"]
    assert items[1].responsible == ["Отдел культу- ры"]
