"""Workers: the roster table, its program memberships, enrollment events and queries.

Lists are never loaded whole: the roster view asks for the matching ids in order
(`select_ids`, a compact array) and fetches the visible rows by id (`fetch_rows`).
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from jamsos_desktop.errors import ConflictError, UserError
from jamsos_desktop.store.db import like_escape
from jamsos_desktop.store.migrations import (
    FTS_FEED,
    FTS_TRIGGER_NAMES,
    FTS_TRIGGERS,
    PROGRAM_TRIGGER_NAMES,
    PROGRAM_TRIGGERS,
    PROGRAMS_RECOMPUTE,
    rebuild_search,
    run_script,
)

WORKER_FIELDS = (
    "nik", "nik_valid", "name", "birth_place", "birth_date", "sex", "mother_name", "address",
    "phone", "marital_status", "category", "job_title", "unit_id", "wage", "start_date",
    "end_date", "participant_type", "funding_source", "kpj", "status", "proposed_at",
    "proposal_ref", "registered_at", "ended_at", "end_reason", "notes", "origin_office",
    "import_batch_id", "archived", "archived_at",
)

# Sortable columns of the roster view → SQL expression. Names sort case-insensitively.
SORT_KEYS = {
    "id": "w.id", "nik": "w.nik", "name": "w.name COLLATE NOCASE", "unit": "u.name COLLATE NOCASE",
    "category": "w.category", "job_title": "w.job_title COLLATE NOCASE", "wage": "w.wage",
    "status": "w.status", "kpj": "w.kpj", "birth_date": "w.birth_date",
    "participant_type": "w.participant_type", "start_date": "w.start_date",
    "updated_at": "w.updated_at",
}

# Kinds of "data bermasalah" (problem data) the roster can be filtered on.
PROBLEM_KINDS = ("nik_invalid", "wage_missing", "mother_missing", "nik_duplicate", "pension_age")


@dataclass(frozen=True)
class WorkerFilter:
    search: str = ""
    unit_ids: frozenset[int] | None = None  # already expanded to sub-units
    categories: frozenset[str] | None = None
    participant_type: str | None = None
    statuses: frozenset[str] | None = None
    program: str | None = None
    problems: frozenset[str] = field(default_factory=frozenset)  # any of PROBLEM_KINDS
    archived: bool = False  # False: active roster; True: the archive
    pension_cutoff: str | None = None  # ISO birth date on/before which pension age is reached


def _prefix_end(prefix: str) -> str:
    """The smallest text after every text that starts with `prefix` (for a range scan)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


SEARCH_WORDS_MAX = 50  # different words in the search box (a pasted text can hold more)


@dataclass(frozen=True)
class Search:
    """The roster's search box, word by word. Every word must match:
    - digits: the start of the NIK or the KPJ number (read from their indexes; a substring
      of a 16-digit NIK matched almost every worker of a regency and cost 0.3 s a keystroke);
    - other words of 3+ characters: anywhere in the name, NIK, KPJ or job title (trigram
      index, any order: "Aminah Siti" finds "Siti Aminah");
    - 1–2 other characters: the start of the name when typed alone ("S"), else the start
      of a later word of the name ("Siti S" → "Siti Sapitri").
    A repeated word counts once; more than SEARCH_WORDS_MAX different words are refused
    with a message (a pasted list of 1,000 NIKs made SQLite fail: "Expression tree is too
    large")."""

    numbers: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    alone: bool = False  # a single short word: a prefix of the whole name

    @classmethod
    def parse(cls, text: str) -> Search:
        # A NUL would end the text for FTS5's query parser ("unterminated string").
        tokens = text.replace("\x00", " ").split()
        alone = len(tokens) == 1
        parts = list(dict.fromkeys(tokens))  # a repeated word narrows nothing further
        if len(parts) > SEARCH_WORDS_MAX:  # each is a clause: SQLite refuses ~1,000 of them
            raise UserError(f"Teks pencarian terlalu panjang: paling banyak "
                            f"{SEARCH_WORDS_MAX} kata. Persingkat teks pencarian.",
                            code="search.too_long")
        numbers = tuple(w for w in parts if w.isascii() and w.isdigit())
        rest = [w for w in parts if not (w.isascii() and w.isdigit())]
        words = tuple(w for w in rest if len(w) >= 3)
        short = tuple(w for w in rest if len(w) < 3)
        return cls(numbers, words, short, alone=alone and bool(short))

    @property
    def fts_query(self) -> str:
        return " AND ".join('"' + w.replace('"', '""') + '"' for w in self.words)


