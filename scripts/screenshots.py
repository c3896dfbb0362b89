"""Regenerate every screenshot in docs/screenshots/ (offscreen, demo data) in one run:

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py

Writes wizard, beranda, pegawai, pegawai-cari, unit-kerja, kepesertaan, status, anggaran,
dokumen, dokumen-register, impor-ekspor, pengaturan, pengaturan-keamanan, editor-baru,
editor-pekerjaan, editor-riwayat and panduan (.png): every picture README.md and docs/*.md show.

Uses a fresh demo database (2,000 workers, seed 7) and fresh settings in a temporary folder
with a fixed name (the status bar shows the database path; a fixed path keeps a rerun
identical), so the pictures do not depend on anyone's data. Background queries and tasks
run inline (as in tests/ui/conftest.py), so no page is caught half-loaded. The demo has no
coverage history, so five earlier monthly snapshots with fewer enrolled workers are written
for Beranda's trend chart: illustrative figures, like the rest of the demo."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)


def wait(ms: int) -> None:
    # QEventLoop + timer: PySide6 6.12's processEvents()/qWait() leak a reference to None
    # per call and crash a long loop ("deallocating None").
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def demo_history(store: Any, months: int = 5) -> None:
    """This month's coverage snapshot, and `months` earlier ones in which a growing share of
    today's enrolled workers was still proposed or not yet proposed."""
    from jamsos_desktop.services import coverage as cs
    from jamsos_desktop.store import now_iso
    from jamsos_desktop.store.coverage import replace_snapshot

    cov = cs.record_snapshot(store)
    today = date.today()
    for back in range(months, 0, -1):
        year, month = divmod(today.year * 12 + today.month - 1 - back, 12)
        rows: list[tuple[Any, ...]] = []
        total = [0, 0, 0, 0, 0]
        for uid, r in sorted(cov.own.items()):
            earlier = round(r.enrolled * 0.03 * back)  # enrolled since that month
            enrolled = r.enrolled - earlier
            proposed = r.proposed + earlier // 2
            values = [r.workers, enrolled, proposed, r.workers - enrolled - proposed,
                      r.monthly_contribution * enrolled // max(r.enrolled, 1)]
            rows.append((uid, *values))
            total = [a + b for a, b in zip(total, values, strict=True)]
        rows.append((None, *total))
        with store.tx():
            replace_snapshot(store.conn, f"{year:04d}-{month + 1:02d}", now_iso(), rows)


def main() -> int:
    tmp = Path(tempfile.gettempdir()) / "jamsos-screenshots"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    os.environ["JAMSOS_DATA_DIR"] = str(tmp)
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    from PySide6.QtCore import Qt

    from jamsos_desktop.services.demo import create_demo
    from jamsos_desktop.store import open_store
    from jamsos_desktop.ui import background, tasks
    from jamsos_desktop.ui.app import make_application
    from jamsos_desktop.ui.enrollment_page import StatusDialog
    from jamsos_desktop.ui.first_run import FirstRunWizard
    from jamsos_desktop.ui.main_window import MainWindow

    app = make_application([sys.argv[0]])
    # inline, as in tests/ui/conftest.py: a shot never catches "Memuat…" or a progress dialog
    background.QUERIES_SYNCHRONOUS = True
    tasks.TASKS_SYNCHRONOUS = True
    OUT.mkdir(parents=True, exist_ok=True)

    empty = open_store(tmp / "kosong.db")
    wizard = FirstRunWizard(empty)
    wizard.show()
    wizard.next()
    page = wizard.pemda_page
    page.ui.levelCombo.setCurrentIndex(page.ui.levelCombo.findData("kabupaten"))
    page.set_region("16.07")
    page.ui.officeEdit.setText("Badan Pengelolaan Keuangan dan Aset Daerah")
    page.ui.cityEdit.setText("Pangkalan Balai")
    wait(200)
    wizard.grab().save(str(OUT / "wizard.png"))
    wizard.close()
    empty.close()

    store = open_store(tmp / "demo.db")
    create_demo(store, workers=2000, seed=7)
    demo_history(store)
    window = MainWindow(store)
    window.resize(*SIZE)
    window.show()
    window.refresh_counts()  # the status bar's figures, without waiting for their timer

    def shot(key: str, name: str) -> Any:
        page = window.show_page(key)
        wait(400)
        window.grab().save(str(OUT / f"{name}.png"))
        return page

    shot("beranda", "beranda")
    shot("pegawai", "pegawai")
    roster = window.page("pegawai")
    roster.view.ui.searchEdit.setText("Siti")  # type: ignore[union-attr]
    roster.view.ui.problemCombo.setCurrentIndex(  # type: ignore[union-attr]
        roster.view.ui.problemCombo.findData("all"))  # type: ignore[union-attr]
    wait(400)
    window.grab().save(str(OUT / "pegawai-cari.png"))
    roster.view.reset_filters()  # type: ignore[union-attr]
    shot("unit", "unit-kerja")
    shot("kepesertaan", "kepesertaan")
    enrollment = window.page("kepesertaan")
    table = enrollment.view.ui.table  # type: ignore[union-attr]
    table.selectRow(0)
    ids = enrollment.view.selected_ids()  # type: ignore[union-attr]
    from jamsos_desktop.domain.enums import EnrollmentStatus
    from jamsos_desktop.store import workers as wq

    dialog = StatusDialog(EnrollmentStatus.TERDAFTAR, list(wq.fetch_rows(store.conn,
                                                                        ids).values()),
                          len(ids), window)
    dialog.show()
    wait(200)
    dialog.grab().save(str(OUT / "status.png"))
    dialog.close()
    shot("pengaturan", "pengaturan")

    # a worker whose NIK disagrees with the typed birth date, and a duplicate NIK
    dup = wq.fetch_rows(store.conn, [12])[12]
    editor = window.open_editor(None)
    editor.resize(1000, 720)
    editor.ui.nikEdit.setText(dup["nik"])
    editor.ui.nikEdit.textEdited.emit(dup["nik"])
    editor.ui.nameEdit.setText("Rina Marlina")
    editor.ui.nameEdit.textEdited.emit("Rina Marlina")
    editor.ui.motherEdit.setText("Siti Aminah")
    editor.ui.wageEdit.setText("Rp2.500.000")
    editor.ui.birthDateEdit.setText("01-01-1991")
    editor.ui.birthDateEdit.textEdited.emit("01-01-1991")
    editor.validate()
    wait(300)
    editor.grab().save(str(OUT / "editor-baru.png"))
    editor.close()
    editor = window.open_editor(25)
    editor.resize(1000, 720)
    editor.ui.tabs.setCurrentIndex(1)
    wait(300)
    editor.grab().save(str(OUT / "editor-pekerjaan.png"))
    editor.ui.tabs.setCurrentIndex(3)
    wait(200)
    editor.grab().save(str(OUT / "editor-riwayat.png"))
    editor.close()
    # Anggaran: two saved scenarios, the second computed (APBD next year, JHT for honorer
    # workers, wages up 5 % from April)
    budget = window.show_page("anggaran")
    year = budget.year.value()  # type: ignore[attr-defined]
    budget.save_current(f"APBD {year} (sesuai data)")  # type: ignore[attr-defined]
    honorer = budget.program_combos["honorer"]  # type: ignore[attr-defined]
    honorer.setCurrentIndex(honorer.findText("JKK + JKM + JHT"))
    budget.raise_on.setChecked(True)  # type: ignore[attr-defined]
    budget.raise_kind.setCurrentIndex(0)  # type: ignore[attr-defined]
    budget.raise_percent.setValue(5.0)  # type: ignore[attr-defined]
    budget.raise_month.setCurrentIndex(3)  # type: ignore[attr-defined]
    name = f"APBD {year} + JHT honorer, upah naik 5 %"
    budget.save_current(name)  # type: ignore[attr-defined]
    scenarios = budget.scenario_list  # type: ignore[attr-defined]
    scenarios.setCurrentItem(scenarios.findItems(name, Qt.MatchFlag.MatchExactly)[0])
    budget.load_selected()  # type: ignore[attr-defined]
    shot("anggaran", "anggaran")

    # Dokumen: the draft of a proposal letter (no number used, no status changed)
    documents = window.show_page("dokumen")
    documents.kind.setCurrentIndex(documents.kind.findData("usulan"))  # type: ignore[attr-defined]
    documents.mark.setChecked(False)  # type: ignore[attr-defined]
    documents.preview()  # type: ignore[attr-defined]
    shot("dokumen", "dokumen")
    # ... issued: numbered, in the register, its printed code checked
    documents.issue()  # type: ignore[attr-defined]
    code = documents.register.item(0, 8).text()  # type: ignore[attr-defined]
    documents.verify_input.setText(code)  # type: ignore[attr-defined]
    documents.check_authenticity(code)  # type: ignore[attr-defined]
    documents.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    shot("dokumen", "dokumen-register")

    shot("impor", "impor-ekspor")

    # Keamanan dan Cadangan: the day's first automatic backup and a manual one
    from jamsos_desktop.services import backup

    backup.auto_snapshot(store, "mulai")
    backup.snapshot(store, "manual")
    settings = window.show_page("pengaturan")
    settings.setCurrentIndex(1)  # type: ignore[attr-defined]
    security = settings.widget(1)  # type: ignore[attr-defined]
    security.refresh()
    security.setCurrentWidget(security.backups_tab)
    shot("pengaturan", "pengaturan-keamanan")
    settings.setCurrentIndex(0)  # type: ignore[attr-defined]

    window.show_guide()
    window.guide.resize(900, 700)  # type: ignore[attr-defined]
    wait(300)
    window.guide.grab().save(str(OUT / "panduan.png"))  # type: ignore[attr-defined]
    window.close()
    store.close()
    del app
    print(f"Tangkapan layar disimpan di {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
