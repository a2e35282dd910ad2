#include <AppIdentity.h>
#include <CryptoCapabilities.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QtCrypto>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCA::Initializer qcaInit;
    QCoreApplication app(argc, argv);
    securechat::applyApplicationIdentity();
    QCoreApplication::setApplicationName(QStringLiteral("securechat-cli"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "SecureChat from a terminal: host or connect, then chat over stdin and stdout."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    const auto capabilities = securechat::crypto::checkCryptoCapabilities();
    if (!capabilities.ok()) {
        std::fprintf(stderr, "securechat-cli: %s\n", qPrintable(capabilities.explanation()));
        return 1;
    }
    return 0;
}
