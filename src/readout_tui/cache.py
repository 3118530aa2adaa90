"""What was read and attributed, kept between runs so that a second start parses nothing.

One SQLite file in the user's cache folder (`READOUT_TUI_CACHE_DIR` overrides it),
one row per readout, keyed by absolute path and trusted only while the file's size
and modification time are those recorded: a changed or deleted file is read again,
never shown stale. Every row also carries the versions of the code that produced it
(a hash of the loader's and the engine's source files, so an engine change can never
leave old attributions behind and nobody has to remember to bump a number).

A cache is a convenience, never a reason to fail: a corrupt file is replaced, a
locked or unwritable one turns the cache off for the session, and each of those
leaves a one-line notice for the reader instead of an exception. Nothing here
imports Textual; the app calls it from worker threads only.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import zlib
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple, TypeVar

import platformdirs

try:
    from _blake2 import blake2b  # hashlib's own, without loading OpenSSL as hashlib does (~4 ms of start-up)
except ImportError:  # (a Python without it)
    from hashlib import blake2b

from readout_tui import __version__
from readout_tui.model import Attribution, Document, Mention, Participant, Readout, Speaker, Statement
from readout_tui.writing import documents_folder

CACHE_DIR_VARIABLE = "READOUT_TUI_CACHE_DIR"
CACHE_FILE = "cache-v1.sqlite3"
SCHEMA_VERSION = 1
LOCK_TIMEOUT_SECONDS = 2.0
_KEYS_PER_QUERY = 500
"""Keys asked for in one query: under SQLite's limit on parameters."""
T = TypeVar("T")

# The sources whose behaviour a row depends on: titles and dates on the loader's,
# documents and attributions on the engine's too.
_PACKAGE = Path(__file__).resolve().parent
LOADER_SOURCES = ("model.py", "loading")
ENGINE_SOURCES = (*LOADER_SOURCES, "engine", "readouts.py")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS readouts (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    loader TEXT NOT NULL,
    title TEXT NOT NULL,
    date TEXT,
    engine TEXT,
    speakers INTEGER,
    error TEXT,
    readout BLOB
)
"""
# A row whose file is unchanged and already attributed by this engine is never
# downgraded by a title-only write that was decided on older information.
_STORE_TITLE = """
INSERT INTO readouts (path, size, mtime_ns, loader, title, date) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (path) DO UPDATE SET
    size = excluded.size, mtime_ns = excluded.mtime_ns, loader = excluded.loader,
    title = excluded.title, date = excluded.date,
    engine = NULL, speakers = NULL, error = NULL, readout = NULL
WHERE NOT (readouts.size = excluded.size AND readouts.mtime_ns = excluded.mtime_ns AND readouts.engine IS ?)
"""
_STORE_READOUT = """
INSERT OR REPLACE INTO readouts (path, size, mtime_ns, loader, title, date, engine, speakers, error, readout)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
_LISTED = """
SELECT :shown || substr(path, :cut), size, mtime_ns, title, date,
       CASE WHEN engine = :engine THEN speakers END, CASE WHEN engine = :engine THEN error END
FROM readouts WHERE loader = :loader AND path >= :low AND path < :high
"""
_LISTING = _LISTED
# The latest dates first, by the index on dates: a few hundred rows, not the archive.
_NEWEST = _LISTED.replace("FROM readouts", "FROM readouts INDEXED BY readouts_by_date") + """
AND date IS NOT NULL ORDER BY date DESC LIMIT 256
"""
# Who speaks in each attributed readout, and what they say, apart from the rest of
# the readout: a view across the archive reads these small rows, not every readout.
# Added beside the readouts (old caches gain the table and are not invalidated);
# a row counts only while its readout's row has the same stamp and engine.
_SPEECH_SCHEMA = """
CREATE TABLE IF NOT EXISTS speech (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    engine TEXT NOT NULL,
    speakers TEXT NOT NULL,
    statements BLOB NOT NULL
)
"""
_STORE_SPEECH = "INSERT OR REPLACE INTO speech VALUES (?, ?, ?, ?, ?, ?)"
_SPEECH_OF_READOUT = """
speech.path = readouts.path AND speech.size = readouts.size AND speech.mtime_ns = readouts.mtime_ns
AND speech.engine = readouts.engine
"""
_SPOKEN = f"""
SELECT :shown || substr(readouts.path, :cut), readouts.path, readouts.size, readouts.mtime_ns, readouts.title,
       readouts.date, speech.speakers
FROM readouts JOIN speech ON {_SPEECH_OF_READOUT}
WHERE readouts.loader = :loader AND readouts.engine = :engine AND readouts.path >= :low AND readouts.path < :high
"""
_UNSPOKEN = f"""
SELECT readouts.path, readouts.size, readouts.mtime_ns, readouts.readout
FROM readouts LEFT JOIN speech ON {_SPEECH_OF_READOUT}
WHERE readouts.loader = :loader AND readouts.engine = :engine AND readouts.path >= :low AND readouts.path < :high
AND readouts.readout IS NOT NULL AND speech.path IS NULL
"""
_CORRUPT = ("malformed", "not a database", "encrypted", "file is not", "corrupt")


