// SPDX-License-Identifier: MIT
#include "chat/Profile.h"

#include "chat/ChatController.h"
#include "common/Logging.h"
#include "net/PortMapper.h"
#include "storage/ContactStore.h"
#include "storage/HistoryKeyStore.h"
#include "storage/HistoryStore.h"
#include "storage/IdentityStore.h"
#include "storage/InviteStore.h"
#include "storage/Settings.h"

#include <QDir>
#include <QTimer>

namespace securechat::chat {

Profile::Profile(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_identityStore(std::make_unique<storage::IdentityStore>(directory))
    , m_settings(std::make_unique<storage::Settings>(directory))
    , m_contacts(std::make_unique<storage::ContactStore>(directory))
    , m_invites(std::make_unique<storage::InviteStore>(directory))
    , m_shutdownFallback(new QTimer(this))
{
    m_discoveryWanted = m_settings->lanDiscoveryEnabled();
    m_shutdownFallback->setSingleShot(true);
    connect(m_shutdownFallback, &QTimer::timeout, this, [this] {
        qCWarning(lcChat) << "peers did not acknowledge bye in time; closing anyway";
        finishShutdown();
    });
    qCInfo(lcChat) << "profile opened in" << m_identityStore->profileDir();
}

Profile::~Profile() = default;

QString Profile::directory() const
{
    return m_identityStore->profileDir();
}

QStringList Profile::openWarnings() const
{
    QStringList warnings;
    if (m_contacts->loadError() != storage::ContactStore::LoadError::None)
        warnings << m_contacts->loadMessage();
    if (!m_invites->isReadable())
        warnings << m_invites->loadMessage();
    if (!m_historyError.isEmpty())
        warnings << m_historyError;
    if (!m_transfersError.isEmpty())
        warnings << m_transfersError;
    return warnings;
}

ChatController *Profile::start(const crypto::Identity &identity)
{
    if (m_controller)
        return m_controller;
    m_identity = identity;
    openHistory();
    crypto::Identity presented = identity;
    presented.displayName = displayName();
    m_controller = new ChatController(presented, m_contacts.get(), m_history.get(), this);
    m_controller->setDefaultRetention(m_settings->defaultRetention());
    m_controller->setInviteStore(m_invites.get());
    // Unfinished transfers resume after a restart (docs/protocol.md 4.9).
    m_controller->files()->setMaxOfferBytes(m_settings->maxFileOfferBytes());
    m_controller->files()->setDownloadFolder(m_settings->downloadFolder());
    m_controller->files()->setStateFile(
        QDir(directory()).filePath(QStringLiteral("transfers.json")), &m_transfersError);
    connect(m_controller, &ChatController::allClosed, this, [this] {
        m_sessionsClosed = true;
        if (m_shuttingDown)
            finishShutdown();
    });
    m_portMapper = new net::PortMapper(this);
    connect(m_portMapper, &net::PortMapper::idle, this, [this] {
        if (m_shuttingDown && m_sessionsClosed)
            finishShutdown();
    });
    // The router's address goes first in the host's addresses and in new invites, as long as
    // people outside can really reach it.
    connect(m_portMapper, &net::PortMapper::mapped, this, [this](const net::PortMapping &mapping) {
        if (mapping.externalAddress.isNull() || mapping.behindAnotherNat)
            m_controller->setExternalAddress({}, 0);
        else
            m_controller->setExternalAddress(mapping.externalAddress, mapping.externalPort);
    });
    connect(m_portMapper, &net::PortMapper::failed, this,
        [this] { m_controller->setExternalAddress({}, 0); });
    connect(m_controller, &ChatController::listeningChanged, this, &Profile::updatePortMapping);

    m_discovery = new net::LanDiscovery(this);
    connect(m_discovery, &net::LanDiscovery::peerFound, this,
        [this](const net::LanDiscovery::Peer &peer) {
            emit nearbyChanged();
            connectToFoundContact(peer);
        });
    connect(m_discovery, &net::LanDiscovery::peerLost, this, &Profile::nearbyChanged);
    connect(m_controller, &ChatController::listeningChanged, this, &Profile::updateDiscovery);
    connect(this, &Profile::displayNameChanged, this, &Profile::updateDiscovery);
    updateDiscovery();
    return m_controller;
}

void Profile::openHistory()
{
    const storage::HistoryKeyStore keys(directory());
    const auto key = keys.loadOrCreate(m_identity);
    if (key.error != storage::HistoryKeyStore::Error::None) {
        m_historyError = tr("Your message history cannot be opened: %1 Chat works, but messages "
                            "are kept only until SecureChat quits.")
                             .arg(key.message);
        qCWarning(lcStorage) << "history key unavailable:" << int(key.error);
        return;
    }
    storage::HistoryStore::Error error;
    m_history = storage::HistoryStore::open(
        storage::HistoryStore::defaultPath(directory()), key.key, &error);
    if (!m_history) {
        m_historyError = tr("Your message history cannot be opened: %1 Nothing in it was changed. "
                            "Chat works, but messages are kept only until SecureChat quits.")
                             .arg(error.message);
        qCWarning(lcStorage) << "history database unavailable:" << int(error.kind);
    }
}

std::unique_ptr<storage::HistoryStore> Profile::openHistoryReader(QString *error) const
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return nullptr;
    };
    if (!m_history)
        return fail(m_historyError.isEmpty() ? tr("Your message history is not open.")
                                             : m_historyError);
    const storage::HistoryKeyStore keys(directory());
    auto key = keys.load(m_identity);
    if (key.error != storage::HistoryKeyStore::Error::None)
        return fail(key.message);
    storage::HistoryStore::Error failure;
    auto reader
        = storage::HistoryStore::openReader(m_history->database().path(), key.key, &failure);
    key.key.fill('\0');
    if (!reader)
        return fail(failure.message);
    return reader;
}

