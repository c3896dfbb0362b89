# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_export_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ImportExportPage(object):
    def setupUi(self, ImportExportPage):
        if not ImportExportPage.objectName():
            ImportExportPage.setObjectName(u"ImportExportPage")
        ImportExportPage.resize(1000, 640)
        self.mainLayout = QVBoxLayout(ImportExportPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(ImportExportPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.importBox = QGroupBox(ImportExportPage)
        self.importBox.setObjectName(u"importBox")
        self.importLayout = QHBoxLayout(self.importBox)
        self.importLayout.setObjectName(u"importLayout")
        self.importButton = QPushButton(self.importBox)
        self.importButton.setObjectName(u"importButton")

        self.importLayout.addWidget(self.importButton)

        self.consolidateButton = QPushButton(self.importBox)
        self.consolidateButton.setObjectName(u"consolidateButton")

        self.importLayout.addWidget(self.consolidateButton)

        self.reconcileButton = QPushButton(self.importBox)
        self.reconcileButton.setObjectName(u"reconcileButton")

        self.importLayout.addWidget(self.reconcileButton)

        self.importSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.importLayout.addItem(self.importSpacer)


        self.mainLayout.addWidget(self.importBox)

        self.exportBox = QGroupBox(ImportExportPage)
        self.exportBox.setObjectName(u"exportBox")
        self.exportLayout = QHBoxLayout(self.exportBox)
        self.exportLayout.setObjectName(u"exportLayout")
        self.exportRosterButton = QPushButton(self.exportBox)
        self.exportRosterButton.setObjectName(u"exportRosterButton")

        self.exportLayout.addWidget(self.exportRosterButton)

        self.exportBpjsButton = QPushButton(self.exportBox)
        self.exportBpjsButton.setObjectName(u"exportBpjsButton")

        self.exportLayout.addWidget(self.exportBpjsButton)

        self.viewFilterCheck = QCheckBox(self.exportBox)
        self.viewFilterCheck.setObjectName(u"viewFilterCheck")

        self.exportLayout.addWidget(self.viewFilterCheck)

        self.exportBudgetButton = QPushButton(self.exportBox)
        self.exportBudgetButton.setObjectName(u"exportBudgetButton")

        self.exportLayout.addWidget(self.exportBudgetButton)

        self.layoutButton = QPushButton(self.exportBox)
        self.layoutButton.setObjectName(u"layoutButton")

        self.exportLayout.addWidget(self.layoutButton)

        self.exportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportLayout.addItem(self.exportSpacer)


        self.mainLayout.addWidget(self.exportBox)

        self.layoutLabel = QLabel(ImportExportPage)
        self.layoutLabel.setObjectName(u"layoutLabel")
        self.layoutLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.layoutLabel)

        self.batchesBox = QGroupBox(ImportExportPage)
        self.batchesBox.setObjectName(u"batchesBox")
        self.batchesLayout = QVBoxLayout(self.batchesBox)
        self.batchesLayout.setObjectName(u"batchesLayout")
        self.table = QTableWidget(self.batchesBox)
        if (self.table.columnCount() < 10):
            self.table.setColumnCount(10)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(8, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(9, __qtablewidgetitem9)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)

        self.batchesLayout.addWidget(self.table)

        self.batchButtonLayout = QHBoxLayout()
        self.batchButtonLayout.setObjectName(u"batchButtonLayout")
        self.undoButton = QPushButton(self.batchesBox)
        self.undoButton.setObjectName(u"undoButton")

        self.batchButtonLayout.addWidget(self.undoButton)

        self.refreshButton = QPushButton(self.batchesBox)
        self.refreshButton.setObjectName(u"refreshButton")

        self.batchButtonLayout.addWidget(self.refreshButton)

        self.batchSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.batchButtonLayout.addItem(self.batchSpacer)


        self.batchesLayout.addLayout(self.batchButtonLayout)


        self.mainLayout.addWidget(self.batchesBox)

        self.mainLayout.setStretch(4, 1)
        QWidget.setTabOrder(self.importButton, self.consolidateButton)
        QWidget.setTabOrder(self.consolidateButton, self.reconcileButton)
        QWidget.setTabOrder(self.reconcileButton, self.exportRosterButton)
        QWidget.setTabOrder(self.exportRosterButton, self.exportBpjsButton)
        QWidget.setTabOrder(self.exportBpjsButton, self.viewFilterCheck)
        QWidget.setTabOrder(self.viewFilterCheck, self.exportBudgetButton)
        QWidget.setTabOrder(self.exportBudgetButton, self.layoutButton)
        QWidget.setTabOrder(self.layoutButton, self.table)
        QWidget.setTabOrder(self.table, self.undoButton)
        QWidget.setTabOrder(self.undoButton, self.refreshButton)

        self.retranslateUi(ImportExportPage)

        QMetaObject.connectSlotsByName(ImportExportPage)
    # setupUi

    def retranslateUi(self, ImportExportPage):
        self.titleLabel.setText(QCoreApplication.translate("ImportExportPage", u"<h2>Impor &amp; Ekspor Excel</h2>", None))
        self.importBox.setTitle(QCoreApplication.translate("ImportExportPage", u"Impor", None))
        self.importButton.setText(QCoreApplication.translate("ImportExportPage", u"&Impor daftar pegawai\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("ImportExportPage", u"Baca daftar pegawai dari berkas Excel OPD (judul, sel gabungan dan nama kolom beragam dikenali); setiap impor dapat dibatalkan", None))
#endif // QT_CONFIG(tooltip)
        self.consolidateButton.setText(QCoreApplication.translate("ImportExportPage", u"&Konsolidasi dari kantor lain\u2026", None))
#if QT_CONFIG(tooltip)
        self.consolidateButton.setToolTip(QCoreApplication.translate("ImportExportPage", u"Gabungkan daftar pegawai hasil ekspor Jamsos Desktop dari kantor lain", None))
#endif // QT_CONFIG(tooltip)
        self.reconcileButton.setText(QCoreApplication.translate("ImportExportPage", u"&Rekonsiliasi dengan daftar BPJS\u2026", None))
#if QT_CONFIG(tooltip)
        self.reconcileButton.setToolTip(QCoreApplication.translate("ImportExportPage", u"Cocokkan daftar peserta dari BPJS Ketenagakerjaan dengan data pegawai (NIK, KPJ, status)", None))
#endif // QT_CONFIG(tooltip)
        self.exportBox.setTitle(QCoreApplication.translate("ImportExportPage", u"Ekspor (data pribadi: setiap ekspor dicatat di jejak audit)", None))
        self.exportRosterButton.setText(QCoreApplication.translate("ImportExportPage", u"&Daftar pegawai\u2026", None))
        self.exportBpjsButton.setText(QCoreApplication.translate("ImportExportPage", u"&Pendaftaran BPJS\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportBpjsButton.setToolTip(QCoreApplication.translate("ImportExportPage", u"Daftar pendaftaran peserta untuk BPJS Ketenagakerjaan, dengan tata letak kolom yang dipilih", None))
#endif // QT_CONFIG(tooltip)
        self.viewFilterCheck.setText(QCoreApplication.translate("ImportExportPage", u"Sesuai &saringan halaman Pegawai", None))
#if QT_CONFIG(tooltip)
        self.viewFilterCheck.setToolTip(QCoreApplication.translate("ImportExportPage", u"Ekspor daftar pegawai dan pendaftaran BPJS hanya untuk pegawai yang tampil di halaman Pegawai Non-ASN (pencarian dan saringannya); tanpa centang: semua pegawai aktif", None))
#endif // QT_CONFIG(tooltip)
        self.exportBudgetButton.setText(QCoreApplication.translate("ImportExportPage", u"A&nggaran\u2026", None))
        self.layoutButton.setText(QCoreApplication.translate("ImportExportPage", u"Tata &letak kolom BPJS\u2026", None))
#if QT_CONFIG(tooltip)
        self.layoutButton.setToolTip(QCoreApplication.translate("ImportExportPage", u"Pilih berkas tata letak kolom (JSON) untuk ekspor BPJS; tanpa berkas: kembali ke bawaan (Formulir 1a)", None))
#endif // QT_CONFIG(tooltip)
        self.batchesBox.setTitle(QCoreApplication.translate("ImportExportPage", u"Riwayat impor", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportExportPage", u"No", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportExportPage", u"Jenis", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportExportPage", u"Berkas", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ImportExportPage", u"Waktu", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ImportExportPage", u"Pengguna", None))
        ___qtablewidgetitem5 = self.table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ImportExportPage", u"Baris", None))
        ___qtablewidgetitem6 = self.table.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ImportExportPage", u"Tambah", None))
        ___qtablewidgetitem7 = self.table.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ImportExportPage", u"Ubah", None))
        ___qtablewidgetitem8 = self.table.horizontalHeaderItem(8)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("ImportExportPage", u"Tolak", None))
        ___qtablewidgetitem9 = self.table.horizontalHeaderItem(9)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("ImportExportPage", u"Status", None))
        self.undoButton.setText(QCoreApplication.translate("ImportExportPage", u"Batalkan batc&h terpilih", None))
#if QT_CONFIG(tooltip)
        self.undoButton.setToolTip(QCoreApplication.translate("ImportExportPage", u"Pegawai yang ditambahkan batch ini dihapus dan yang diubah dikembalikan ke data sebelumnya", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("ImportExportPage", u"&Muat ulang", None))
        pass
    # retranslateUi