class Stamp(NamedTuple):
    """What says a file is the one that was read: its size and modification time."""

    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: str | Path) -> Stamp | None:
        """The file's stamp now, or None when it is gone or cannot be examined."""
        try:
            status = os.stat(path)
        except (OSError, ValueError):
            return None
        return cls(status.st_size, status.st_mtime_ns)


class Listed(NamedTuple):
    """What the list of readouts needs about one file, as the cache last saw it."""

    path: str
    """As the caller named it: relative to a relative folder argument."""
    size: int
    mtime_ns: int
    title: str
    date: str | None
    speakers: int | None
    """None when the readout was never attributed by this engine."""
    error: str | None

    @property
    def stamp(self) -> Stamp:
        return Stamp(self.size, self.mtime_ns)


class Spoken(NamedTuple):
    """Who speaks in one attributed readout, and how often: what a view across
    the archive reads first, before the statements of the few readouts it shows."""

    path: str
    """As the caller named it, like `Listed.path`."""
    key: str
    """The cache's key for it: for `ReadoutCache.statements` and `readouts`."""
    size: int
    mtime_ns: int
    title: str
    date: str | None
    speakers: tuple[Speaker, ...]
    counts: tuple[int, ...]
    """How many statements each of `speakers` makes."""

    @property
    def stamp(self) -> Stamp:
        return Stamp(self.size, self.mtime_ns)


def default_folder() -> Path:
    override = os.environ.get(CACHE_DIR_VARIABLE)
    return Path(override).expanduser() if override else Path(platformdirs.user_cache_dir("readout-tui"))


def clear(folder: Path | None = None) -> list[Path]:
    """Delete the cache file (and SQLite's journal files beside it); returns what was removed."""
    file = (folder or default_folder()) / CACHE_FILE
    removed = []
    for path in (file, *_journals(file)):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed.append(path)
    return removed


@cache
def loader_version() -> str:
    return _source_hash(LOADER_SOURCES)


@cache
def engine_version() -> str:
    return _source_hash(ENGINE_SOURCES)


def _source_hash(parts: Sequence[str]) -> str:
    """A digest of the package's own source files: any edit is a new version. An
    installation without sources (frozen, say) falls back to the package version."""
    digest = blake2b(digest_size=12)
    digest.update(__version__.encode())
    for part in parts:
        target = _PACKAGE / part
        files = sorted(target.rglob("*.py")) if target.is_dir() else [target]
        for file in files:
            try:
                data = file.read_bytes()
            except OSError:
                continue
            digest.update(file.relative_to(_PACKAGE).as_posix().encode() + b"\0" + data)
    return digest.hexdigest()


