// SPDX-License-Identifier: MIT
#pragma once

// Test networks in Linux network namespaces: "ip netns" namespaces joined by veth pairs or a
// bridge, and processes run inside them. Everything made is removed by the destructor, also when
// a check fails halfway. Needs root (CAP_NET_ADMIN and CAP_SYS_ADMIN); requireNetnsPrivileges()
// skips with the reason when they are missing outside CI and fails inside it (CI runs as root).

#include <memory>
#include <unistd.h>
#include <vector>

#include <catch2/catch_test_macros.hpp>

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

namespace securechat::test {

inline constexpr int kNetnsCommandMs = 10000;

struct CommandResult {
    int exitCode = -1; // -1: did not finish in time, or did not start
    QString output; // standard output and error
};

inline QString systemTool(const QString &name)
{
    const QString found = QStandardPaths::findExecutable(
        name, { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin") });
    return found.isEmpty() ? name : found;
}

// Runs a command to its end (at most kNetnsCommandMs), feeding it input.
inline CommandResult runCommand(
    const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(kNetnsCommandMs))
        return { -1, QStringLiteral("%1 did not start: %2").arg(program, process.errorString()) };
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(kNetnsCommandMs)) {
        process.kill();
        (void)process.waitForFinished(kNetnsCommandMs);
        return { -1, QStringLiteral("%1 %2 did not finish").arg(program, arguments.join(u' ')) };
    }
    const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return { code, QString::fromUtf8(process.readAll()) };
}

inline void requireNetnsPrivileges()
{
    if (::geteuid() == 0)
        return;
    const char *reason = "network namespace tests need root (CAP_NET_ADMIN, CAP_SYS_ADMIN): run "
                         "them as root, e.g. through tools/dev, which CI does";
    if (qEnvironmentVariableIsSet("CI"))
        FAIL(reason);
    SKIP(reason);
}

// A long-running process inside a namespace, its output collected as it arrives.
class NamespacedProcess
{
public:
    NamespacedProcess(const QString &netns, const QString &program, const QStringList &arguments)
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput,
            [this] { m_out += m_process.readAllStandardOutput(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError,
            [this] { m_err += m_process.readAllStandardError(); });
        m_process.start(systemTool(QStringLiteral("ip")),
            QStringList { QStringLiteral("netns"), QStringLiteral("exec"), netns, program }
                + arguments);
    }
    ~NamespacedProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            (void)m_process.waitForFinished(kNetnsCommandMs); // test-side cleanup only
        }
    }
    QString out() const { return QString::fromUtf8(m_out); }
    QString err() const { return QString::fromUtf8(m_err); }
    bool waitForErr(const QString &text, int ms)
    {
        return QTest::qWaitFor([&] { return err().contains(text); }, ms);
    }
    bool waitForOut(const QString &text, int ms)
    {
        return QTest::qWaitFor([&] { return out().contains(text); }, ms);
    }
    void writeLine(const QString &line) { m_process.write(line.toUtf8() + '\n'); }
    void endInput() { m_process.closeWriteChannel(); }
    // The exit code, or -1 when it did not exit within ms.
    int waitForExit(int ms)
    {
        if (!QTest::qWaitFor([&] { return m_process.state() == QProcess::NotRunning; }, ms))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -2;
    }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

// Named namespaces and links, removed again (namespaces take their veth ends with them).
class TestNamespaces
{
public:
    TestNamespaces()
        : m_prefix(QStringLiteral("sc%1n%2-").arg(::getpid()).arg(++counter()))
    { }
    ~TestNamespaces()
    {
        m_processes.clear(); // before their namespaces
        for (const QString &name : m_namespaces)
            runCommand(systemTool(QStringLiteral("ip")),
                { QStringLiteral("netns"), QStringLiteral("delete"), name });
    }
    TestNamespaces(const TestNamespaces &) = delete;
    TestNamespaces &operator=(const TestNamespaces &) = delete;

    // Interface and namespace names are short (IFNAMSIZ): prefix plus a few letters.
    QString name(const QString &suffix) const { return m_prefix + suffix; }

    QString add(const QString &suffix)
    {
        const QString netns = name(suffix);
        REQUIRE(ip({ QStringLiteral("netns"), QStringLiteral("add"), netns }));
        m_namespaces << netns;
        REQUIRE(ip({ QStringLiteral("-n"), netns, QStringLiteral("link"), QStringLiteral("set"),
            QStringLiteral("lo"), QStringLiteral("up") }));
        return netns;
    }

    // A veth pair: end a (address, CIDR) in namespace na, end b in nb.
    void link(const QString &na, const QString &a, const QString &addressA, const QString &nb,
        const QString &b, const QString &addressB)
    {
        REQUIRE(ip({ QStringLiteral("link"), QStringLiteral("add"), name(a), QStringLiteral("type"),
            QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), name(b) }));
        place(na, a, addressA);
        place(nb, b, addressB);
    }

    // Moves interface suffix into netns, gives it address (may be empty) and brings it up.
    void place(const QString &netns, const QString &suffix, const QString &address)
    {
        REQUIRE(ip({ QStringLiteral("link"), QStringLiteral("set"), name(suffix),
            QStringLiteral("netns"), netns }));
        if (!address.isEmpty())
            REQUIRE(ip({ QStringLiteral("-n"), netns, QStringLiteral("addr"), QStringLiteral("add"),
                address, QStringLiteral("dev"), name(suffix) }));
        REQUIRE(ip({ QStringLiteral("-n"), netns, QStringLiteral("link"), QStringLiteral("set"),
            name(suffix), QStringLiteral("up") }));
    }

    bool ip(const QStringList &arguments)
    {
        const CommandResult result = runCommand(systemTool(QStringLiteral("ip")), arguments);
        if (result.exitCode != 0)
            UNSCOPED_INFO(
                "ip " << arguments.join(u' ').toStdString() << ": " << result.output.toStdString());
        return result.exitCode == 0;
    }

    // Runs a command in netns to its end.
    CommandResult exec(const QString &netns, const QString &program, const QStringList &arguments,
        const QByteArray &input = {})
    {
        return runCommand(systemTool(QStringLiteral("ip")),
            QStringList { QStringLiteral("netns"), QStringLiteral("exec"), netns, program }
                + arguments,
            input);
    }

    // Starts a process in netns that lives until this object (or the caller) ends it.
    NamespacedProcess &start(
        const QString &netns, const QString &program, const QStringList &arguments)
    {
        m_processes.push_back(std::make_unique<NamespacedProcess>(netns, program, arguments));
        return *m_processes.back();
    }

private:
    static int &counter()
    {
        static int value = 0;
        return value;
    }

    QString m_prefix;
    QStringList m_namespaces;
    std::vector<std::unique_ptr<NamespacedProcess>> m_processes;
};

} // namespace securechat::test
