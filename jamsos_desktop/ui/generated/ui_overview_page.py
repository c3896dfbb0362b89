# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from jamsos_desktop.ui.pages.charts import (LineChart, StackedBarChart)

class Ui_OverviewPage(object):
    def setupUi(self, OverviewPage):
        if not OverviewPage.objectName():
            OverviewPage.setObjectName(u"OverviewPage")
        OverviewPage.resize(1150, 720)
        self.mainLayout = QVBoxLayout(OverviewPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headLayout = QHBoxLayout()
        self.headLayout.setObjectName(u"headLayout")
        self.titleLabel = QLabel(OverviewPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.headLayout.addWidget(self.titleLabel)

        self.headSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headLayout.addItem(self.headSpacer)

        self.asOfLabel = QLabel(OverviewPage)
        self.asOfLabel.setObjectName(u"asOfLabel")
        self.asOfLabel.setStyleSheet(u"color: #607d8b;")

        self.headLayout.addWidget(self.asOfLabel)

        self.refreshButton = QPushButton(OverviewPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headLayout.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.headLayout)

        self.cardsLayout = QGridLayout()
        self.cardsLayout.setObjectName(u"cardsLayout")
        self.workersCard = QFrame(OverviewPage)
        self.workersCard.setObjectName(u"workersCard")
        self.workersCard.setStyleSheet(u".QFrame { background: palette(base); border-radius: 4px; }")
        self.workersCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.workersCardLayout = QVBoxLayout(self.workersCard)
        self.workersCardLayout.setObjectName(u"workersCardLayout")
        self.workersCardLayout.setContentsMargins(10, 6, 10, 6)
        self.workersTitle = QLabel(self.workersCard)
        self.workersTitle.setObjectName(u"workersTitle")
        self.workersTitle.setStyleSheet(u"color: #546e7a;")

        self.workersCardLayout.addWidget(self.workersTitle)

        self.workersValue = QLabel(self.workersCard)
        self.workersValue.setObjectName(u"workersValue")
        self.workersValue.setStyleSheet(u"font-size: 15pt; font-weight: 600;")
        self.workersValue.setText(u"\u2013")

        self.workersCardLayout.addWidget(self.workersValue)

        self.workersDetail = QLabel(self.workersCard)
        self.workersDetail.setObjectName(u"workersDetail")
        self.workersDetail.setStyleSheet(u"color: #78909c;")

        self.workersCardLayout.addWidget(self.workersDetail)


        self.cardsLayout.addWidget(self.workersCard, 0, 0, 1, 1)

        self.enrolledCard = QFrame(OverviewPage)
        self.enrolledCard.setObjectName(u"enrolledCard")
        self.enrolledCard.setStyleSheet(u".QFrame { background: palette(base); border-radius: 4px; }")
        self.enrolledCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.enrolledCardLayout = QVBoxLayout(self.enrolledCard)
        self.enrolledCardLayout.setObjectName(u"enrolledCardLayout")
        self.enrolledCardLayout.setContentsMargins(10, 6, 10, 6)
        self.enrolledTitle = QLabel(self.enrolledCard)
        self.enrolledTitle.setObjectName(u"enrolledTitle")
        self.enrolledTitle.setStyleSheet(u"color: #546e7a;")

        self.enrolledCardLayout.addWidget(self.enrolledTitle)

        self.enrolledValue = QLabel(self.enrolledCard)
        self.enrolledValue.setObjectName(u"enrolledValue")
        self.enrolledValue.setStyleSheet(u"font-size: 15pt; font-weight: 600;")
        self.enrolledValue.setText(u"\u2013")

        self.enrolledCardLayout.addWidget(self.enrolledValue)

        self.enrolledDetail = QLabel(self.enrolledCard)
        self.enrolledDetail.setObjectName(u"enrolledDetail")
        self.enrolledDetail.setStyleSheet(u"color: #78909c;")

        self.enrolledCardLayout.addWidget(self.enrolledDetail)


        self.cardsLayout.addWidget(self.enrolledCard, 0, 1, 1, 1)

        self.proposedCard = QFrame(OverviewPage)
        self.proposedCard.setObjectName(u"proposedCard")
        self.proposedCard.setStyleSheet(u".QFrame { background: palette(base); border-radius: 4px; }")
        self.proposedCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.proposedCardLayout = QVBoxLayout(self.proposedCard)
        self.proposedCardLayout.setObjectName(u"proposedCardLayout")
        self.proposedCardLayout.setContentsMargins(10, 6, 10, 6)
        self.proposedTitle = QLabel(self.proposedCard)
        self.proposedTitle.setObjectName(u"proposedTitle")
        self.proposedTitle.setStyleSheet(u"color: #546e7a;")

        self.proposedCardLayout.addWidget(self.proposedTitle)

        self.proposedValue = QLabel(self.proposedCard)
        self.proposedValue.setObjectName(u"proposedValue")
        self.proposedValue.setStyleSheet(u"font-size: 15pt; font-weight: 600;")
        self.proposedValue.setText(u"\u2013")

        self.proposedCardLayout.addWidget(self.proposedValue)

        self.proposedDetail = QLabel(self.proposedCard)
        self.proposedDetail.setObjectName(u"proposedDetail")
        self.proposedDetail.setStyleSheet(u"color: #78909c;")

        self.proposedCardLayout.addWidget(self.proposedDetail)


        self.cardsLayout.addWidget(self.proposedCard, 0, 2, 1, 1)

        self.notEnrolledCard = QFrame(OverviewPage)
        self.notEnrolledCard.setObjectName(u"notEnrolledCard")
        self.notEnrolledCard.setStyleSheet(u".QFrame { background: palette(base); border-radius: 4px; }")
        self.notEnrolledCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.notEnrolledCardLayout = QVBoxLayout(self.notEnrolledCard)
        self.notEnrolledCardLayout.setObjectName(u"notEnrolledCardLayout")
        self.notEnrolledCardLayout.setContentsMargins(10, 6, 10, 6)
        self.notEnrolledTitle = QLabel(self.notEnrolledCard)
        self.notEnrolledTitle.setObjectName(u"notEnrolledTitle")
        self.notEnrolledTitle.setStyleSheet(u"color: #546e7a;")

        self.notEnrolledCardLayout.addWidget(self.notEnrolledTitle)

        self.notEnrolledValue = QLabel(self.notEnrolledCard)
        self.notEnrolledValue.setObjectName(u"notEnrolledValue")
        self.notEnrolledValue.setStyleSheet(u"font-size: 15pt; font-weight: 600;")
        self.notEnrolledValue.setText(u"\u2013")

        self.notEnrolledCardLayout.addWidget(self.notEnrolledValue)

        self.notEnrolledDetail = QLabel(self.notEnrolledCard)
        self.notEnrolledDetail.setObjectName(u"notEnrolledDetail")
        self.notEnrolledDetail.setStyleSheet(u"color: #78909c;")

        self.notEnrolledCardLayout.addWidget(self.notEnrolledDetail)


        self.cardsLayout.addWidget(self.notEnrolledCard, 0, 3, 1, 1)

        self.coverageCard = QFrame(OverviewPage)
        self.coverageCard.setObjectName(u"coverageCard")
        self.coverageCard.setStyleSheet(u".QFrame { background: palette(base); border-radius: 4px; }")
        self.coverageCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.coverageCardLayout = QVBoxLayout(self.coverageCard)
        self.coverageCardLayout.setObjectName(u"coverageCardLayout")
        self.coverageCardLayout.setContentsMargins(10, 6, 10, 6)
        self.coverageTitle = QLabel(self.coverageCard)
        self.coverageTitle.setObjectName(u"coverageTitle")
        self.coverageTitle.setStyleSheet(u"color: #546e7a;")

        self.coverageCardLayout.addWidget(self.coverageTitle)

        self.coverageValue = QLabel(self.coverageCard)
        self.coverageValue.setObjectName(u"coverageValue")
        self.coverageValue.setStyleSheet(u"font-size: 15pt; font-weight: 600;")
        self.coverageValue.setText(u"\u2013")

        self.coverageCardLayout.addWidget(self.coverageValue)

        self.coverageDetail = QLabel(self.coverageCard)
        self.coverageDetail.setObjectName(u"coverageDetail")
        self.coverageDetail.setStyleSheet(u"color: #78909c;")

        self.coverageCardLayout.addWidget(self.coverageDetail)


        self.cardsLayout.addWidget(self.coverageCard, 0, 4, 1, 1)

        self.contributionCard = QFrame(OverviewPage)
        self.contributionCard.setObjectName(u"contributionCard")
        self.contributionCard.setStyleSheet(u".QFrame { background: palette(base); border-radius: 4px; }")
        self.contributionCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.contributionCardLayout = QVBoxLayout(self.contributionCard)
        self.contributionCardLayout.setObjectName(u"contributionCardLayout")
        self.contributionCardLayout.setContentsMargins(10, 6, 10, 6)
        self.contributionTitle = QLabel(self.contributionCard)
        self.contributionTitle.setObjectName(u"contributionTitle")
        self.contributionTitle.setStyleSheet(u"color: #546e7a;")

        self.contributionCardLayout.addWidget(self.contributionTitle)

        self.contributionValue = QLabel(self.contributionCard)
        self.contributionValue.setObjectName(u"contributionValue")
        self.contributionValue.setStyleSheet(u"font-size: 15pt; font-weight: 600;")
        self.contributionValue.setText(u"\u2013")

        self.contributionCardLayout.addWidget(self.contributionValue)

        self.contributionDetail = QLabel(self.contributionCard)
        self.contributionDetail.setObjectName(u"contributionDetail")
        self.contributionDetail.setStyleSheet(u"color: #78909c;")

        self.contributionCardLayout.addWidget(self.contributionDetail)


        self.cardsLayout.addWidget(self.contributionCard, 0, 5, 1, 1)


        self.mainLayout.addLayout(self.cardsLayout)

        self.mainSplitter = QSplitter(OverviewPage)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Vertical)
        self.chartSplitter = QSplitter(self.mainSplitter)
        self.chartSplitter.setObjectName(u"chartSplitter")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.chartSplitter.sizePolicy().hasHeightForWidth())
        self.chartSplitter.setSizePolicy(sizePolicy)
        self.chartSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.barBox = QWidget(self.chartSplitter)
        self.barBox.setObjectName(u"barBox")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.barBox.sizePolicy().hasHeightForWidth())
        self.barBox.setSizePolicy(sizePolicy1)
        self.barLayout = QVBoxLayout(self.barBox)
        self.barLayout.setObjectName(u"barLayout")
        self.barLayout.setContentsMargins(0, 0, 0, 0)
        self.barTitle = QLabel(self.barBox)
        self.barTitle.setObjectName(u"barTitle")

        self.barLayout.addWidget(self.barTitle)

        self.barScroll = QScrollArea(self.barBox)
        self.barScroll.setObjectName(u"barScroll")
        self.barScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.barScroll.setWidgetResizable(True)
        self.barChart = StackedBarChart()
        self.barChart.setObjectName(u"barChart")
        self.barScroll.setWidget(self.barChart)

        self.barLayout.addWidget(self.barScroll)

        self.chartSplitter.addWidget(self.barBox)
        self.trendBox = QWidget(self.chartSplitter)
        self.trendBox.setObjectName(u"trendBox")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy2.setHorizontalStretch(2)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.trendBox.sizePolicy().hasHeightForWidth())
        self.trendBox.setSizePolicy(sizePolicy2)
        self.trendLayout = QVBoxLayout(self.trendBox)
        self.trendLayout.setObjectName(u"trendLayout")
        self.trendLayout.setContentsMargins(0, 0, 0, 0)
        self.trendTitle = QLabel(self.trendBox)
        self.trendTitle.setObjectName(u"trendTitle")

        self.trendLayout.addWidget(self.trendTitle)

        self.trendChart = LineChart(self.trendBox)
        self.trendChart.setObjectName(u"trendChart")

        self.trendLayout.addWidget(self.trendChart)

        self.trendLayout.setStretch(1, 1)
        self.chartSplitter.addWidget(self.trendBox)
        self.mainSplitter.addWidget(self.chartSplitter)
        self.tabs = QTabWidget(self.mainSplitter)
        self.tabs.setObjectName(u"tabs")
        sizePolicy.setHeightForWidth(self.tabs.sizePolicy().hasHeightForWidth())
        self.tabs.setSizePolicy(sizePolicy)
        self.unitTree = QTreeWidget()
        self.unitTree.setObjectName(u"unitTree")
        self.unitTree.setAlternatingRowColors(True)
        self.tabs.addTab(self.unitTree, "")
        self.problemTab = QWidget()
        self.problemTab.setObjectName(u"problemTab")
        self.problemLayout = QVBoxLayout(self.problemTab)
        self.problemLayout.setObjectName(u"problemLayout")
        self.problemLayout.setContentsMargins(4, 4, 4, 4)
        self.problemHeadLayout = QHBoxLayout()
        self.problemHeadLayout.setObjectName(u"problemHeadLayout")
        self.problemSummary = QLabel(self.problemTab)
        self.problemSummary.setObjectName(u"problemSummary")
        self.problemSummary.setWordWrap(True)

        self.problemHeadLayout.addWidget(self.problemSummary)

        self.openButton = QPushButton(self.problemTab)
        self.openButton.setObjectName(u"openButton")

        self.problemHeadLayout.addWidget(self.openButton)

        self.problemHeadLayout.setStretch(0, 1)

        self.problemLayout.addLayout(self.problemHeadLayout)

        self.problemTree = QTreeWidget(self.problemTab)
        self.problemTree.setObjectName(u"problemTree")
        self.problemTree.setAlternatingRowColors(True)
        self.problemTree.setRootIsDecorated(False)

        self.problemLayout.addWidget(self.problemTree)

        self.tabs.addTab(self.problemTab, "")
        self.mainSplitter.addWidget(self.tabs)

        self.mainLayout.addWidget(self.mainSplitter)

        self.mainLayout.setStretch(2, 1)

        self.retranslateUi(OverviewPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(OverviewPage)
    # setupUi

    def retranslateUi(self, OverviewPage):
        self.titleLabel.setText(QCoreApplication.translate("OverviewPage", u"Cakupan Kepesertaan BPJS Ketenagakerjaan", None))
#if QT_CONFIG(tooltip)
        self.asOfLabel.setToolTip(QCoreApplication.translate("OverviewPage", u"Tanggal keadaan data yang ditampilkan", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("OverviewPage", u"&Muat ulang", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("OverviewPage", u"Hitung ulang cakupan dan data bermasalah dari basis data", None))
#endif // QT_CONFIG(tooltip)
        self.workersTitle.setText(QCoreApplication.translate("OverviewPage", u"Pekerja non-ASN aktif", None))
        self.enrolledTitle.setText(QCoreApplication.translate("OverviewPage", u"Terdaftar", None))
        self.proposedTitle.setText(QCoreApplication.translate("OverviewPage", u"Diusulkan", None))
        self.notEnrolledTitle.setText(QCoreApplication.translate("OverviewPage", u"Belum didaftarkan", None))
        self.coverageTitle.setText(QCoreApplication.translate("OverviewPage", u"Cakupan", None))
        self.contributionTitle.setText(QCoreApplication.translate("OverviewPage", u"Iuran per bulan", None))
        self.barTitle.setText(QCoreApplication.translate("OverviewPage", u"<b>Kepesertaan per perangkat daerah</b> (sub-unit dijumlahkan ke induknya)", None))
        self.trendTitle.setText(QCoreApplication.translate("OverviewPage", u"<b>Perkembangan cakupan per bulan</b> (potret bulanan)", None))
        ___qtreewidgetitem = self.unitTree.headerItem()
        ___qtreewidgetitem.setText(6, QCoreApplication.translate("OverviewPage", u"Iuran per bulan", None))
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("OverviewPage", u"Cakupan", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("OverviewPage", u"Belum", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("OverviewPage", u"Diusulkan", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("OverviewPage", u"Terdaftar", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("OverviewPage", u"Pekerja", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("OverviewPage", u"Unit kerja", None))
        self.tabs.setTabText(self.tabs.indexOf(self.unitTree), QCoreApplication.translate("OverviewPage", u"Per unit kerja", None))
        self.openButton.setText(QCoreApplication.translate("OverviewPage", u"B&uka data pegawai", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("OverviewPage", u"Buka data pegawai pada baris terpilih (sama dengan klik dua kali)", None))
#endif // QT_CONFIG(tooltip)
        ___qtreewidgetitem1 = self.problemTree.headerItem()
        ___qtreewidgetitem1.setText(5, QCoreApplication.translate("OverviewPage", u"Keterangan", None))
        ___qtreewidgetitem1.setText(4, QCoreApplication.translate("OverviewPage", u"Status", None))
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("OverviewPage", u"Unit kerja", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("OverviewPage", u"NIK", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("OverviewPage", u"Nama", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("OverviewPage", u"Masalah", None))
        self.tabs.setTabText(self.tabs.indexOf(self.problemTab), QCoreApplication.translate("OverviewPage", u"Data bermasalah", None))
        pass
    # retranslateUi