QString Profile::displayName() const
{
    const QString chosen = m_settings->displayName().trimmed();
    return chosen.isEmpty() ? m_identity.displayName : chosen;
}

bool Profile::setDisplayName(const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    // Compared with the name in use, not the stored one: the Settings dialog may have stored
    // it already.
    const QString inUse = m_controller ? m_controller->identity().displayName : displayName();
    if (trimmed.isEmpty() || trimmed == inUse)
        return true;
    m_settings->setDisplayName(trimmed);
    const bool saved = m_settings->sync(error);
    if (m_controller)
        m_controller->setDisplayName(trimmed);
    emit displayNameChanged(trimmed);
    return saved;
}

bool Profile::setDefaultRetention(
    const storage::Settings::HistoryRetention &retention, QString *error)
{
    m_settings->setDefaultRetention(retention);
    const bool saved = m_settings->sync(error);
    if (m_controller)
        m_controller->setDefaultRetention(m_settings->defaultRetention());
    return saved;
}

void Profile::setLanDiscovery(bool enabled)
{
    m_discoveryWanted = enabled;
    updateDiscovery();
}

void Profile::applyNetworkSettings()
{
    updatePortMapping();
    setLanDiscovery(m_settings->lanDiscoveryEnabled());
}

void Profile::updateDiscovery()
{
    if (!m_discovery)
        return;
    if (!m_discoveryWanted || m_shuttingDown) {
        m_discoveryProblem.clear();
        if (m_discovery->isRunning()) {
            m_discovery->stop();
            emit nearbyChanged();
        }
        return;
    }
    if (!m_discovery->isRunning()) {
        QString error;
        if (!m_discovery->start(m_identity.fingerprint(), net::LanDiscovery::kDefaultUdpPort,
                &error)) {
            m_discoveryProblem = error;
            qCWarning(lcChat) << "LAN discovery unavailable:" << error;
            return;
        }
        m_discoveryProblem.clear();
    }
    if (m_controller->isListening())
        m_discovery->announce({ m_controller->listeningPort(), m_identity.fingerprint(),
            displayName() });
    else
        m_discovery->stopAnnouncing();
}

// A contact announcing on the LAN is hosting: reach it there unless a session is up already.
void Profile::connectToFoundContact(const net::LanDiscovery::Peer &peer)
{
    const crypto::Fingerprint &fingerprint = peer.announcement.fingerprint;
    const ConversationId id = m_controller->conversationOf(fingerprint);
    if (!id || m_controller->state(id) != ConversationState::Closed || m_shuttingDown)
        return;
    qCInfo(lcChat) << "contact found on the local network; connecting";
    m_controller->connectToPeer(peer.address.toString(), peer.announcement.port, fingerprint);
}

void Profile::setPortMappingAllowed(bool allowed)
{
    m_portMappingAllowed = allowed;
    updatePortMapping();
}

void Profile::updatePortMapping()
{
    if (!m_portMapper)
        return;
    if (m_controller->isListening() && m_portMappingAllowed && m_settings->portMappingEnabled()
        && !m_shuttingDown)
        m_portMapper->start(m_controller->listeningPort());
    else {
        m_portMapper->stop();
        m_controller->setExternalAddress({}, 0);
    }
}

void Profile::shutdown(int timeoutMs)
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    if (!m_controller) {
        QMetaObject::invokeMethod(this, &Profile::finishShutdown, Qt::QueuedConnection);
        return;
    }
    m_shutdownFallback->start(timeoutMs);
    m_sessionsClosed = false;
    updateDiscovery(); // stops announcing
    m_controller->stopListening();
    m_controller->closeAll(); // allClosed() may come at once, before this returns
}

void Profile::finishShutdown()
{
    if (m_shutDown)
        return;
    // The router is told to remove the mapping before the program goes; the fallback timer
    // bounds the wait.
    if (m_portMapper && m_portMapper->isBusy() && m_shutdownFallback->isActive())
        return;
    m_shutDown = true;
    m_shutdownFallback->stop();
    emit shutDown();
}

} // namespace securechat::chat
