# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'security_backups_tab.ui'
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
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SecurityBackupsTab(object):
    def setupUi(self, SecurityBackupsTab):
        if not SecurityBackupsTab.objectName():
            SecurityBackupsTab.setObjectName(u"SecurityBackupsTab")
        SecurityBackupsTab.resize(900, 560)
        self.mainLayout = QVBoxLayout(SecurityBackupsTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.infoLabel = QLabel(SecurityBackupsTab)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.infoLabel)

        self.table = QTableWidget(SecurityBackupsTab)
        if (self.table.columnCount() < 4):
            self.table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.table)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.nowButton = QPushButton(SecurityBackupsTab)
        self.nowButton.setObjectName(u"nowButton")

        self.buttonLayout.addWidget(self.nowButton)

        self.toButton = QPushButton(SecurityBackupsTab)
        self.toButton.setObjectName(u"toButton")

        self.buttonLayout.addWidget(self.toButton)

        self.restoreButton = QPushButton(SecurityBackupsTab)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonLayout.addWidget(self.restoreButton)

        self.restoreFileButton = QPushButton(SecurityBackupsTab)
        self.restoreFileButton.setObjectName(u"restoreFileButton")

        self.buttonLayout.addWidget(self.restoreFileButton)

        self.folderButton = QPushButton(SecurityBackupsTab)
        self.folderButton.setObjectName(u"folderButton")

        self.buttonLayout.addWidget(self.folderButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.mainLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.table, self.nowButton)
        QWidget.setTabOrder(self.nowButton, self.toButton)
        QWidget.setTabOrder(self.toButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.restoreFileButton)
        QWidget.setTabOrder(self.restoreFileButton, self.folderButton)

        self.retranslateUi(SecurityBackupsTab)

        QMetaObject.connectSlotsByName(SecurityBackupsTab)
    # setupUi

    def retranslateUi(self, SecurityBackupsTab):
        self.infoLabel.setText(QCoreApplication.translate("SecurityBackupsTab", u"Cadangan otomatis dibuat setiap hari, saat program ditutup, sebelum impor, sebelum pembaruan struktur dan sebelum pemulihan. Disimpan: 10 terbaru dan satu per hari selama 30 hari.", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SecurityBackupsTab", u"Waktu", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SecurityBackupsTab", u"Jenis", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SecurityBackupsTab", u"Ukuran", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SecurityBackupsTab", u"Berkas", None))
        self.nowButton.setText(QCoreApplication.translate("SecurityBackupsTab", u"Cadangkan sekarang", None))
#if QT_CONFIG(tooltip)
        self.nowButton.setToolTip(QCoreApplication.translate("SecurityBackupsTab", u"Salin basis data sekarang ke folder cadangan", None))
#endif // QT_CONFIG(tooltip)
        self.toButton.setText(QCoreApplication.translate("SecurityBackupsTab", u"Cadangkan &ke\u2026", None))
#if QT_CONFIG(tooltip)
        self.toButton.setToolTip(QCoreApplication.translate("SecurityBackupsTab", u"Salin basis data ke folder lain, misalnya diska lepas; berkasnya berisi data pribadi", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("SecurityBackupsTab", u"&Pulihkan yang dipilih\u2026", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("SecurityBackupsTab", u"Administrator saja: keadaan sekarang dicadangkan dulu sebagai 'Sebelum pemulihan'", None))
#endif // QT_CONFIG(tooltip)
        self.restoreFileButton.setText(QCoreApplication.translate("SecurityBackupsTab", u"Pulihkan dari &berkas\u2026", None))
#if QT_CONFIG(tooltip)
        self.restoreFileButton.setToolTip(QCoreApplication.translate("SecurityBackupsTab", u"Administrator saja: pilih berkas cadangan (.db)", None))
#endif // QT_CONFIG(tooltip)
        self.folderButton.setText(QCoreApplication.translate("SecurityBackupsTab", u"B&uka folder cadangan", None))
        pass
    # retranslateUi