def _search_clauses(s: Search, archived: bool) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for number in s.numbers:
        clauses.append("((w.nik >= ? AND w.nik < ?) OR (w.kpj >= ? AND w.kpj < ?))")
        params += [number, _prefix_end(number)] * 2
    if s.words and not archived:
        clauses.append("w.id IN (SELECT rowid FROM workers_fts WHERE workers_fts MATCH ?)")
        params.append(s.fts_query)
    elif s.words:  # the search index holds the active roster; the archive is small
        for word in s.words:
            like = "%" + like_escape(word) + "%"
            clauses.append("(w.name LIKE ? ESCAPE '\\' OR w.job_title LIKE ? ESCAPE '\\' "
                           "OR w.nik LIKE ? ESCAPE '\\' OR w.kpj LIKE ? ESCAPE '\\')")
            params += [like] * 4
    for word in s.short:
        clauses.append("w.name LIKE ? ESCAPE '\\'")
        params.append(("" if s.alone else "% ") + like_escape(word) + "%")
    return clauses, params


def _where(f: WorkerFilter) -> tuple[str, list[Any]]:
    # A literal, not a parameter: the partial indexes (`WHERE archived = 0/1`) need to see it.
    clauses = [f"w.archived = {1 if f.archived else 0}"]
    params: list[Any] = []
    search_sql, search_params = _search_clauses(Search.parse(f.search), f.archived)
    clauses += search_sql
    params += search_params
    if f.unit_ids is not None:
        clauses.append(f"w.unit_id IN ({','.join(str(int(i)) for i in f.unit_ids) or 'NULL'})")
    if f.categories is not None:
        clauses.append(f"w.category IN ({','.join('?' for _ in f.categories) or 'NULL'})")
        params += sorted(f.categories)
    if f.participant_type:
        clauses.append("w.participant_type = ?")
        params.append(f.participant_type)
    if f.statuses is not None:
        clauses.append(f"w.status IN ({','.join('?' for _ in f.statuses) or 'NULL'})")
        params += sorted(f.statuses)
    if f.program:
        clauses.append("EXISTS (SELECT 1 FROM worker_programs p "
                       "WHERE p.worker_id = w.id AND p.program = ?)")
        params.append(f.program)
    problem_sql = []
    for kind in sorted(f.problems):
        if kind == "nik_invalid":
            problem_sql.append("w.nik_valid = 0")
        elif kind == "wage_missing":
            problem_sql.append("(w.wage IS NULL OR w.wage = 0)")
        elif kind == "mother_missing":
            problem_sql.append("(w.mother_name IS NULL OR trim(w.mother_name) = '')")
        elif kind == "nik_duplicate":
            problem_sql.append("w.nik IN (SELECT nik FROM workers WHERE archived = 0 "
                               "GROUP BY nik HAVING count(*) > 1)")
        elif kind == "pension_age" and f.pension_cutoff:
            problem_sql.append("(w.birth_date IS NOT NULL AND w.birth_date <= ?)")
            params.append(f.pension_cutoff)
    if problem_sql:
        clauses.append("(" + " OR ".join(problem_sql) + ")")
    return " AND ".join(clauses), params


def select_ids(conn: sqlite3.Connection, f: WorkerFilter, sort: str = "name",
               descending: bool = False, *, scan: bool = False) -> array:
    """Matching worker ids in display order, as a compact int64 array (8 bytes a row).
    `scan`: read the table in one pass instead of through an index (most rows match)."""
    order = SORT_KEYS.get(sort, SORT_KEYS["name"])
    direction = "DESC" if descending else "ASC"
    where, params = _where(f)
    join = "JOIN units u ON u.id = w.unit_id " if sort == "unit" else ""
    hint = "NOT INDEXED " if scan else ""
    return _id_array(conn, f"SELECT w.id FROM workers w {hint}{join}WHERE {where} "
                     f"ORDER BY {order} {direction}, w.id {direction}", params)


