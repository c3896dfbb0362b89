# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_page.ui'
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
    QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_BudgetPage(object):
    def setupUi(self, BudgetPage):
        if not BudgetPage.objectName():
            BudgetPage.setObjectName(u"BudgetPage")
        BudgetPage.resize(1330, 760)
        self.mainLayout = QVBoxLayout(BudgetPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.splitter = QSplitter(BudgetPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.formScroll = QScrollArea(self.splitter)
        self.formScroll.setObjectName(u"formScroll")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(2)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.formScroll.sizePolicy().hasHeightForWidth())
        self.formScroll.setSizePolicy(sizePolicy)
        self.formScroll.setWidgetResizable(True)
        self.formBox = QWidget()
        self.formBox.setObjectName(u"formBox")
        self.formLayout = QVBoxLayout(self.formBox)
        self.formLayout.setObjectName(u"formLayout")
        self.savedBox = QGroupBox(self.formBox)
        self.savedBox.setObjectName(u"savedBox")
        self.savedLayout = QVBoxLayout(self.savedBox)
        self.savedLayout.setObjectName(u"savedLayout")
        self.scenarioList = QListWidget(self.savedBox)
        self.scenarioList.setObjectName(u"scenarioList")
        self.scenarioList.setMaximumSize(QSize(16777215, 96))

        self.savedLayout.addWidget(self.scenarioList)

        self.savedButtons = QHBoxLayout()
        self.savedButtons.setObjectName(u"savedButtons")
        self.loadButton = QPushButton(self.savedBox)
        self.loadButton.setObjectName(u"loadButton")

        self.savedButtons.addWidget(self.loadButton)

        self.saveButton = QPushButton(self.savedBox)
        self.saveButton.setObjectName(u"saveButton")

        self.savedButtons.addWidget(self.saveButton)

        self.deleteButton = QPushButton(self.savedBox)
        self.deleteButton.setObjectName(u"deleteButton")

        self.savedButtons.addWidget(self.deleteButton)


        self.savedLayout.addLayout(self.savedButtons)


        self.formLayout.addWidget(self.savedBox)

        self.periodBox = QGroupBox(self.formBox)
        self.periodBox.setObjectName(u"periodBox")
        self.periodForm = QFormLayout(self.periodBox)
        self.periodForm.setObjectName(u"periodForm")
        self.yearLabel = QLabel(self.periodBox)
        self.yearLabel.setObjectName(u"yearLabel")

        self.periodForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(self.periodBox)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.periodForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.kindLabel = QLabel(self.periodBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.periodForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.periodBox)
        self.kindCombo.addItem("")
        self.kindCombo.addItem("")
        self.kindCombo.setObjectName(u"kindCombo")

        self.periodForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.fromMonthLabel = QLabel(self.periodBox)
        self.fromMonthLabel.setObjectName(u"fromMonthLabel")

        self.periodForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fromMonthLabel)

        self.fromMonthCombo = QComboBox(self.periodBox)
        self.fromMonthCombo.setObjectName(u"fromMonthCombo")
        self.fromMonthCombo.setEnabled(False)

        self.periodForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fromMonthCombo)

        self.includeBelumCheck = QCheckBox(self.periodBox)
        self.includeBelumCheck.setObjectName(u"includeBelumCheck")
        self.includeBelumCheck.setChecked(True)

        self.periodForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.includeBelumCheck)


        self.formLayout.addWidget(self.periodBox)

        self.programsBox = QGroupBox(self.formBox)
        self.programsBox.setObjectName(u"programsBox")
        self.programsForm = QFormLayout(self.programsBox)
        self.programsForm.setObjectName(u"programsForm")

        self.formLayout.addWidget(self.programsBox)

        self.raiseBox = QGroupBox(self.formBox)
        self.raiseBox.setObjectName(u"raiseBox")
        self.raiseForm = QFormLayout(self.raiseBox)
        self.raiseForm.setObjectName(u"raiseForm")
        self.raiseOnCheck = QCheckBox(self.raiseBox)
        self.raiseOnCheck.setObjectName(u"raiseOnCheck")

        self.raiseForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.raiseOnCheck)

        self.raiseKindLabel = QLabel(self.raiseBox)
        self.raiseKindLabel.setObjectName(u"raiseKindLabel")

        self.raiseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.raiseKindLabel)

        self.raiseKindCombo = QComboBox(self.raiseBox)
        self.raiseKindCombo.addItem("")
        self.raiseKindCombo.addItem("")
        self.raiseKindCombo.setObjectName(u"raiseKindCombo")

        self.raiseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.raiseKindCombo)

        self.raisePercentLabel = QLabel(self.raiseBox)
        self.raisePercentLabel.setObjectName(u"raisePercentLabel")

        self.raiseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.raisePercentLabel)

        self.raisePercentSpin = QDoubleSpinBox(self.raiseBox)
        self.raisePercentSpin.setObjectName(u"raisePercentSpin")
        self.raisePercentSpin.setLocale(QLocale(QLocale.Indonesian, QLocale.Indonesia))
        self.raisePercentSpin.setDecimals(2)
        self.raisePercentSpin.setMinimum(-50.000000000000000)
        self.raisePercentSpin.setMaximum(200.000000000000000)
        self.raisePercentSpin.setValue(5.000000000000000)

        self.raiseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.raisePercentSpin)

        self.raiseAmountLabel = QLabel(self.raiseBox)
        self.raiseAmountLabel.setObjectName(u"raiseAmountLabel")

        self.raiseForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.raiseAmountLabel)

        self.raiseAmountEdit = QLineEdit(self.raiseBox)
        self.raiseAmountEdit.setObjectName(u"raiseAmountEdit")
        self.raiseAmountEdit.setText(u"250.000")

        self.raiseForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.raiseAmountEdit)

        self.raiseMonthLabel = QLabel(self.raiseBox)
        self.raiseMonthLabel.setObjectName(u"raiseMonthLabel")

        self.raiseForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.raiseMonthLabel)

        self.raiseMonthCombo = QComboBox(self.raiseBox)
        self.raiseMonthCombo.setObjectName(u"raiseMonthCombo")

        self.raiseForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.raiseMonthCombo)


        self.formLayout.addWidget(self.raiseBox)

        self.staffBox = QGroupBox(self.formBox)
        self.staffBox.setObjectName(u"staffBox")
        self.staffLayout = QVBoxLayout(self.staffBox)
        self.staffLayout.setObjectName(u"staffLayout")
        self.changesTable = QTableWidget(self.staffBox)
        if (self.changesTable.columnCount() < 6):
            self.changesTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.changesTable.setObjectName(u"changesTable")
        self.changesTable.setMinimumSize(QSize(0, 110))
        self.changesTable.verticalHeader().setVisible(False)

        self.staffLayout.addWidget(self.changesTable)

        self.staffButtons = QHBoxLayout()
        self.staffButtons.setObjectName(u"staffButtons")
        self.addRowButton = QPushButton(self.staffBox)
        self.addRowButton.setObjectName(u"addRowButton")

        self.staffButtons.addWidget(self.addRowButton)

        self.removeRowButton = QPushButton(self.staffBox)
        self.removeRowButton.setObjectName(u"removeRowButton")

        self.staffButtons.addWidget(self.removeRowButton)

        self.staffSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.staffButtons.addItem(self.staffSpacer)


        self.staffLayout.addLayout(self.staffButtons)


        self.formLayout.addWidget(self.staffBox)

        self.computeButton = QPushButton(self.formBox)
        self.computeButton.setObjectName(u"computeButton")
        self.computeButton.setStyleSheet(u"font-weight: 600; padding: 6px;")

        self.formLayout.addWidget(self.computeButton)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.formSpacer)

        self.formScroll.setWidget(self.formBox)
        self.splitter.addWidget(self.formScroll)
        self.resultsBox = QWidget(self.splitter)
        self.resultsBox.setObjectName(u"resultsBox")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(5)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.resultsBox.sizePolicy().hasHeightForWidth())
        self.resultsBox.setSizePolicy(sizePolicy1)
        self.resultsLayout = QVBoxLayout(self.resultsBox)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(self.resultsBox)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 12pt; font-weight: 600;")
        self.titleLabel.setWordWrap(True)

        self.resultsLayout.addWidget(self.titleLabel)

        self.totalsLayout = QHBoxLayout()
        self.totalsLayout.setObjectName(u"totalsLayout")
        self.employerLabel = QLabel(self.resultsBox)
        self.employerLabel.setObjectName(u"employerLabel")
        self.employerLabel.setStyleSheet(u"font-size: 11pt; padding: 4px 8px; background: palette(base);border-radius: 4px;")
        self.employerLabel.setTextFormat(Qt.TextFormat.RichText)

        self.totalsLayout.addWidget(self.employerLabel)

        self.workerLabel = QLabel(self.resultsBox)
        self.workerLabel.setObjectName(u"workerLabel")
        self.workerLabel.setStyleSheet(u"font-size: 11pt; padding: 4px 8px; background: palette(base);border-radius: 4px;")
        self.workerLabel.setTextFormat(Qt.TextFormat.RichText)

        self.totalsLayout.addWidget(self.workerLabel)

        self.totalLabel = QLabel(self.resultsBox)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setStyleSheet(u"font-size: 11pt; padding: 4px 8px; background: palette(base);border-radius: 4px;")
        self.totalLabel.setTextFormat(Qt.TextFormat.RichText)

        self.totalsLayout.addWidget(self.totalLabel)


        self.resultsLayout.addLayout(self.totalsLayout)

        self.terbilangLabel = QLabel(self.resultsBox)
        self.terbilangLabel.setObjectName(u"terbilangLabel")
        self.terbilangLabel.setStyleSheet(u"font-style: italic; color: #455a64;")
        self.terbilangLabel.setWordWrap(True)

        self.resultsLayout.addWidget(self.terbilangLabel)

        self.tabs = QTabWidget(self.resultsBox)
        self.tabs.setObjectName(u"tabs")
        self.monthTable = QTableWidget()
        self.monthTable.setObjectName(u"monthTable")
        self.monthTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.monthTable.setAlternatingRowColors(True)
        self.monthTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabs.addTab(self.monthTable, "")
        self.monthTable.verticalHeader().setVisible(False)
        self.monthTable.verticalHeader().setDefaultSectionSize(22)
        self.unitTable = QTableWidget()
        self.unitTable.setObjectName(u"unitTable")
        self.unitTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unitTable.setAlternatingRowColors(True)
        self.unitTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabs.addTab(self.unitTable, "")
        self.unitTable.verticalHeader().setVisible(False)
        self.unitTable.verticalHeader().setDefaultSectionSize(22)
        self.categoryTable = QTableWidget()
        self.categoryTable.setObjectName(u"categoryTable")
        self.categoryTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.categoryTable.setAlternatingRowColors(True)
        self.categoryTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabs.addTab(self.categoryTable, "")
        self.categoryTable.verticalHeader().setVisible(False)
        self.categoryTable.verticalHeader().setDefaultSectionSize(22)
        self.notesList = QListWidget()
        self.notesList.setObjectName(u"notesList")
        self.notesList.setWordWrap(True)
        self.tabs.addTab(self.notesList, "")
        self.compareTab = QWidget()
        self.compareTab.setObjectName(u"compareTab")
        self.compareLayout = QVBoxLayout(self.compareTab)
        self.compareLayout.setObjectName(u"compareLayout")
        self.compareChoice = QHBoxLayout()
        self.compareChoice.setObjectName(u"compareChoice")
        self.compareALabel = QLabel(self.compareTab)
        self.compareALabel.setObjectName(u"compareALabel")

        self.compareChoice.addWidget(self.compareALabel)

        self.compareACombo = QComboBox(self.compareTab)
        self.compareACombo.setObjectName(u"compareACombo")

        self.compareChoice.addWidget(self.compareACombo)

        self.compareBLabel = QLabel(self.compareTab)
        self.compareBLabel.setObjectName(u"compareBLabel")

        self.compareChoice.addWidget(self.compareBLabel)

        self.compareBCombo = QComboBox(self.compareTab)
        self.compareBCombo.setObjectName(u"compareBCombo")

        self.compareChoice.addWidget(self.compareBCombo)

        self.compareButton = QPushButton(self.compareTab)
        self.compareButton.setObjectName(u"compareButton")

        self.compareChoice.addWidget(self.compareButton)

        self.compareChoice.setStretch(1, 1)
        self.compareChoice.setStretch(3, 1)

        self.compareLayout.addLayout(self.compareChoice)

        self.compareSummary = QLabel(self.compareTab)
        self.compareSummary.setObjectName(u"compareSummary")
        self.compareSummary.setWordWrap(True)

        self.compareLayout.addWidget(self.compareSummary)

        self.compareTabs = QTabWidget(self.compareTab)
        self.compareTabs.setObjectName(u"compareTabs")
        self.compareUnitsTable = QTableWidget()
        self.compareUnitsTable.setObjectName(u"compareUnitsTable")
        self.compareUnitsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compareUnitsTable.setAlternatingRowColors(True)
        self.compareUnitsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.compareTabs.addTab(self.compareUnitsTable, "")
        self.compareUnitsTable.verticalHeader().setVisible(False)
        self.compareUnitsTable.verticalHeader().setDefaultSectionSize(22)
        self.compareMonthsTable = QTableWidget()
        self.compareMonthsTable.setObjectName(u"compareMonthsTable")
        self.compareMonthsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compareMonthsTable.setAlternatingRowColors(True)
        self.compareMonthsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.compareTabs.addTab(self.compareMonthsTable, "")
        self.compareMonthsTable.verticalHeader().setVisible(False)
        self.compareMonthsTable.verticalHeader().setDefaultSectionSize(22)
        self.compareProgramsTable = QTableWidget()
        self.compareProgramsTable.setObjectName(u"compareProgramsTable")
        self.compareProgramsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compareProgramsTable.setAlternatingRowColors(True)
        self.compareProgramsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.compareTabs.addTab(self.compareProgramsTable, "")
        self.compareProgramsTable.verticalHeader().setVisible(False)
        self.compareProgramsTable.verticalHeader().setDefaultSectionSize(22)

        self.compareLayout.addWidget(self.compareTabs)

        self.compareLayout.setStretch(2, 1)
        self.tabs.addTab(self.compareTab, "")

        self.resultsLayout.addWidget(self.tabs)

        self.exportLayout = QHBoxLayout()
        self.exportLayout.setObjectName(u"exportLayout")
        self.exportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportLayout.addItem(self.exportSpacer)

        self.xlsxButton = QPushButton(self.resultsBox)
        self.xlsxButton.setObjectName(u"xlsxButton")

        self.exportLayout.addWidget(self.xlsxButton)

        self.pdfButton = QPushButton(self.resultsBox)
        self.pdfButton.setObjectName(u"pdfButton")

        self.exportLayout.addWidget(self.pdfButton)


        self.resultsLayout.addLayout(self.exportLayout)

        self.resultsLayout.setStretch(3, 1)
        self.splitter.addWidget(self.resultsBox)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.kindLabel.setBuddy(self.kindCombo)
        self.fromMonthLabel.setBuddy(self.fromMonthCombo)
        self.raiseKindLabel.setBuddy(self.raiseKindCombo)
        self.raisePercentLabel.setBuddy(self.raisePercentSpin)
        self.raiseAmountLabel.setBuddy(self.raiseAmountEdit)
        self.raiseMonthLabel.setBuddy(self.raiseMonthCombo)
        self.compareALabel.setBuddy(self.compareACombo)
        self.compareBLabel.setBuddy(self.compareBCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scenarioList, self.loadButton)
        QWidget.setTabOrder(self.loadButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.fromMonthCombo)
        QWidget.setTabOrder(self.fromMonthCombo, self.includeBelumCheck)
        QWidget.setTabOrder(self.includeBelumCheck, self.raiseOnCheck)
        QWidget.setTabOrder(self.raiseOnCheck, self.raiseKindCombo)
        QWidget.setTabOrder(self.raiseKindCombo, self.raisePercentSpin)
        QWidget.setTabOrder(self.raisePercentSpin, self.raiseAmountEdit)
        QWidget.setTabOrder(self.raiseAmountEdit, self.raiseMonthCombo)
        QWidget.setTabOrder(self.raiseMonthCombo, self.changesTable)
        QWidget.setTabOrder(self.changesTable, self.addRowButton)
        QWidget.setTabOrder(self.addRowButton, self.removeRowButton)
        QWidget.setTabOrder(self.removeRowButton, self.computeButton)
        QWidget.setTabOrder(self.computeButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.xlsxButton)
        QWidget.setTabOrder(self.xlsxButton, self.pdfButton)

        self.retranslateUi(BudgetPage)

        self.computeButton.setDefault(True)
        self.tabs.setCurrentIndex(0)
        self.compareTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(BudgetPage)
    # setupUi

    def retranslateUi(self, BudgetPage):
        self.savedBox.setTitle(QCoreApplication.translate("BudgetPage", u"Skenario tersimpan", None))
