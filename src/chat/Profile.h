// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Identity.h"

#include <memory>

#include <QObject>
#include <QString>
#include <QStringList>

class QTimer;

namespace securechat::storage {
class IdentityStore;
class KnownPeers;
class Settings;
} // namespace securechat::storage

namespace securechat::chat {

class ChatController;

// Everything one user's profile folder holds, opened in one place for both programs: the
// identity store, the settings and the known peers, and, once the front end has unlocked or
// created the identity (with its own dialogs or prompts), the one ChatController. The name
// peers see is decided here, the same way for the GUI and the CLI.
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
    storage::KnownPeers &knownPeers() const { return *m_knownPeers; }
    // Problems found while opening the stores that the user should hear about (the profile
    // still opened).
    QStringList openWarnings() const;

    // Creates the controller for identity; once only (later calls return the same one). The
    // controller introduces the user by displayName().
    ChatController *start(const crypto::Identity &identity);
    ChatController *controller() const { return m_controller; }
    bool isStarted() const { return m_controller != nullptr; }

    // The name peers see: the one chosen in Settings, else the one the identity was made with.
    QString displayName() const;
    // Stores the new name and makes the next hello carry it. False with a reason when the
    // settings file cannot be written (the name still applies until the program ends).
    bool setDisplayName(const QString &name, QString *error = nullptr);

    // Says goodbye to every peer and stops hosting; shutDown() follows once every session has
    // closed or after timeoutMs, whichever comes first. Emitted at once when not started.
    void shutdown(int timeoutMs = kShutdownTimeoutMs);
    bool isShuttingDown() const { return m_shuttingDown; }

signals:
    void displayNameChanged(const QString &name);
    void shutDown();

private:
    void finishShutdown();

    std::unique_ptr<storage::IdentityStore> m_identityStore;
    std::unique_ptr<storage::Settings> m_settings;
    std::unique_ptr<storage::KnownPeers> m_knownPeers;
    crypto::Identity m_identity;
    ChatController *m_controller = nullptr;
    QTimer *m_shutdownFallback = nullptr;
    bool m_shuttingDown = false;
    bool m_shutDown = false;
};

} // namespace securechat::chat
