"""Helper h908 (sixhundredeightysixth, Prensa Latina English, as Cuban sites copy it): the Spanish articles "los" and
"las" inside a full name ("Manolo de los Santos", "Bartolomé de las Casas"), name particles as "de", "del" and "la"
are (people._PARTICLES, phrases._PARTICLES)."""

from .test_patterns import assert_statements


def test_de_los_inside_a_name_keeps_the_speaker():
    assert_statements(
        "Velmar, May 2.- President Orin Tesk received some 300 visitors from Dalmark.\n\n"
        "During the dialogue, the activist Tomás de los Ríos said that the experience of these days has been "
        "wonderful.\n\n"
        "“We have seen the strength of your people,” stressed the activist.",
        [("Tomás de los Ríos", "indirect", "During the dialogue, the activist Tomás de los Ríos said that the "
          "experience of these days has been wonderful."),
         ("Tomás de los Ríos", "direct", "We have seen the strength of your people")],
    )


def test_de_las_inside_a_name_keeps_the_speaker():
    assert_statements(
        "Velmar, May 2.- The historian Inés de las Heras told the forum that the archive would open in June.",
        [("Inés de las Heras", "indirect", "Velmar, May 2.- The historian Inés de las Heras told the forum that the "
          "archive would open in June.")],
    )


def test_los_of_a_place_is_still_no_name():
    """Guard: a capitalised "Los" of a place ("Los Arcos") is a place, a name beside it unchanged."""
    assert_statements(
        "Minister Lena Varro visited Los Arcos on Monday.\n\n"
        "Varro said that the new port of Los Arcos would open next year.",
        [("Lena Varro", "indirect", "Varro said that the new port of Los Arcos would open next year.")],
    )
