# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'security_audit_tab.ui'
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
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SecurityAuditTab(object):
    def setupUi(self, SecurityAuditTab):
        if not SecurityAuditTab.objectName():
            SecurityAuditTab.setObjectName(u"SecurityAuditTab")
        SecurityAuditTab.resize(900, 560)
        self.mainLayout = QVBoxLayout(SecurityAuditTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.userLabel = QLabel(SecurityAuditTab)
        self.userLabel.setObjectName(u"userLabel")

        self.filterLayout.addWidget(self.userLabel)

        self.userCombo = QComboBox(SecurityAuditTab)
        self.userCombo.setObjectName(u"userCombo")

        self.filterLayout.addWidget(self.userCombo)

        self.actionLabel = QLabel(SecurityAuditTab)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filterLayout.addWidget(self.actionLabel)

        self.actionCombo = QComboBox(SecurityAuditTab)
        self.actionCombo.setObjectName(u"actionCombo")

        self.filterLayout.addWidget(self.actionCombo)

        self.useDatesCheck = QCheckBox(SecurityAuditTab)
        self.useDatesCheck.setObjectName(u"useDatesCheck")

        self.filterLayout.addWidget(self.useDatesCheck)

        self.sinceEdit = QDateEdit(SecurityAuditTab)
        self.sinceEdit.setObjectName(u"sinceEdit")
        self.sinceEdit.setDisplayFormat(u"dd-MM-yyyy")
        self.sinceEdit.setCalendarPopup(True)

        self.filterLayout.addWidget(self.sinceEdit)

        self.untilLabel = QLabel(SecurityAuditTab)
        self.untilLabel.setObjectName(u"untilLabel")

        self.filterLayout.addWidget(self.untilLabel)

        self.untilEdit = QDateEdit(SecurityAuditTab)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setDisplayFormat(u"dd-MM-yyyy")
        self.untilEdit.setCalendarPopup(True)

        self.filterLayout.addWidget(self.untilEdit)

        self.entityIdEdit = QLineEdit(SecurityAuditTab)
        self.entityIdEdit.setObjectName(u"entityIdEdit")
        self.entityIdEdit.setMaximumSize(QSize(90, 16777215))

        self.filterLayout.addWidget(self.entityIdEdit)

        self.textEdit = QLineEdit(SecurityAuditTab)
        self.textEdit.setObjectName(u"textEdit")

        self.filterLayout.addWidget(self.textEdit)

        self.applyButton = QPushButton(SecurityAuditTab)
        self.applyButton.setObjectName(u"applyButton")

        self.filterLayout.addWidget(self.applyButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.table = QTableWidget(SecurityAuditTab)
        if (self.table.columnCount() < 5):
            self.table.setColumnCount(5)
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
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.table)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.countLabel = QLabel(SecurityAuditTab)
        self.countLabel.setObjectName(u"countLabel")

        self.bottomLayout.addWidget(self.countLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.moreButton = QPushButton(SecurityAuditTab)
        self.moreButton.setObjectName(u"moreButton")

        self.bottomLayout.addWidget(self.moreButton)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userCombo)
        self.actionLabel.setBuddy(self.actionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.userCombo, self.actionCombo)
        QWidget.setTabOrder(self.actionCombo, self.useDatesCheck)
        QWidget.setTabOrder(self.useDatesCheck, self.sinceEdit)
        QWidget.setTabOrder(self.sinceEdit, self.untilEdit)
        QWidget.setTabOrder(self.untilEdit, self.entityIdEdit)
        QWidget.setTabOrder(self.entityIdEdit, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.applyButton)
        QWidget.setTabOrder(self.applyButton, self.table)
        QWidget.setTabOrder(self.table, self.moreButton)

        self.retranslateUi(SecurityAuditTab)

        QMetaObject.connectSlotsByName(SecurityAuditTab)
    # setupUi

    def retranslateUi(self, SecurityAuditTab):
        self.userLabel.setText(QCoreApplication.translate("SecurityAuditTab", u"Pen&gguna", None))
        self.actionLabel.setText(QCoreApplication.translate("SecurityAuditTab", u"T&indakan", None))
        self.useDatesCheck.setText(QCoreApplication.translate("SecurityAuditTab", u"Tangga&l", None))
#if QT_CONFIG(tooltip)
        self.useDatesCheck.setToolTip(QCoreApplication.translate("SecurityAuditTab", u"Saring menurut rentang tanggal", None))
#endif // QT_CONFIG(tooltip)
        self.untilLabel.setText(QCoreApplication.translate("SecurityAuditTab", u"s.d.", None))
#if QT_CONFIG(tooltip)
        self.entityIdEdit.setToolTip(QCoreApplication.translate("SecurityAuditTab", u"Nomor ID pegawai: tampilkan hanya catatan tentang pegawai itu", None))
#endif // QT_CONFIG(tooltip)
        self.entityIdEdit.setPlaceholderText(QCoreApplication.translate("SecurityAuditTab", u"ID pegawai", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("SecurityAuditTab", u"Cari rincian\u2026", None))
        self.applyButton.setText(QCoreApplication.translate("SecurityAuditTab", u"Te&rapkan", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SecurityAuditTab", u"Waktu", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SecurityAuditTab", u"Pengguna", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SecurityAuditTab", u"Tindakan", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SecurityAuditTab", u"Objek", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SecurityAuditTab", u"Rincian", None))
        self.moreButton.setText(QCoreApplication.translate("SecurityAuditTab", u"&Muat lebih banyak", None))
        pass
    # retranslateUi

