"""A plan row's text is its event: the cells the item stores apart (responsible, term) are not repeated in it.

The page shows them in the item's box and the PDF adds them under the text (`unwritten_meta`); a cell the parser read
only in part stays in the text, so nothing the row said is lost.
"""

from resolutions.parser import parse_resolution
from resolutions.presentation import unwritten_meta

PLAN = """План мероприятий Молодёжного совета на май 2026 года

№ | Мероприятие | Срок | Ответственные
1 | Акция «Георгиевская лента» | 1-9 мая | Молодёжный совет
2 | Концерт ко Дню Победы | 9 мая | Русский культурный центр, Молодёжный совет
3 | Встреча с ветеранами | по согласованию с ветеранами | Совет ветеранов
4 | Выставка рисунков «Мир без войны» | май |
"""


def _items():
    return {item.label: item for item in parse_resolution(PLAN).items}


def test_the_cells_read_into_the_item_are_not_repeated_in_its_text():
    items = _items()
    assert items["1"].text == "Акция «Георгиевская лента»"
    assert items["1"].responsible == ["Молодёжный совет"]
    assert items["1"].deadline_text == "1-9 мая"
    assert items["2"].text == "Концерт ко Дню Победы"
    assert items["2"].responsible == ["Русский культурный центр", "Молодёжный совет"]


def test_a_cell_read_in_part_or_not_at_all_stays_in_the_text():
    items = _items()
    assert items["3"].responsible == ["Совет ветеранов"]
    assert items["3"].deadline_text == ""
    assert items["3"].text == "Встреча с ветеранами\nСрок: по согласованию с ветеранами"
    assert items["4"].text == "Выставка рисунков «Мир без войны»"


class _Stored:
    """The stored item as `unwritten_meta` reads it (text, deadline, responsibilities)."""

    def __init__(self, parsed):
        self.text, self.deadline_text = parsed.text, parsed.deadline_text
        self._parties = [type("R", (), {"text": party, "inherited": False}) for party in parsed.responsible]

    @property
    def responsibilities(self):
        return type("M", (), {"all": lambda _self: self._parties})()


def test_the_pdf_still_says_each_cell_once_under_the_text():
    item = _Stored(_items()["2"])
    assert unwritten_meta(item) == ["Ответственный: Русский культурный центр; Молодёжный совет.", "Срок: 9 мая."]


def test_how_the_columns_were_read_is_asked_once_for_the_table_not_on_every_row():
    dated = PLAN.replace("на май 2026 года", "на май 2026 года\n\nУтверждён 20 апреля 2026 г.")
    result = parse_resolution(dated)
    assert [w for w in result.warnings if "таблицы плана" in w] == [
        "Строк таблицы плана прочитано как пункты: 4. Проверьте на нескольких, что столбцы (мероприятие, срок, "
        "ответственные) определены верно."
    ]
    items = {item.label: item for item in result.items}
    assert not any("столбцы" in reason for item in result.items for reason in item.confidence_reasons)
    # A row whose term cell was not read still says so.
    assert items["3"].confidence_reasons == ["Срок «по согласованию с ветеранами» в таблице не разобран."]
    assert items["3"].confidence == "low"


def test_a_document_without_a_table_has_no_such_warning():
    result = parse_resolution("РЕЗОЛЮЦИЯ\n\nПОСТАНОВИЛИ:\n1. Провести конференцию в июне 2027 года.\n")
    assert not any("таблицы плана" in warning for warning in result.warnings)
