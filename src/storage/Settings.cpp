// SPDX-License-Identifier: MIT
#include "storage/Settings.h"

#include "crypto/RsaService.h"
#include "storage/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace securechat::storage {

namespace {
const QString kDisplayName = QStringLiteral("identity/displayName");
const QString kKeyBits = QStringLiteral("identity/keyBits");
const QString kDefaultPortKey = QStringLiteral("network/defaultPort");
const QString kLastHostPort = QStringLiteral("network/lastHostPort");
const QString kNotifications = QStringLiteral("ui/notifications");
const QString kPortMapping = QStringLiteral("network/portMapping");
const QString kMaxFileOffer = QStringLiteral("files/maxOfferBytes");
const QString kDownloadFolder = QStringLiteral("files/downloadFolder");
const QString kLanDiscovery = QStringLiteral("network/lanDiscovery");
const QString kRecent = QStringLiteral("recentConnections");
const QString kRetention = QStringLiteral("history/retention");
const QString kRetentionDays = QStringLiteral("history/retentionDays");
} // namespace

Settings::Settings(const QString &profileDir)
{
    const QString dir = PrivateFiles::resolveProfileDir(profileDir);
    PrivateFiles::ensureDirectory(dir, nullptr); // failures surface in sync()
    m_settings = std::make_unique<QSettings>(
        QDir(dir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
}

Settings::~Settings()
{
    sync();
}

QString Settings::filePath() const
{
    return m_settings->fileName();
}

QString Settings::displayName() const
{
    return m_settings->value(kDisplayName).toString();
}

void Settings::setDisplayName(const QString &name)
{
    m_settings->setValue(kDisplayName, name.simplified());
}

quint16 Settings::defaultPort() const
{
    bool ok = false;
    const uint port = m_settings->value(kDefaultPortKey).toUInt(&ok);
    return ok && port > 0 && port <= 65535 ? quint16(port) : kDefaultPort;
}

void Settings::setDefaultPort(quint16 port)
{
    if (port == 0)
        m_settings->remove(kDefaultPortKey);
    else
        m_settings->setValue(kDefaultPortKey, uint(port));
}

QByteArray Settings::windowState(const QString &name) const
{
    return m_settings->value(QStringLiteral("window/") + name).toByteArray();
}

void Settings::setWindowState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("window/") + name, state);
}

quint16 Settings::lastHostPort() const
{
    bool ok = false;
    const uint port = m_settings->value(kLastHostPort).toUInt(&ok);
    return ok && port > 0 && port <= 65535 ? quint16(port) : defaultPort();
}

void Settings::setLastHostPort(quint16 port)
{
    m_settings->setValue(kLastHostPort, uint(port));
}

int Settings::keyBits() const
{
    const int bits = m_settings->value(kKeyBits).toInt();
    return crypto::RsaService::isSupportedKeySize(bits) ? bits
                                                        : crypto::RsaService::kDefaultKeyBits;
}

void Settings::setKeyBits(int bits)
{
    if (crypto::RsaService::isSupportedKeySize(bits))
        m_settings->setValue(kKeyBits, bits);
}

bool Settings::notificationsEnabled() const
{
    return m_settings->value(kNotifications, true).toBool();
}

void Settings::setNotificationsEnabled(bool enabled)
{
    m_settings->setValue(kNotifications, enabled);
}

Settings::HistoryRetention Settings::defaultRetention() const
{
    using Retention = ContactStore::Retention;
    const auto mode = ContactStore::retentionFromName(m_settings->value(kRetention).toString());
    const int days = m_settings->value(kRetentionDays).toInt();
    if (mode == Retention::KeepNothing)
        return { Retention::KeepNothing, 0 };
    if (mode == Retention::KeepDays && ContactStore::isValidRetentionDays(days))
        return { Retention::KeepDays, days };
    return {};
}

void Settings::setDefaultRetention(const HistoryRetention &retention)
{
    using Retention = ContactStore::Retention;
    if (retention.mode == Retention::KeepDays
        && !ContactStore::isValidRetentionDays(retention.days))
        return;
    const Retention mode = retention.mode == Retention::Default ? Retention::Keep : retention.mode;
    m_settings->setValue(kRetention, ContactStore::retentionName(mode));
    if (mode == Retention::KeepDays)
        m_settings->setValue(kRetentionDays, retention.days);
    else
        m_settings->remove(kRetentionDays);
}

