# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signatories_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SignatoriesDialog(object):
    def setupUi(self, SignatoriesDialog):
        if not SignatoriesDialog.objectName():
            SignatoriesDialog.setObjectName(u"SignatoriesDialog")
        SignatoriesDialog.resize(760, 320)
        self.mainLayout = QHBoxLayout(SignatoriesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.list = QListWidget(SignatoriesDialog)
        self.list.setObjectName(u"list")

        self.mainLayout.addWidget(self.list)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.jabatanLabel = QLabel(SignatoriesDialog)
        self.jabatanLabel.setObjectName(u"jabatanLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.jabatanLabel)

        self.jabatanEdit = QLineEdit(SignatoriesDialog)
        self.jabatanEdit.setObjectName(u"jabatanEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.jabatanEdit)

        self.nameLabel = QLabel(SignatoriesDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(SignatoriesDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.pangkatLabel = QLabel(SignatoriesDialog)
        self.pangkatLabel.setObjectName(u"pangkatLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pangkatLabel)

        self.pangkatEdit = QLineEdit(SignatoriesDialog)
        self.pangkatEdit.setObjectName(u"pangkatEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pangkatEdit)

        self.golonganLabel = QLabel(SignatoriesDialog)
        self.golonganLabel.setObjectName(u"golonganLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.golonganLabel)

        self.golonganEdit = QLineEdit(SignatoriesDialog)
        self.golonganEdit.setObjectName(u"golonganEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.golonganEdit)

        self.nipLabel = QLabel(SignatoriesDialog)
        self.nipLabel.setObjectName(u"nipLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nipLabel)

        self.nipEdit = QLineEdit(SignatoriesDialog)
        self.nipEdit.setObjectName(u"nipEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nipEdit)

        self.formLabel = QLabel(SignatoriesDialog)
        self.formLabel.setObjectName(u"formLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.formLabel)

        self.formCombo = QComboBox(SignatoriesDialog)
        self.formCombo.setObjectName(u"formCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.formCombo)

        self.onBehalfLabel = QLabel(SignatoriesDialog)
        self.onBehalfLabel.setObjectName(u"onBehalfLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.onBehalfLabel)

        self.onBehalfEdit = QLineEdit(SignatoriesDialog)
        self.onBehalfEdit.setObjectName(u"onBehalfEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.onBehalfEdit)


        self.rightLayout.addLayout(self.form)

        self.messageLabel = QLabel(SignatoriesDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.rightLayout.addWidget(self.messageLabel)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightLayout.addItem(self.rightSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.newButton = QPushButton(SignatoriesDialog)
        self.newButton.setObjectName(u"newButton")

        self.buttonLayout.addWidget(self.newButton)

        self.saveButton = QPushButton(SignatoriesDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.deactivateButton = QPushButton(SignatoriesDialog)
        self.deactivateButton.setObjectName(u"deactivateButton")

        self.buttonLayout.addWidget(self.deactivateButton)

        self.closeButton = QPushButton(SignatoriesDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.rightLayout.addLayout(self.buttonLayout)


        self.mainLayout.addLayout(self.rightLayout)

        self.mainLayout.setStretch(0, 1)
        self.mainLayout.setStretch(1, 2)
#if QT_CONFIG(shortcut)
        self.jabatanLabel.setBuddy(self.jabatanEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.pangkatLabel.setBuddy(self.pangkatEdit)
        self.golonganLabel.setBuddy(self.golonganEdit)
        self.nipLabel.setBuddy(self.nipEdit)
        self.formLabel.setBuddy(self.formCombo)
        self.onBehalfLabel.setBuddy(self.onBehalfEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.list, self.jabatanEdit)
        QWidget.setTabOrder(self.jabatanEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.pangkatEdit)
        QWidget.setTabOrder(self.pangkatEdit, self.golonganEdit)
        QWidget.setTabOrder(self.golonganEdit, self.nipEdit)
        QWidget.setTabOrder(self.nipEdit, self.formCombo)
        QWidget.setTabOrder(self.formCombo, self.onBehalfEdit)
        QWidget.setTabOrder(self.onBehalfEdit, self.newButton)
        QWidget.setTabOrder(self.newButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.deactivateButton)
        QWidget.setTabOrder(self.deactivateButton, self.closeButton)

        self.retranslateUi(SignatoriesDialog)

        QMetaObject.connectSlotsByName(SignatoriesDialog)
    # setupUi

    def retranslateUi(self, SignatoriesDialog):
        SignatoriesDialog.setWindowTitle(QCoreApplication.translate("SignatoriesDialog", u"Penandatangan", None))
        self.jabatanLabel.setText(QCoreApplication.translate("SignatoriesDialog", u"&Jabatan", None))
        self.nameLabel.setText(QCoreApplication.translate("SignatoriesDialog", u"&Nama (dengan gelar)", None))
        self.pangkatLabel.setText(QCoreApplication.translate("SignatoriesDialog", u"&Pangkat", None))
        self.golonganLabel.setText(QCoreApplication.translate("SignatoriesDialog", u"&Golongan", None))
        self.nipLabel.setText(QCoreApplication.translate("SignatoriesDialog", u"N&IP", None))
        self.nipEdit.setPlaceholderText(QCoreApplication.translate("SignatoriesDialog", u"19700315 199503 1 002 (kosongkan bila bukan PNS)", None))
        self.formLabel.setText(QCoreApplication.translate("SignatoriesDialog", u"&Bentuk tanda tangan", None))
        self.onBehalfLabel.setText(QCoreApplication.translate("SignatoriesDialog", u"Atas na&ma", None))
        self.onBehalfEdit.setPlaceholderText(QCoreApplication.translate("SignatoriesDialog", u"untuk a.n.: misalnya Bupati Banyuasin", None))
        self.newButton.setText(QCoreApplication.translate("SignatoriesDialog", u"&Tambah baru", None))
        self.saveButton.setText(QCoreApplication.translate("SignatoriesDialog", u"&Simpan", None))
        self.deactivateButton.setText(QCoreApplication.translate("SignatoriesDialog", u"Nonakti&fkan", None))
        self.closeButton.setText(QCoreApplication.translate("SignatoriesDialog", u"T&utup", None))
    # retranslateUi

