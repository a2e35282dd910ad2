// SPDX-License-Identifier: MIT
#include "chat/Profile.h"
#include "common/AppIdentity.h"
#include "common/AppInfo.h"
#include "common/Logging.h"
#include "crypto/CryptoCapabilities.h"
#include "crypto/Invite.h"
#include "gui/MainWindow.h"
#include "gui/SingleInstance.h"
#include "gui/StartupFlow.h"
#include "gui/Translations.h"
#include "storage/PrivateFiles.h"

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

QCommandLineOption verboseOption()
{
    return QCommandLineOption(QStringLiteral("verbose"),
        QCoreApplication::translate("main",
            "Write diagnostics (connections, TLS parameters, close causes, storage errors; never "
            "message text or keys) to standard error."));
}

void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "SecureChat: private, serverless chat between two people."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(profileOption());
    parser.addOption(verboseOption());
    parser.addPositionalArgument(QStringLiteral("link"),
        QCoreApplication::translate("main",
            "A securechat: invite link to connect with (what the desktop passes when such a link "
            "is opened). With SecureChat already running for the profile, the link goes to it."),
        QStringLiteral("[link]"));
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
    securechat::installLogFormat();
    if (parser.isSet(verboseOption()))
        securechat::enableVerboseLogging();

    const auto capabilities = securechat::crypto::checkCryptoCapabilities();
    if (!capabilities.ok()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "SecureChat cannot start"),
            capabilities.explanation());
        return 1;
    }

    QStringList links;
    for (const QString &argument : parser.positionalArguments()) {
        if (securechat::crypto::Invite::looksLikeInvite(argument))
            links << argument;
        else
            qCWarning(lcGui) << "ignoring an argument that is not an invite link";
    }
    // One instance per profile: a second start hands its links to the first and ends.
    securechat::gui::SingleInstance instance(
        securechat::storage::PrivateFiles::resolveProfileDir(parser.value(profileOption())));
    if (instance.handToRunning(links))
        return 0;
    instance.listen();

    securechat::chat::Profile profile(parser.value(profileOption()));
    const auto identity = securechat::gui::StartupFlow(&profile.identityStore()).run();
    if (!identity)
        return 0;

    profile.start(*identity);
    securechat::gui::MainWindow window(&profile);
    window.show();
    QObject::connect(&instance, &securechat::gui::SingleInstance::activated, &window,
        [&window](const QStringList &handedOver) {
            window.bringToFront();
            for (const QString &link : handedOver)
                window.openInviteLink(link);
        });
    for (const QString &link : links)
        window.openInviteLink(link);
    for (const QString &warning : profile.openWarnings())
        QMessageBox::warning(&window, QApplication::translate("main", "Known peers"), warning);
    return app.exec();
}
