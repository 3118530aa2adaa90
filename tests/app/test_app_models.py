"""The models behind the widgets: library, speaker filter, wrapping, pages."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from readout_tui.app import library as library_module
from readout_tui.app.library import Entry, Library, SortedRows, in_reading_order
from readout_tui.app.page import Pages, paragraphs
from readout_tui.app.printable import printable
from readout_tui.app.speaker_filter import SpeakerFilter, same_person
from readout_tui.app.styles import SpeakerStyles
from readout_tui.app.widgets.legend import Legend
from readout_tui.app.widgets.filter_bar import completions
from readout_tui.app.wrap import wrap
from readout_tui.model import Attribution, Document, Mention, Readout, Speaker, Statement
from readout_tui.samples import bundled_samples, default_paths

LUKASHENKO = Speaker("Aleksandr Lukashenko", ("Lukashenko", "the head of state"), 0)
MITCHELL = Speaker("Aaron Wess Mitchell", ("Mitchell",), 1)


def entry(name: str, title: str, date: str | None = None) -> Entry:
    return Entry(Path(name), title, date)


def test_library_is_newest_first_then_undated_by_title() -> None:
    library = Library()
    library.add(
        [entry("a", "Beta"), entry("b", "Old", "2020-01-01"), entry("c", "alpha"), entry("d", "New", "2024-05-01")]
    )
    assert [library[i].title for i in range(len(library))] == ["New", "Old", "alpha", "Beta"]


def test_library_narrows_by_every_word_of_title_or_date() -> None:
    library = Library()
    library.add([entry("a", "Talks with Lirea", "2024-05-01"), entry("b", "Call with Lirea", "2023-01-01")])
    library.narrow("lirea 2024")
    assert [library[i].title for i in range(len(library))] == ["Talks with Lirea"]
    assert library.position(Path("b")) is None and library.total == 2
    library.narrow("")
    assert len(library) == 2


def test_library_learns_counts_and_errors_later() -> None:
    library = Library()
    library.add([entry("a", "A")])
    assert library.update(Path("a"), speakers=3) == 0
    assert library[0].speakers == 3
    library.update(Path("a"), error="broken")
    assert library[0].failed
    assert library.update(Path("missing"), speakers=1) is None


def test_library_keeps_order_and_rows_through_batches_of_new_titles() -> None:
    library = Library()
    unread = [Entry(Path(f"f{n:03d}.txt"), f"f{n:03d}.txt") for n in range(300)]
    library.add(unread)
    cursor = library[150]
    library.retitle([(entry, f"Talks {n}", f"20{n % 20:02d}-01-01") for n, entry in enumerate(unread[:200])])
    keys = [library[index].key for index in range(len(library))]
    assert keys == sorted(keys)
    assert library[0].date == "2019-01-01" and library[len(library) - 1].title == "f299.txt"
    assert library[library.position(cursor.path)] is cursor  # same object, found where it went
    library.narrow("talks 2019")
    assert {library[index].date for index in range(len(library))} == {"2019-01-01"}
    library.narrow("talks 2019-01")  # grew: narrows what is shown
    assert len(library) == 10
    library.remove([unread[19].path])
    assert len(library) == 9 and library.total == 299
    library.narrow("")
    assert len(library) == 299


def test_narrowing_a_large_library_answers_at_once_and_finishes_in_slices() -> None:
    library = Library()
    entries = [Entry(f"r{n:05d}", f"{'Lirea' if n % 3 else 'Veloria'} talks {n}", "2024-01-01") for n in range(20_000)]
    library.add(entries)
    library.narrow("lirea")
    assert library.narrowing and 0 < len(library) < 20_000  # a first screenful, not the whole scan
    first = library[0]
    library.retitle([(entries[5], "Veloria after all", "2024-01-01")])  # a change mid-scan starts it again
    while not library.scan(seconds=0.004):
        pass
    expected = in_reading_order(entry for entry in entries if "lirea" in entry.folded)
    assert [library[index] for index in range(len(library))] == expected
    assert library[0] is first and library.position(entries[5].path) is None
    library.narrow("lirea 199")  # grew: only what matched is looked at again
    while not library.scan(seconds=0.004):
        pass
    assert {library[index].title for index in range(len(library))} == {
        entry.title for entry in expected if "199" in entry.title
    }


@given(
    st.lists(st.tuples(st.integers(0, 50), st.sampled_from([None, "2020-01-01", "2024-05-01", "2024"])), max_size=80),
    st.sampled_from([(512, 64), (2, 1)]),  # as shipped; and tiny blocks, one entry at a time
)
def test_sorted_rows_agree_with_a_sorted_list(changes: list[tuple[int, str | None]], sizes: tuple[int, int]) -> None:
    shipped = SortedRows.BLOCK, library_module.MERGE_SHARE
    SortedRows.BLOCK, library_module.MERGE_SHARE = sizes
    try:
        library = Library()
        entries = [Entry(f"p{n}", f"Title {n % 7}") for n in range(51)]
        library.add(entries[:30])
        library.add(entries[30:])
        for index, date in changes:
            library.update(entries[index].path, date=date)
        listed = [library[index] for index in range(len(library))]
        assert listed == sorted(entries, key=lambda entry: entry.key)
        assert all(library.position(entry.path) == listed.index(entry) for entry in entries)
        library.remove([entry.path for entry in entries[::3]])
        assert [library[index] for index in range(len(library))] == [e for e in listed if e not in entries[::3]]
    finally:
        SortedRows.BLOCK, library_module.MERGE_SHARE = shipped


def test_the_filter_follows_a_person_across_names_and_aliases() -> None:
    elsewhere = Speaker("Lukashenko", ("President Lukashenko",), 1)
    assert same_person(LUKASHENKO, elsewhere)
    assert not same_person(LUKASHENKO, MITCHELL)
    chosen = SpeakerFilter("head of state", (LUKASHENKO,))
    assert chosen.pick(Attribution((MITCHELL, elsewhere))) == (elsewhere,)
    assert SpeakerFilter("mitch").pick(Attribution((MITCHELL, elsewhere))) == (MITCHELL,)
    assert chosen.pick(Attribution((MITCHELL,))) == ()


def test_completions_include_word_starts_inside_names() -> None:
    forms = completions([LUKASHENKO, MITCHELL])
    assert {"Aleksandr Lukashenko", "Lukashenko", "the head of state", "head of state", "Mitchell"} <= set(forms)
    assert len(forms) == len(set(forms))


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300), st.integers(1, 60))
def test_wrapping_keeps_every_character_and_fits_the_width(text: str, width: int) -> None:
    lines = wrap(text, width)
    assert "".join(text[start:end] + ("\n" if text[end : end + 1] == "\n" else "") for start, end in lines) == text
    for start, end in lines:
        visible = text[start:end].rstrip()
        assert cell_len(visible) <= max(width, 2) or len(visible) == 1


def test_printable_keeps_offsets() -> None:
    text = "a\x1b[31mred\tb\r\nc"
    assert len(printable(text)) == len(text)
    assert "\x1b" not in printable(text) and "\n" in printable(text)


BODY = "First paragraph.\n\n“Quote,” Lukashenko said.\n\nMitchell stressed that it matters."


def readout() -> Readout:
    quote = BODY.index("Quote")
    reported = BODY.index("Mitchell stressed")
    return Readout(
        Document(path=None, title="T", body=BODY),
        Attribution(
            (LUKASHENKO, MITCHELL),
            (
                Statement(LUKASHENKO.name, "direct", quote, quote + 5, 2, "Quote"),
                Statement(MITCHELL.name, "indirect", reported, len(BODY), 3, BODY[reported:]),
            ),
            (Mention(LUKASHENKO.name, BODY.index("Lukashenko"), BODY.index("Lukashenko") + 10),),
        ),
    )


def test_full_page_has_a_block_per_paragraph_with_marks() -> None:
    assert paragraphs(BODY) == [(0, 16), (18, 43), (45, len(BODY))]
    page = Pages(readout(), SpeakerStyles((LUKASHENKO, MITCHELL), None, True)).full()
    assert [block.text.plain for block in page.blocks] == BODY.split("\n\n")
    assert [block.label.plain.strip() for block in page.blocks] == ["¶1", "¶2", "¶3"]
    assert [len(block.marks) for block in page.blocks] == [0, 1, 1]
    quote_block = page.blocks[1]
    assert quote_block.text.get_style_at_offset(quote_block.marks[0].start).bold


def test_filtered_page_labels_paragraph_and_kind() -> None:
    page = Pages(readout(), SpeakerStyles((LUKASHENKO, MITCHELL), None, True)).filtered((MITCHELL,))
    assert [block.label.plain.split() for block in page.blocks] == [["¶3", "reported"]]
    assert page.blocks[0].text.plain == "Mitchell stressed that it matters."


def test_default_paths_prefer_the_working_folder(tmp_path: Path) -> None:
    assert default_paths(tmp_path) == ([bundled_samples()] if bundled_samples() else [])
    (tmp_path / "documents").mkdir()
    assert default_paths(tmp_path) == [tmp_path / "documents"]


offsets = st.integers(min_value=-5, max_value=len(BODY) + 5)


@given(
    st.lists(
        st.tuples(
            st.sampled_from([LUKASHENKO.name, MITCHELL.name, None]),
            st.sampled_from(["direct", "indirect"]),
            offsets,
            offsets,
        ),
        max_size=8,
    ),
    st.lists(st.tuples(st.sampled_from([LUKASHENKO.name, "Nobody"]), offsets, offsets), max_size=4),
)
def test_pages_survive_whatever_offsets_an_engine_returns(statements, mentions) -> None:
    """A buggy engine must not crash the reader: any offsets, any speaker."""
    attribution = Attribution(
        (LUKASHENKO, MITCHELL),
        tuple(Statement(name, kind, start, end, 1, "text") for name, kind, start, end in statements),
        tuple(Mention(name, start, end) for name, start, end in mentions),
    )
    broken = Readout(Document(path=None, title="T", body=BODY), attribution)
    styles = SpeakerStyles((LUKASHENKO, MITCHELL), None, True)
    for page in (Pages(broken, styles).full(), Pages(broken, styles).filtered((LUKASHENKO, MITCHELL))):
        for block in page.blocks:
            block.text.render_segments()
            for number in range(len(page.statements)):
                page.locate(number)


def test_the_legend_shows_an_office_only_where_it_says_more_than_the_name() -> None:
    """"Ida Morn (prime minister)", but "The Prime Minister" alone: an unnamed holder's
    name is the office."""
    named = Speaker("Ida Morn", slot=0, role="prime minister")
    unnamed = Speaker("The Prime Minister", slot=1, role="prime minister")
    styles = SpeakerStyles((named, unnamed), None, dark=True)
    chips = [Legend._chip(k + 1, speaker, 2, styles, frozenset()).plain
             for k, speaker in enumerate((named, unnamed))]
    assert chips == [" 1  Ida Morn (prime minister) 2", " 2  The Prime Minister 2"]


def test_the_legend_shows_whole_offices_where_they_fit_and_cuts_them_only_where_not() -> None:
    """An office longer than ROLE_WIDTH is whole on a wide legend, cut with "…" where
    the whole offices would take more than its LINES lines, and left out after that."""
    office = "Head of the Office of the President of the Republic of Kastravia"  # (longer than ROLE_WIDTH)
    speakers = tuple(Speaker(f"Ida Morn{k}", slot=k, role=office) for k in range(5))
    attribution = Attribution(speakers, tuple(
        Statement(s.name, "indirect", 0, 1, 1, "x") for s in speakers))
    legend = Legend()
    legend.show(attribution, SpeakerStyles(speakers, None, dark=True))
    wide = legend._laid_out(200).plain
    assert wide.count(office) == 5 and "…" not in wide
    narrow = legend._laid_out(130).plain  # (five whole chips, a line each, are more than LINES: cut short)
    assert office not in narrow and narrow.count("Head of the Office of the President of") == 5 and "…" in narrow
    tiny = legend._laid_out(30).plain
    assert "Head of" not in tiny
