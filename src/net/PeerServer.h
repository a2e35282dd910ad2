#pragma once

#include "net/PeerSession.h"

#include <QSet>
#include <QTcpServer>

namespace securechat::net {

// Accepts TCP connections and hands each to a new server-side PeerSession (TLS starts at
// once). At most maxPendingHandshakes sessions may be setting up at the same time; further
// connections are dropped so that a flood of stalled peers cannot starve the host.
class PeerServer : public QTcpServer
{
    Q_OBJECT
public:
    static constexpr int kDefaultMaxPendingHandshakes = 32;

    explicit PeerServer(const PeerSession::Options &options, QObject *parent = nullptr);

    void setOptions(const PeerSession::Options &options) { m_options = options; }
    void setMaxPendingHandshakes(int count) { m_maxPending = count; }
    int pendingHandshakes() const { return int(m_pending.size()); }

signals:
    // The session is a child of the server until the receiver re-parents it.
    void sessionStarted(securechat::net::PeerSession *session);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    PeerSession::Options m_options;
    int m_maxPending = kDefaultMaxPendingHandshakes;
    QSet<PeerSession *> m_pending;
};

} // namespace securechat::net