class ReadoutCache:
    """The cache file, opened lazily from whichever thread first needs it.

    Each thread gets its own connection (SQLite's rule); WAL lets one thread write
    a batch while another reads. `protected` are the folders being read: the cache
    refuses to live inside one of them, since a reader must not write among its
    documents.
    """

    def __init__(self, folder: Path | None = None, *, protected: Iterable[str | Path] = ()) -> None:
        self.folder = Path(folder) if folder is not None else default_folder()
        self.file = self.folder / CACHE_FILE
        self._protected = [Path(path) for path in protected]
        self._local = threading.local()
        self._lock = threading.RLock()
        self._links: list[_Link] = []
        self._closed = False
        self._ready = False
        self._prepared: sqlite3.Connection | None = None
        self._rebuilt = False
        self.enabled = True
        self._notices: list[str] = []
        self._complete: set[str] = set()
        """Roots whose readouts all have their speech (see `add_speech`)."""

    # What the reader is told -------------------------------------------------

    def take_notices(self) -> list[str]:
        """Notices since the last call: the cache was turned off, or rebuilt."""
        with self._lock:
            notices, self._notices = self._notices, []
        return notices

    def notify(self, message: str) -> None:
        """Add a notice for the reader (one from a helper process's cache, say)."""
        with self._lock:
            self._notices.append(message)

    # Reading ---------------------------------------------------------------

    def listing(self, roots: Sequence[str | Path]) -> list[Listed]:
        """Every readout the cache knows under the folders (or files) `roots`, with
        the title and date of this loader. Not checked against the disk: callers
        compare each stamp with the file's before trusting a row."""
        return self._listed(_LISTING, roots)

    def newest(self, roots: Sequence[str | Path]) -> list[Listed]:
        """The readouts of the latest date under `roots` (of each root): the top of
        the list, found before the whole list is read. Not checked against the disk either."""
        rows = self._listed(_NEWEST, roots)
        latest = max((row.date for row in rows), default=None)
        return [row for row in rows if row.date == latest]

    def spoken(self, roots: Sequence[str | Path]) -> list[Spoken]:
        """Who speaks in every attributed readout under `roots`. Not checked against
        the disk either. A readout attributed before the cache kept speech is
        missing until `add_speech` has been run."""
        return self._listed(_SPOKEN, roots, _spoken)

    def add_speech(self, roots: Sequence[str | Path], batch: int = 256) -> Iterator[int]:
        """Work out the speech of the readouts under `roots` that were cached
        without it (by an earlier version), `batch` at a time; yields how many
        were done so far. Once per cache: afterwards there is nothing to do."""
        roots = [str(root) for root in roots]
        if self._complete.issuperset(roots):
            return  # what is cached from now on comes with its speech
        done, tried = 0, set()
        while rows := self._listed(_UNSPOKEN + f" LIMIT {int(batch)}", roots, tuple):
            if not tried.isdisjoint(row[0] for row in rows):
                return  # not written (a row this code cannot decode, or the file is busy): no more to do now
            tried.update(row[0] for row in rows)
            speech = []
            for key, size, mtime_ns, blob in rows:
                try:
                    readout = decode_readout(blob, None)
                except (ValueError, TypeError, KeyError, IndexError, zlib.error):
                    continue  # a row this code did not write: the readout is read again when opened
                speech.append((key, size, mtime_ns, engine_version(), *encode_speech(readout)))
            self._write(_STORE_SPEECH, speech)
            done += len(rows)
            yield done
        self._complete.update(roots)

    def statements(
        self, keys: Iterable[str], speakers: Mapping[str, Container[str]] | None = None
    ) -> dict[str, tuple[Statement, ...]]:
        """The statements of the readouts whose `Spoken.key` are `keys`; with
        `speakers`, only those of the speakers it names for each key."""
        return self._by_key(
            "SELECT path, statements FROM speech WHERE path IN ({})",
            keys,
            lambda blob, key: decode_statements(blob, None if speakers is None else speakers[key]),
        )

    def readouts(self, keys: Iterable[str], containing: Sequence[str] = ()) -> dict[str, Readout]:
        """The readouts whose `Spoken.key` are `keys`, as attributed by this engine;
        with `containing`, only those that may hold every one of these words
        (ignoring case, accents and which apostrophe), told from their stored text before it
        is decoded: a search of the archive decodes only the readouts that can match."""
        from readout_tui.folding import fold

        folded = [fold(word) for word in containing]
        if any(not word.isprintable() or '"' in word or "\\" in word for word in folded):
            folded = []  # characters JSON escapes: the stored text cannot tell
        marks = any("'" in word for word in folded)  # else the text's own need no folding

        def decode(blob: bytes, _: str) -> Readout | None:
            text = zlib.decompress(blob).decode()
            if folded:
                haystack = fold(text, marks=marks)
                if not all(word in haystack for word in folded):
                    return None
            return _readout(json.loads(text), None)

        sql = "SELECT path, readout FROM readouts WHERE engine = ? AND readout IS NOT NULL AND path IN ({})"
        found = self._by_key(sql, keys, decode, engine_version())
        return {key: readout for key, readout in found.items() if readout is not None}

    def _by_key(
        self, sql: str, keys: Iterable[str], decode: Callable[[bytes, str], T], *before: object
    ) -> dict[str, T]:
        """{key: decode(blob, key)} for the rows `sql` (its `{}` stands for the keys)
        finds; a blob that does not decode is left out."""
        found: dict[str, T] = {}
        keys = list(keys)
        for start in range(0, len(keys), _KEYS_PER_QUERY):
            chunk = keys[start : start + _KEYS_PER_QUERY]
            for key, blob in self._query(sql.format(",".join("?" * len(chunk))), [*before, *chunk]):
                try:
                    found[key] = decode(blob, key)
                except (ValueError, TypeError, KeyError, IndexError, zlib.error):
                    continue
        return found

    def _listed(self, sql: str, roots: Sequence[str | Path], make: Callable[[tuple], T] = Listed._make) -> list[T]:
        listed: list[T] = []
        if self._nothing_cached():
            return listed
        versions = {"engine": engine_version(), "loader": loader_version()}
        for root in roots:
            given = str(Path(root))  # the spelling discovery gives its paths: no "./", no trailing "/"
            absolute = os.path.abspath(given)
            if os.path.isdir(absolute):
                # Keys are absolute; the caller's paths are relative to what it gave.
                base = absolute.rstrip(os.sep) + os.sep
                shown = "" if given == "." else given.rstrip(os.sep) + os.sep
                low, high = base, base[:-1] + chr(ord(os.sep) + 1)
            else:
                base, shown, low, high = absolute, given, absolute, absolute + "\0"
            range_ = {"shown": shown, "cut": len(base) + 1, "low": low, "high": high}
            listed.extend(map(make, self._query(sql, {**versions, **range_})))
        return listed

    def readout(self, path: str | Path, stamp: Stamp) -> Readout | None:
        """The readout at `path` as attributed by this engine, if the file still has `stamp`."""
        key = _key(path)
        if key is None:
            return None
        rows = self._query(
            "SELECT readout FROM readouts WHERE path = ? AND size = ? AND mtime_ns = ? AND engine = ? AND loader = ?",
            (key, stamp.size, stamp.mtime_ns, engine_version(), loader_version()),
        )
        if not rows or rows[0][0] is None:
            return None
        try:
            return decode_readout(rows[0][0], Path(path))
        except (ValueError, TypeError, KeyError, IndexError, zlib.error):
            return None  # a row this code did not write: read the file instead

    # Writing ---------------------------------------------------------------

    def store_titles(self, rows: Iterable[tuple[str | Path, Stamp, str, str | None]]) -> None:
        """Record (path, stamp, title, date) for readouts read only for the list."""
        loader, engine = loader_version(), engine_version()
        self._write(
            _STORE_TITLE,
            [(key, s.size, s.mtime_ns, loader, title, date, engine)
             for path, s, title, date in rows if (key := _key(path)) is not None],
        )

    def store_readouts(self, rows: Iterable[tuple[str | Path, Stamp, Readout]]) -> None:
        """Record whole readouts: document and attribution, for opening without parsing."""
        loader, engine = loader_version(), engine_version()
        rows = [(key, path, stamp, readout) for path, stamp, readout in rows if (key := _key(path)) is not None]
        self._write(
            _STORE_READOUT,
            [
                (
                    key,
                    stamp.size,
                    stamp.mtime_ns,
                    loader,
                    readout.document.title,
                    readout.document.date,
                    engine,
                    len(readout.attribution.speakers),
                    readout.document.error,
                    encode_readout(readout),
                )
                for key, path, stamp, readout in rows
            ],
        )
        self._write(
            _STORE_SPEECH,
            [(key, stamp.size, stamp.mtime_ns, engine, *encode_speech(readout)) for key, _, stamp, readout in rows],
        )

    def forget(self, paths: Iterable[str | Path]) -> None:
        """Drop the rows of files that are gone."""
        keys = [(key,) for path in paths if (key := _key(path)) is not None]
        self._write("DELETE FROM readouts WHERE path = ?", keys)
        self._write("DELETE FROM speech WHERE path = ?", keys)

    def close(self) -> None:
        """Close every thread's connection (each once its current statement is
        done); later calls find the cache off and do nothing."""
        self._closed = True
        self._close_links()

    def _close_links(self) -> None:
        with self._lock:
            links, self._links = self._links, []
            self._local = threading.local()
            if self._prepared is not None:
                links.append(_Link(self._prepared, threading.Lock()))
                self._prepared = None
        for link in links:
            with link.lock:
                try:
                    link.connection.close()
                except sqlite3.Error:
                    pass

    # SQLite, guarded -------------------------------------------------------

    def _query(self, sql: str, parameters: object) -> list[tuple]:
        if self._nothing_cached():
            return []
        return self._guarded(lambda connection: connection.execute(sql, parameters).fetchall(), [])

    def _nothing_cached(self) -> bool:
        """No cache file yet (a first start): a read finds nothing, and need not
        create the file (~10 ms, before the first frame): the first write does."""
        return not self._ready and self.enabled and not self.file.exists()

    def _write(self, sql: str, rows: list[tuple]) -> None:
        if not rows:
            return

        def write(connection: sqlite3.Connection) -> None:
            with connection:  # one transaction per batch
                connection.executemany(sql, rows)

        self._guarded(write, None)

    def _guarded(self, operation, fallback):
        """Run `operation` on this thread's connection; no SQLite error escapes.
        A corrupt file is rebuilt once; anything else turns the cache off."""
        for _attempt in range(2):
            link = self._link()
            if link is None:
                return fallback
            try:
                with link.lock:
                    return operation(link.connection)
            except sqlite3.ProgrammingError:
                continue  # closed by a rebuild in another thread: open another
            except sqlite3.Error as error:
                if _is_busy(error):
                    return fallback  # another reader holds the file: skip, try again next time
                if _is_corrupt(error) and not self._rebuilt:
                    self._rebuild(f"the cache file was damaged ({error}); it was rebuilt")
                    continue
                self._disable(f"cache turned off: {error}")
                return fallback
        return fallback

    def _link(self) -> _Link | None:
        """This thread's connection, opened (and the file prepared) on first use."""
        if not self.enabled or self._closed:
            return None
        link = getattr(self._local, "link", None)
        if link is not None:
            return link
        with self._lock:
            if not self._ready and not self._prepare():
                return None
            prepared, self._prepared = self._prepared, None
        try:
            link = _Link(prepared or self._open(), threading.Lock())
        except sqlite3.Error as error:
            self._disable(f"cache turned off: cannot open {self.file}: {error}")
            return None
        with self._lock:
            self._local.link = link
            self._links.append(link)
        return link

    def _prepare(self) -> bool:
        """Create the folder and the table, once; rebuild a file that is no cache."""
        inside = documents_folder(self.folder, self._protected)
        if inside is not None:
            self._disable(f"cache turned off: {self.folder} is inside the readouts folder {inside}")
            return False
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            connection = self._open()
            try:
                version = connection.execute("PRAGMA user_version").fetchone()[0]
                kinds = dict(connection.execute("SELECT name, type FROM sqlite_master"))
                if version != SCHEMA_VERSION and "table" in kinds.values():
                    raise sqlite3.DatabaseError(f"not a readout-tui cache (schema {version})")
                if not {"readouts", "speech", "readouts_by_date"} <= kinds.keys() or version != SCHEMA_VERSION:
                    # (a file ready from an earlier start is only read: no write, no sync)
                    connection.execute(_SCHEMA)
                    connection.execute(_SPEECH_SCHEMA)
                    connection.execute("CREATE INDEX IF NOT EXISTS readouts_by_date ON readouts (date)")
                    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            except BaseException:
                connection.close()
                raise
            self._prepared = connection  # the first link uses it: one open, not two
        except sqlite3.DatabaseError as error:
            if _is_busy(error) or self._rebuilt:
                self._disable(f"cache turned off: {error}")
                return False
            self._rebuilt = True
            self.notify(f"the cache file was damaged ({error}); it was rebuilt")
            clear(self.folder)
            return self._prepare()
        except (OSError, sqlite3.Error) as error:
            self._disable(f"cache turned off: cannot write {self.folder}: {error}")
            return False
        self._ready = True
        return True

    def _open(self) -> sqlite3.Connection:
        connection = sqlite3.connect(
            self.file, timeout=LOCK_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=False
        )
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error:
            connection.close()
            raise
        return connection

    def _rebuild(self, notice: str) -> None:
        self._close_links()
        with self._lock:
            self._rebuilt = True
            self._ready = False
        self.notify(notice)
        clear(self.folder)

    def _disable(self, notice: str) -> None:
        if self.enabled:
            self.enabled = False
            self.notify(notice)


