# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'status_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_StatusDialog(object):
    def setupUi(self, StatusDialog):
        if not StatusDialog.objectName():
            StatusDialog.setObjectName(u"StatusDialog")
        StatusDialog.resize(560, 420)
        self.mainLayout = QVBoxLayout(StatusDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(StatusDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headerLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dateLabel = QLabel(StatusDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(StatusDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"d MMMM yyyy")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.referenceLabel = QLabel(StatusDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(StatusDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.reasonLabel = QLabel(StatusDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(StatusDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")
        self.reasonCombo.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonCombo)


        self.mainLayout.addLayout(self.form)

        self.kpjHint = QLabel(StatusDialog)
        self.kpjHint.setObjectName(u"kpjHint")
        self.kpjHint.setWordWrap(True)

        self.mainLayout.addWidget(self.kpjHint)

        self.kpjTable = QTableWidget(StatusDialog)
        self.kpjTable.setObjectName(u"kpjTable")
        self.kpjTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.kpjTable)

        self.messageLabel = QLabel(StatusDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(StatusDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.reasonLabel.setBuddy(self.reasonCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StatusDialog)

        QMetaObject.connectSlotsByName(StatusDialog)
    # setupUi

    def retranslateUi(self, StatusDialog):
        StatusDialog.setWindowTitle(QCoreApplication.translate("StatusDialog", u"Ubah Status Kepesertaan", None))
        self.headerLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("StatusDialog", u"&Tanggal Berlaku", None))
        self.referenceLabel.setText(QCoreApplication.translate("StatusDialog", u"&Nomor Surat / Batch", None))
#if QT_CONFIG(tooltip)
        self.referenceEdit.setToolTip(QCoreApplication.translate("StatusDialog", u"Nomor surat usulan atau nama batch pengiriman ke BPJS, mis. 560/123/BPKAD/2026", None))
#endif // QT_CONFIG(tooltip)
        self.reasonLabel.setText(QCoreApplication.translate("StatusDialog", u"&Alasan *", None))
        self.kpjHint.setText(QCoreApplication.translate("StatusDialog", u"Isi nomor KPJ dari BPJS Ketenagakerjaan (boleh dikosongkan dan dilengkapi nanti):", None))
        self.messageLabel.setText("")
    # retranslateUi

