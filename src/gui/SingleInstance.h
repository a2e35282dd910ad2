// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;

namespace securechat::gui {

// One running SecureChat per profile. The first start listens on a local socket (a Unix socket in
// the user's runtime folder, a named pipe on Windows; only this user may connect) named after the
// profile folder. A later start with the same profile hands its links (securechat: invites given
// on the command line, e.g. by the desktop's URL handler) to the running one and exits; the
// running one brings its window forward and offers to connect.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxLinks = 16;
    static constexpr int kMaxMessageBytes = 64 * 1024;

    explicit SingleInstance(const QString &profileDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket's name for this profile (the same for every start with it).
    QString serverName() const { return m_serverName; }

    // Hands links to an instance already running for this profile; true when one took them (this
    // start should then end). Waits at most timeoutMs, before any window exists.
    bool handToRunning(const QStringList &links, int timeoutMs = 3000) const;
    // Becomes the running instance. A socket left by an instance that crashed is replaced.
    // False with a reason when the socket cannot be made (the app still works, alone).
    bool listen(QString *error = nullptr);

signals:
    // A later start with this profile: bring the window forward; links are its invite links
    // (only text that looks like an invite is passed on). On macOS, where the system opens a
    // clicked link in the running application, the link comes here too.
    void activated(const QStringList &links);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onNewConnection();

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace securechat::gui
