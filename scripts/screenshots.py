"""Regenerate the screenshots in docs/screenshots/ (offscreen, demo data):

    python scripts/screenshots.py

(beranda.png belongs to the overview page's own script and is not redrawn here.)
Uses a fresh demo database (2,000 workers, seed 7) and fresh settings in a temporary folder,
so the pictures do not depend on anyone's data."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

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


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="jamsos-shots-"))
    os.environ["JAMSOS_DATA_DIR"] = str(tmp)
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    from jamsos_desktop.services.demo import create_demo
    from jamsos_desktop.store import open_store
    from jamsos_desktop.ui.app import make_application
    from jamsos_desktop.ui.enrollment_page import StatusDialog
    from jamsos_desktop.ui.first_run import FirstRunWizard
    from jamsos_desktop.ui.main_window import MainWindow

    app = make_application([sys.argv[0]])
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
    window = MainWindow(store)
    window.resize(*SIZE)
    window.show()

    def shot(key: str, name: str) -> None:
        window.show_page(key)
        wait(400)
        window.grab().save(str(OUT / f"{name}.png"))

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
