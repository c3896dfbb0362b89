# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_pemda.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QWidget, QWizardPage)

class Ui_FirstRunPemdaPage(object):
    def setupUi(self, FirstRunPemdaPage):
        if not FirstRunPemdaPage.objectName():
            FirstRunPemdaPage.setObjectName(u"FirstRunPemdaPage")
        self.form = QFormLayout(FirstRunPemdaPage)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.levelLabel = QLabel(FirstRunPemdaPage)
        self.levelLabel.setObjectName(u"levelLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(FirstRunPemdaPage)
        self.levelCombo.setObjectName(u"levelCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.regionLabel = QLabel(FirstRunPemdaPage)
        self.regionLabel.setObjectName(u"regionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionCombo = QComboBox(FirstRunPemdaPage)
        self.regionCombo.setObjectName(u"regionCombo")
        self.regionCombo.setEditable(True)
        self.regionCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.regionCombo)

        self.nameLabel = QLabel(FirstRunPemdaPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(FirstRunPemdaPage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.officeLabel = QLabel(FirstRunPemdaPage)
        self.officeLabel.setObjectName(u"officeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.officeLabel)

        self.officeEdit = QLineEdit(FirstRunPemdaPage)
        self.officeEdit.setObjectName(u"officeEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.officeEdit)

        self.addressLabel = QLabel(FirstRunPemdaPage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(FirstRunPemdaPage)
        self.addressEdit.setObjectName(u"addressEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.cityLabel = QLabel(FirstRunPemdaPage)
        self.cityLabel.setObjectName(u"cityLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityEdit = QLineEdit(FirstRunPemdaPage)
        self.cityEdit.setObjectName(u"cityEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.postalLabel = QLabel(FirstRunPemdaPage)
        self.postalLabel.setObjectName(u"postalLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.postalLabel)

        self.postalEdit = QLineEdit(FirstRunPemdaPage)
        self.postalEdit.setObjectName(u"postalEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.postalEdit)

        self.phoneLabel = QLabel(FirstRunPemdaPage)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(FirstRunPemdaPage)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.faxLabel = QLabel(FirstRunPemdaPage)
        self.faxLabel.setObjectName(u"faxLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.faxLabel)

        self.faxEdit = QLineEdit(FirstRunPemdaPage)
        self.faxEdit.setObjectName(u"faxEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.faxEdit)

        self.emailLabel = QLabel(FirstRunPemdaPage)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(FirstRunPemdaPage)
        self.emailEdit.setObjectName(u"emailEdit")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.websiteLabel = QLabel(FirstRunPemdaPage)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.websiteEdit = QLineEdit(FirstRunPemdaPage)
        self.websiteEdit.setObjectName(u"websiteEdit")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.websiteEdit)

        self.logoLabel = QLabel(FirstRunPemdaPage)
        self.logoLabel.setObjectName(u"logoLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoLayout = QHBoxLayout()
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoPreview = QLabel(FirstRunPemdaPage)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(48, 48))

        self.logoLayout.addWidget(self.logoPreview)

        self.logoButton = QPushButton(FirstRunPemdaPage)
        self.logoButton.setObjectName(u"logoButton")

        self.logoLayout.addWidget(self.logoButton)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoLayout.addItem(self.logoSpacer)


        self.form.setLayout(11, QFormLayout.ItemRole.FieldRole, self.logoLayout)

#if QT_CONFIG(shortcut)
        self.levelLabel.setBuddy(self.levelCombo)
        self.regionLabel.setBuddy(self.regionCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.officeLabel.setBuddy(self.officeEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.postalLabel.setBuddy(self.postalEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.faxLabel.setBuddy(self.faxEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.websiteLabel.setBuddy(self.websiteEdit)
        self.logoLabel.setBuddy(self.logoButton)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunPemdaPage)

        QMetaObject.connectSlotsByName(FirstRunPemdaPage)
    # setupUi

    def retranslateUi(self, FirstRunPemdaPage):
        FirstRunPemdaPage.setTitle(QCoreApplication.translate("FirstRunPemdaPage", u"Profil Pemerintah Daerah", None))
        FirstRunPemdaPage.setSubTitle(QCoreApplication.translate("FirstRunPemdaPage", u"Data ini dipakai pada kop surat dan laporan. Dapat diubah kemudian di Pengaturan.", None))
        self.levelLabel.setText(QCoreApplication.translate("FirstRunPemdaPage", u"&Tingkat *", None))
        self.regionLabel.setText(QCoreApplication.translate("FirstRunPemdaPage", u"&Wilayah *", None))
#if QT_CONFIG(tooltip)
        self.regionCombo.setToolTip(QCoreApplication.translate("FirstRunPemdaPage", u"Provinsi atau kabupaten/kota menurut kode wilayah Kemendagri 2025; ketik untuk mencari", None))
#endif // QT_CONFIG(tooltip)
        self.nameLabel.setText(QCoreApplication.translate("FirstRunPemdaPage", u"&Nama Daerah *", None))
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("FirstRunPemdaPage", u"Tanpa kata \"Kabupaten\"/\"Kota\"/\"Provinsi\", mis. Banyuasin", None))
#endif // QT_CONFIG(tooltip)
        self.officeLabel.setText(QCoreApplication.translate("FirstRunPemdaPage", u"Nama &Instansi", None))
#if QT_CONFIG(tooltip)
        self.officeEdit.setToolTip(QCoreApplication.translate("FirstRunPemdaPage", u"Instansi yang menerbitkan surat, mis. Badan Pengelolaan Keuangan dan Aset Daerah", None))
#endif // QT_CONFIG(tooltip)
        self.addressLabel.setText(QCoreApplication.translate("FirstRunPemdaPage", u"&Alamat", None))
        self.cityLabel.setText(QCoreApplication.translate("FirstRunPemdaPage", u"&Kota / Ibu Kota", None))
#if QT_CONFIG(tooltip)
        self.cityEdit.setToolTip(QCoreApplication.translate("FirstRunPemdaPage", u"Tempat penandatanganan surat, mis. Pangkalan Balai", None))
#endif // QT_CONFIG(tooltip)
        self.postalLabel.setText(QCoreApplication.translate("FirstRunPemdaPage", u"Kode &Pos", None))
        self.phoneLabel.setText(QCoreApplication.translate("FirstRunPemdaPage", u"Tel&epon", None))
        self.faxLabel.setText(QCoreApplication.translate("FirstRunPemdaPage", u"&Faks", None))
#if QT_CONFIG(tooltip)
        self.faxEdit.setToolTip(QCoreApplication.translate("FirstRunPemdaPage", u"Nomor faksimile kantor untuk kop surat (boleh dikosongkan)", None))
#endif // QT_CONFIG(tooltip)
        self.emailLabel.setText(QCoreApplication.translate("FirstRunPemdaPage", u"&Surel", None))
        self.websiteLabel.setText(QCoreApplication.translate("FirstRunPemdaPage", u"Situs &Web", None))
        self.logoLabel.setText(QCoreApplication.translate("FirstRunPemdaPage", u"&Logo", None))
        self.logoPreview.setText(QCoreApplication.translate("FirstRunPemdaPage", u"(belum ada)", None))
        self.logoButton.setText(QCoreApplication.translate("FirstRunPemdaPage", u"Pilih Gambar\u2026", None))
#if QT_CONFIG(tooltip)
        self.logoButton.setToolTip(QCoreApplication.translate("FirstRunPemdaPage", u"Lambang daerah untuk kop surat (PNG atau JPG)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