def count(conn: sqlite3.Connection, f: WorkerFilter) -> int:
    where, params = _where(f)
    return int(conn.execute(f"SELECT count(*) FROM workers w WHERE {where}", params).fetchone()[0])


def fetch_rows(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """Display rows for the given ids (unit name and program list joined in)."""
    if not ids:
        return {}
    marks = ",".join(str(int(i)) for i in ids)
    rows = conn.execute(
        "SELECT w.*, u.name AS unit_name, u.code AS unit_code, u.risk_class AS risk_class "
        f"FROM workers w JOIN units u ON u.id = w.unit_id WHERE w.id IN ({marks})")
    return {int(r["id"]): dict(r) for r in rows}


def get_worker(conn: sqlite3.Connection, worker_id: int) -> dict[str, Any] | None:
    rows = fetch_rows(conn, [worker_id])
    return rows.get(worker_id)


def programs_of(conn: sqlite3.Connection, worker_id: int) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT program FROM worker_programs WHERE worker_id = ? ORDER BY program", (worker_id,))]


def insert_worker(conn: sqlite3.Connection, values: dict[str, Any], programs: Iterable[str],
                  now: str) -> int:
    data = {k: values[k] for k in WORKER_FIELDS if k in values}
    cols = ", ".join([*data, "created_at", "updated_at"])
    marks = ", ".join("?" for _ in range(len(data) + 2))
    try:
        cur = conn.execute(f"INSERT INTO workers ({cols}) VALUES ({marks})",
                           (*data.values(), now, now))
    except sqlite3.IntegrityError as exc:
        raise UserError(f"Data pegawai tidak dapat disimpan: {_integrity_message(exc)}",
                        code="worker.integrity") from exc
    worker_id = int(cur.lastrowid or 0)
    set_programs(conn, worker_id, programs, since=data.get("registered_at"))
    return worker_id


def update_worker(conn: sqlite3.Connection, worker_id: int, version: int | None,
                  changes: dict[str, Any], now: str,
                  programs: Iterable[str] | None = None) -> dict[str, Any]:
    """Apply `changes`; refuse with ConflictError if the row's version moved since it was read
    (`version=None` skips the check: internal bulk paths that hold the write lock).
    Returns the old values of the changed fields (for the audit trail and undo)."""
    old = conn.execute("SELECT * FROM workers WHERE id = ?", (worker_id,)).fetchone()
    if old is None:
        raise ConflictError("Data pegawai ini sudah tidak ada (mungkin dihapus pengguna lain).")
    if version is not None and int(old["version"]) != version:
        raise ConflictError()
    data = {k: v for k, v in changes.items() if k in WORKER_FIELDS and old[k] != v}
    before = {k: old[k] for k in data}
    if programs is not None:
        current = set(programs_of(conn, worker_id))
        wanted = set(programs)
        if current != wanted:
            before["programs"] = ",".join(sorted(current))
            set_programs(conn, worker_id, wanted, since=changes.get("registered_at"))
    if data or programs is not None:
        sets = "".join(f"{k} = ?, " for k in data)
        try:
            conn.execute(f"UPDATE workers SET {sets}updated_at = ?, version = version + 1 "
                         "WHERE id = ?", (*data.values(), now, worker_id))
        except sqlite3.IntegrityError as exc:
            raise UserError(f"Perubahan tidak dapat disimpan: {_integrity_message(exc)}",
                            code="worker.integrity") from exc
    return before


def set_programs(conn: sqlite3.Connection, worker_id: int, programs: Iterable[str],
                 since: str | None = None) -> None:
    wanted = set(programs)
    # ("x NOT IN (NULL)" is never true, so the empty set needs its own statement.)
    if wanted:
        conn.execute("DELETE FROM worker_programs WHERE worker_id = ? AND program NOT IN "
                     f"({','.join('?' for _ in wanted)})", (worker_id, *sorted(wanted)))
    else:
        conn.execute("DELETE FROM worker_programs WHERE worker_id = ?", (worker_id,))
    conn.executemany("INSERT OR IGNORE INTO worker_programs (worker_id, program, since) "
                     "VALUES (?, ?, ?)", [(worker_id, p, since) for p in sorted(wanted)])


def add_event(conn: sqlite3.Connection, worker_id: int, at: str, from_status: str | None,
              to_status: str, *, effective_date: str | None = None,
              reference: str | None = None, note: str | None = None,
              user: str | None = None) -> None:
    conn.execute(
        "INSERT INTO enrollment_events (worker_id, at, effective_date, from_status, to_status, "
        "reference, note, user) VALUES (?,?,?,?,?,?,?,?)",
        (worker_id, at, effective_date, from_status, to_status, reference, note, user))


def events_of(conn: sqlite3.Connection, worker_id: int) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(
        "SELECT * FROM enrollment_events WHERE worker_id = ? ORDER BY at, id", (worker_id,))]