#if QT_CONFIG(tooltip)
        self.scenarioList.setToolTip(QCoreApplication.translate("BudgetPage", u"Klik dua kali untuk memuat dan menghitung skenario", None))
#endif // QT_CONFIG(tooltip)
        self.loadButton.setText(QCoreApplication.translate("BudgetPage", u"M&uat", None))
        self.saveButton.setText(QCoreApplication.translate("BudgetPage", u"Si&mpan\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("BudgetPage", u"Simpan isian saat ini dengan nama, untuk dimuat atau dibandingkan kemudian", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("BudgetPage", u"Ha&pus", None))
        self.periodBox.setTitle(QCoreApplication.translate("BudgetPage", u"Periode anggaran", None))
        self.yearLabel.setText(QCoreApplication.translate("BudgetPage", u"Tahun an&ggaran", None))
        self.kindLabel.setText(QCoreApplication.translate("BudgetPage", u"&Jenis", None))
        self.kindCombo.setItemText(0, QCoreApplication.translate("BudgetPage", u"APBD (Januari \u2013 Desember)", None))
        self.kindCombo.setItemText(1, QCoreApplication.translate("BudgetPage", u"APBD-Perubahan (sisa tahun)", None))

#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("BudgetPage", u"APBD-Perubahan menganggarkan sisa tahun, mulai bulan yang dipilih", None))
#endif // QT_CONFIG(tooltip)
        self.fromMonthLabel.setText(QCoreApplication.translate("BudgetPage", u"Mulai bula&n", None))
        self.includeBelumCheck.setText(QCoreApplication.translate("BudgetPage", u"&Ikutkan pekerja yang belum terdaftar", None))
#if QT_CONFIG(tooltip)
        self.includeBelumCheck.setToolTip(QCoreApplication.translate("BudgetPage", u"Anggarkan juga iuran pekerja yang belum didaftarkan ke BPJS Ketenagakerjaan", None))
#endif // QT_CONFIG(tooltip)
        self.programsBox.setTitle(QCoreApplication.translate("BudgetPage", u"Program per kelompok pekerja", None))
#if QT_CONFIG(tooltip)
        self.programsBox.setToolTip(QCoreApplication.translate("BudgetPage", u"\u201cSesuai data kepesertaan\u201d: program yang tercatat pada setiap pekerja", None))
#endif // QT_CONFIG(tooltip)
        self.raiseBox.setTitle(QCoreApplication.translate("BudgetPage", u"Kenaikan upah", None))
        self.raiseOnCheck.setText(QCoreApplication.translate("BudgetPage", u"&Rencanakan kenaikan upah (pekerja PU)", None))
        self.raiseKindLabel.setText(QCoreApplication.translate("BudgetPage", u"&Cara", None))
        self.raiseKindCombo.setItemText(0, QCoreApplication.translate("BudgetPage", u"Persen", None))
        self.raiseKindCombo.setItemText(1, QCoreApplication.translate("BudgetPage", u"Rupiah per bulan", None))

        self.raisePercentLabel.setText(QCoreApplication.translate("BudgetPage", u"P&ersen", None))
        self.raisePercentSpin.setSuffix(QCoreApplication.translate("BudgetPage", u" %", None))
        self.raiseAmountLabel.setText(QCoreApplication.translate("BudgetPage", u"Rupia&h", None))
#if QT_CONFIG(tooltip)
        self.raiseAmountEdit.setToolTip(QCoreApplication.translate("BudgetPage", u"Kenaikan per bulan, ditulis seperti biasa: 250.000 atau Rp250.000", None))
#endif // QT_CONFIG(tooltip)
        self.raiseMonthLabel.setText(QCoreApplication.translate("BudgetPage", u"Mu&lai bulan", None))
        self.staffBox.setTitle(QCoreApplication.translate("BudgetPage", u"Rencana pegawai masuk/keluar per unit", None))
        ___qtablewidgetitem = self.changesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("BudgetPage", u"Unit kerja", None))
        ___qtablewidgetitem1 = self.changesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("BudgetPage", u"Jenis", None))
        ___qtablewidgetitem2 = self.changesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("BudgetPage", u"Jumlah", None))
        ___qtablewidgetitem3 = self.changesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("BudgetPage", u"Upah", None))
        ___qtablewidgetitem4 = self.changesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("BudgetPage", u"Mulai bulan", None))
        ___qtablewidgetitem5 = self.changesTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("BudgetPage", u"Kategori", None))
        self.addRowButton.setText(QCoreApplication.translate("BudgetPage", u"Tambah baris", None))
        self.removeRowButton.setText(QCoreApplication.translate("BudgetPage", u"Hapus baris", None))
