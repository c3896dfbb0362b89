# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'documents_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_DocumentsPage(object):
    def setupUi(self, DocumentsPage):
        if not DocumentsPage.objectName():
            DocumentsPage.setObjectName(u"DocumentsPage")
        DocumentsPage.resize(1150, 720)
        self.mainLayout = QVBoxLayout(DocumentsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.splitter = QSplitter(DocumentsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.optionsScroll = QScrollArea(self.splitter)
        self.optionsScroll.setObjectName(u"optionsScroll")
        self.optionsScroll.setWidgetResizable(True)
        self.optionsBox = QWidget()
        self.optionsBox.setObjectName(u"optionsBox")
        self.optionsLayout = QVBoxLayout(self.optionsBox)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.optionsForm = QFormLayout()
        self.optionsForm.setObjectName(u"optionsForm")
        self.kindLabel = QLabel(self.optionsBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.optionsBox)
        self.kindCombo.setObjectName(u"kindCombo")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.docDateLabel = QLabel(self.optionsBox)
        self.docDateLabel.setObjectName(u"docDateLabel")

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.docDateLabel)

        self.docDateEdit = QDateEdit(self.optionsBox)
        self.docDateEdit.setObjectName(u"docDateEdit")
        self.docDateEdit.setDisplayFormat(u"d MMMM yyyy")
        self.docDateEdit.setCalendarPopup(True)

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.docDateEdit)

        self.yearLabel = QLabel(self.optionsBox)
        self.yearLabel.setObjectName(u"yearLabel")

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(self.optionsBox)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.fromMonthLabel = QLabel(self.optionsBox)
        self.fromMonthLabel.setObjectName(u"fromMonthLabel")

        self.optionsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fromMonthLabel)

        self.fromMonthCombo = QComboBox(self.optionsBox)
        self.fromMonthCombo.setObjectName(u"fromMonthCombo")

        self.optionsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fromMonthCombo)

        self.toMonthLabel = QLabel(self.optionsBox)
        self.toMonthLabel.setObjectName(u"toMonthLabel")

        self.optionsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.toMonthLabel)

        self.toMonthCombo = QComboBox(self.optionsBox)
        self.toMonthCombo.setObjectName(u"toMonthCombo")

        self.optionsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.toMonthCombo)

        self.unitLabel = QLabel(self.optionsBox)
        self.unitLabel.setObjectName(u"unitLabel")

        self.optionsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(self.optionsBox)
        self.unitCombo.setObjectName(u"unitCombo")

        self.optionsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.paperLabel = QLabel(self.optionsBox)
        self.paperLabel.setObjectName(u"paperLabel")

        self.optionsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperRow = QHBoxLayout()
        self.paperRow.setObjectName(u"paperRow")
        self.paperCombo = QComboBox(self.optionsBox)
        self.paperCombo.addItem("")
        self.paperCombo.addItem("")
        self.paperCombo.setObjectName(u"paperCombo")

        self.paperRow.addWidget(self.paperCombo)

        self.settingsButton = QPushButton(self.optionsBox)
        self.settingsButton.setObjectName(u"settingsButton")

        self.paperRow.addWidget(self.settingsButton)

        self.paperRow.setStretch(0, 1)

        self.optionsForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.paperRow)

        self.signatoryLabel = QLabel(self.optionsBox)
        self.signatoryLabel.setObjectName(u"signatoryLabel")

        self.optionsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.signatoryLabel)

        self.signRow = QHBoxLayout()
        self.signRow.setObjectName(u"signRow")
        self.signatoryCombo = QComboBox(self.optionsBox)
        self.signatoryCombo.setObjectName(u"signatoryCombo")

        self.signRow.addWidget(self.signatoryCombo)

        self.manageButton = QPushButton(self.optionsBox)
        self.manageButton.setObjectName(u"manageButton")

        self.signRow.addWidget(self.manageButton)

        self.signRow.setStretch(0, 1)

        self.optionsForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.signRow)

        self.signFormLabel = QLabel(self.optionsBox)
        self.signFormLabel.setObjectName(u"signFormLabel")

        self.optionsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.signFormLabel)

        self.signFormCombo = QComboBox(self.optionsBox)
        self.signFormCombo.setObjectName(u"signFormCombo")

        self.optionsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.signFormCombo)

        self.onBehalfLabel = QLabel(self.optionsBox)
        self.onBehalfLabel.setObjectName(u"onBehalfLabel")

        self.optionsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.onBehalfLabel)

        self.onBehalfEdit = QLineEdit(self.optionsBox)
        self.onBehalfEdit.setObjectName(u"onBehalfEdit")

        self.optionsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.onBehalfEdit)

        self.addresseeLabel = QLabel(self.optionsBox)
        self.addresseeLabel.setObjectName(u"addresseeLabel")

        self.optionsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.addresseeLabel)

        self.addresseeEdit = QLineEdit(self.optionsBox)
        self.addresseeEdit.setObjectName(u"addresseeEdit")

        self.optionsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.addresseeEdit)

        self.placeLabel = QLabel(self.optionsBox)
        self.placeLabel.setObjectName(u"placeLabel")

        self.optionsForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.optionsBox)
        self.placeEdit.setObjectName(u"placeEdit")

        self.optionsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.subjectLabel = QLabel(self.optionsBox)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.optionsForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(self.optionsBox)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.optionsForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.sifatLabel = QLabel(self.optionsBox)
        self.sifatLabel.setObjectName(u"sifatLabel")

        self.optionsForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.sifatLabel)

        self.sifatEdit = QLineEdit(self.optionsBox)
        self.sifatEdit.setObjectName(u"sifatEdit")

        self.optionsForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.sifatEdit)

        self.lampiranLabel = QLabel(self.optionsBox)
        self.lampiranLabel.setObjectName(u"lampiranLabel")

        self.optionsForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.lampiranLabel)

        self.lampiranEdit = QLineEdit(self.optionsBox)
        self.lampiranEdit.setObjectName(u"lampiranEdit")

        self.optionsForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.lampiranEdit)

        self.bodyLabel = QLabel(self.optionsBox)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.optionsForm.setWidget(15, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEdit = QPlainTextEdit(self.optionsBox)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.optionsForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.bodyEdit)

        self.tembusanLabel = QLabel(self.optionsBox)
        self.tembusanLabel.setObjectName(u"tembusanLabel")
        font = QFont()
        font.setKerning(False)
        self.tembusanLabel.setFont(font)

        self.optionsForm.setWidget(16, QFormLayout.ItemRole.LabelRole, self.tembusanLabel)

        self.tembusanEdit = QPlainTextEdit(self.optionsBox)
        self.tembusanEdit.setObjectName(u"tembusanEdit")
        self.tembusanEdit.setMaximumSize(QSize(16777215, 70))
        self.tembusanEdit.setTabChangesFocus(True)

        self.optionsForm.setWidget(16, QFormLayout.ItemRole.FieldRole, self.tembusanEdit)

        self.markCheck = QCheckBox(self.optionsBox)
        self.markCheck.setObjectName(u"markCheck")

        self.optionsForm.setWidget(17, QFormLayout.ItemRole.FieldRole, self.markCheck)


        self.optionsLayout.addLayout(self.optionsForm)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.previewButton = QPushButton(self.optionsBox)
        self.previewButton.setObjectName(u"previewButton")

        self.actionButtons.addWidget(self.previewButton)

        self.issueButton = QPushButton(self.optionsBox)
        self.issueButton.setObjectName(u"issueButton")

        self.actionButtons.addWidget(self.issueButton)

        self.printButton = QPushButton(self.optionsBox)
        self.printButton.setObjectName(u"printButton")

        self.actionButtons.addWidget(self.printButton)

        self.saveButton = QPushButton(self.optionsBox)
        self.saveButton.setObjectName(u"saveButton")

        self.actionButtons.addWidget(self.saveButton)


        self.optionsLayout.addLayout(self.actionButtons)

        self.messageLabel = QLabel(self.optionsBox)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.optionsLayout.addWidget(self.messageLabel)

        self.optionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.optionsLayout.addItem(self.optionsSpacer)

        self.optionsScroll.setWidget(self.optionsBox)
        self.splitter.addWidget(self.optionsScroll)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(2)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.tabs.sizePolicy().hasHeightForWidth())
        self.tabs.setSizePolicy(sizePolicy)
        self.previewTab = QWidget()
        self.previewTab.setObjectName(u"previewTab")
        self.previewLayout = QVBoxLayout(self.previewTab)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewInfo = QLabel(self.previewTab)
        self.previewInfo.setObjectName(u"previewInfo")
        self.previewInfo.setWordWrap(True)

        self.previewLayout.addWidget(self.previewInfo)

        self.openExternalButton = QPushButton(self.previewTab)
        self.openExternalButton.setObjectName(u"openExternalButton")

        self.previewLayout.addWidget(self.openExternalButton)

        self.tabs.addTab(self.previewTab, "")
        self.registerTab = QWidget()
        self.registerTab.setObjectName(u"registerTab")
        self.registerLayout = QVBoxLayout(self.registerTab)
        self.registerLayout.setObjectName(u"registerLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchEdit = QLineEdit(self.registerTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.refreshButton = QPushButton(self.registerTab)
        self.refreshButton.setObjectName(u"refreshButton")

        self.searchRow.addWidget(self.refreshButton)

        self.searchRow.setStretch(0, 1)

        self.registerLayout.addLayout(self.searchRow)

        self.registerTable = QTableWidget(self.registerTab)
        if (self.registerTable.columnCount() < 10):
            self.registerTable.setColumnCount(10)
        __qtablewidgetitem = QTableWidgetItem()
        self.registerTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.registerTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.registerTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.registerTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.registerTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.registerTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.registerTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.registerTable.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.registerTable.setHorizontalHeaderItem(8, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.registerTable.setHorizontalHeaderItem(9, __qtablewidgetitem9)
        self.registerTable.setObjectName(u"registerTable")
        self.registerTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.registerTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.registerTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.registerLayout.addWidget(self.registerTable)

        self.verifyRow = QHBoxLayout()
        self.verifyRow.setObjectName(u"verifyRow")
        self.reprintButton = QPushButton(self.registerTab)
        self.reprintButton.setObjectName(u"reprintButton")

        self.verifyRow.addWidget(self.reprintButton)

        self.verifyEdit = QLineEdit(self.registerTab)
        self.verifyEdit.setObjectName(u"verifyEdit")

        self.verifyRow.addWidget(self.verifyEdit)

        self.verifyCodeButton = QPushButton(self.registerTab)
        self.verifyCodeButton.setObjectName(u"verifyCodeButton")

        self.verifyRow.addWidget(self.verifyCodeButton)

        self.verifyFileButton = QPushButton(self.registerTab)
        self.verifyFileButton.setObjectName(u"verifyFileButton")

        self.verifyRow.addWidget(self.verifyFileButton)


        self.registerLayout.addLayout(self.verifyRow)

        self.verifyResult = QLabel(self.registerTab)
        self.verifyResult.setObjectName(u"verifyResult")
        self.verifyResult.setWordWrap(True)
        self.verifyResult.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.registerLayout.addWidget(self.verifyResult)

        self.registerLayout.setStretch(1, 1)
        self.tabs.addTab(self.registerTab, "")
        self.splitter.addWidget(self.tabs)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.docDateLabel.setBuddy(self.docDateEdit)
        self.yearLabel.setBuddy(self.yearSpin)
        self.fromMonthLabel.setBuddy(self.fromMonthCombo)
        self.toMonthLabel.setBuddy(self.toMonthCombo)
        self.unitLabel.setBuddy(self.unitCombo)
        self.paperLabel.setBuddy(self.paperCombo)
        self.signatoryLabel.setBuddy(self.signatoryCombo)
        self.signFormLabel.setBuddy(self.signFormCombo)
        self.onBehalfLabel.setBuddy(self.onBehalfEdit)
        self.addresseeLabel.setBuddy(self.addresseeEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.sifatLabel.setBuddy(self.sifatEdit)
        self.lampiranLabel.setBuddy(self.lampiranEdit)
        self.bodyLabel.setBuddy(self.bodyEdit)
        self.tembusanLabel.setBuddy(self.tembusanEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.docDateEdit)
        QWidget.setTabOrder(self.docDateEdit, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.fromMonthCombo)
        QWidget.setTabOrder(self.fromMonthCombo, self.toMonthCombo)
        QWidget.setTabOrder(self.toMonthCombo, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.paperCombo)
        QWidget.setTabOrder(self.paperCombo, self.settingsButton)
        QWidget.setTabOrder(self.settingsButton, self.signatoryCombo)
        QWidget.setTabOrder(self.signatoryCombo, self.manageButton)
        QWidget.setTabOrder(self.manageButton, self.signFormCombo)
        QWidget.setTabOrder(self.signFormCombo, self.onBehalfEdit)
        QWidget.setTabOrder(self.onBehalfEdit, self.addresseeEdit)
        QWidget.setTabOrder(self.addresseeEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.sifatEdit)
        QWidget.setTabOrder(self.sifatEdit, self.lampiranEdit)
        QWidget.setTabOrder(self.lampiranEdit, self.bodyEdit)
        QWidget.setTabOrder(self.bodyEdit, self.tembusanEdit)
        QWidget.setTabOrder(self.tembusanEdit, self.markCheck)
        QWidget.setTabOrder(self.markCheck, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.issueButton)
        QWidget.setTabOrder(self.issueButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.openExternalButton)
        QWidget.setTabOrder(self.openExternalButton, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.registerTable)
        QWidget.setTabOrder(self.registerTable, self.reprintButton)
        QWidget.setTabOrder(self.reprintButton, self.verifyEdit)
        QWidget.setTabOrder(self.verifyEdit, self.verifyCodeButton)
        QWidget.setTabOrder(self.verifyCodeButton, self.verifyFileButton)

        self.retranslateUi(DocumentsPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(DocumentsPage)
    # setupUi

    def retranslateUi(self, DocumentsPage):
        self.kindLabel.setText(QCoreApplication.translate("DocumentsPage", u"&Jenis dokumen", None))
        self.docDateLabel.setText(QCoreApplication.translate("DocumentsPage", u"Tan&ggal surat", None))
        self.yearLabel.setText(QCoreApplication.translate("DocumentsPage", u"Ta&hun", None))
        self.fromMonthLabel.setText(QCoreApplication.translate("DocumentsPage", u"Bulan a&wal", None))
        self.toMonthLabel.setText(QCoreApplication.translate("DocumentsPage", u"Bulan akhi&r", None))
        self.unitLabel.setText(QCoreApplication.translate("DocumentsPage", u"&Unit kerja", None))
        self.paperLabel.setText(QCoreApplication.translate("DocumentsPage", u"&Kertas", None))
        self.paperCombo.setItemText(0, QCoreApplication.translate("DocumentsPage", u"F4 (215 \u00d7 330 mm)", None))
        self.paperCombo.setItemText(1, QCoreApplication.translate("DocumentsPage", u"A4 (210 \u00d7 297 mm)", None))

        self.settingsButton.setText(QCoreApplication.translate("DocumentsPage", u"Pengaturan dokumen\u2026", None))
#if QT_CONFIG(tooltip)
        self.settingsButton.setToolTip(QCoreApplication.translate("DocumentsPage", u"Kertas, margin, ukuran huruf, pola nomor surat, tembusan (administrator)", None))
#endif // QT_CONFIG(tooltip)
        self.signatoryLabel.setText(QCoreApplication.translate("DocumentsPage", u"&Penandatangan", None))
        self.manageButton.setText(QCoreApplication.translate("DocumentsPage", u"Kelola\u2026", None))
#if QT_CONFIG(tooltip)
        self.manageButton.setToolTip(QCoreApplication.translate("DocumentsPage", u"Tambah, ubah atau nonaktifkan penandatangan", None))
#endif // QT_CONFIG(tooltip)
        self.signFormLabel.setText(QCoreApplication.translate("DocumentsPage", u"Bentuk tan&da tangan", None))
#if QT_CONFIG(tooltip)
        self.signFormCombo.setToolTip(QCoreApplication.translate("DocumentsPage", u"Misalnya a.n., Plt. atau Plh.; bawaan: sesuai data penandatangan", None))
#endif // QT_CONFIG(tooltip)
        self.onBehalfLabel.setText(QCoreApplication.translate("DocumentsPage", u"Atas na&ma (a.n.)", None))
#if QT_CONFIG(tooltip)
        self.onBehalfEdit.setToolTip(QCoreApplication.translate("DocumentsPage", u"Diisi bila surat ditandatangani atas nama pejabat lain, misalnya Bupati Banyuasin", None))
#endif // QT_CONFIG(tooltip)
        self.addresseeLabel.setText(QCoreApplication.translate("DocumentsPage", u"Kepada &Yth.", None))
        self.addresseeEdit.setPlaceholderText(QCoreApplication.translate("DocumentsPage", u"bawaan dari pengaturan", None))
        self.placeLabel.setText(QCoreApplication.translate("DocumentsPage", u"di", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("DocumentsPage", u"Tempat", None))
        self.subjectLabel.setText(QCoreApplication.translate("DocumentsPage", u"Ha&l", None))
        self.sifatLabel.setText(QCoreApplication.translate("DocumentsPage", u"Si&fat", None))
        self.sifatEdit.setText(QCoreApplication.translate("DocumentsPage", u"Biasa", None))
        self.lampiranLabel.setText(QCoreApplication.translate("DocumentsPage", u"Lampira&n", None))
        self.bodyLabel.setText(QCoreApplication.translate("DocumentsPage", u"&Isi surat", None))
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("DocumentsPage", u"Paragraf dipisah satu baris kosong; daftar diawali 1. atau a.", None))
        self.tembusanLabel.setText(QCoreApplication.translate("DocumentsPage", u"T&embusan", None))
        self.tembusanEdit.setPlaceholderText(QCoreApplication.translate("DocumentsPage", u"satu tujuan per baris (kosong: bawaan)", None))
        self.markCheck.setText(QCoreApplication.translate("DocumentsPage", u"Tandai pekerja berstatus Belum menjadi Diusulkan", None))
#if QT_CONFIG(tooltip)
        self.markCheck.setToolTip(QCoreApplication.translate("DocumentsPage", u"Saat diterbitkan, pekerja dalam lampiran yang berstatus Belum didaftarkan dicatat sebagai Diusulkan dengan surat ini", None))
#endif // QT_CONFIG(tooltip)
        self.previewButton.setText(QCoreApplication.translate("DocumentsPage", u"Pratinjau (k&onsep)", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("DocumentsPage", u"Susun konsep tanpa nomor; belum tercatat di register", None))
#endif // QT_CONFIG(tooltip)
        self.issueButton.setText(QCoreApplication.translate("DocumentsPage", u"Terbitkan", None))
#if QT_CONFIG(tooltip)
        self.issueButton.setToolTip(QCoreApplication.translate("DocumentsPage", u"Beri nomor, catat di register dan kunci isi dokumen", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("DocumentsPage", u"&Cetak\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("DocumentsPage", u"Simpan PDF\u2026", None))
        self.previewInfo.setText(QCoreApplication.translate("DocumentsPage", u"Belum ada dokumen. Pilih jenis dokumen lalu Pratinjau.", None))
        self.openExternalButton.setText(QCoreApplication.translate("DocumentsPage", u"Buka di penampil PDF", None))
#if QT_CONFIG(tooltip)
        self.openExternalButton.setToolTip(QCoreApplication.translate("DocumentsPage", u"Buka dokumen di program penampil PDF komputer ini", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.previewTab), QCoreApplication.translate("DocumentsPage", u"Pratinjau", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("DocumentsPage", u"Cari nomor, hal, tujuan atau kode\u2026", None))
        self.refreshButton.setText(QCoreApplication.translate("DocumentsPage", u"Muat ulang", None))
        ___qtablewidgetitem = self.registerTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DocumentsPage", u"Nomor", None))
        ___qtablewidgetitem1 = self.registerTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DocumentsPage", u"Tanggal", None))
        ___qtablewidgetitem2 = self.registerTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DocumentsPage", u"Jenis", None))
        ___qtablewidgetitem3 = self.registerTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DocumentsPage", u"Hal", None))
        ___qtablewidgetitem4 = self.registerTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("DocumentsPage", u"Tujuan", None))
        ___qtablewidgetitem5 = self.registerTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("DocumentsPage", u"Pekerja", None))
        ___qtablewidgetitem6 = self.registerTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("DocumentsPage", u"Jumlah", None))
        ___qtablewidgetitem7 = self.registerTable.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("DocumentsPage", u"Halaman", None))
        ___qtablewidgetitem8 = self.registerTable.horizontalHeaderItem(8)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("DocumentsPage", u"Kode verifikasi", None))
        ___qtablewidgetitem9 = self.registerTable.horizontalHeaderItem(9)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("DocumentsPage", u"Petugas", None))
#if QT_CONFIG(tooltip)
        self.registerTable.setToolTip(QCoreApplication.translate("DocumentsPage", u"Klik dua kali untuk menampilkan dokumen persis seperti saat diterbitkan", None))
#endif // QT_CONFIG(tooltip)
        self.reprintButton.setText(QCoreApplication.translate("DocumentsPage", u"Tampilkan / cetak ulang", None))
        self.verifyEdit.setPlaceholderText(QCoreApplication.translate("DocumentsPage", u"Kode verifikasi, misalnya AB12C-DE34F", None))
        self.verifyCodeButton.setText(QCoreApplication.translate("DocumentsPage", u"Cek kode", None))
        self.verifyFileButton.setText(QCoreApplication.translate("DocumentsPage", u"Cek berkas PDF\u2026", None))
        self.verifyResult.setText(QCoreApplication.translate("DocumentsPage", u"Cek keaslian dokumen: masukkan kode dari kaki halaman, atau pilih berkas PDF.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.registerTab), QCoreApplication.translate("DocumentsPage", u"Register dokumen", None))
        pass
    # retranslateUi

