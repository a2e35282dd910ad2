// SPDX-License-Identifier: MIT
#pragma once

#include "net/PeerSession.h"

#include <QList>
#include <QTcpServer>

class QTimer;

namespace securechat::net {

// Accepts TCP connections and hands each to a new server-side PeerSession (TLS starts at
// once). At most maxPendingHandshakes sessions may be setting up at the same time, and at most
// maxPendingPerAddress of them from one address. When new connections overfill the slots, the
// oldest stalled pending sessions (no TLS bytes from the peer yet, or no progress for
// kStalledAfterMs) are dropped to make room, kAdmissionDelayMs later; only when none is stalled
// is the newest connection refused. So idle connections, however many and however often
// renewed, cannot keep out a peer that talks TLS.
class PeerServer : public QTcpServer
{
    Q_OBJECT
public:
    static constexpr int kDefaultMaxPendingHandshakes = 32;
    static constexpr int kDefaultMaxPendingPerAddress = 8;
    static constexpr qint64 kStalledAfterMs = 2000;
    static constexpr int kAdmissionDelayMs = 20;
    // Past this many times maxPendingHandshakes, limits are enforced at once.
    static constexpr int kMaxOverflowFactor = 4;

    explicit PeerServer(const PeerSession::Options &options, QObject *parent = nullptr);

    void setOptions(const PeerSession::Options &options) { m_options = options; }
    void setMaxPendingHandshakes(int count) { m_maxPending = count; }
    void setMaxPendingPerAddress(int count) { m_maxPerAddress = count; }
    int pendingHandshakes() const { return int(m_pending.size()); }

signals:
    // The session is a child of the server until the receiver re-parents it.
    void sessionStarted(securechat::net::PeerSession *session);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void enforceLimits();
    // Drops the oldest stalled session from address (any address when empty), or else the
    // newest one.
    void drop(const QString &address);

    PeerSession::Options m_options;
    int m_maxPending = kDefaultMaxPendingHandshakes;
    int m_maxPerAddress = kDefaultMaxPendingPerAddress;
    QList<PeerSession *> m_pending; // oldest first
    QTimer *m_admissionTimer = nullptr;
};

} // namespace securechat::net
