# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'units_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_UnitsPage(object):
    def setupUi(self, UnitsPage):
        if not UnitsPage.objectName():
            UnitsPage.setObjectName(u"UnitsPage")
        UnitsPage.resize(1000, 640)
        self.mainLayout = QVBoxLayout(UnitsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(UnitsPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.tree = QTreeWidget(UnitsPage)
        self.tree.setObjectName(u"tree")
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.mainLayout.addWidget(self.tree)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(UnitsPage)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.addSubButton = QPushButton(UnitsPage)
        self.addSubButton.setObjectName(u"addSubButton")

        self.buttonLayout.addWidget(self.addSubButton)

        self.editButton = QPushButton(UnitsPage)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.showWorkersButton = QPushButton(UnitsPage)
        self.showWorkersButton.setObjectName(u"showWorkersButton")

        self.buttonLayout.addWidget(self.showWorkersButton)

        self.moveWorkersButton = QPushButton(UnitsPage)
        self.moveWorkersButton.setObjectName(u"moveWorkersButton")

        self.buttonLayout.addWidget(self.moveWorkersButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.spacer)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(UnitsPage)

        QMetaObject.connectSlotsByName(UnitsPage)
    # setupUi

    def retranslateUi(self, UnitsPage):
        self.hintLabel.setText(QCoreApplication.translate("UnitsPage", u"Susunan OPD dan sub-unitnya. Kelas risiko JKK dan program bawaan berlaku untuk pegawai di unit tersebut.", None))
        ___qtreewidgetitem = self.tree.headerItem()
        ___qtreewidgetitem.setText(6, QCoreApplication.translate("UnitsPage", u"Pegawai", None))
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("UnitsPage", u"Program Bawaan", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("UnitsPage", u"Kelas Risiko", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("UnitsPage", u"NPP", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("UnitsPage", u"Kepala", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("UnitsPage", u"Nama Unit Kerja", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("UnitsPage", u"Kode", None))
        self.addButton.setText(QCoreApplication.translate("UnitsPage", u"&Tambah OPD", None))
        self.addSubButton.setText(QCoreApplication.translate("UnitsPage", u"Tambah &Sub-unit", None))
#if QT_CONFIG(tooltip)
        self.addSubButton.setToolTip(QCoreApplication.translate("UnitsPage", u"Tambah sub-unit (UPTD, sekolah, puskesmas) di bawah unit yang dipilih", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("UnitsPage", u"&Ubah\u2026", None))
        self.showWorkersButton.setText(QCoreApplication.translate("UnitsPage", u"&Lihat Pegawai", None))
#if QT_CONFIG(tooltip)
        self.showWorkersButton.setToolTip(QCoreApplication.translate("UnitsPage", u"Buka daftar pegawai unit ini beserta sub-unitnya", None))
#endif // QT_CONFIG(tooltip)
        self.moveWorkersButton.setText(QCoreApplication.translate("UnitsPage", u"&Pindahkan Pegawai\u2026", None))
#if QT_CONFIG(tooltip)
        self.moveWorkersButton.setToolTip(QCoreApplication.translate("UnitsPage", u"Pindahkan semua pegawai aktif unit ini (tanpa sub-unit) ke unit lain; dapat diurungkan", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

