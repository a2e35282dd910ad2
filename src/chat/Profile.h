// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Identity.h"
#include "net/LanDiscovery.h"
#include "storage/Settings.h"

#include <memory>

#include <QObject>
#include <QString>
#include <QStringList>

class QTimer;

namespace securechat::net {
class PortMapper;
} // namespace securechat::net

namespace securechat::storage {
class ContactStore;
class HistoryStore;
class IdentityStore;
class InviteStore;
class Settings;
} // namespace securechat::storage

namespace securechat::chat {

class ChatController;

// Everything one user's profile folder holds, opened in one place for both programs: the
// identity store, the settings and the contacts, and, once the front end has unlocked or
// created the identity (with its own dialogs or prompts), the history database (its key is
// sealed to the identity) and the one ChatController. The name peers see is decided here, the
// same way for the GUI and the CLI.
class Profile : public QObject
{
    Q_OBJECT
public:
    // How long shutdown() waits for the peers to acknowledge bye before giving up on them.
    static constexpr int kShutdownTimeoutMs = 1500;

    // directory empty: the platform's application data folder.
    explicit Profile(const QString &directory = {}, QObject *parent = nullptr);
    ~Profile() override;

    QString directory() const;
    storage::IdentityStore &identityStore() const { return *m_identityStore; }
    storage::Settings &settings() const { return *m_settings; }
    storage::ContactStore &contacts() const { return *m_contacts; }
    storage::InviteStore &invites() const { return *m_invites; }
    // Null until started, and when the history could not be opened (historyError() says why;
    // chat then works with history in memory only).
    storage::HistoryStore *history() const { return m_history.get(); }
    QString historyError() const { return m_historyError; }
    // Another connection to the history, for reading on another thread (HistorySearch). Null
    // with a reason when the history is not open or the second connection fails.
    std::unique_ptr<storage::HistoryStore> openHistoryReader(QString *error) const;
    // Problems found while opening the stores that the user should hear about (the profile
    // still opened).
    QStringList openWarnings() const;

    // Opens the history and creates the controller for identity; once only (later calls return
    // the same one). The controller introduces the user by displayName().
    ChatController *start(const crypto::Identity &identity);
    ChatController *controller() const { return m_controller; }
    bool isStarted() const { return m_controller != nullptr; }

    // The name peers see: the one chosen in Settings, else the one the identity was made with.
    QString displayName() const;
    // Stores the new name and makes the next hello carry it. False with a reason when the
    // settings file cannot be written (the name still applies until the program ends).
    bool setDisplayName(const QString &name, QString *error = nullptr);

    // Stores the history retention of contacts that follow the default and applies it at once
    // (see ChatController::setDefaultRetention: KeepDays deletes older messages now, so ask
    // first). False with a reason when settings.ini cannot be written (it still applies until
    // the program ends).
    bool setDefaultRetention(
        const storage::Settings::HistoryRetention &retention, QString *error = nullptr);

    // Asks the router to forward the hosting port while the controller listens, unless the
    // setting or setPortMappingAllowed(false) says not to. Null until started.
    net::PortMapper *portMapper() const { return m_portMapper; }
    // For this run only (securechat-cli --no-port-mapping); the setting is left as it is.
    void setPortMappingAllowed(bool allowed);
    // Starts or stops the mapping to match the listener and the setting (after it changed).
    void updatePortMapping();

    // LAN discovery (off unless the setting or setLanDiscovery(true) says so): while on, hosts
    // announcing themselves on the local network are listed by nearby(), this host announces
    // itself while it listens, and a contact found announcing is connected to at once (when no
    // session with it is up). Null until started.
    net::LanDiscovery *lanDiscovery() const { return m_discovery; }
    // On or off for this run, also before start() (securechat-cli decides by --lan-discovery
    // alone); the setting is left as it is.
    void setLanDiscovery(bool enabled);
    // Re-reads the network settings (port mapping, LAN discovery) after the user changed them.
    void applyNetworkSettings();
    // Why LAN discovery is not running although it was asked for; empty otherwise.
    QString lanDiscoveryProblem() const { return m_discoveryProblem; }

    // Says goodbye to every peer and stops hosting; shutDown() follows once every session has
    // closed and the router has removed the port mapping, or after timeoutMs, whichever comes
    // first. Emitted at once when not started.
    void shutdown(int timeoutMs = kShutdownTimeoutMs);
    bool isShuttingDown() const { return m_shuttingDown; }

signals:
    void displayNameChanged(const QString &name);
    // Who announces on the local network changed (LAN discovery).
    void nearbyChanged();
    void shutDown();

private:
    void finishShutdown();
    void updateDiscovery();
    void connectToFoundContact(const net::LanDiscovery::Peer &peer);
    void openHistory();

    std::unique_ptr<storage::IdentityStore> m_identityStore;
    std::unique_ptr<storage::Settings> m_settings;
    std::unique_ptr<storage::ContactStore> m_contacts;
    std::unique_ptr<storage::InviteStore> m_invites;
    std::unique_ptr<storage::HistoryStore> m_history;
    QString m_historyError;
    QString m_transfersError;
    crypto::Identity m_identity;
    ChatController *m_controller = nullptr;
    net::PortMapper *m_portMapper = nullptr;
    bool m_portMappingAllowed = true;
    net::LanDiscovery *m_discovery = nullptr;
    bool m_discoveryWanted = false;
    QString m_discoveryProblem;
    bool m_sessionsClosed = false;
    QTimer *m_shutdownFallback = nullptr;
    bool m_shuttingDown = false;
    bool m_shutDown = false;
};

} // namespace securechat::chat
