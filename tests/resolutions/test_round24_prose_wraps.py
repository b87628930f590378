"""Round 24, prose copied with hard line wraps.

- «… переселить до 1.VII.57 г. семьи: Петрову А.А. – семья 4» / «чел.; Сидорову Б.Б. – семья 3 чел.»: in a
  hard-wrapped text a line that opens with an abbreviation of two or three lower-case letters («чел.;», «гр.
  Петрову», «ст. 12 Закона») goes on with the full line before it, not a paragraph (nor a party) of its own; a single
  letter with a dot («е. Круглый стол») may be a letter's label and is left alone.
- «ПОСТАНОВЛЕНИЕ КОМИТЕТА «О ПЕРЕНОСЕ СКЛАДОВ ИЗ ГОРОДА» / «ЭНСКА» № 12 3.IX.42 г. …» under a blog's lines: the
  act's title wrapped over two lines is read whole for the act's date.
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution


def _wrap(text, width=70):
    lines = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            if current and len(current) + 1 + len(word) > width:
                lines.append(current)
                current = word
            else:
                current = f"{current} {word}".strip()
        lines.append(current)
    return "\n".join(lines)


def test_a_wrapped_abbreviation_is_no_party():
    wrapped = (
        "Решение исполкома городского Совета от 12 марта 1958 года\n\n"
        "1. Передать здание бывшей школы по улице Садовой, дом 5, районному\n"
        "Дому пионеров для кружковой работы учащихся школ района и города.\n\n"
        "2. Обязать:\n\n"
        "Жилищное управление исполкома /т. Орлова/ переселить жильцов\n"
        "до 1.VII.58 г. из указанного здания: Петрову А.А. – семья из 4\n"
        "чел.; Сидорову Б.Б. – семья 3 чел. и Кузину В.В. – семья из двух\n"
        "человек.\n\n"
        "Исполком Ленинского райсовета /т. Зуева/ переселить из этого дома\n"
        "гр. Лаврову Г.Г. – семья 5 чел. /очередники района/ в новый дом.\n"
    )
    item = parse_resolution(wrapped).items[1]
    assert "чел" not in [party.strip(" .;") for party in item.responsible]
    assert "гр" not in [party.strip(" .;") for party in item.responsible]
    assert "Жилищное управление исполкома /т. Орлова/" in item.responsible


def test_a_single_letter_with_a_dot_stays_a_label():
    text = (
        "План мероприятий общества на 2021 год\n"
        "1. Проведение праздников:\n"
        "а. День защитника Отечества 23 февраля\n"
        "б. День памяти погибших в годы Великой Отечественной войны 22 июня\n"
        "в. Встреча с ветеранами труда 1 октября\n"
    )
    labels = [item.label for item in parse_resolution(_wrap(text, 60)).items]
    assert labels == ["1", "а", "б", "в"]


def test_a_title_wrapped_over_two_lines_dates_the_act():
    text = (
        "| Заметки о прошлом |\n[Mar. 10th, 2014|11:20 pm] |\n|\n|\n| Comments: |\n"
        "> интересный документ, спасибо за публикацию\nда\nСпасибо, читал раньше в сборнике документов.\n"
        "ПОСТАНОВЛЕНИЕ ОБЛАСТНОГО КОМИТЕТА «О ПЕРЕНОСЕ СКЛАДОВ ИЗ ГОРОДА ЭНСКА» № 12 3.IX.42 г. "
        "В связи с обстановкой комитет постановил: 1. Поручить т. Орлову вывезти склады сегодня же. "
        "2. Завтра же закрыть рынок.\n"
    )
    wrapped = _wrap(text, 64)
    assert "\nЭНСКА»" in wrapped  # the title is cut before the date
    result = parse_resolution(wrapped)
    assert result.date == datetime.date(1942, 9, 3)
    assert (result.items[0].due_start, result.items[0].due_end) == (datetime.date(1942, 9, 3), datetime.date(1942, 9, 3))
