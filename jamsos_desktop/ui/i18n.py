"""Indonesian everywhere: the locale (numbers, dates, calendar popups) and a translator for
Qt's own strings — standard buttons, text-field context menus, wizard, file and progress
dialogs. Qt ships no qtbase_id, so `resources/translations/qtbase_id.ts` is ours; its
compiled `.qm` is committed (see `ui.compile_forms`) because a frozen build has no lrelease.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from jamsos_desktop.paths import resource

INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def install(app: QCoreApplication) -> QTranslator | None:
    QLocale.setDefault(INDONESIAN)
    translator = QTranslator(app)  # parented: lives as long as the application
    path = resource("translations", "qtbase_id.qm")
    if not translator.load(str(path)):
        return None
    app.installTranslator(translator)
    return translator
