# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'worker_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_WorkerEditor(object):
    def setupUi(self, WorkerEditor):
        if not WorkerEditor.objectName():
            WorkerEditor.setObjectName(u"WorkerEditor")
        WorkerEditor.resize(900, 680)
        self.mainLayout = QVBoxLayout(WorkerEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(WorkerEditor)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.mainLayout.addWidget(self.headerLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.tabs = QTabWidget(WorkerEditor)
        self.tabs.setObjectName(u"tabs")
        self.identityTab = QWidget()
        self.identityTab.setObjectName(u"identityTab")
        self.identityForm = QFormLayout(self.identityTab)
        self.identityForm.setObjectName(u"identityForm")
        self.identityForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nikLabel = QLabel(self.identityTab)
        self.nikLabel.setObjectName(u"nikLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nikLabel)

        self.nikEdit = QLineEdit(self.identityTab)
        self.nikEdit.setObjectName(u"nikEdit")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nikEdit)

        self.nameLabel = QLabel(self.identityTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.identityTab)
        self.nameEdit.setObjectName(u"nameEdit")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.birthPlaceLabel = QLabel(self.identityTab)
        self.birthPlaceLabel.setObjectName(u"birthPlaceLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.birthPlaceLabel)

        self.birthPlaceEdit = QLineEdit(self.identityTab)
        self.birthPlaceEdit.setObjectName(u"birthPlaceEdit")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.birthPlaceEdit)

        self.birthDateLabel = QLabel(self.identityTab)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = QLineEdit(self.identityTab)
        self.birthDateEdit.setObjectName(u"birthDateEdit")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.sexLabel = QLabel(self.identityTab)
        self.sexLabel.setObjectName(u"sexLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexCombo = QComboBox(self.identityTab)
        self.sexCombo.setObjectName(u"sexCombo")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.motherLabel = QLabel(self.identityTab)
        self.motherLabel.setObjectName(u"motherLabel")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.motherLabel)

        self.motherEdit = QLineEdit(self.identityTab)
        self.motherEdit.setObjectName(u"motherEdit")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.motherEdit)

        self.addressLabel = QLabel(self.identityTab)
        self.addressLabel.setObjectName(u"addressLabel")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.identityTab)
        self.addressEdit.setObjectName(u"addressEdit")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.phoneLabel = QLabel(self.identityTab)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.identityTab)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.maritalLabel = QLabel(self.identityTab)
        self.maritalLabel.setObjectName(u"maritalLabel")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.maritalLabel)

        self.maritalCombo = QComboBox(self.identityTab)
        self.maritalCombo.setObjectName(u"maritalCombo")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.maritalCombo)

        self.tabs.addTab(self.identityTab, "")
        self.jobTab = QWidget()
        self.jobTab.setObjectName(u"jobTab")
        self.jobForm = QFormLayout(self.jobTab)
        self.jobForm.setObjectName(u"jobForm")
        self.jobForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.unitLabel = QLabel(self.jobTab)
        self.unitLabel.setObjectName(u"unitLabel")

        self.jobForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(self.jobTab)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setEditable(True)
        self.unitCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.jobForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.riskLabel = QLabel(self.jobTab)
        self.riskLabel.setObjectName(u"riskLabel")

        self.jobForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.riskLabel)

        self.riskValue = QLabel(self.jobTab)
        self.riskValue.setObjectName(u"riskValue")

        self.jobForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.riskValue)

        self.categoryLabel = QLabel(self.jobTab)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.jobForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(self.jobTab)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.jobForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.jobTitleLabel = QLabel(self.jobTab)
        self.jobTitleLabel.setObjectName(u"jobTitleLabel")

        self.jobForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.jobTitleLabel)

        self.jobTitleEdit = QLineEdit(self.jobTab)
        self.jobTitleEdit.setObjectName(u"jobTitleEdit")

        self.jobForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.jobTitleEdit)

        self.typeLabel = QLabel(self.jobTab)
        self.typeLabel.setObjectName(u"typeLabel")

        self.jobForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(self.jobTab)
        self.typeCombo.setObjectName(u"typeCombo")

        self.jobForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.wageLabel = QLabel(self.jobTab)
        self.wageLabel.setObjectName(u"wageLabel")

        self.jobForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.wageLabel)

        self.wageEdit = QLineEdit(self.jobTab)
        self.wageEdit.setObjectName(u"wageEdit")

        self.jobForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.wageEdit)

        self.fundingLabel = QLabel(self.jobTab)
        self.fundingLabel.setObjectName(u"fundingLabel")

        self.jobForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.fundingLabel)

        self.fundingCombo = QComboBox(self.jobTab)
        self.fundingCombo.setObjectName(u"fundingCombo")

        self.jobForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.fundingCombo)

        self.startDateLabel = QLabel(self.jobTab)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.jobForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateEdit = QLineEdit(self.jobTab)
        self.startDateEdit.setObjectName(u"startDateEdit")

        self.jobForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.endDateLabel = QLabel(self.jobTab)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.jobForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.endDateLabel)

        self.endDateEdit = QLineEdit(self.jobTab)
        self.endDateEdit.setObjectName(u"endDateEdit")

        self.jobForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.endDateEdit)

        self.programsLabel = QLabel(self.jobTab)
        self.programsLabel.setObjectName(u"programsLabel")

        self.jobForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.programsLabel)

        self.programsBox = QWidget(self.jobTab)
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

        self.programsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.programsLayout.addItem(self.programsSpacer)


        self.jobForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.programsBox)

        self.notesLabel = QLabel(self.jobTab)
        self.notesLabel.setObjectName(u"notesLabel")

        self.jobForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(self.jobTab)
        self.notesEdit.setObjectName(u"notesEdit")

        self.jobForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.tabs.addTab(self.jobTab, "")
        self.enrollmentTab = QWidget()
        self.enrollmentTab.setObjectName(u"enrollmentTab")
        self.enrollmentForm = QFormLayout(self.enrollmentTab)
        self.enrollmentForm.setObjectName(u"enrollmentForm")
        self.enrollmentForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.statusLabel = QLabel(self.enrollmentTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.enrollmentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusValue = QLabel(self.enrollmentTab)
        self.statusValue.setObjectName(u"statusValue")

        self.enrollmentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusValue)

        self.kpjLabel = QLabel(self.enrollmentTab)
        self.kpjLabel.setObjectName(u"kpjLabel")

        self.enrollmentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kpjLabel)

        self.kpjEdit = QLineEdit(self.enrollmentTab)
        self.kpjEdit.setObjectName(u"kpjEdit")

        self.enrollmentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kpjEdit)

        self.registeredLabel = QLabel(self.enrollmentTab)
        self.registeredLabel.setObjectName(u"registeredLabel")

        self.enrollmentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.registeredLabel)

        self.registeredEdit = QLineEdit(self.enrollmentTab)
        self.registeredEdit.setObjectName(u"registeredEdit")

        self.enrollmentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.registeredEdit)

        self.proposalLabel = QLabel(self.enrollmentTab)
        self.proposalLabel.setObjectName(u"proposalLabel")

        self.enrollmentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.proposalLabel)

        self.proposalValue = QLabel(self.enrollmentTab)
        self.proposalValue.setObjectName(u"proposalValue")

        self.enrollmentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.proposalValue)

        self.endedLabel = QLabel(self.enrollmentTab)
        self.endedLabel.setObjectName(u"endedLabel")

        self.enrollmentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endedLabel)

        self.endedValue = QLabel(self.enrollmentTab)
        self.endedValue.setObjectName(u"endedValue")

        self.enrollmentForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.endedValue)

        self.tabs.addTab(self.enrollmentTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTable = QTableWidget(self.historyTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setWordWrap(True)

        self.historyLayout.addWidget(self.historyTable)

        self.tabs.addTab(self.historyTab, "")

        self.bodyLayout.addWidget(self.tabs)

        self.contributionBox = QGroupBox(WorkerEditor)
        self.contributionBox.setObjectName(u"contributionBox")
        self.contributionBox.setMinimumSize(QSize(360, 0))
        self.contributionBox.setMaximumSize(QSize(400, 16777215))
        self.contributionLayout = QVBoxLayout(self.contributionBox)
        self.contributionLayout.setObjectName(u"contributionLayout")
        self.contributionTable = QTableWidget(self.contributionBox)
        self.contributionTable.setObjectName(u"contributionTable")
        self.contributionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contributionTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.contributionTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.contributionLayout.addWidget(self.contributionTable)

        self.contributionNote = QLabel(self.contributionBox)
        self.contributionNote.setObjectName(u"contributionNote")
        self.contributionNote.setWordWrap(True)

        self.contributionLayout.addWidget(self.contributionNote)


        self.bodyLayout.addWidget(self.contributionBox)


        self.mainLayout.addLayout(self.bodyLayout)

        self.duplicateLabel = QLabel(WorkerEditor)
        self.duplicateLabel.setObjectName(u"duplicateLabel")
        self.duplicateLabel.setWordWrap(True)
        self.duplicateLabel.setTextFormat(Qt.TextFormat.RichText)
        self.duplicateLabel.setOpenExternalLinks(False)

        self.mainLayout.addWidget(self.duplicateLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.summaryLabel = QLabel(WorkerEditor)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.buttonLayout.addWidget(self.summaryLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveNewButton = QPushButton(WorkerEditor)
        self.saveNewButton.setObjectName(u"saveNewButton")
        self.saveNewButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.saveNewButton)

        self.saveButton = QPushButton(WorkerEditor)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(WorkerEditor)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.nikLabel.setBuddy(self.nikEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.birthPlaceLabel.setBuddy(self.birthPlaceEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.motherLabel.setBuddy(self.motherEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.maritalLabel.setBuddy(self.maritalCombo)
        self.unitLabel.setBuddy(self.unitCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.jobTitleLabel.setBuddy(self.jobTitleEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.wageLabel.setBuddy(self.wageEdit)
        self.fundingLabel.setBuddy(self.fundingCombo)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.endDateLabel.setBuddy(self.endDateEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.kpjLabel.setBuddy(self.kpjEdit)
        self.registeredLabel.setBuddy(self.registeredEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nikEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.birthPlaceEdit)
        QWidget.setTabOrder(self.birthPlaceEdit, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.motherEdit)
        QWidget.setTabOrder(self.motherEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.maritalCombo)
        QWidget.setTabOrder(self.maritalCombo, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.jobTitleEdit)
        QWidget.setTabOrder(self.jobTitleEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.wageEdit)
        QWidget.setTabOrder(self.wageEdit, self.fundingCombo)
        QWidget.setTabOrder(self.fundingCombo, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.endDateEdit)
        QWidget.setTabOrder(self.endDateEdit, self.jkkCheck)
        QWidget.setTabOrder(self.jkkCheck, self.jkmCheck)
        QWidget.setTabOrder(self.jkmCheck, self.jhtCheck)
        QWidget.setTabOrder(self.jhtCheck, self.jpCheck)
        QWidget.setTabOrder(self.jpCheck, self.jkpCheck)
        QWidget.setTabOrder(self.jkpCheck, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.kpjEdit)
        QWidget.setTabOrder(self.kpjEdit, self.registeredEdit)
        QWidget.setTabOrder(self.registeredEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.saveNewButton)
        QWidget.setTabOrder(self.saveNewButton, self.cancelButton)

        self.retranslateUi(WorkerEditor)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(WorkerEditor)
    # setupUi

    def retranslateUi(self, WorkerEditor):
        WorkerEditor.setWindowTitle(QCoreApplication.translate("WorkerEditor", u"Data Pegawai", None))
        self.headerLabel.setText(QCoreApplication.translate("WorkerEditor", u"Pegawai baru", None))
        self.nikLabel.setText(QCoreApplication.translate("WorkerEditor", u"&NIK *", None))
#if QT_CONFIG(tooltip)
        self.nikEdit.setToolTip(QCoreApplication.translate("WorkerEditor", u"Nomor Induk Kependudukan, 16 angka. Boleh diketik dengan spasi, titik atau tanda hubung. Tanggal lahir dan jenis kelamin diisi otomatis dari NIK (perempuan: tanggal ditambah 40).", None))
#endif // QT_CONFIG(tooltip)
        self.nikEdit.setPlaceholderText(QCoreApplication.translate("WorkerEditor", u"16 angka, mis. 1607011503900001", None))
        self.nameLabel.setText(QCoreApplication.translate("WorkerEditor", u"Nama &Lengkap *", None))
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("WorkerEditor", u"Nama lengkap sesuai KTP, tanpa gelar bila memungkinkan", None))
#endif // QT_CONFIG(tooltip)
        self.birthPlaceLabel.setText(QCoreApplication.translate("WorkerEditor", u"&Tempat Lahir", None))
        self.birthDateLabel.setText(QCoreApplication.translate("WorkerEditor", u"Tanggal La&hir", None))
#if QT_CONFIG(tooltip)
        self.birthDateEdit.setToolTip(QCoreApplication.translate("WorkerEditor", u"Contoh: 15-03-1990, 15/3/90, atau 15 Maret 1990. Diisi otomatis dari NIK bila masih kosong.", None))
#endif // QT_CONFIG(tooltip)
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("WorkerEditor", u"hh-bb-tttt", None))
        self.sexLabel.setText(QCoreApplication.translate("WorkerEditor", u"&Jenis Kelamin", None))
#if QT_CONFIG(tooltip)
        self.sexCombo.setToolTip(QCoreApplication.translate("WorkerEditor", u"Diisi otomatis dari NIK; peringatan muncul bila tidak sesuai dengan NIK", None))
#endif // QT_CONFIG(tooltip)
        self.motherLabel.setText(QCoreApplication.translate("WorkerEditor", u"Nama &Ibu Kandung", None))
#if QT_CONFIG(tooltip)
        self.motherEdit.setToolTip(QCoreApplication.translate("WorkerEditor", u"Wajib untuk pendaftaran BPJS Ketenagakerjaan (Formulir 1a)", None))
#endif // QT_CONFIG(tooltip)
        self.addressLabel.setText(QCoreApplication.translate("WorkerEditor", u"&Alamat", None))
        self.phoneLabel.setText(QCoreApplication.translate("WorkerEditor", u"No. &HP", None))
#if QT_CONFIG(tooltip)
        self.phoneEdit.setToolTip(QCoreApplication.translate("WorkerEditor", u"Angka, boleh diawali +62", None))
#endif // QT_CONFIG(tooltip)
        self.maritalLabel.setText(QCoreApplication.translate("WorkerEditor", u"Status Per&kawinan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.identityTab), QCoreApplication.translate("WorkerEditor", u"&Identitas", None))
        self.unitLabel.setText(QCoreApplication.translate("WorkerEditor", u"&Unit Kerja *", None))
#if QT_CONFIG(tooltip)
        self.unitCombo.setToolTip(QCoreApplication.translate("WorkerEditor", u"Unit kerja (OPD atau sub-unit). Kelas risiko JKK dan program bawaan mengikuti unit kerja. Ketik untuk mencari.", None))
#endif // QT_CONFIG(tooltip)
        self.riskLabel.setText(QCoreApplication.translate("WorkerEditor", u"Kelas Risiko", None))
#if QT_CONFIG(tooltip)
        self.riskValue.setToolTip(QCoreApplication.translate("WorkerEditor", u"Kelas risiko JKK ditetapkan BPJS per pemberi kerja; ubah pada halaman Unit Kerja", None))
#endif // QT_CONFIG(tooltip)
        self.riskValue.setText(QCoreApplication.translate("WorkerEditor", u"-", None))
        self.categoryLabel.setText(QCoreApplication.translate("WorkerEditor", u"&Kategori", None))
#if QT_CONFIG(tooltip)
        self.categoryCombo.setToolTip(QCoreApplication.translate("WorkerEditor", u"Kategori pegawai; RT/RW, kader dan pekerja rentan biasanya peserta Bukan Penerima Upah (BPU)", None))
#endif // QT_CONFIG(tooltip)
        self.jobTitleLabel.setText(QCoreApplication.translate("WorkerEditor", u"Ja&batan", None))
        self.typeLabel.setText(QCoreApplication.translate("WorkerEditor", u"Jenis Ke&pesertaan", None))
#if QT_CONFIG(tooltip)
        self.typeCombo.setToolTip(QCoreApplication.translate("WorkerEditor", u"Penerima Upah (PU): iuran dihitung dari upah. Bukan Penerima Upah (BPU): iuran dari penghasilan yang dilaporkan; JP tidak tersedia.", None))
#endif // QT_CONFIG(tooltip)
        self.wageLabel.setText(QCoreApplication.translate("WorkerEditor", u"&Upah per Bulan", None))
#if QT_CONFIG(tooltip)
        self.wageEdit.setToolTip(QCoreApplication.translate("WorkerEditor", u"Upah pokok + tunjangan tetap per bulan. Boleh diketik 2500000, 2.500.000, Rp2.500.000, 2,5 jt atau 750 rb.", None))
#endif // QT_CONFIG(tooltip)
        self.wageEdit.setPlaceholderText(QCoreApplication.translate("WorkerEditor", u"mis. 2,5 jt", None))
        self.fundingLabel.setText(QCoreApplication.translate("WorkerEditor", u"&Sumber Dana", None))
#if QT_CONFIG(tooltip)
        self.fundingCombo.setToolTip(QCoreApplication.translate("WorkerEditor", u"Anggaran yang membayar iuran: APBD, APBDes, DBHCHT, hibah", None))
#endif // QT_CONFIG(tooltip)
        self.startDateLabel.setText(QCoreApplication.translate("WorkerEditor", u"Mulai &Kerja", None))
        self.startDateEdit.setPlaceholderText(QCoreApplication.translate("WorkerEditor", u"hh-bb-tttt", None))
        self.endDateLabel.setText(QCoreApplication.translate("WorkerEditor", u"Selesai K&erja", None))
#if QT_CONFIG(tooltip)
        self.endDateEdit.setToolTip(QCoreApplication.translate("WorkerEditor", u"Kosongkan bila masih bekerja", None))
#endif // QT_CONFIG(tooltip)
        self.endDateEdit.setPlaceholderText(QCoreApplication.translate("WorkerEditor", u"hh-bb-tttt", None))
        self.programsLabel.setText(QCoreApplication.translate("WorkerEditor", u"Program", None))
#if QT_CONFIG(tooltip)
        self.programsBox.setToolTip(QCoreApplication.translate("WorkerEditor", u"Inpres 2/2021: pendaftaran minimal mencakup JKK dan JKM. JP hanya untuk Penerima Upah di bawah usia pensiun.", None))
#endif // QT_CONFIG(tooltip)
        self.jkkCheck.setText(QCoreApplication.translate("WorkerEditor", u"JKK", None))
#if QT_CONFIG(tooltip)
        self.jkkCheck.setToolTip(QCoreApplication.translate("WorkerEditor", u"Jaminan Kecelakaan Kerja", None))
#endif // QT_CONFIG(tooltip)
        self.jkmCheck.setText(QCoreApplication.translate("WorkerEditor", u"JKM", None))
#if QT_CONFIG(tooltip)
        self.jkmCheck.setToolTip(QCoreApplication.translate("WorkerEditor", u"Jaminan Kematian", None))
#endif // QT_CONFIG(tooltip)
        self.jhtCheck.setText(QCoreApplication.translate("WorkerEditor", u"JHT", None))
#if QT_CONFIG(tooltip)
        self.jhtCheck.setToolTip(QCoreApplication.translate("WorkerEditor", u"Jaminan Hari Tua (3,7 % pemberi kerja + 2 % pekerja untuk PU)", None))
#endif // QT_CONFIG(tooltip)
        self.jpCheck.setText(QCoreApplication.translate("WorkerEditor", u"JP", None))
#if QT_CONFIG(tooltip)
        self.jpCheck.setToolTip(QCoreApplication.translate("WorkerEditor", u"Jaminan Pensiun (2 % pemberi kerja + 1 % pekerja, dengan batas atas upah); hanya untuk PU", None))
#endif // QT_CONFIG(tooltip)
        self.jkpCheck.setText(QCoreApplication.translate("WorkerEditor", u"JKP", None))
#if QT_CONFIG(tooltip)
        self.jkpCheck.setToolTip(QCoreApplication.translate("WorkerEditor", u"Jaminan Kehilangan Pekerjaan: untuk pekerja badan usaha, umumnya tidak berlaku bagi pemda", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("WorkerEditor", u"Ca&tatan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.jobTab), QCoreApplication.translate("WorkerEditor", u"&Pekerjaan", None))
        self.statusLabel.setText(QCoreApplication.translate("WorkerEditor", u"Status", None))
#if QT_CONFIG(tooltip)
        self.statusValue.setToolTip(QCoreApplication.translate("WorkerEditor", u"Status diubah pada halaman Kepesertaan (Usulkan, Terdaftar, Nonaktifkan) agar setiap perubahan bertanggal dan tercatat", None))
#endif // QT_CONFIG(tooltip)
        self.statusValue.setText(QCoreApplication.translate("WorkerEditor", u"Belum didaftarkan", None))
        self.kpjLabel.setText(QCoreApplication.translate("WorkerEditor", u"No. &KPJ", None))
#if QT_CONFIG(tooltip)
        self.kpjEdit.setToolTip(QCoreApplication.translate("WorkerEditor", u"Nomor Kartu Peserta Jamsostek dari BPJS Ketenagakerjaan; angka saja", None))
#endif // QT_CONFIG(tooltip)
        self.registeredLabel.setText(QCoreApplication.translate("WorkerEditor", u"Tanggal &Terdaftar", None))
#if QT_CONFIG(tooltip)
        self.registeredEdit.setToolTip(QCoreApplication.translate("WorkerEditor", u"Tanggal mulai kepesertaan BPJS", None))
#endif // QT_CONFIG(tooltip)
        self.registeredEdit.setPlaceholderText(QCoreApplication.translate("WorkerEditor", u"hh-bb-tttt", None))
        self.proposalLabel.setText(QCoreApplication.translate("WorkerEditor", u"Usulan", None))
        self.proposalValue.setText(QCoreApplication.translate("WorkerEditor", u"-", None))
        self.endedLabel.setText(QCoreApplication.translate("WorkerEditor", u"Berakhir", None))
        self.endedValue.setText(QCoreApplication.translate("WorkerEditor", u"-", None))
        self.tabs.setTabText(self.tabs.indexOf(self.enrollmentTab), QCoreApplication.translate("WorkerEditor", u"Ke&pesertaan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("WorkerEditor", u"&Riwayat", None))
        self.contributionBox.setTitle(QCoreApplication.translate("WorkerEditor", u"Iuran per Bulan", None))
#if QT_CONFIG(tooltip)
        self.contributionBox.setToolTip(QCoreApplication.translate("WorkerEditor", u"Dihitung dari tabel tarif untuk bulan berjalan; berubah saat upah, jenis kepesertaan, unit atau program diubah", None))
#endif // QT_CONFIG(tooltip)
        self.contributionNote.setText("")
        self.duplicateLabel.setText("")
        self.summaryLabel.setText("")
        self.saveNewButton.setText(QCoreApplication.translate("WorkerEditor", u"Simpan && &Baru", None))
#if QT_CONFIG(tooltip)
        self.saveNewButton.setToolTip(QCoreApplication.translate("WorkerEditor", u"Simpan lalu kosongkan formulir untuk pegawai berikutnya di unit yang sama (Ctrl+Shift+S)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("WorkerEditor", u"&Simpan", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("WorkerEditor", u"Simpan dan tutup (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("WorkerEditor", u"Batal", None))
    # retranslateUi

