# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unit_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_UnitEditor(object):
    def setupUi(self, UnitEditor):
        if not UnitEditor.objectName():
            UnitEditor.setObjectName(u"UnitEditor")
        UnitEditor.resize(560, 460)
        self.mainLayout = QVBoxLayout(UnitEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.parentLabel = QLabel(UnitEditor)
        self.parentLabel.setObjectName(u"parentLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.parentCombo = QComboBox(UnitEditor)
        self.parentCombo.setObjectName(u"parentCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.parentCombo)

        self.codeLabel = QLabel(UnitEditor)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(UnitEditor)
        self.codeEdit.setObjectName(u"codeEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.nameLabel = QLabel(UnitEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(UnitEditor)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.headNameLabel = QLabel(UnitEditor)
        self.headNameLabel.setObjectName(u"headNameLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.headNameLabel)

        self.headNameEdit = QLineEdit(UnitEditor)
        self.headNameEdit.setObjectName(u"headNameEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.headNameEdit)

        self.headNipLabel = QLabel(UnitEditor)
        self.headNipLabel.setObjectName(u"headNipLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.headNipLabel)

        self.headNipEdit = QLineEdit(UnitEditor)
        self.headNipEdit.setObjectName(u"headNipEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.headNipEdit)

        self.headTitleLabel = QLabel(UnitEditor)
        self.headTitleLabel.setObjectName(u"headTitleLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.headTitleLabel)

        self.headTitleEdit = QLineEdit(UnitEditor)
        self.headTitleEdit.setObjectName(u"headTitleEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.headTitleEdit)

        self.nppLabel = QLabel(UnitEditor)
        self.nppLabel.setObjectName(u"nppLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.nppLabel)

        self.nppEdit = QLineEdit(UnitEditor)
        self.nppEdit.setObjectName(u"nppEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nppEdit)

        self.riskLabel = QLabel(UnitEditor)
        self.riskLabel.setObjectName(u"riskLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.riskLabel)

        self.riskCombo = QComboBox(UnitEditor)
        self.riskCombo.setObjectName(u"riskCombo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.riskCombo)

        self.programsLabel = QLabel(UnitEditor)
        self.programsLabel.setObjectName(u"programsLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.programsLabel)

        self.programsBox = QWidget(UnitEditor)
        self.programsBox.setObjectName(u"programsBox")
        self.programsLayout = QHBoxLayout(self.programsBox)
        self.programsLayout.setObjectName(u"programsLayout")
        self.programsLayout.setContentsMargins(0, 0, 0, 0)
        self.jkkCheck = QCheckBox(self.programsBox)
        self.jkkCheck.setObjectName(u"jkkCheck")

        self.programsLayout.addWidget(self.jkkCheck)

        self.jkmCheck = QCheckBox(self.programsBox)
        self.jkmCheck.setObjectName(u"jkmCheck")

        self.programsLayout.addWidget(self.jkmCheck)

        self.jhtCheck = QCheckBox(self.programsBox)
        self.jhtCheck.setObjectName(u"jhtCheck")

        self.programsLayout.addWidget(self.jhtCheck)

        self.jpCheck = QCheckBox(self.programsBox)
        self.jpCheck.setObjectName(u"jpCheck")

        self.programsLayout.addWidget(self.jpCheck)

        self.jkpCheck = QCheckBox(self.programsBox)
        self.jkpCheck.setObjectName(u"jkpCheck")

        self.programsLayout.addWidget(self.jkpCheck)


        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.programsBox)

        self.addressLabel = QLabel(UnitEditor)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(UnitEditor)
        self.addressEdit.setObjectName(u"addressEdit")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.addressEdit)


        self.mainLayout.addLayout(self.form)

        self.messageLabel = QLabel(UnitEditor)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(UnitEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.parentLabel.setBuddy(self.parentCombo)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.headNameLabel.setBuddy(self.headNameEdit)
        self.headNipLabel.setBuddy(self.headNipEdit)
        self.headTitleLabel.setBuddy(self.headTitleEdit)
        self.nppLabel.setBuddy(self.nppEdit)
        self.riskLabel.setBuddy(self.riskCombo)
        self.addressLabel.setBuddy(self.addressEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnitEditor)

        QMetaObject.connectSlotsByName(UnitEditor)
    # setupUi

    def retranslateUi(self, UnitEditor):
        UnitEditor.setWindowTitle(QCoreApplication.translate("UnitEditor", u"Unit Kerja", None))
        self.parentLabel.setText(QCoreApplication.translate("UnitEditor", u"&Induk", None))
#if QT_CONFIG(tooltip)
        self.parentCombo.setToolTip(QCoreApplication.translate("UnitEditor", u"OPD induk untuk sub-unit (UPTD, sekolah, puskesmas); kosongkan untuk OPD", None))
#endif // QT_CONFIG(tooltip)
        self.codeLabel.setText(QCoreApplication.translate("UnitEditor", u"&Kode *", None))
#if QT_CONFIG(tooltip)
        self.codeEdit.setToolTip(QCoreApplication.translate("UnitEditor", u"Kode unit yang unik, mis. 2.02 atau 2.02.01; menentukan urutan dalam daftar", None))
#endif // QT_CONFIG(tooltip)
        self.nameLabel.setText(QCoreApplication.translate("UnitEditor", u"&Nama *", None))
        self.headNameLabel.setText(QCoreApplication.translate("UnitEditor", u"Nama &Kepala", None))
        self.headNipLabel.setText(QCoreApplication.translate("UnitEditor", u"NI&P Kepala", None))
#if QT_CONFIG(tooltip)
        self.headNipEdit.setToolTip(QCoreApplication.translate("UnitEditor", u"NIP 18 angka", None))
#endif // QT_CONFIG(tooltip)
        self.headTitleLabel.setText(QCoreApplication.translate("UnitEditor", u"&Jabatan Kepala", None))
        self.nppLabel.setText(QCoreApplication.translate("UnitEditor", u"N&PP", None))
#if QT_CONFIG(tooltip)
        self.nppEdit.setToolTip(QCoreApplication.translate("UnitEditor", u"Nomor Pendaftaran Perusahaan: nomor pemberi kerja dari BPJS Ketenagakerjaan", None))
#endif // QT_CONFIG(tooltip)
        self.riskLabel.setText(QCoreApplication.translate("UnitEditor", u"Kelas &Risiko", None))
#if QT_CONFIG(tooltip)
        self.riskCombo.setToolTip(QCoreApplication.translate("UnitEditor", u"Kelas risiko JKK yang ditetapkan BPJS untuk pemberi kerja ini; kantor pemerintahan umumnya Sangat rendah (0,24 %)", None))
#endif // QT_CONFIG(tooltip)
        self.programsLabel.setText(QCoreApplication.translate("UnitEditor", u"Program Bawaan", None))
#if QT_CONFIG(tooltip)
        self.programsBox.setToolTip(QCoreApplication.translate("UnitEditor", u"Program yang otomatis dicentang untuk pegawai baru di unit ini", None))
#endif // QT_CONFIG(tooltip)
        self.jkkCheck.setText(QCoreApplication.translate("UnitEditor", u"JKK", None))
        self.jkmCheck.setText(QCoreApplication.translate("UnitEditor", u"JKM", None))
        self.jhtCheck.setText(QCoreApplication.translate("UnitEditor", u"JHT", None))
        self.jpCheck.setText(QCoreApplication.translate("UnitEditor", u"JP", None))
        self.jkpCheck.setText(QCoreApplication.translate("UnitEditor", u"JKP", None))
        self.addressLabel.setText(QCoreApplication.translate("UnitEditor", u"&Alamat", None))
        self.messageLabel.setText("")
    # retranslateUi

