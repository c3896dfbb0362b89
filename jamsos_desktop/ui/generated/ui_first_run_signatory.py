# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_signatory.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QWidget, QWizardPage)

class Ui_FirstRunSignatoryPage(object):
    def setupUi(self, FirstRunSignatoryPage):
        if not FirstRunSignatoryPage.objectName():
            FirstRunSignatoryPage.setObjectName(u"FirstRunSignatoryPage")
        self.form = QFormLayout(FirstRunSignatoryPage)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.jabatanLabel = QLabel(FirstRunSignatoryPage)
        self.jabatanLabel.setObjectName(u"jabatanLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.jabatanLabel)

        self.jabatanEdit = QLineEdit(FirstRunSignatoryPage)
        self.jabatanEdit.setObjectName(u"jabatanEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.jabatanEdit)

        self.nameLabel = QLabel(FirstRunSignatoryPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(FirstRunSignatoryPage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.pangkatLabel = QLabel(FirstRunSignatoryPage)
        self.pangkatLabel.setObjectName(u"pangkatLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pangkatLabel)

        self.pangkatEdit = QLineEdit(FirstRunSignatoryPage)
        self.pangkatEdit.setObjectName(u"pangkatEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pangkatEdit)

        self.golonganLabel = QLabel(FirstRunSignatoryPage)
        self.golonganLabel.setObjectName(u"golonganLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.golonganLabel)

        self.golonganEdit = QLineEdit(FirstRunSignatoryPage)
        self.golonganEdit.setObjectName(u"golonganEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.golonganEdit)

        self.nipLabel = QLabel(FirstRunSignatoryPage)
        self.nipLabel.setObjectName(u"nipLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nipLabel)

        self.nipEdit = QLineEdit(FirstRunSignatoryPage)
        self.nipEdit.setObjectName(u"nipEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nipEdit)

        self.messageLabel = QLabel(FirstRunSignatoryPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.messageLabel)

#if QT_CONFIG(shortcut)
        self.jabatanLabel.setBuddy(self.jabatanEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.pangkatLabel.setBuddy(self.pangkatEdit)
        self.golonganLabel.setBuddy(self.golonganEdit)
        self.nipLabel.setBuddy(self.nipEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunSignatoryPage)

        QMetaObject.connectSlotsByName(FirstRunSignatoryPage)
    # setupUi

    def retranslateUi(self, FirstRunSignatoryPage):
        FirstRunSignatoryPage.setTitle(QCoreApplication.translate("FirstRunSignatoryPage", u"Penanda Tangan", None))
        FirstRunSignatoryPage.setSubTitle(QCoreApplication.translate("FirstRunSignatoryPage", u"Pejabat yang menandatangani surat usulan dan laporan. Penanda tangan lain dapat ditambahkan kemudian.", None))
        self.jabatanLabel.setText(QCoreApplication.translate("FirstRunSignatoryPage", u"&Jabatan", None))
        self.jabatanEdit.setPlaceholderText(QCoreApplication.translate("FirstRunSignatoryPage", u"mis. Kepala Badan Pengelolaan Keuangan dan Aset Daerah", None))
        self.nameLabel.setText(QCoreApplication.translate("FirstRunSignatoryPage", u"&Nama", None))
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("FirstRunSignatoryPage", u"Nama lengkap dengan gelar, seperti tertulis pada tanda tangan", None))
#endif // QT_CONFIG(tooltip)
        self.pangkatLabel.setText(QCoreApplication.translate("FirstRunSignatoryPage", u"&Pangkat", None))
        self.pangkatEdit.setPlaceholderText(QCoreApplication.translate("FirstRunSignatoryPage", u"mis. Pembina Utama Muda", None))
        self.golonganLabel.setText(QCoreApplication.translate("FirstRunSignatoryPage", u"&Golongan", None))
        self.golonganEdit.setPlaceholderText(QCoreApplication.translate("FirstRunSignatoryPage", u"mis. IV/c", None))
        self.nipLabel.setText(QCoreApplication.translate("FirstRunSignatoryPage", u"NI&P", None))
#if QT_CONFIG(tooltip)
        self.nipEdit.setToolTip(QCoreApplication.translate("FirstRunSignatoryPage", u"Nomor Induk Pegawai, 18 angka", None))
#endif // QT_CONFIG(tooltip)
        self.messageLabel.setText("")
    # retranslateUi