def find_by_nik(conn: sqlite3.Connection, nik: str, *, exclude_id: int | None = None,
                include_archived: bool = True) -> list[dict[str, Any]]:
    sql = ("SELECT w.id, w.nik, w.name, w.archived, w.unit_id, u.name AS unit_name "
           "FROM workers w JOIN units u ON u.id = w.unit_id WHERE w.nik = ?")
    params: list[Any] = [nik]
    if exclude_id is not None:
        sql += " AND w.id != ?"
        params.append(exclude_id)
    if not include_archived:
        sql += " AND w.archived = 0"
    return [dict(r) for r in conn.execute(sql + " ORDER BY w.id", params)]


def delete_workers(conn: sqlite3.Connection, ids: Sequence[int]) -> int:
    marks = ",".join(str(int(i)) for i in ids) or "NULL"
    return conn.execute(f"DELETE FROM workers WHERE id IN ({marks})").rowcount


def status_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {r[0]: int(r[1]) for r in conn.execute(
        "SELECT status, count(*) FROM workers WHERE archived = 0 GROUP BY status")}


def archived_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM workers WHERE archived = 1").fetchone()[0])


def next_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM workers").fetchone()[0])


def bulk_insert(conn: sqlite3.Connection, columns: Sequence[str], rows: Iterable[Sequence[Any]],
                programs: Iterable[tuple[int, str, str | None]], *,
                defaults: Mapping[str, str] | None = None) -> None:
    """Insert many workers with explicit ids (`columns` must start with "id") and their
    program rows, in the caller's transaction, with `executemany` (15x faster than
    sqlite-utils' insert_all on 100k rows). A column in `defaults` takes that text where a
    row gives None or "" (executemany passes NULL explicitly, which the column's DEFAULT
    would not replace); columns left out get their DEFAULT."""
    unknown = set(columns) - {"id", "created_at", "updated_at", "programs", *WORKER_FIELDS}
    if unknown or columns[0] != "id":
        raise ValueError(f"bad columns: {unknown or columns}")
    defaults = defaults or {}
    marks = ",".join(f"coalesce(nullif(?, ''), {_literal(defaults[c])})" if c in defaults
                     else "?" for c in columns)
    conn.executemany(f"INSERT INTO workers ({','.join(columns)}) VALUES ({marks})", rows)
    conn.executemany("INSERT INTO worker_programs (worker_id, program, since) VALUES (?,?,?)",
                     programs)


def _literal(text: str) -> str:
    """An SQL text literal (the defaults are the program's own constants)."""
    return "'" + str(text).replace("'", "''") + "'"


BULK_CACHE_KIB = 64 * 1024  # page cache while loading: a 100k-row batch stays in memory


@contextmanager
def _load_cache(conn: sqlite3.Connection) -> Iterator[None]:
    """A bigger page cache for the length of a load (fewer pages spilled to the WAL before
    the commit), given back afterwards."""
    old = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {old}")


