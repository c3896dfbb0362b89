"""The roster search: its rules checked against a plain-Python reading of them, and the fast
paths (index-only counts, the first page, the whole list in a second step) against the
general query they stand in for."""

from __future__ import annotations

from typing import Any

import pytest

from jamsos_desktop.services import workers as ws
from jamsos_desktop.store import Store
from jamsos_desktop.store import workers as wq


def _rows(conn: Any) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(
        "SELECT id, name, nik, kpj, job_title, archived FROM workers")]


def _matches(row: dict[str, Any], text: str) -> bool:
    """The search rules of `store.workers.Search`, written out plainly."""
    parts = text.split()
    name = row["name"].lower()
    for word in parts:
        w = word.lower()
        if word.isascii() and word.isdigit():
            if not (row["nik"].startswith(word) or (row["kpj"] or "").startswith(word)):
                return False
        elif len(word) >= 3:
            fields = (row["name"], row["nik"], row["kpj"] or "", row["job_title"] or "")
            if not any(w in value.lower() for value in fields):
                return False
        elif len(parts) == 1:
            if not name.startswith(w):
                return False
        elif f" {w}" not in name:
            return False
    return True


def _expected(rows: list[dict[str, Any]], text: str, archived: bool = False,
              descending: bool = False) -> list[int]:
    hits = [r for r in rows if bool(r["archived"]) == archived and _matches(r, text)]
    hits.sort(key=lambda r: (r["name"].lower(), r["id"]), reverse=descending)
    return [r["id"] for r in hits]


@pytest.fixture
def roster(demo_store: Store) -> Store:
    """The 300-worker demo with KPJ numbers and a few archived workers."""
    conn = demo_store.conn
    archived = [int(r[0]) for r in conn.execute("SELECT id FROM workers ORDER BY id")][::25]
    ws.set_archived(demo_store, archived, True)
    return demo_store


def _queries(rows: list[dict[str, Any]]) -> list[str]:
    """Searches a clerk types, taken from the data: name words, their starts, job titles,
    NIK and KPJ prefixes, mixed words, wildcards that must stay text."""
    sample = rows[::17]
    out = {"", "a", "Si", "s", "zz", "%", "_", '"', "Guru", "guru hon", "1607", "16", "3273"}
    for r in sample:
        first, *rest = r["name"].split()
        out |= {first, first[:3], first[:2], first.lower()}
        if rest:
            out |= {f"{first} {rest[0][:1]}", f"{first} {rest[0][:2]}",
                    f"{rest[0]} {first}", rest[-1][1:5]}
        out |= {r["nik"][:4], r["nik"][:6], r["nik"][:10], r["nik"], r["nik"][4:12]}
        if r["kpj"]:
            out |= {r["kpj"][:3], r["kpj"], f"{first} {r['nik'][:6]}"}
        if r["job_title"]:
            out.add(r["job_title"].split()[0])
    return sorted(out)


def test_search_follows_its_rules_in_the_roster_and_the_archive(roster: Store) -> None:
    conn = roster.conn
    rows = _rows(conn)
    assert sum(r["archived"] for r in rows) == 12 and sum(bool(r["kpj"]) for r in rows) > 50
    queries = _queries(rows)
    assert len(queries) > 100
    for text in queries:
        for archived in (False, True):
            f = wq.WorkerFilter(search=text, archived=archived)
            expected = _expected(rows, text, archived)
            assert list(wq.select_ids(conn, f)) == expected, (text, archived)
            assert wq.count(conn, f) == len(expected), (text, archived)
            assert wq.roster_count(conn, f) == len(expected), (text, archived)
        desc = list(wq.select_ids(conn, wq.WorkerFilter(search=text), descending=True))
        assert desc == _expected(rows, text, descending=True), text


def test_digits_match_the_start_of_nik_or_kpj_only(roster: Store) -> None:
    conn = roster.conn
    row = conn.execute("SELECT id, nik, kpj FROM workers WHERE kpj IS NOT NULL "
                       "AND archived = 0 LIMIT 1").fetchone()
    for text in (row["nik"][:6], row["kpj"][:5], row["kpj"]):
        assert row["id"] in wq.select_ids(conn, wq.WorkerFilter(search=text))
    assert row["id"] not in wq.select_ids(conn, wq.WorkerFilter(search=row["nik"][3:9]))


