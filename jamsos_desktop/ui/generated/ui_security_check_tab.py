# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'security_check_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SecurityCheckTab(object):
    def setupUi(self, SecurityCheckTab):
        if not SecurityCheckTab.objectName():
            SecurityCheckTab.setObjectName(u"SecurityCheckTab")
        SecurityCheckTab.resize(900, 560)
        self.mainLayout = QVBoxLayout(SecurityCheckTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.checkButton = QPushButton(SecurityCheckTab)
        self.checkButton.setObjectName(u"checkButton")

        self.buttonLayout.addWidget(self.checkButton)

        self.repairButton = QPushButton(SecurityCheckTab)
        self.repairButton.setObjectName(u"repairButton")

        self.buttonLayout.addWidget(self.repairButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.mainLayout.addLayout(self.buttonLayout)

        self.report = QPlainTextEdit(SecurityCheckTab)
        self.report.setObjectName(u"report")
        self.report.setReadOnly(True)

        self.mainLayout.addWidget(self.report)


        self.retranslateUi(SecurityCheckTab)

        QMetaObject.connectSlotsByName(SecurityCheckTab)
    # setupUi

    def retranslateUi(self, SecurityCheckTab):
        self.checkButton.setText(QCoreApplication.translate("SecurityCheckTab", u"&Periksa basis data", None))
#if QT_CONFIG(tooltip)
        self.checkButton.setToolTip(QCoreApplication.translate("SecurityCheckTab", u"Periksa keutuhan berkas dan konsistensi data (tidak mengubah apa pun)", None))
#endif // QT_CONFIG(tooltip)
        self.repairButton.setText(QCoreApplication.translate("SecurityCheckTab", u"Bangun ulang &indeks pencarian", None))
#if QT_CONFIG(tooltip)
        self.repairButton.setToolTip(QCoreApplication.translate("SecurityCheckTab", u"Perbaikan bila pencarian pegawai memberi hasil yang tidak sesuai", None))
#endif // QT_CONFIG(tooltip)
        self.report.setPlaceholderText(QCoreApplication.translate("SecurityCheckTab", u"Hasil pemeriksaan keutuhan dan konsistensi data tampil di sini.", None))
        pass
    # retranslateUi