@contextmanager
def bulk_load(conn: sqlite3.Connection) -> Iterator[None]:
    """For big loads inside one transaction: drop the search triggers and the secondary
    indexes of the worker tables, then rebuild each once at the end — many times faster than
    maintaining them row by row. The index definitions are read back from the schema, so
    this follows whatever the migrations created. A failure rolls back with the caller's
    transaction: neither half is left behind.

    The rebuild reads the whole table (100k rows into an empty table: ~1 s; into a table of
    1M: ~20 s): for a batch small next to the table use `batch_load`."""
    if not conn.in_transaction:
        raise RuntimeError("bulk_load needs an open transaction")
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN ('workers', 'worker_programs')").fetchall()
    with _load_cache(conn):
        for name in (*FTS_TRIGGER_NAMES, *PROGRAM_TRIGGER_NAMES):
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        for name, _ in indexes:
            conn.execute(f"DROP INDEX {name}")
        yield
        for _, sql in indexes:
            conn.execute(sql)
        conn.execute(PROGRAMS_RECOMPUTE)  # rows the caller did not give a `programs` value
        rebuild_search(conn)
        run_script(conn, FTS_TRIGGERS + PROGRAM_TRIGGERS)


@contextmanager
def batch_load(conn: sqlite3.Connection, first_id: int) -> Iterator[None]:
    """For appending new workers (ids from `first_id` up) to a table that already holds
    many: the secondary indexes stay and are maintained per row (cost grows with the batch,
    not the table); only the per-row search and program-list triggers are dropped — a row
    trigger into the trigram index costs ~70 µs a row, one INSERT … SELECT for the batch a
    tenth of that. At the end the new rows go into the search index in one statement, rows
    inserted without a `programs` value get theirs, and the triggers come back.

    Inside the block, only insert new workers (and their program rows): an update or delete
    of an older worker would not reach the search index."""
    if not conn.in_transaction:
        raise RuntimeError("batch_load needs an open transaction")
    with _load_cache(conn):
        for name in (*FTS_TRIGGER_NAMES, *PROGRAM_TRIGGER_NAMES):
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        yield
        conn.execute(PROGRAMS_RECOMPUTE + " AND id >= ?", (first_id,))
        conn.execute(FTS_FEED + " WHERE id >= ?", (first_id,))
        run_script(conn, FTS_TRIGGERS + PROGRAM_TRIGGERS)


def insert_listed_programs(conn: sqlite3.Connection, first_id: int, last_id: int,
                           programs: Iterable[str]) -> None:
    """The membership rows (worker, program, since = registered_at) of the workers with ids
    `first_id`…`last_id`, read from their own `programs` list: the same rows `bulk_insert`
    writes from tuples, without a Python tuple each. The lists must hold only the codes in
    `programs` (the canonical text the importer writes); another code raises ValueError
    before anything is written."""
    allowed = set(programs)
    lists = [str(r[0]) for r in conn.execute(
        "SELECT DISTINCT programs FROM workers WHERE id BETWEEN ? AND ? AND programs != ''",
        (first_id, last_id))]
    pairs = [(text, code) for text in sorted(lists) for code in sorted(text.split(","))]
    unknown = {code for _text, code in pairs} - allowed
    if unknown:
        raise ValueError(f"unknown program codes: {sorted(unknown)}")
    if not pairs:
        return
    # A batch holds a handful of distinct lists ("jkk,jkm", "jkk,jkm,jht"): each worker is
    # joined by equality with its list's codes, in sorted order, with the workers as the
    # outer loop (CROSS JOIN fixes the loop order in SQLite). The rows then come out in
    # primary-key order (worker, program) and append to the b-tree with no sorter. About
    # 40% faster than testing every code against each list with instr() (100k workers).
    listed = ",".join("(?,?)" for _ in pairs)
    conn.execute("INSERT INTO worker_programs (worker_id, program, since) "
                 f"SELECT w.id, p.column2, w.registered_at FROM workers w "
                 f"CROSS JOIN (VALUES {listed}) p "
                 "WHERE w.id BETWEEN ? AND ? AND p.column1 = w.programs",
                 (*(x for pair in pairs for x in pair), first_id, last_id))


