# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'security_users_tab.ui'
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

class Ui_SecurityUsersTab(object):
    def setupUi(self, SecurityUsersTab):
        if not SecurityUsersTab.objectName():
            SecurityUsersTab.setObjectName(u"SecurityUsersTab")
        SecurityUsersTab.resize(900, 560)
        self.mainLayout = QVBoxLayout(SecurityUsersTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.noteLabel = QLabel(SecurityUsersTab)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.table = QTableWidget(SecurityUsersTab)
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

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(SecurityUsersTab)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.roleButton = QPushButton(SecurityUsersTab)
        self.roleButton.setObjectName(u"roleButton")

        self.buttonLayout.addWidget(self.roleButton)

        self.activeButton = QPushButton(SecurityUsersTab)
        self.activeButton.setObjectName(u"activeButton")

        self.buttonLayout.addWidget(self.activeButton)

        self.resetButton = QPushButton(SecurityUsersTab)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonLayout.addWidget(self.resetButton)

        self.unlockButton = QPushButton(SecurityUsersTab)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonLayout.addWidget(self.unlockButton)

        self.ownButton = QPushButton(SecurityUsersTab)
        self.ownButton.setObjectName(u"ownButton")

        self.buttonLayout.addWidget(self.ownButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.mainLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.table, self.addButton)
        QWidget.setTabOrder(self.addButton, self.roleButton)
        QWidget.setTabOrder(self.roleButton, self.activeButton)
        QWidget.setTabOrder(self.activeButton, self.resetButton)
        QWidget.setTabOrder(self.resetButton, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.ownButton)

        self.retranslateUi(SecurityUsersTab)

        QMetaObject.connectSlotsByName(SecurityUsersTab)
    # setupUi

    def retranslateUi(self, SecurityUsersTab):
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SecurityUsersTab", u"Nama pengguna", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SecurityUsersTab", u"Nama lengkap", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SecurityUsersTab", u"Peran", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SecurityUsersTab", u"Status", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SecurityUsersTab", u"Terkunci sampai", None))
        self.addButton.setText(QCoreApplication.translate("SecurityUsersTab", u"&Tambah pengguna\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("SecurityUsersTab", u"Administrator saja: nama pengguna, kata sandi awal dan peran", None))
#endif // QT_CONFIG(tooltip)
        self.roleButton.setText(QCoreApplication.translate("SecurityUsersTab", u"Ganti &peran", None))
#if QT_CONFIG(tooltip)
        self.roleButton.setToolTip(QCoreApplication.translate("SecurityUsersTab", u"Jadikan administrator atau operator (pengguna terpilih)", None))
#endif // QT_CONFIG(tooltip)
        self.activeButton.setText(QCoreApplication.translate("SecurityUsersTab", u"Aktifkan/&Nonaktifkan", None))
#if QT_CONFIG(tooltip)
        self.activeButton.setToolTip(QCoreApplication.translate("SecurityUsersTab", u"Pengguna nonaktif tidak dapat masuk; riwayatnya tetap tersimpan", None))
#endif // QT_CONFIG(tooltip)
        self.resetButton.setText(QCoreApplication.translate("SecurityUsersTab", u"Atur &ulang kata sandi\u2026", None))
        self.unlockButton.setText(QCoreApplication.translate("SecurityUsersTab", u"Buka &kunci akun", None))
#if QT_CONFIG(tooltip)
        self.unlockButton.setToolTip(QCoreApplication.translate("SecurityUsersTab", u"Akun terkunci sementara setelah kata sandi salah berulang kali", None))
#endif // QT_CONFIG(tooltip)
        self.ownButton.setText(QCoreApplication.translate("SecurityUsersTab", u"Ganti kata sandi sa&ya\u2026", None))
        pass
    # retranslateUi

