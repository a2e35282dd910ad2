#include "app/ScreenshotTour.h"
#include "common/AppIdentity.h"
#include "common/AppInfo.h"
#include "crypto/CryptoCapabilities.h"
#include "gui/MainWindow.h"
#include "gui/StartupFlow.h"
#include "gui/Translations.h"
#include "storage/IdentityStore.h"
#include "storage/KnownPeers.h"
#include "storage/Settings.h"

#include <QApplication>
#include <QByteArrayView>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QtCrypto>

namespace {

// --help and --version must work without a display (scripts, package tests, a terminal over SSH),
// so they are answered from a QCoreApplication before the GUI application exists.
bool asksOnlyForInformation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "-h" || argument == "-?" || argument == "--help" || argument == "--help-all"
            || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

QCommandLineOption profileOption()
{
    return QCommandLineOption(QStringLiteral("profile"),
        QCoreApplication::translate(
            "main", "Keep identity, known peers and settings in <directory>."),
        QCoreApplication::translate("main", "directory"));
}

void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "SecureChat: private, serverless chat between two people."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(profileOption());
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksOnlyForInformation(argc, argv)) {
        QCoreApplication app(argc, argv);
        securechat::applyApplicationIdentity();
        securechat::gui::Translations translations;
        translations.load(QLocale::system());
        QCommandLineParser parser;
        describeOptions(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QCA::Initializer qcaInit;
    QApplication app(argc, argv);
    securechat::applyApplicationIdentity();
    QGuiApplication::setDesktopFileName(QString::fromLatin1(securechat::appinfo::kDesktopFileName));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app/securechat.svg")));

    securechat::gui::Translations translations;
    translations.load(QLocale::system());

    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);

    const auto capabilities = securechat::crypto::checkCryptoCapabilities();
    if (!capabilities.ok()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "SecureChat cannot start"),
            capabilities.explanation());
        return 1;
    }

    // Documentation screenshots (tools/screenshots.sh): a scripted tour with throw-away profiles.
    const QString screenshotDir = qEnvironmentVariable("SECURECHAT_SCREENSHOT_DIR");
    if (!screenshotDir.isEmpty())
        return securechat::app::ScreenshotTour(screenshotDir).run();

    const QString profile = parser.value(profileOption());
    securechat::storage::IdentityStore store(profile);
    const auto identity = securechat::gui::StartupFlow(&store).run();
    if (!identity)
        return 0;

    securechat::storage::KnownPeers knownPeers(profile);
    securechat::storage::Settings settings(profile);
    securechat::gui::MainWindow window(*identity, &knownPeers, &settings);
    window.show();
    if (!knownPeers.loadWarning().isEmpty())
        QMessageBox::warning(
            &window, QApplication::translate("main", "Known peers"), knownPeers.loadWarning());
    return app.exec();
}
