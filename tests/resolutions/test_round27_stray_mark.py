"""Round 27: a stray mark before a responsible cell of a plan stored one cell a paragraph (fresh24's miss).

- «08.03.» / «Выс.» / «Абонемент»: a lone abbreviation paragraph opening the responsible cell, over a body named in the
  nominative, is a mark beside the cell and no part of the party; «Зав.» / «отделом» (a post governing its body in
  another case) stays the cell's.
On text written for the test.
"""

from resolutions.parser import parse_resolution


def _plan(mark: str, cell: str) -> str:
    rows = [
        ("1", "«Весенние строки»", "Книжная выставка", "05.03.", ["Абонемент"]),
        ("2", "«Мамины руки»", "Мастер-класс", "07.03.", [mark, cell]),
        ("3", "«Читаем вместе»", "Громкие чтения", "12.03.", ["Детский отдел"]),
    ]
    lines = ["Март 2024", "", "Наименование мероприятия", "", "Форма работы", "", "Сроки проведения", "", "Ответственный", ""]
    for number, title, form, date, party in rows:
        lines += [number, "", title, "", form, "", date, "", *[part for piece in party for part in (piece, "")]]
    return "\n".join(lines)


def test_a_lone_abbreviation_before_a_body_is_no_part_of_the_party():
    plan = parse_resolution(_plan("Выс.", "Отдел обслуживания"))
    assert [item.responsible for item in plan.items] == [["Абонемент"], ["Отдел обслуживания"], ["Детский отдел"]]


def test_a_post_abbreviation_governing_its_body_stays_in_the_cell():
    plan = parse_resolution(_plan("Зав.", "отделом обслуживания"))
    assert plan.items[1].responsible == ["Зав. отделом обслуживания"]
