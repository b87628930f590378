"""The focus indicator holds 3:1 (WCAG 1.4.11) against every background the stylesheets paint.

The colours are read from the stylesheets themselves: the `:focus-visible` rule's outline (the ring) and
box-shadow (the halo), custom properties resolved, against every colour any rule uses as a background.
"""

import re
from pathlib import Path

import pytest

CSS_DIR = Path(__file__).resolve().parents[2] / "static" / "css"
# The PDF's stylesheet is not a screen page; print has no focus.
SCREEN_SHEETS = ["base.css", "layout.css", "document.css", "lists.css", "workspace.css", "account.css"]
COLOUR = re.compile(r"#[0-9a-fA-F]{3,6}\b|var\(--[a-z-]+\)")


def _rules():
    for name in SCREEN_SHEETS:
        text = re.sub(r"/\*.*?\*/", "", (CSS_DIR / name).read_text(), flags=re.S)
        # Flatten @media blocks: their rules apply on some screen, so their backgrounds count too.
        text = re.sub(r"@media[^{]*\{", "", text)
        for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text):
            yield selector.strip(), {
                prop.strip(): value.strip() for prop, _, value in
                (d.partition(":") for d in body.split(";") if ":" in d)
            }


def _variables():
    variables = {}
    for selector, declarations in _rules():
        if selector == ":root":
            variables.update({k: v for k, v in declarations.items() if k.startswith("--")})
    return variables


def _hex(value: str, variables: dict) -> str:
    while value.startswith("var("):
        value = variables[value[4:-1]]
    value = value.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    return value.lower()


def _luminance(colour: str) -> float:
    def channel(c):
        c = int(c, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(colour[i : i + 2]) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _indicator():
    variables = _variables()
    rules = [d for s, d in _rules() if s == ":focus-visible"]
    assert len(rules) == 1, "one focus rule for the whole portal"
    rule = rules[0]
    ring = COLOUR.findall(rule["outline"])
    halo = COLOUR.findall(rule.get("box-shadow", ""))
    assert ring and halo, "the indicator is an outline with a halo (box-shadow) around it"
    return _hex(ring[0], variables), _hex(halo[0], variables)


def _backgrounds():
    variables = _variables()
    found = {}
    for selector, declarations in _rules():
        for prop in ("background", "background-color"):
            for colour in COLOUR.findall(declarations.get(prop, "")):
                found.setdefault(_hex(colour, variables), selector)
    return found


def test_contrast_is_computed_as_wcag_defines_it():
    assert contrast("ffffff", "000000") == pytest.approx(21)
    assert contrast("ffbf47", "ffffff") == pytest.approx(1.6, abs=0.05)  # the old yellow outline on white


def test_it_finds_the_page_backgrounds():
    backgrounds = _backgrounds()
    assert {"ffffff", "f5f6f8", "1d3557", "14263f"} <= set(backgrounds)  # paper, page, navigation, header/footer
    assert len(backgrounds) > 20


def test_ring_and_halo_stand_out_from_each_other():
    ring, halo = _indicator()
    assert contrast(ring, halo) >= 3


@pytest.mark.parametrize("background", sorted(_backgrounds()))
def test_the_indicator_holds_3_to_1_against_every_background(background):
    ring, halo = _indicator()
    best = max(contrast(ring, background), contrast(halo, background))
    assert best >= 3, f"focus on #{background} ({_backgrounds()[background]}): {best:.2f}:1"


def test_no_other_rule_replaces_the_focus_indicator():
    for selector, declarations in _rules():
        if ":focus" in selector and selector != ":focus-visible":
            assert not {"outline", "outline-color", "box-shadow"} & set(declarations), selector
