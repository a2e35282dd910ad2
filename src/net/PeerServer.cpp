#include "net/PeerServer.h"

#include <QTcpSocket>

namespace securechat::net {

PeerServer::PeerServer(const PeerSession::Options &options, QObject *parent)
    : QTcpServer(parent)
    , m_options(options)
{ }

void PeerServer::incomingConnection(qintptr socketDescriptor)
{
    if (m_pending.size() >= m_maxPending) {
        QTcpSocket dropped;
        if (dropped.setSocketDescriptor(socketDescriptor))
            dropped.abort();
        return;
    }
    auto *session = new PeerSession(m_options, this);
    m_pending.insert(session);
    const auto settled = [this, session] {
        m_pending.remove(session);
    };
    connect(session, &PeerSession::established, this, settled);
    connect(session, &PeerSession::closed, this, settled);
    connect(session, &QObject::destroyed, this, settled);
    session->acceptSocket(socketDescriptor);
    if (session->state() == PeerSession::State::Closed) {
        session->deleteLater();
        return;
    }
    emit sessionStarted(session);
}

} // namespace securechat::net
