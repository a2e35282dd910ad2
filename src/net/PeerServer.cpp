// SPDX-License-Identifier: MIT
#include "net/PeerServer.h"

#include <QHash>
#include <QTimer>

namespace securechat::net {

PeerServer::PeerServer(const PeerSession::Options &options, QObject *parent)
    : QTcpServer(parent)
    , m_options(options)
    , m_admissionTimer(new QTimer(this))
{
    m_admissionTimer->setSingleShot(true);
    m_admissionTimer->setInterval(kAdmissionDelayMs);
    connect(m_admissionTimer, &QTimer::timeout, this, &PeerServer::enforceLimits);
}

void PeerServer::incomingConnection(qintptr socketDescriptor)
{
    auto *session = new PeerSession(m_options, this);
    session->acceptSocket(socketDescriptor);
    if (session->state() == PeerSession::State::Closed) {
        session->deleteLater();
        return;
    }
    m_pending.append(session);
    const auto settled = [this, session] {
        m_pending.removeOne(session);
    };
    connect(session, &PeerSession::established, this, settled);
    connect(session, &PeerSession::closed, this, settled);
    connect(session, &QObject::destroyed, this, settled);
    emit sessionStarted(session);
    if (m_pending.size() <= m_maxPending && m_maxPerAddress >= m_maxPending)
        return;
    // Who goes is decided a moment later, once the connections accepted together have had
    // their first bytes read: a peer that talks TLS at once is never taken for an idle one.
    if (m_pending.size() >= kMaxOverflowFactor * m_maxPending)
        enforceLimits();
    else if (!m_admissionTimer->isActive())
        m_admissionTimer->start();
}

void PeerServer::enforceLimits()
{
    m_admissionTimer->stop();
    QHash<QString, int> perAddress;
    for (const PeerSession *session : std::as_const(m_pending))
        ++perAddress[session->peerAddress()];
    for (auto it = perAddress.begin(); it != perAddress.end(); ++it) {
        for (int count = it.value(); count > m_maxPerAddress; --count)
            drop(it.key());
    }
    while (m_pending.size() > m_maxPending)
        drop({});
}

void PeerServer::drop(const QString &address)
{
    const auto matches = [&address](const PeerSession *session) {
        return address.isEmpty() || session->peerAddress() == address;
    };
    // First whoever has not sent a byte of TLS, oldest first, then whoever stopped moving on.
    PeerSession *victim = nullptr;
    for (PeerSession *session : std::as_const(m_pending)) {
        if (matches(session) && !session->hasHandshakeProgress()) {
            victim = session;
            break;
        }
    }
    for (qsizetype i = 0; !victim && i < m_pending.size(); ++i) {
        if (matches(m_pending.at(i)) && m_pending.at(i)->msSinceProgress() >= kStalledAfterMs)
            victim = m_pending.at(i);
    }
    if (victim) {
        m_pending.removeOne(victim);
        victim->abort(tr("The secure connection was not set up in time and was dropped to make "
                         "room for other connections."),
            CloseCause::Timeout);
        return;
    }
    // Nobody is stalled: the newest connection is refused.
    for (qsizetype i = m_pending.size() - 1; i >= 0; --i) {
        if (matches(m_pending.at(i))) {
            PeerSession *newest = m_pending.takeAt(i);
            newest->abort(tr("Too many connections were being set up at once. Try again in a "
                             "few seconds."),
                CloseCause::NetworkError);
            return;
        }
    }
}

} // namespace securechat::net
