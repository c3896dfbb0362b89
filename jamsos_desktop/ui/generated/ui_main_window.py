# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.actionNewWorker = QAction(MainWindow)
        self.actionNewWorker.setObjectName(u"actionNewWorker")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionColumns = QAction(MainWindow)
        self.actionColumns.setObjectName(u"actionColumns")
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
        self.actionGuide = QAction(MainWindow)
        self.actionGuide.setObjectName(u"actionGuide")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QHBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(self.centralwidget)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(190, 0))
        self.navList.setMaximumSize(QSize(210, 16777215))
        self.navList.setFrameShape(QFrame.Shape.NoFrame)
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navList.setSpacing(2)

        self.centralLayout.addWidget(self.navList)

        self.pages = QStackedWidget(self.centralwidget)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuBerkas = QMenu(self.menubar)
        self.menuBerkas.setObjectName(u"menuBerkas")
        self.menuSunting = QMenu(self.menubar)
        self.menuSunting.setObjectName(u"menuSunting")
        self.menuTampilan = QMenu(self.menubar)
        self.menuTampilan.setObjectName(u"menuTampilan")
        self.menuBantuan = QMenu(self.menubar)
        self.menuBantuan.setObjectName(u"menuBantuan")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuBerkas.menuAction())
        self.menubar.addAction(self.menuSunting.menuAction())
        self.menubar.addAction(self.menuTampilan.menuAction())
        self.menubar.addAction(self.menuBantuan.menuAction())
        self.menuBerkas.addAction(self.actionNewWorker)
        self.menuBerkas.addSeparator()
        self.menuBerkas.addAction(self.actionQuit)
        self.menuTampilan.addAction(self.actionColumns)
        self.menuTampilan.addAction(self.actionRefresh)
        self.menuBantuan.addAction(self.actionGuide)
        self.menuBantuan.addSeparator()
        self.menuBantuan.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Jamsos Desktop", None))
        self.actionNewWorker.setText(QCoreApplication.translate("MainWindow", u"Pegawai &Baru\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionNewWorker.setToolTip(QCoreApplication.translate("MainWindow", u"Tambah data pegawai non-ASN baru", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionNewWorker.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Keluar", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionColumns.setText(QCoreApplication.translate("MainWindow", u"Pilih &Kolom\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionColumns.setToolTip(QCoreApplication.translate("MainWindow", u"Pilih kolom yang ditampilkan pada daftar pegawai", None))
#endif // QT_CONFIG(tooltip)
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"&Muat Ulang", None))
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionGuide.setText(QCoreApplication.translate("MainWindow", u"&Panduan Pengguna", None))
#if QT_CONFIG(shortcut)
        self.actionGuide.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&Tentang Jamsos Desktop", None))
#if QT_CONFIG(tooltip)
        self.navList.setToolTip(QCoreApplication.translate("MainWindow", u"Pilih halaman (Ctrl+1 sampai Ctrl+8)", None))
#endif // QT_CONFIG(tooltip)
        self.menuBerkas.setTitle(QCoreApplication.translate("MainWindow", u"&Berkas", None))
        self.menuSunting.setTitle(QCoreApplication.translate("MainWindow", u"&Sunting", None))
        self.menuTampilan.setTitle(QCoreApplication.translate("MainWindow", u"&Tampilan", None))
        self.menuBantuan.setTitle(QCoreApplication.translate("MainWindow", u"B&antuan", None))
    # retranslateUi