@pytest.mark.parametrize("sort", ["name", "nik", "wage", "unit", "id"])
@pytest.mark.parametrize("descending", [False, True])
def test_roster_head_is_the_start_of_the_whole_list(
        roster: Store, monkeypatch: pytest.MonkeyPatch, sort: str, descending: bool) -> None:
    """With the whole-list threshold at 0 every query takes the fast first-page path; its
    count and rows must be exactly those of the general query."""
    conn = roster.conn
    monkeypatch.setattr(wq, "WHOLE_LIST_MAX", 0)
    walked = 0
    for text in _queries(_rows(conn))[::3]:
        f = wq.WorkerFilter(search=text)
        whole = wq.select_ids(conn, f, sort, descending)
        head = wq.roster_head(conn, f, sort, descending, rows=7)
        assert head.total == len(whole), text
        assert list(head.ids) == list(whole[:len(head.ids)]), text
        assert len(head.ids) in (0, min(7, len(whole))), text
        walked += bool(head.ids) and not head.complete
        assert list(wq.roster_ids(conn, f, sort, descending, expected=head.total)) \
            == list(whole), text
    # The index walk was taken (name or id order, broad matches) and only there.
    assert (walked > 0) == (sort in ("name", "id"))


def test_small_results_come_whole_at_once(roster: Store) -> None:
    conn = roster.conn
    f = wq.WorkerFilter(search="a")
    head = wq.roster_head(conn, f)
    assert head.complete and list(head.ids) == list(wq.select_ids(conn, f))


def test_archiving_moves_a_worker_out_of_the_search_index_and_back(roster: Store) -> None:
    conn = roster.conn
    row = conn.execute("SELECT id, name FROM workers WHERE archived = 0 LIMIT 1").fetchone()
    word = row["name"].split()[0]

    def found(archived: bool) -> bool:
        return row["id"] in wq.select_ids(conn, wq.WorkerFilter(search=word, archived=archived))

    assert found(False) and not found(True)
    ws.set_archived(roster, [row["id"]], True)
    assert not found(False) and found(True)
    ws.set_archived(roster, [row["id"]], False)
    assert found(False) and not found(True)
    conn.execute("INSERT INTO workers_fts(workers_fts, rank) VALUES ('integrity-check', 1)")


@pytest.mark.parametrize("text", [
    "1 " * 1_100,  # a pasted column of numbers
    " ".join(f"{n:016d}" for n in range(1_000)),  # a pasted list of NIKs
    "a " * 1_100,
    " ".join(f"kata{n}" for n in range(1_100)),
    "Siti\x00Aminah",  # a NUL pasted with the text
], ids=["numbers", "niks", "letters", "words", "nul"])
def test_pasted_long_or_odd_search_text_is_answered_or_refused_plainly(roster: Store,
                                                                       text: str) -> None:
    """Never a raw SQLite error ("Expression tree is too large", "unterminated string"):
    either an answer or a refusal the clerk can read."""
    from jamsos_desktop.errors import UserError

    conn = roster.conn
    for archived in (False, True):
        f = wq.WorkerFilter(search=text, archived=archived)
        try:
            whole = list(wq.select_ids(conn, f))
            assert wq.count(conn, f) == wq.roster_count(conn, f) == len(whole)
            assert wq.roster_head(conn, f).total == len(whole)
        except UserError as exc:
            assert exc.code == "search.too_long"


def test_repeated_search_words_count_once(roster: Store) -> None:
    conn = roster.conn
    word = conn.execute("SELECT name FROM workers WHERE archived = 0").fetchone()[0].split()[0]
    for archived in (False, True):
        once = list(wq.select_ids(conn, wq.WorkerFilter(search=word, archived=archived)))
        many = list(wq.select_ids(conn, wq.WorkerFilter(search=f"{word} " * 2_000,
                                                        archived=archived)))
        assert many == once
