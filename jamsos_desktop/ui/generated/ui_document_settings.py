# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_settings.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_DocumentSettingsDialog(object):
    def setupUi(self, DocumentSettingsDialog):
        if not DocumentSettingsDialog.objectName():
            DocumentSettingsDialog.setObjectName(u"DocumentSettingsDialog")
        self.mainLayout = QVBoxLayout(DocumentSettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.pageBox = QGroupBox(DocumentSettingsDialog)
        self.pageBox.setObjectName(u"pageBox")
        self.pageForm = QFormLayout(self.pageBox)
        self.pageForm.setObjectName(u"pageForm")
        self.paperLabel = QLabel(self.pageBox)
        self.paperLabel.setObjectName(u"paperLabel")

        self.pageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(self.pageBox)
        self.paperCombo.addItem("")
        self.paperCombo.addItem("")
        self.paperCombo.setObjectName(u"paperCombo")

        self.pageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.marginLabel = QLabel(self.pageBox)
        self.marginLabel.setObjectName(u"marginLabel")

        self.pageForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.marginLabel)

        self.marginLayout = QHBoxLayout()
        self.marginLayout.setObjectName(u"marginLayout")
        self.marginTopLabel = QLabel(self.pageBox)
        self.marginTopLabel.setObjectName(u"marginTopLabel")

        self.marginLayout.addWidget(self.marginTopLabel)

        self.marginTopSpin = QDoubleSpinBox(self.pageBox)
        self.marginTopSpin.setObjectName(u"marginTopSpin")
        self.marginTopSpin.setDecimals(1)
        self.marginTopSpin.setMinimum(5.000000000000000)
        self.marginTopSpin.setMaximum(60.000000000000000)

        self.marginLayout.addWidget(self.marginTopSpin)

        self.marginRightLabel = QLabel(self.pageBox)
        self.marginRightLabel.setObjectName(u"marginRightLabel")

        self.marginLayout.addWidget(self.marginRightLabel)

        self.marginRightSpin = QDoubleSpinBox(self.pageBox)
        self.marginRightSpin.setObjectName(u"marginRightSpin")
        self.marginRightSpin.setDecimals(1)
        self.marginRightSpin.setMinimum(5.000000000000000)
        self.marginRightSpin.setMaximum(60.000000000000000)

        self.marginLayout.addWidget(self.marginRightSpin)

        self.marginBottomLabel = QLabel(self.pageBox)
        self.marginBottomLabel.setObjectName(u"marginBottomLabel")

        self.marginLayout.addWidget(self.marginBottomLabel)

        self.marginBottomSpin = QDoubleSpinBox(self.pageBox)
        self.marginBottomSpin.setObjectName(u"marginBottomSpin")
        self.marginBottomSpin.setDecimals(1)
        self.marginBottomSpin.setMinimum(5.000000000000000)
        self.marginBottomSpin.setMaximum(60.000000000000000)

        self.marginLayout.addWidget(self.marginBottomSpin)

        self.marginLeftLabel = QLabel(self.pageBox)
        self.marginLeftLabel.setObjectName(u"marginLeftLabel")

        self.marginLayout.addWidget(self.marginLeftLabel)

        self.marginLeftSpin = QDoubleSpinBox(self.pageBox)
        self.marginLeftSpin.setObjectName(u"marginLeftSpin")
        self.marginLeftSpin.setDecimals(1)
        self.marginLeftSpin.setMinimum(5.000000000000000)
        self.marginLeftSpin.setMaximum(60.000000000000000)

        self.marginLayout.addWidget(self.marginLeftSpin)


        self.pageForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.marginLayout)

        self.fontSizeLabel = QLabel(self.pageBox)
        self.fontSizeLabel.setObjectName(u"fontSizeLabel")

        self.pageForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fontSizeLabel)

        self.fontSizeSpin = QDoubleSpinBox(self.pageBox)
        self.fontSizeSpin.setObjectName(u"fontSizeSpin")
        self.fontSizeSpin.setDecimals(1)
        self.fontSizeSpin.setMinimum(8.000000000000000)
        self.fontSizeSpin.setMaximum(16.000000000000000)

        self.pageForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fontSizeSpin)

        self.tableFontSizeLabel = QLabel(self.pageBox)
        self.tableFontSizeLabel.setObjectName(u"tableFontSizeLabel")

        self.pageForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tableFontSizeLabel)

        self.tableFontSizeSpin = QDoubleSpinBox(self.pageBox)
        self.tableFontSizeSpin.setObjectName(u"tableFontSizeSpin")
        self.tableFontSizeSpin.setDecimals(1)
        self.tableFontSizeSpin.setMinimum(6.000000000000000)
        self.tableFontSizeSpin.setMaximum(12.000000000000000)

        self.pageForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tableFontSizeSpin)


        self.mainLayout.addWidget(self.pageBox)

        self.numberingBox = QGroupBox(DocumentSettingsDialog)
        self.numberingBox.setObjectName(u"numberingBox")
        self.numberingForm = QFormLayout(self.numberingBox)
        self.numberingForm.setObjectName(u"numberingForm")
        self.patternLabel = QLabel(self.numberingBox)
        self.patternLabel.setObjectName(u"patternLabel")

        self.numberingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.patternLabel)

        self.patternEdit = QLineEdit(self.numberingBox)
        self.patternEdit.setObjectName(u"patternEdit")

        self.numberingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.patternEdit)

        self.unitCodeLabel = QLabel(self.numberingBox)
        self.unitCodeLabel.setObjectName(u"unitCodeLabel")

        self.numberingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitCodeLabel)

        self.unitCodeEdit = QLineEdit(self.numberingBox)
        self.unitCodeEdit.setObjectName(u"unitCodeEdit")

        self.numberingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitCodeEdit)

        self.usulanClassLabel = QLabel(self.numberingBox)
        self.usulanClassLabel.setObjectName(u"usulanClassLabel")

        self.numberingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.usulanClassLabel)

        self.usulanClassEdit = QLineEdit(self.numberingBox)
        self.usulanClassEdit.setObjectName(u"usulanClassEdit")

        self.numberingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.usulanClassEdit)

        self.anggaranClassLabel = QLabel(self.numberingBox)
        self.anggaranClassLabel.setObjectName(u"anggaranClassLabel")

        self.numberingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.anggaranClassLabel)

        self.anggaranClassEdit = QLineEdit(self.numberingBox)
        self.anggaranClassEdit.setObjectName(u"anggaranClassEdit")

        self.numberingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.anggaranClassEdit)

        self.perubahanClassLabel = QLabel(self.numberingBox)
        self.perubahanClassLabel.setObjectName(u"perubahanClassLabel")

        self.numberingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.perubahanClassLabel)

        self.perubahanClassEdit = QLineEdit(self.numberingBox)
        self.perubahanClassEdit.setObjectName(u"perubahanClassEdit")

        self.numberingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.perubahanClassEdit)

        self.suratClassLabel = QLabel(self.numberingBox)
        self.suratClassLabel.setObjectName(u"suratClassLabel")

        self.numberingForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.suratClassLabel)

        self.suratClassEdit = QLineEdit(self.numberingBox)
        self.suratClassEdit.setObjectName(u"suratClassEdit")

        self.numberingForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.suratClassEdit)

        self.exampleTitle = QLabel(self.numberingBox)
        self.exampleTitle.setObjectName(u"exampleTitle")

        self.numberingForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.exampleTitle)

        self.exampleLabel = QLabel(self.numberingBox)
        self.exampleLabel.setObjectName(u"exampleLabel")
        self.exampleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.numberingForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.exampleLabel)


        self.mainLayout.addWidget(self.numberingBox)

        self.lettersBox = QGroupBox(DocumentSettingsDialog)
        self.lettersBox.setObjectName(u"lettersBox")
        self.lettersForm = QFormLayout(self.lettersBox)
        self.lettersForm.setObjectName(u"lettersForm")
        self.addresseeLabel = QLabel(self.lettersBox)
        self.addresseeLabel.setObjectName(u"addresseeLabel")

        self.lettersForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.addresseeLabel)

        self.addresseeEdit = QLineEdit(self.lettersBox)
        self.addresseeEdit.setObjectName(u"addresseeEdit")

        self.lettersForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.addresseeEdit)

        self.placeLabel = QLabel(self.lettersBox)
        self.placeLabel.setObjectName(u"placeLabel")

        self.lettersForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.lettersBox)
        self.placeEdit.setObjectName(u"placeEdit")

        self.lettersForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.tembusanLabel = QLabel(self.lettersBox)
        self.tembusanLabel.setObjectName(u"tembusanLabel")

        self.lettersForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tembusanLabel)

        self.tembusanEdit = QPlainTextEdit(self.lettersBox)
        self.tembusanEdit.setObjectName(u"tembusanEdit")
        self.tembusanEdit.setMaximumSize(QSize(16777215, 90))
        self.tembusanEdit.setTabChangesFocus(True)

        self.lettersForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tembusanEdit)


        self.mainLayout.addWidget(self.lettersBox)

        self.buttons = QDialogButtonBox(DocumentSettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.paperLabel.setBuddy(self.paperCombo)
        self.marginTopLabel.setBuddy(self.marginTopSpin)
        self.marginRightLabel.setBuddy(self.marginRightSpin)
        self.marginBottomLabel.setBuddy(self.marginBottomSpin)
        self.marginLeftLabel.setBuddy(self.marginLeftSpin)
        self.fontSizeLabel.setBuddy(self.fontSizeSpin)
        self.tableFontSizeLabel.setBuddy(self.tableFontSizeSpin)
        self.patternLabel.setBuddy(self.patternEdit)
        self.unitCodeLabel.setBuddy(self.unitCodeEdit)
        self.usulanClassLabel.setBuddy(self.usulanClassEdit)
        self.anggaranClassLabel.setBuddy(self.anggaranClassEdit)
        self.perubahanClassLabel.setBuddy(self.perubahanClassEdit)
        self.suratClassLabel.setBuddy(self.suratClassEdit)
        self.addresseeLabel.setBuddy(self.addresseeEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.tembusanLabel.setBuddy(self.tembusanEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.paperCombo, self.marginTopSpin)
        QWidget.setTabOrder(self.marginTopSpin, self.marginRightSpin)
        QWidget.setTabOrder(self.marginRightSpin, self.marginBottomSpin)
        QWidget.setTabOrder(self.marginBottomSpin, self.marginLeftSpin)
        QWidget.setTabOrder(self.marginLeftSpin, self.fontSizeSpin)
        QWidget.setTabOrder(self.fontSizeSpin, self.tableFontSizeSpin)
        QWidget.setTabOrder(self.tableFontSizeSpin, self.patternEdit)
        QWidget.setTabOrder(self.patternEdit, self.unitCodeEdit)
        QWidget.setTabOrder(self.unitCodeEdit, self.usulanClassEdit)
        QWidget.setTabOrder(self.usulanClassEdit, self.anggaranClassEdit)
        QWidget.setTabOrder(self.anggaranClassEdit, self.perubahanClassEdit)
        QWidget.setTabOrder(self.perubahanClassEdit, self.suratClassEdit)
        QWidget.setTabOrder(self.suratClassEdit, self.addresseeEdit)
        QWidget.setTabOrder(self.addresseeEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.tembusanEdit)
        QWidget.setTabOrder(self.tembusanEdit, self.buttons)

        self.retranslateUi(DocumentSettingsDialog)

        QMetaObject.connectSlotsByName(DocumentSettingsDialog)
    # setupUi

    def retranslateUi(self, DocumentSettingsDialog):
        DocumentSettingsDialog.setWindowTitle(QCoreApplication.translate("DocumentSettingsDialog", u"Pengaturan Dokumen", None))
        self.pageBox.setTitle(QCoreApplication.translate("DocumentSettingsDialog", u"Halaman", None))
        self.paperLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Ukuran &kertas bawaan", None))
        self.paperCombo.setItemText(0, QCoreApplication.translate("DocumentSettingsDialog", u"F4 (215 \u00d7 330 mm)", None))
        self.paperCombo.setItemText(1, QCoreApplication.translate("DocumentSettingsDialog", u"A4 (210 \u00d7 297 mm)", None))

        self.marginLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Margin", None))
        self.marginTopLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Atas", None))
#if QT_CONFIG(tooltip)
        self.marginTopSpin.setToolTip(QCoreApplication.translate("DocumentSettingsDialog", u"Batas tepi halaman; aturan tata naskah dinas daerah dapat berbeda.", None))
#endif // QT_CONFIG(tooltip)
        self.marginTopSpin.setSuffix(QCoreApplication.translate("DocumentSettingsDialog", u" mm", None))
        self.marginRightLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Kanan", None))
#if QT_CONFIG(tooltip)
        self.marginRightSpin.setToolTip(QCoreApplication.translate("DocumentSettingsDialog", u"Batas tepi halaman; aturan tata naskah dinas daerah dapat berbeda.", None))
#endif // QT_CONFIG(tooltip)
        self.marginRightSpin.setSuffix(QCoreApplication.translate("DocumentSettingsDialog", u" mm", None))
        self.marginBottomLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Bawah", None))
#if QT_CONFIG(tooltip)
        self.marginBottomSpin.setToolTip(QCoreApplication.translate("DocumentSettingsDialog", u"Batas tepi halaman; aturan tata naskah dinas daerah dapat berbeda.", None))
#endif // QT_CONFIG(tooltip)
        self.marginBottomSpin.setSuffix(QCoreApplication.translate("DocumentSettingsDialog", u" mm", None))
        self.marginLeftLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Kiri", None))
#if QT_CONFIG(tooltip)
        self.marginLeftSpin.setToolTip(QCoreApplication.translate("DocumentSettingsDialog", u"Batas tepi halaman; aturan tata naskah dinas daerah dapat berbeda.", None))
#endif // QT_CONFIG(tooltip)
        self.marginLeftSpin.setSuffix(QCoreApplication.translate("DocumentSettingsDialog", u" mm", None))
        self.fontSizeLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Ukuran huruf &isi", None))
        self.fontSizeSpin.setSuffix(QCoreApplication.translate("DocumentSettingsDialog", u" pt", None))
        self.tableFontSizeLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Ukuran huruf ta&bel", None))
        self.tableFontSizeSpin.setSuffix(QCoreApplication.translate("DocumentSettingsDialog", u" pt", None))
        self.numberingBox.setTitle(QCoreApplication.translate("DocumentSettingsDialog", u"Penomoran surat", None))
        self.patternLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"&Pola nomor", None))
