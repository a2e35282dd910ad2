// SPDX-License-Identifier: MIT
#include "gui/SingleInstance.h"

#include "common/Logging.h"
#include "crypto/Invite.h"

#include <memory>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileOpenEvent>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

namespace securechat::gui {

namespace {

constexpr char kAck[] = "ok\n";
constexpr int kReadTimeoutMs = 2000;

// Newline-separated links after a version line; whatever else arrives is ignored.
QByteArray encode(const QStringList &links)
{
    QByteArray message = "securechat-activate 1\n";
    for (const QString &link : links)
        message += link.simplified().remove(u' ').toUtf8() + '\n';
    return message + '\n';
}

QStringList decode(const QByteArray &message)
{
    QList<QByteArray> lines = message.split('\n');
    if (lines.isEmpty() || lines.takeFirst() != "securechat-activate 1")
        return {};
    QStringList links;
    for (const QByteArray &line : lines) {
        const QString text = QString::fromUtf8(line);
        if (links.size() < SingleInstance::kMaxLinks && crypto::Invite::looksLikeInvite(text))
            links << text;
    }
    return links;
}

QString socketName(const QString &profileDir)
{
    const QByteArray key = QDir(profileDir).absolutePath().toUtf8();
    const QString id = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
#ifdef Q_OS_UNIX
    // The runtime folder is the user's own (0700); the temporary folder is shared.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty() && QDir().mkpath(runtime))
        return QDir(runtime).filePath(QStringLiteral("securechat-%1").arg(id));
#endif
    return QStringLiteral("securechat-%1").arg(id);
}

} // namespace

SingleInstance::SingleInstance(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_serverName(socketName(profileDir))
{
    if (QCoreApplication *application = QCoreApplication::instance())
        application->installEventFilter(this);
}

bool SingleInstance::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        const QString link = static_cast<QFileOpenEvent *>(event)->url().toString();
        if (crypto::Invite::looksLikeInvite(link)) {
            emit activated({ link });
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::handToRunning(const QStringList &links, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(encode(links));
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running instance answers once it took the links; anything else means it did not.
    QByteArray answer;
    while (answer.size() < qsizetype(sizeof kAck) - 1 && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    return answer.startsWith(kAck);
}

bool SingleInstance::listen(QString *error)
{
    if (m_server)
        return true;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        // Nobody answered handToRunning(), so a socket still there was left by a crash.
        QLocalServer::removeServer(m_serverName);
        if (!m_server->listen(m_serverName)) {
            if (error)
                *error = m_server->errorString();
            qCWarning(lcGui) << "single-instance socket unavailable:" << m_server->errorString();
            delete m_server;
            m_server = nullptr;
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        // A start that never finishes its message is dropped after a while.
        QTimer::singleShot(kReadTimeoutMs, socket, &QLocalSocket::abort);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        const auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            if (buffer->size() > kMaxMessageBytes) {
                socket->abort();
                return;
            }
            if (!buffer->endsWith("\n\n"))
                return;
            const QStringList links = decode(*buffer);
            socket->write(kAck);
            socket->disconnectFromServer();
            emit activated(links);
        });
    }
}

} // namespace securechat::gui