#if QT_CONFIG(tooltip)
        self.removeRowButton.setToolTip(QCoreApplication.translate("BudgetPage", u"Hapus baris terpilih (tanpa pilihan: baris terakhir)", None))
#endif // QT_CONFIG(tooltip)
        self.computeButton.setText(QCoreApplication.translate("BudgetPage", u"Hitung anggaran", None))
#if QT_CONFIG(tooltip)
        self.employerLabel.setToolTip(QCoreApplication.translate("BudgetPage", u"Iuran bagian pemberi kerja: yang dianggarkan dalam APBD", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.workerLabel.setToolTip(QCoreApplication.translate("BudgetPage", u"Iuran bagian pekerja: dipotong dari upah, tidak dibebankan pada APBD", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.totalLabel.setToolTip(QCoreApplication.translate("BudgetPage", u"Iuran bagian pemberi kerja dan bagian pekerja", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.monthTable), QCoreApplication.translate("BudgetPage", u"Per bulan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.unitTable), QCoreApplication.translate("BudgetPage", u"Per unit \u00d7 program", None))
        self.tabs.setTabText(self.tabs.indexOf(self.categoryTable), QCoreApplication.translate("BudgetPage", u"Per kategori", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notesList), QCoreApplication.translate("BudgetPage", u"Asumsi dan catatan", None))
        self.compareALabel.setText(QCoreApplication.translate("BudgetPage", u"A:", None))
        self.compareBLabel.setText(QCoreApplication.translate("BudgetPage", u"B:", None))
        self.compareButton.setText(QCoreApplication.translate("BudgetPage", u"Ban&dingkan", None))
        self.compareTabs.setTabText(self.compareTabs.indexOf(self.compareUnitsTable), QCoreApplication.translate("BudgetPage", u"Per unit kerja", None))
        self.compareTabs.setTabText(self.compareTabs.indexOf(self.compareMonthsTable), QCoreApplication.translate("BudgetPage", u"Per bulan", None))
        self.compareTabs.setTabText(self.compareTabs.indexOf(self.compareProgramsTable), QCoreApplication.translate("BudgetPage", u"Per program", None))
        self.tabs.setTabText(self.tabs.indexOf(self.compareTab), QCoreApplication.translate("BudgetPage", u"Bandingkan skenario", None))
        self.xlsxButton.setText(QCoreApplication.translate("BudgetPage", u"Ekspor E&xcel\u2026", None))
        self.pdfButton.setText(QCoreApplication.translate("BudgetPage", u"Ekspor PD&F\u2026", None))
        pass
    # retranslateUi

