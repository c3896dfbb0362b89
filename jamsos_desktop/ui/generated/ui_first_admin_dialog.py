# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_admin_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_FirstAdminDialog(object):
    def setupUi(self, FirstAdminDialog):
        if not FirstAdminDialog.objectName():
            FirstAdminDialog.setObjectName(u"FirstAdminDialog")
        self.mainLayout = QVBoxLayout(FirstAdminDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(FirstAdminDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.usernameLabel = QLabel(FirstAdminDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(FirstAdminDialog)
        self.username.setObjectName(u"username")
        self.username.setText(u"admin")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.fullNameLabel = QLabel(FirstAdminDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullName = QLineEdit(FirstAdminDialog)
        self.fullName.setObjectName(u"fullName")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullName)

        self.passwordLabel = QLabel(FirstAdminDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(FirstAdminDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password)

        self.confirmLabel = QLabel(FirstAdminDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirm = QLineEdit(FirstAdminDialog)
        self.confirm.setObjectName(u"confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirm)


        self.mainLayout.addLayout(self.form)

        self.message = QLabel(FirstAdminDialog)
        self.message.setObjectName(u"message")
        self.message.setStyleSheet(u"color: #b00020")
        self.message.setWordWrap(True)

        self.mainLayout.addWidget(self.message)

        self.buttons = QDialogButtonBox(FirstAdminDialog)
        self.buttons.setObjectName(u"buttons")

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.fullNameLabel.setBuddy(self.fullName)
        self.passwordLabel.setBuddy(self.password)
        self.confirmLabel.setBuddy(self.confirm)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.fullName)
        QWidget.setTabOrder(self.fullName, self.password)
        QWidget.setTabOrder(self.password, self.confirm)
        QWidget.setTabOrder(self.confirm, self.buttons)

        self.retranslateUi(FirstAdminDialog)

        QMetaObject.connectSlotsByName(FirstAdminDialog)
    # setupUi

    def retranslateUi(self, FirstAdminDialog):
        FirstAdminDialog.setWindowTitle(QCoreApplication.translate("FirstAdminDialog", u"Akun administrator pertama", None))
        self.introLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"Buat akun administrator. Administrator mengelola pengguna, pengaturan, tabel tarif, pemulihan cadangan dan penghapusan permanen; operator mengisi data, mengimpor dan mencetak.", None))
        self.usernameLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"&Nama pengguna", None))
        self.fullNameLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"Nama &lengkap", None))
        self.passwordLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"&Kata sandi (min. %1 karakter)", None))
        self.confirmLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"&Ulangi kata sandi", None))
    # retranslateUi

