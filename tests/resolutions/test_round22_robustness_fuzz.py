"""Property: hard wraps, whitespace and punctuation noise around a small invented resolution never makes the parser raise,
and leaves its labels, parties and deadline windows as they were (the fuzzing the stack names hypothesis for)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from resolutions.parser import parse_resolution

LINES = [
    "Постановление администрации района от 12 марта 2024 года",
    "О проведении районного фестиваля народного творчества",
    "В целях сохранения народных традиций администрация района ПОСТАНОВЛЯЕТ:",
    "1. Провести районный фестиваль «Родные напевы» с 20 по 25 мая 2024 года.",
    "2. Отделу культуры администрации района (Иванова О.П.) в срок до 1 мая 2024 года подготовить программу.",
    "3. Рекомендовать главам администраций Заречного, Лугового и Берёзовского сельских поселений Северного района Тестовой области обеспечить участие Народного хора «Калина» и творческих коллективов.",
    "4. Контроль за исполнением постановления возложить на заместителя главы администрации района Петрова С.И.",
]

# Noise that keeps the meaning: spaces of other kinds and counts between words, line ends of other systems,
# blank lines, trailing blanks, other quotes and dashes.
SPACE = st.sampled_from([" ", "  ", "\u00a0", " \u00a0", "\t"])
LINE_END = st.sampled_from(["\n", "\r\n", "\n\n", "\r\n\r\n", " \n", "\t\n"])
QUOTES = st.sampled_from([("«", "»"), ('"', '"'), ("„", "“")])


def _outline(text):
    parsed = parse_resolution(text)
    return [
        (item.label, item.parent, [re.sub(r"[«»„“\"]", '"', party) for party in item.responsible], item.due_start, item.due_end)
        for item in parsed.items
    ]


EXPECTED = _outline("\n".join(LINES))


def _wrap(line, width):
    """`line` broken into lines of at most `width` characters (as a PDF or a mail breaks a paragraph); no line
    opens with a number, which would read as a label."""
    out, current = [], ""
    for word in line.split(" "):
        if current and len(current) + 1 + len(word) > width and not word[0].isdigit():
            out.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    return [*out, current]


@st.composite
def noisy(draw):
    quotes = draw(QUOTES)
    width = draw(st.one_of(st.none(), st.integers(60, 80)))  # hard wraps, or one paragraph a line
    inline = draw(st.booleans())  # the items inside the preamble's paragraph, as a page without line breaks has them
    out = []
    for line in [*LINES[:2], " ".join(LINES[2:])] if inline else LINES:
        line = line.replace("«", quotes[0]).replace("»", quotes[1])
        for piece in _wrap(line, width) if width else [line]:
            words = piece.split(" ")
            out.append(words[0] + "".join(draw(SPACE) + word for word in words[1:]))
            out.append(draw(LINE_END) if piece is line or width is None else "\n")
        if width:
            out[-1] = draw(LINE_END)
    return "".join(out)


def test_the_plain_text_reads_as_written():
    assert [row[0] for row in EXPECTED] == ["1", "2", "3", "4"]
    assert EXPECTED[1][2] == ["Отделу культуры администрации района (Иванова О.П.)"]


@settings(max_examples=60, deadline=None)
@given(noisy())
def test_noise_keeps_labels_parties_and_windows(text):
    assert _outline(text) == EXPECTED
