"""Review rf28 of stop 74's merges h1317, h1318, h1319 and tidy74: invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_ordered_new_chairs_to_furnish_is_no_order():
    """tidy74's one list of plurals gave "ordered" the "chairs" that "directed" read: "ordered new chairs to furnish
    the classrooms" is a purchase, furniture, no order told; before the mend, a statement of the governor."""
    first = "Governor Ruth Vane ordered new chairs to furnish the classrooms of Ostra."
    assert_statements(first, [])


def test_ordered_plastic_chairs_to_replace_is_no_order():
    """The same with an adjective and another verb after "to"."""
    first = "Governor Ruth Vane ordered plastic chairs to replace the broken benches of the school in Ostra."
    assert_statements(first, [])


def test_directed_council_chairs_to_register_is_still_an_order():
    """The guard: "directed Local Council chairs to …" stays an order (boonafm's shape), and "ordered school heads to
    reopen …" one too, the shared list's other plurals kept."""
    first = "Governor Ruth Vane directed Local Council chairs to register every visitor in their villages."
    second = "Governor Kofi Dara ordered school heads to reopen the classrooms of Ostra."
    assert_statements("\n\n".join((first, second)), [
        ("Ruth Vane", "indirect", first),
        ("Kofi Dara", "indirect", second),
    ])