#if QT_CONFIG(tooltip)
        self.patternEdit.setToolTip(QCoreApplication.translate("DocumentSettingsDialog", u"Bagian yang dapat dipakai: {klasifikasi}, {urut} (nomor urut tahunan, wajib), {urut:3} (tiga digit), {unit}, {tahun} (wajib), {bulan}, {bulan_romawi}.", None))
#endif // QT_CONFIG(tooltip)
        self.unitCodeLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Kode &unit ({unit})", None))
        self.unitCodeEdit.setPlaceholderText(QCoreApplication.translate("DocumentSettingsDialog", u"kosong: singkatan nama kantor", None))
        self.usulanClassLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Klasifikasi usu&lan kepesertaan", None))
#if QT_CONFIG(tooltip)
        self.usulanClassEdit.setToolTip(QCoreApplication.translate("DocumentSettingsDialog", u"Kode klasifikasi arsip untuk bagian {klasifikasi} pada nomor surat", None))
#endif // QT_CONFIG(tooltip)
        self.anggaranClassLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Klasifikasi usulan an&ggaran", None))
#if QT_CONFIG(tooltip)
        self.anggaranClassEdit.setToolTip(QCoreApplication.translate("DocumentSettingsDialog", u"Kode klasifikasi arsip untuk bagian {klasifikasi} pada nomor surat", None))
