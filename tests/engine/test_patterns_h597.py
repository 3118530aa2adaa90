"""Names found by helper h597's set hard51 (names in many naming traditions): a double or compound surname written
again without the given names ("Ernestina Cañizares Villoslada … Cañizares Villoslada replied", "Luiz Inácio Lula da
Silva … Lula da Silva said") is the same person, shown by the full name.

Each test is a small invented readout (invented people and countries); the rule's tests fail without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from readout_tui.engine import attribute

from .test_patterns import assert_statements


def _speakers(body: str, title: str = "") -> list[tuple[str, tuple[str, ...]]]:
    return [(s.name, s.aliases) for s in attribute(body, title=title).speakers]


def test_double_surname_alone_is_the_person_named_in_full():
    """"Cañizares Villoslada replied" after "Ernestina Cañizares Villoslada": a Spanish double surname, the given
    name left out (before, "Timothy Harris is not Kamala Harris" kept a two-word mention whose first word is not the
    full name's first word apart, and the full name, whose words then said nothing, was a second person)."""
    body = (
        "The Minister of Foreign Affairs of Corvana, Eloisa Berrocal Anzuola, received the Minister of Foreign Affairs "
        "of Tessland, Osric Pallbury.\n\n"
        "Minister Berrocal Anzuola welcomed her guest.\n\n"
        "Berrocal Anzuola said that the tender would open in May."
    )
    result = assert_statements(body, [
        ("Eloisa Berrocal Anzuola", "indirect", "Minister Berrocal Anzuola welcomed her guest."),
        ("Eloisa Berrocal Anzuola", "indirect", "Berrocal Anzuola said that the tender would open in May."),
    ])
    assert [s.name for s in result.speakers] == ["Eloisa Berrocal Anzuola"]


def test_compound_surname_with_a_particle_alone_is_the_person_named_in_full():
    """"Lula da Silva" for "Luiz Inácio Lula da Silva", "Teixeira da Fontoura" for "Teotónio Queiroga Teixeira da
    Fontoura": a Portuguese compound surname with its particle, the given names left out; one speaker."""
    body = (
        "The Minister of Foreign Affairs of Ferramar, Aurélio Brandeira Pestana da Covilhã, received the Deputy Prime "
        "Minister of Latvarra, Indulis Kreslins.\n\n"
        "Mr. Kreslins thanked the Minister.\n\n"
        "\"The sea has always been a road,\" Pestana da Covilhã said."
    )
    assert _speakers(body) == [
        ("Indulis Kreslins", ("Mr. Kreslins",)),
        ("Aurélio Brandeira Pestana da Covilhã", ("Pestana da Covilhã",)),
    ] or [name for name, _ in _speakers(body)] == ["Indulis Kreslins", "Aurélio Brandeira Pestana da Covilhã"]


def test_a_body_glued_before_a_name_in_the_title_is_not_a_given_name():
    """Guard: a title's "… and head of Norgaz Ivar Dalen" is read as the run "Norgaz Ivar Dalen" (the office in lower
    case left out of it); "Ivar Dalen" is not that name's surnames, the company no given name: shown as "Ivar Dalen"."""
    body = (
        "Edvar Holm held a meeting with Minister of Energy Kaspar Lunde and Chief Executive of Norgaz Ivar Dalen.\n\n"
        "Ivar Dalen said that the pipeline had been repaired ahead of schedule."
    )
    names = [name for name, _ in _speakers(body, title="Meeting with Minister Kaspar Lunde and head of Norgaz Ivar Dalen")]
    assert names == ["Ivar Dalen"]


def test_a_fathers_name_and_family_name_are_not_the_son():
    """Guard: in "Sheikh Rawad bin Hilal Al Qurami", "Hilal Al Qurami" may be the father: a name with "bin" is
    left to the rules for Arabic names."""
    body = (
        "His Highness Sheikh Rawad bin Hilal Al Qurami, Crown Prince of Zahrawan, received the Minister of Trade of "
        "Orvia, Ilse Kormann.\n\n"
        "Sheikh Hilal Al Qurami said that the port would open in May."
    )
    names = [name for name, _ in _speakers(body)]
    assert "Rawad bin Hilal Al Qurami" not in names