qint64 Settings::maxFileOfferBytes() const
{
    bool ok = false;
    const qint64 bytes = m_settings->value(kMaxFileOffer).toLongLong(&ok);
    return ok && bytes > 0 ? bytes : 0;
}

void Settings::setMaxFileOfferBytes(qint64 bytes)
{
    if (bytes <= 0)
        m_settings->remove(kMaxFileOffer);
    else
        m_settings->setValue(kMaxFileOffer, bytes);
}

QString Settings::downloadFolder() const
{
    return m_settings->value(kDownloadFolder).toString();
}

void Settings::setDownloadFolder(const QString &folder)
{
    if (folder.trimmed().isEmpty())
        m_settings->remove(kDownloadFolder);
    else
        m_settings->setValue(kDownloadFolder, folder);
}

bool Settings::portMappingEnabled() const
{
    return m_settings->value(kPortMapping, true).toBool();
}

void Settings::setPortMappingEnabled(bool enabled)
{
    m_settings->setValue(kPortMapping, enabled);
}

bool Settings::lanDiscoveryEnabled() const
{
    return m_settings->value(kLanDiscovery, false).toBool();
}

void Settings::setLanDiscoveryEnabled(bool enabled)
{
    m_settings->setValue(kLanDiscovery, enabled);
}

QList<Settings::RecentConnection> Settings::recentConnections() const
{
    QList<RecentConnection> result;
    // SecureChat never writes more entries than it keeps; a larger size in the file (up to
    // 2^31 - 1) would otherwise cost that many lookups on every read.
    const int count = qMin(m_settings->beginReadArray(kRecent), kMaxRecentConnections);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        RecentConnection connection;
        connection.host = m_settings->value(QStringLiteral("host")).toString().trimmed();
        bool ok = false;
        const uint port = m_settings->value(QStringLiteral("port")).toUInt(&ok);
        const QString expected = m_settings->value(QStringLiteral("fingerprint")).toString();
        const auto fingerprint = crypto::Fingerprint::fromString(expected);
        if (connection.host.isEmpty() || !ok || port == 0 || port > 65535
            || (!expected.isEmpty() && !fingerprint))
            continue; // a damaged entry is skipped, not fatal
        connection.port = quint16(port);
        connection.expectedFingerprint = fingerprint.value_or(crypto::Fingerprint());
        result.append(connection);
    }
    m_settings->endArray();
    return result;
}

void Settings::addRecentConnection(const RecentConnection &connection)
{
    if (connection.host.trimmed().isEmpty() || connection.port == 0)
        return;
    QList<RecentConnection> list = recentConnections();
    list.removeIf([&](const RecentConnection &c) {
        return c.host.compare(connection.host.trimmed(), Qt::CaseInsensitive) == 0
            && c.port == connection.port;
    });
    RecentConnection added = connection;
    added.host = added.host.trimmed();
    list.prepend(added);
    if (list.size() > kMaxRecentConnections)
        list.resize(kMaxRecentConnections);

    m_settings->remove(kRecent);
    m_settings->beginWriteArray(kRecent, int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("host"), list.at(i).host);
        m_settings->setValue(QStringLiteral("port"), uint(list.at(i).port));
        m_settings->setValue(QStringLiteral("fingerprint"), list.at(i).expectedFingerprint.toHex());
    }
    m_settings->endArray();
}

void Settings::clearRecentConnections()
{
    m_settings->remove(kRecent);
}

bool Settings::sync(QString *error)
{
    m_settings->sync();
    const QString path = m_settings->fileName();
    if (m_settings->status() != QSettings::NoError) {
        if (error)
            *error = QCoreApplication::translate(
                "securechat::storage::Settings", "The settings could not be saved to %1.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (QFile::exists(path) && !PrivateFiles::isPrivate(path))
        PrivateFiles::makePrivate(path);
    return true;
}

} // namespace securechat::storage