#endif // QT_CONFIG(tooltip)
        self.perubahanClassLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Klasifikasi pe&rubahan kepesertaan", None))
#if QT_CONFIG(tooltip)
        self.perubahanClassEdit.setToolTip(QCoreApplication.translate("DocumentSettingsDialog", u"Kode klasifikasi arsip untuk bagian {klasifikasi} pada nomor surat", None))
#endif // QT_CONFIG(tooltip)
        self.suratClassLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Klasifikasi surat &dinas", None))
#if QT_CONFIG(tooltip)
        self.suratClassEdit.setToolTip(QCoreApplication.translate("DocumentSettingsDialog", u"Kode klasifikasi arsip untuk bagian {klasifikasi} pada nomor surat", None))
#endif // QT_CONFIG(tooltip)
        self.exampleTitle.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Contoh", None))
        self.lettersBox.setTitle(QCoreApplication.translate("DocumentSettingsDialog", u"Surat ke BPJS Ketenagakerjaan", None))
        self.addresseeLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"&Yth.", None))
        self.placeLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"di", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("DocumentSettingsDialog", u"Tempat", None))
        self.tembusanLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"T&embusan", None))
        self.tembusanEdit.setPlaceholderText(QCoreApplication.translate("DocumentSettingsDialog", u"Satu penerima per baris; kosong: kepala daerah dan Sekretaris Daerah", None))
    # retranslateUi