def budget_groups(conn: sqlite3.Connection, f: WorkerFilter) -> list[tuple[Any, ...]]:
    """Workers aggregated by what their contribution depends on. The birth date only matters
    for JP members (pension age), so it is grouped on for them alone: 1M workers fold into a
    few thousand groups. Rows: unit_id, participant_type, risk_class, wage, programs, jp_birth,
    count. Workers in no program are left out (nothing to pay)."""
    where, params = _where(f)
    # Group the workers alone (the covering index workers_budget serves it), then attach the
    # unit's risk class to the few thousand groups.
    sql = f"""
        SELECT g.unit_id, g.participant_type, u.risk_class, g.wage, g.programs, g.jp_birth, g.n
        FROM (SELECT w.unit_id, w.participant_type, coalesce(w.wage, 0) AS wage, w.programs,
                     CASE WHEN instr(w.programs, 'jp') THEN w.birth_date END AS jp_birth,
                     count(*) AS n
              FROM workers w
              WHERE {where} AND w.programs != ''
              GROUP BY 1, 2, 3, 4, 5) g
        JOIN units u ON u.id = g.unit_id"""
    cur = conn.cursor()
    cur.row_factory = None
    return cur.execute(sql, params).fetchall()


def _integrity_message(exc: sqlite3.IntegrityError) -> str:
    text = str(exc)
    if "FOREIGN KEY" in text:
        return "unit kerja yang dipilih tidak ada."
    if "CHECK" in text:
        return "ada nilai di luar pilihan yang sah."
    if "NOT NULL" in text:
        field = text.rsplit(".", 1)[-1]
        return f"kolom '{field}' wajib diisi."
    return text


def _plain(f: WorkerFilter) -> bool:
    """The active roster narrowed by the search box alone (no other filter)."""
    return f == WorkerFilter(search=f.search, pension_cutoff=f.pension_cutoff)


def roster_ids(conn: sqlite3.Connection, f: WorkerFilter, sort: str = "name",
               descending: bool = False, expected: int | None = None) -> array:
    """`select_ids` for the roster view. The whole active roster in NIK or id order comes
    from the NIK index / the table's key, and the few archived ids are dropped afterwards
    (reading each row's `archived` flag would cost ~2 s on 1M rows). In name order the
    partial index of active names already serves it alone.

    `expected` (the count, when known): a number prefix matching a tenth of the table or
    more is read by one pass over the table, not through the NIK/KPJ indexes row by row
    (~1.1 s instead of ~3.4 s for 944k of 1M workers; SQLite cannot tell the two apart)."""
    if sort in ("nik", "id") and _plain(f) and not f.search.strip():
        direction = "DESC" if descending else "ASC"
        hint = "INDEXED BY workers_nik " if sort == "nik" else ""
        ids = _id_array(conn, f"SELECT w.id FROM workers w {hint}"
                        f"ORDER BY {SORT_KEYS[sort]} {direction}, w.id {direction}", [])
        archived = {int(r[0]) for r in conn.execute(
            "SELECT id FROM workers INDEXED BY workers_archived WHERE archived = 1")}
        if archived:
            ids = array("q", (i for i in ids if i not in archived))
        return ids
    if expected and Search.parse(f.search).numbers:
        size = next_id(conn) - 1  # max(id): at least the rows held, O(1)
        if expected * 10 >= size:
            return select_ids(conn, f, sort, descending, scan=True)
    return select_ids(conn, f, sort, descending)


HEAD_ROWS = 200  # the first page the roster shows while the whole ordered list is read
WHOLE_LIST_MAX = 20_000  # up to this many matches the whole ordered list is cheap (< ~40 ms)


@dataclass(frozen=True)
class RosterHead:
    """What the roster shows at once: the number of matches and the first rows in display
    order (all of them when `complete`)."""

    total: int
    ids: array

    @property
    def complete(self) -> bool:
        return len(self.ids) >= self.total