class _Link(NamedTuple):
    """A thread's connection, and the lock it holds while using it, so that a
    close from another thread waits for the statement under way to finish."""

    connection: sqlite3.Connection
    lock: threading.Lock


def _is_busy(error: sqlite3.Error) -> bool:
    return "locked" in str(error) or "busy" in str(error)


def _is_corrupt(error: sqlite3.Error) -> bool:
    return isinstance(error, sqlite3.DatabaseError) and any(word in str(error) for word in _CORRUPT)


def _journals(file: Path) -> tuple[Path, Path]:
    return file.with_name(file.name + "-wal"), file.with_name(file.name + "-shm")


# A readout as compact JSON ---------------------------------------------------


def encode_readout(readout: Readout) -> bytes:
    """The document and its attribution, compressed. A statement's text is kept only
    when it is not simply the body between its offsets (it almost always is)."""
    document, attribution = readout.document, readout.attribution
    body = document.body
    data = {
        "document": [
            document.title, body, document.date, document.source, document.source_url,
            [[p.name, list(p.aliases), p.role] for p in document.participants],
            document.format, list(document.notes), document.error,
        ],
        "speakers": [[s.name, list(s.aliases), s.slot, s.role] for s in attribution.speakers],
        "statements": [
            [s.speaker, s.kind, s.start, s.end, s.paragraph, None if body[s.start : s.end] == s.text else s.text]
            for s in attribution.statements
        ],
        "mentions": [[m.speaker, m.start, m.end] for m in attribution.mentions],
    }
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode(), 6)


