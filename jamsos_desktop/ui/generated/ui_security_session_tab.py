# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'security_session_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QLabel,
    QPushButton, QSizePolicy, QSpinBox, QWidget)

class Ui_SecuritySessionTab(object):
    def setupUi(self, SecuritySessionTab):
        if not SecuritySessionTab.objectName():
            SecuritySessionTab.setObjectName(u"SecuritySessionTab")
        SecuritySessionTab.resize(900, 560)
        self.mainLayout = QFormLayout(SecuritySessionTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.enabledCheck = QCheckBox(SecuritySessionTab)
        self.enabledCheck.setObjectName(u"enabledCheck")

        self.mainLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.enabledCheck)

        self.minutesLabel = QLabel(SecuritySessionTab)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.mainLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.minutesLabel)

        self.minutesSpin = QSpinBox(SecuritySessionTab)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMaximum(480)

        self.mainLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.minutesSpin)

        self.saveButton = QPushButton(SecuritySessionTab)
        self.saveButton.setObjectName(u"saveButton")

        self.mainLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.saveButton)

#if QT_CONFIG(shortcut)
        self.minutesLabel.setBuddy(self.minutesSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SecuritySessionTab)

        QMetaObject.connectSlotsByName(SecuritySessionTab)
    # setupUi

    def retranslateUi(self, SecuritySessionTab):
        self.enabledCheck.setText(QCoreApplication.translate("SecuritySessionTab", u"&Wajibkan masuk dengan nama pengguna dan kata sandi", None))
#if QT_CONFIG(tooltip)
        self.enabledCheck.setToolTip(QCoreApplication.translate("SecuritySessionTab", u"Tanpa ini program langsung terbuka (cocok untuk kantor dengan satu pengguna)", None))
#endif // QT_CONFIG(tooltip)
        self.minutesLabel.setText(QCoreApplication.translate("SecuritySessionTab", u"&Kunci sesi setelah tidak aktif", None))
#if QT_CONFIG(tooltip)
        self.minutesSpin.setToolTip(QCoreApplication.translate("SecuritySessionTab", u"0: sesi tidak pernah dikunci otomatis", None))
#endif // QT_CONFIG(tooltip)
        self.minutesSpin.setSpecialValueText(QCoreApplication.translate("SecuritySessionTab", u"tidak pernah", None))
        self.minutesSpin.setSuffix(QCoreApplication.translate("SecuritySessionTab", u" menit", None))
        self.saveButton.setText(QCoreApplication.translate("SecuritySessionTab", u"Si&mpan", None))
        pass
    # retranslateUi

