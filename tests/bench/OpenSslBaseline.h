// SPDX-License-Identifier: MIT
// OpenSSL's own command-line tools as the benchmarks' baseline: s_server and s_client (or s_time)
// with the same identities, TLS 1.3 only and mutual certificate authentication, as SecureChat.
#pragma once

#include "BenchSupport.h"
#include "crypto/Identity.h"

#include <algorithm>
#include <memory>

#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

namespace securechat::bench {

struct OpenSslBulk {
    qint64 bytes = 0;
    double megabytesPerSecond = 0;
    long serverPeakKiB = 0;
    long clientPeakKiB = 0;
};

inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

class OpenSsl
{
public:
    OpenSsl(const crypto::Identity &host, const crypto::Identity &client)
    {
        m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        write(QStringLiteral("host.crt"), host.sslCertificate().toPem());
        write(QStringLiteral("host.key"), host.sslKey().toPem());
        write(QStringLiteral("client.crt"), client.sslCertificate().toPem());
        write(QStringLiteral("client.key"), client.sslKey().toPem());
    }

    bool available() const { return !m_openssl.isEmpty(); }

    // Mutual certificate authentication, TLS 1.3 only, as SecureChat does.
    QStringList serverArgs(quint16 port) const
    {
        return { QStringLiteral("s_server"), QStringLiteral("-accept"),
            QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-tls1_3"),
            QStringLiteral("-cert"), path(QStringLiteral("host.crt")), QStringLiteral("-key"),
            path(QStringLiteral("host.key")), QStringLiteral("-Verify"), QStringLiteral("1"),
            QStringLiteral("-CAfile"), path(QStringLiteral("client.crt")) };
    }
    QStringList clientAuthArgs() const
    {
        return { QStringLiteral("-cert"), path(QStringLiteral("client.crt")),
            QStringLiteral("-key"), path(QStringLiteral("client.key")), QStringLiteral("-CAfile"),
            path(QStringLiteral("host.crt")) };
    }

    std::unique_ptr<QProcess> start(const QStringList &args)
    {
        auto process = std::make_unique<QProcess>();
        process->setProgram(m_openssl);
        process->setArguments(args);
        process->start();
        waitUntil([&] { return process->state() == QProcess::Running; }, 5000);
        return process;
    }

    // Waits until something listens on the port, by reading /proc/net/tcp: probing with a
    // listen() of our own could take the port from s_server, and a connect() would use up its
    // one accepted connection.
    static bool waitForPort(quint16 port)
    {
        const QString needle = QStringLiteral(":%1 ").arg(port, 4, 16, QLatin1Char('0')).toUpper();
        return waitUntil(
            [&] {
                QFile table(QStringLiteral("/proc/net/tcp"));
                if (!table.open(QIODevice::ReadOnly))
                    return true;
                const QStringList lines = QString::fromLatin1(table.readAll()).split(u'\n');
                for (const QString &line : lines) {
                    const QStringList fields = line.simplified().split(u' ');
                    if (fields.size() > 3 && fields.at(1).endsWith(needle.trimmed())
                        && fields.at(3) == QLatin1StringView("0A"))
                        return true;
                }
                return false;
            },
            5000);
    }

    static void stop(QProcess *process)
    {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            waitUntil([&] { return process->state() == QProcess::NotRunning; }, 5000);
        }
    }

    // Bulk throughput: s_client sends the file at dataPath, s_server swallows it; timed until
    // the server has read everything (it exits when its one connection closes).
    OpenSslBulk bulk(const QString &dataPath)
    {
        OpenSslBulk figures;
        const quint16 port = freePort();
        auto server = std::make_unique<QProcess>();
        server->setProgram(m_openssl);
        server->setArguments(serverArgs(port)
            + QStringList {
                QStringLiteral("-quiet"), QStringLiteral("-naccept"), QStringLiteral("1") });
        server->setStandardOutputFile(QProcess::nullDevice());
        server->start();
        waitForPort(port);
        auto client = std::make_unique<QProcess>();
        client->setProgram(m_openssl);
        client->setArguments(QStringList { QStringLiteral("s_client"), QStringLiteral("-connect"),
                                 QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-quiet"),
                                 QStringLiteral("-no_ign_eof"), QStringLiteral("-nocommands") }
            + clientAuthArgs());
        client->setStandardInputFile(dataPath);
        QElapsedTimer timer;
        timer.start();
        client->start();
        waitUntil(
            [&] {
                figures.serverPeakKiB = std::max(
                    figures.serverPeakKiB, long(procStatusKiB(server->processId(), "VmHWM")));
                figures.clientPeakKiB = std::max(
                    figures.clientPeakKiB, long(procStatusKiB(client->processId(), "VmHWM")));
                return server->state() == QProcess::NotRunning;
            },
            600000);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        figures.bytes = QFileInfo(dataPath).size();
        figures.megabytesPerSecond = seconds > 0 ? double(figures.bytes) / seconds / 1e6 : 0;
        stop(client.get());
        stop(server.get());
        return figures;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    void write(const QString &name, const QByteArray &content)
    {
        QFile file(path(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
    }

    QTemporaryDir m_dir;
    QString m_openssl;
};

} // namespace securechat::bench
