// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Fingerprint.h"
#include "storage/ContactStore.h"

#include <memory>

#include <QList>
#include <QString>

class QSettings;

namespace securechat::storage {

// The user's preferences, in settings.ini (0600) in the profile directory. Values are written
// through QSettings, which replaces the file atomically; sync() reports errors.
class Settings
{
public:
    static constexpr quint16 kDefaultPort = 47000;
    static constexpr int kMaxRecentConnections = 10;

    explicit Settings(const QString &profileDir = {}); // empty: AppDataLocation
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    QString filePath() const;

    QString displayName() const;
    void setDisplayName(const QString &name);

    quint16 defaultPort() const; // kDefaultPort unless set to a valid port
    void setDefaultPort(quint16 port);
    // The port last hosted on; defaultPort() before the first time.
    quint16 lastHostPort() const;
    void setLastHostPort(quint16 port);

    int keyBits() const; // for new identities; RsaService::kDefaultKeyBits unless set
    void setKeyBits(int bits);

    // Window geometry and splitter positions (QWidget::saveGeometry, QSplitter::saveState),
    // by name; empty when none was saved.
    QByteArray windowState(const QString &name) const;
    void setWindowState(const QString &name, const QByteArray &state);

    bool notificationsEnabled() const; // default true
    void setNotificationsEnabled(bool enabled);

    // What happens to the history of contacts whose own retention is ContactStore::Retention::
    // Default. mode is never Default here; days counts only for KeepDays (1 to
    // ContactStore::kMaxRetentionDays). Unset or unreadable: Keep.
    struct HistoryRetention {
        ContactStore::Retention mode = ContactStore::Retention::Keep;
        int days = 0;
        friend bool operator==(const HistoryRetention &, const HistoryRetention &) = default;
    };
    HistoryRetention defaultRetention() const;
    // Default becomes Keep; KeepDays with days out of range is ignored.
    void setDefaultRetention(const HistoryRetention &retention);

    // While hosting, ask the home router to forward the port (UPnP IGD, NAT-PMP). Default true.
    bool portMappingEnabled() const;
    void setPortMappingEnabled(bool enabled);

    // While hosting, announce this identity on the local network, and list who else announces.
    // Default false: announcements reveal the name and fingerprint to everyone on the network.
    bool lanDiscoveryEnabled() const;
    void setLanDiscoveryEnabled(bool enabled);

    // Files offered by contacts: larger offers are declined at once (0, the default: no limit),
    // and accepted files go to downloadFolder() (empty, the default: the platform's download
    // folder).
    qint64 maxFileOfferBytes() const;
    void setMaxFileOfferBytes(qint64 bytes);
    QString downloadFolder() const;
    void setDownloadFolder(const QString &folder);

    struct RecentConnection {
        QString host;
        quint16 port = kDefaultPort;
        crypto::Fingerprint expectedFingerprint; // null: none given
        friend bool operator==(const RecentConnection &, const RecentConnection &) = default;
    };
    // Most recent first, at most kMaxRecentConnections, one entry per host and port.
    QList<RecentConnection> recentConnections() const;
    void addRecentConnection(const RecentConnection &connection);
    void clearRecentConnections();

    // Writes pending changes; false with a reason when the file cannot be written.
    bool sync(QString *error = nullptr);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace securechat::storage