def encode_speech(readout: Readout) -> tuple[str, bytes]:
    """A readout's speakers, with how many statements each makes (JSON, read for
    every readout of the archive, so small), and its statements with their text
    (compressed, read only for the readouts a view shows)."""
    attribution = readout.attribution
    counts = attribution.statement_counts()
    speakers = [[s.name, list(s.aliases), s.slot, s.role, counts[s.name]] for s in attribution.speakers]
    statements = [[s.speaker, s.kind, s.start, s.end, s.paragraph, s.text] for s in attribution.statements]
    return (
        json.dumps(speakers, ensure_ascii=False, separators=(",", ":")),
        zlib.compress(json.dumps(statements, ensure_ascii=False, separators=(",", ":")).encode(), 6),
    )


def decode_statements(blob: bytes, speakers: Container[str] | None = None) -> tuple[Statement, ...]:
    """The statements of `encode_speech`; with `speakers`, only theirs (the others
    are never made into objects: a readout has many more than one person says)."""
    rows = json.loads(zlib.decompress(blob))
    return tuple(Statement(*fields) for fields in rows if speakers is None or fields[0] in speakers)


def _spoken(row: tuple) -> Spoken:
    *head, speakers = row
    return Spoken(*head, *_speakers(speakers))


@lru_cache(maxsize=4096)  # readouts of one series list the same people
def _speakers(encoded: str) -> tuple[tuple[Speaker, ...], tuple[int, ...]]:
    people = json.loads(encoded)
    return (
        tuple(Speaker(name, tuple(aliases), slot, role) for name, aliases, slot, role, _ in people),
        tuple(count for *_, count in people),
    )


def _key(path: str | Path) -> str | None:
    """A readout's row key: its absolute path, or None for a name that is not valid
    UTF-8 (SQLite text must be): such a readout is simply read afresh each time."""
    key = os.path.abspath(path)
    try:
        key.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return key


def decode_readout(blob: bytes, path: Path | None) -> Readout:
    return _readout(json.loads(zlib.decompress(blob)), path)


def _readout(data: dict, path: Path | None) -> Readout:
    title, body, date, source, source_url, participants, format, notes, error = data["document"]
    document = Document(
        path=path, title=title, body=body, date=date, source=source, source_url=source_url,
        participants=tuple(Participant(name, tuple(aliases), role) for name, aliases, role in participants),
        format=format, notes=tuple(notes), error=error,
    )
    attribution = Attribution(
        speakers=tuple(Speaker(name, tuple(aliases), slot, role) for name, aliases, slot, role in data["speakers"]),
        statements=tuple(
            Statement(speaker, kind, start, end, paragraph, body[start:end] if text is None else text)
            for speaker, kind, start, end, paragraph, text in data["statements"]
        ),
        mentions=tuple(Mention(speaker, start, end) for speaker, start, end in data["mentions"]),
    )
    return Readout(document, attribution)
