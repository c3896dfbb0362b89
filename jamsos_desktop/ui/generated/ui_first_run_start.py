# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_start.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QRadioButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_FirstRunStartPage(object):
    def setupUi(self, FirstRunStartPage):
        if not FirstRunStartPage.objectName():
            FirstRunStartPage.setObjectName(u"FirstRunStartPage")
        self.mainLayout = QVBoxLayout(FirstRunStartPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.emptyRadio = QRadioButton(FirstRunStartPage)
        self.emptyRadio.setObjectName(u"emptyRadio")
        self.emptyRadio.setChecked(True)

        self.mainLayout.addWidget(self.emptyRadio)

        self.demoRadio = QRadioButton(FirstRunStartPage)
        self.demoRadio.setObjectName(u"demoRadio")

        self.mainLayout.addWidget(self.demoRadio)

        self.countLayout = QHBoxLayout()
        self.countLayout.setObjectName(u"countLayout")
        self.countLabel = QLabel(FirstRunStartPage)
        self.countLabel.setObjectName(u"countLabel")

        self.countLayout.addWidget(self.countLabel)

        self.countSpin = QSpinBox(FirstRunStartPage)
        self.countSpin.setObjectName(u"countSpin")
        self.countSpin.setMinimum(10)
        self.countSpin.setMaximum(1000000)
        self.countSpin.setSingleStep(100)
        self.countSpin.setValue(500)

        self.countLayout.addWidget(self.countSpin)

        self.countSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countLayout.addItem(self.countSpacer)


        self.mainLayout.addLayout(self.countLayout)

        self.noteLabel = QLabel(FirstRunStartPage)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.vSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.vSpacer)

#if QT_CONFIG(shortcut)
        self.countLabel.setBuddy(self.countSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunStartPage)

        QMetaObject.connectSlotsByName(FirstRunStartPage)
    # setupUi

    def retranslateUi(self, FirstRunStartPage):
        FirstRunStartPage.setTitle(QCoreApplication.translate("FirstRunStartPage", u"Selamat Datang di Jamsos Desktop", None))
        FirstRunStartPage.setSubTitle(QCoreApplication.translate("FirstRunStartPage", u"Basis data ini masih kosong. Pilih cara memulai.", None))
        self.emptyRadio.setText(QCoreApplication.translate("FirstRunStartPage", u"Isi profil pemerintah daerah dan penanda tangan (untuk pekerjaan sungguhan)", None))
        self.demoRadio.setText(QCoreApplication.translate("FirstRunStartPage", u"Coba dengan data contoh Kabupaten Banyuasin (unit kerja dan pegawai rekaan)", None))
#if QT_CONFIG(tooltip)
        self.demoRadio.setToolTip(QCoreApplication.translate("FirstRunStartPage", u"Data contoh cocok untuk berlatih. Untuk pekerjaan sungguhan, gunakan berkas basis data terpisah.", None))
#endif // QT_CONFIG(tooltip)
        self.countLabel.setText(QCoreApplication.translate("FirstRunStartPage", u"&Jumlah pegawai contoh:", None))
        self.noteLabel.setText(QCoreApplication.translate("FirstRunStartPage", u"Semua data contoh bersifat rekaan. NIK dibuat sesuai aturan tetapi bukan milik orang sungguhan.", None))
    # retranslateUi

