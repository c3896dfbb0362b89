# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_view.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QTableView, QToolButton, QVBoxLayout,
    QWidget)

class Ui_RosterView(object):
    def setupUi(self, RosterView):
        if not RosterView.objectName():
            RosterView.setObjectName(u"RosterView")
        RosterView.resize(1000, 640)
        self.mainLayout = QVBoxLayout(RosterView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(RosterView)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.countLabel = QLabel(RosterView)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setMinimumSize(QSize(220, 0))
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.searchLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.searchLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.unitCombo = QComboBox(RosterView)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setMinimumContentsLength(18)
        self.unitCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterLayout.addWidget(self.unitCombo)

        self.categoryCombo = QComboBox(RosterView)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.filterLayout.addWidget(self.categoryCombo)

        self.typeCombo = QComboBox(RosterView)
        self.typeCombo.setObjectName(u"typeCombo")

        self.filterLayout.addWidget(self.typeCombo)

        self.statusCombo = QComboBox(RosterView)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.programCombo = QComboBox(RosterView)
        self.programCombo.setObjectName(u"programCombo")

        self.filterLayout.addWidget(self.programCombo)

        self.problemCombo = QComboBox(RosterView)
        self.problemCombo.setObjectName(u"problemCombo")

        self.filterLayout.addWidget(self.problemCombo)

        self.archiveCheck = QCheckBox(RosterView)
        self.archiveCheck.setObjectName(u"archiveCheck")

        self.filterLayout.addWidget(self.archiveCheck)

        self.resetButton = QToolButton(RosterView)
        self.resetButton.setObjectName(u"resetButton")

        self.filterLayout.addWidget(self.resetButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.table = QTableView(RosterView)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)

        self.mainLayout.addWidget(self.table)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")

        self.mainLayout.addLayout(self.actionsLayout)

        QWidget.setTabOrder(self.searchEdit, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.programCombo)
        QWidget.setTabOrder(self.programCombo, self.problemCombo)
        QWidget.setTabOrder(self.problemCombo, self.archiveCheck)
        QWidget.setTabOrder(self.archiveCheck, self.table)

        self.retranslateUi(RosterView)

        QMetaObject.connectSlotsByName(RosterView)
    # setupUi

    def retranslateUi(self, RosterView):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RosterView", u"Cari nama, NIK, No. KPJ, atau jabatan\u2026  (Ctrl+F)", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("RosterView", u"Ketik sebagian nama, NIK, nomor KPJ, atau jabatan. Hasil muncul saat Anda mengetik; beberapa kata harus semuanya cocok.", None))
#endif // QT_CONFIG(tooltip)
        self.countLabel.setText(QCoreApplication.translate("RosterView", u"0 pegawai", None))
#if QT_CONFIG(tooltip)
        self.unitCombo.setToolTip(QCoreApplication.translate("RosterView", u"Unit kerja; sub-unitnya ikut ditampilkan", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.categoryCombo.setToolTip(QCoreApplication.translate("RosterView", u"Kategori pegawai non-ASN", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.typeCombo.setToolTip(QCoreApplication.translate("RosterView", u"Jenis kepesertaan: Penerima Upah (PU) atau Bukan Penerima Upah (BPU)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("RosterView", u"Status kepesertaan BPJS Ketenagakerjaan", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.programCombo.setToolTip(QCoreApplication.translate("RosterView", u"Hanya pegawai yang diikutkan program ini", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.problemCombo.setToolTip(QCoreApplication.translate("RosterView", u"Data bermasalah yang menghambat pendaftaran: NIK tidak sah, upah atau nama ibu kandung kosong, NIK ganda, usia pensiun JP", None))
#endif // QT_CONFIG(tooltip)
        self.archiveCheck.setText(QCoreApplication.translate("RosterView", u"Arsip", None))
#if QT_CONFIG(tooltip)
        self.archiveCheck.setToolTip(QCoreApplication.translate("RosterView", u"Tampilkan pegawai yang diarsipkan (dihapus dari daftar aktif) agar dapat dipulihkan", None))
#endif // QT_CONFIG(tooltip)
        self.resetButton.setText(QCoreApplication.translate("RosterView", u"Atur Ulang", None))
#if QT_CONFIG(tooltip)
        self.resetButton.setToolTip(QCoreApplication.translate("RosterView", u"Kosongkan pencarian dan semua filter", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

