#include "MainWindow.h"

#include <AppIdentity.h>
#include <CryptoCapabilities.h>
#include <securechat/AppInfo.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QtCrypto>

int main(int argc, char *argv[])
{
    QCA::Initializer qcaInit;
    QApplication app(argc, argv);
    securechat::applyApplicationIdentity();
    QGuiApplication::setDesktopFileName(QString::fromLatin1(securechat::appinfo::kDesktopFileName));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "SecureChat: private, serverless chat between two people."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    const auto capabilities = securechat::crypto::checkCryptoCapabilities();
    if (!capabilities.ok()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "SecureChat cannot start"),
                              capabilities.explanation());
        return 1;
    }

    securechat::gui::MainWindow window;
    window.show();
    return app.exec();
}