def roster_count(conn: sqlite3.Connection, f: WorkerFilter) -> int:
    """`count`, read from indexes alone for the searches typed most (no row reads)."""
    if _plain(f):
        s = Search.parse(f.search)
        if not (s.words or s.numbers or s.short):
            return int(conn.execute(
                "SELECT (SELECT count(*) FROM workers) - (SELECT count(*) FROM workers "
                "INDEXED BY workers_archived WHERE archived = 1)").fetchone()[0])
        if s.words and not s.numbers and not s.short:
            return int(conn.execute("SELECT count(*) FROM workers_fts WHERE workers_fts "
                                    "MATCH ?", (s.fts_query,)).fetchone()[0])
        if len(s.numbers) == 1 and not s.words and not s.short:
            start = s.numbers[0]
            end = _prefix_end(start)
            # NIK matches + KPJ matches whose NIK does not match − archived matches.
            return int(conn.execute(
                "SELECT (SELECT count(*) FROM workers INDEXED BY workers_nik "
                "        WHERE nik >= :a AND nik < :b)"
                " + (SELECT count(*) FROM workers INDEXED BY workers_kpj "
                "    WHERE kpj >= :a AND kpj < :b AND NOT (nik >= :a AND nik < :b))"
                " - (SELECT count(*) FROM workers INDEXED BY workers_archived "
                "    WHERE archived = 1 AND ((nik >= :a AND nik < :b) "
                "                            OR (kpj >= :a AND kpj < :b)))",
                {"a": start, "b": end}).fetchone()[0])
    return count(conn, f)


def roster_head(conn: sqlite3.Connection, f: WorkerFilter, sort: str = "name",
                descending: bool = False, rows: int | None = None) -> RosterHead:
    """The count and first page of a roster query, fast enough for every keystroke: a small
    result is read whole; a broad one in name or id order walks that order's index (or the
    table) until `rows` match (≥ 2% of the roster match, so a few thousand entries); in
    another order the first page waits for `roster_ids`."""
    rows = HEAD_ROWS if rows is None else rows
    total = roster_count(conn, f)
    if total <= WHOLE_LIST_MAX:
        ids = roster_ids(conn, f, sort, descending)
        return RosterHead(len(ids), ids)
    size = next_id(conn) - 1  # max(id): at least the rows held, O(1)
    if sort not in _WALKS or f.archived or total * 50 < size:
        return RosterHead(total, array("q"))
    direction = "DESC" if descending else "ASC"
    where, params = _where(f)
    return RosterHead(total, _id_array(
        conn, f"SELECT w.id FROM workers w {_WALKS[sort]} WHERE {where} "
        f"ORDER BY {SORT_KEYS[sort]} {direction}, w.id {direction} LIMIT {int(rows)}",
        params))


# Orders whose first rows can be read by walking an index (or the table) in that order. Not
# NIK: a number search matches a NIK range in the middle of the NIK index, and the walk
# would read every row before it (~0.1 s).
_WALKS = {"name": "INDEXED BY workers_name", "id": "NOT INDEXED"}


def _id_array(conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> array:
    # Plain tuples: the connection's sqlite3.Row factory costs ~0.5 s per million rows.
    cur = conn.cursor()
    cur.row_factory = None
    cur.execute(sql, params)
    ids = array("q")
    while chunk := cur.fetchmany(50_000):
        ids.extend(r[0] for r in chunk)
    return ids


def versions_of(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, int]:
    """Current row versions, so undo can tell whether someone changed a row since."""
    if not ids:
        return {}
    marks = ",".join(str(int(i)) for i in ids)
    return {int(r[0]): int(r[1]) for r in conn.execute(
        f"SELECT id, version FROM workers WHERE id IN ({marks})")}


def field_values(conn: sqlite3.Connection, ids: Sequence[int],
                 fields: Sequence[str]) -> dict[int, dict[str, Any]]:
    """Selected stored fields of some workers (the "before" picture of a bulk change)."""
    cols = [c for c in fields if c in WORKER_FIELDS]
    if not ids or not cols:
        return {}
    marks = ",".join(str(int(i)) for i in ids)
    return {int(r["id"]): {c: r[c] for c in cols} for r in conn.execute(
        f"SELECT id, {', '.join(cols)} FROM workers WHERE id IN ({marks})")}
