// SPDX-License-Identifier: MIT
#include "storage/ContactStore.h"

#include "storage/JsonTime.h"
#include "storage/PrivateFiles.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace securechat::storage {

namespace {

QString normalized(const QString &text)
{
    return text.simplified().toCaseFolded();
}

const char *const kVerificationNames[] = { "none", "safety-number", "invite" };
const char *const kRetentionNames[] = { "default", "keep", "keep-days", "keep-nothing" };

template<typename Enum, size_t N>
std::optional<Enum> enumFromName(const QJsonValue &value, const char *const (&names)[N])
{
    for (size_t i = 0; i < N; ++i) {
        if (value.toString() == QLatin1String(names[i]))
            return Enum(i);
    }
    return std::nullopt;
}

QJsonObject toJson(const ContactStore::Contact &contact)
{
    QJsonArray addresses;
    for (const auto &address : contact.addresses) {
        addresses.append(QJsonObject { { QStringLiteral("host"), address.host },
            { QStringLiteral("port"), int(address.port) },
            { QStringLiteral("weConnected"), address.weConnected },
            { QStringLiteral("at"), isoTime(address.at) } });
    }
    QJsonArray keyChanges;
    for (const auto &change : contact.keyChanges) {
        keyChanges.append(QJsonObject { { QStringLiteral("previous"), change.previous.toHex() },
            { QStringLiteral("at"), isoTime(change.at) } });
    }
    return QJsonObject { { QStringLiteral("fingerprint"), contact.fingerprint.toHex() },
        { QStringLiteral("name"), contact.name }, { QStringLiteral("nickname"), contact.nickname },
        { QStringLiteral("verification"),
            QLatin1String(kVerificationNames[int(contact.verification)]) },
        { QStringLiteral("addresses"), addresses },
        { QStringLiteral("firstSeen"), isoTime(contact.firstSeen) },
        { QStringLiteral("lastSeen"), isoTime(contact.lastSeen) },
        { QStringLiteral("retention"), QLatin1String(kRetentionNames[int(contact.retention)]) },
        { QStringLiteral("retentionDays"), contact.retentionDays },
        { QStringLiteral("keyChanges"), keyChanges } };
}

} // namespace

QString ContactStore::retentionName(Retention retention)
{
    return QLatin1String(kRetentionNames[int(retention)]);
}

std::optional<ContactStore::Retention> ContactStore::retentionFromName(const QString &name)
{
    return enumFromName<Retention>(QJsonValue(name), kRetentionNames);
}

namespace {

std::optional<ContactStore::Contact> fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const auto fingerprint
        = crypto::Fingerprint::fromString(object.value(QStringLiteral("fingerprint")).toString());
    const auto verification = enumFromName<ContactStore::Verification>(
        object.value(QStringLiteral("verification")), kVerificationNames);
    const auto retention = enumFromName<ContactStore::Retention>(
        object.value(QStringLiteral("retention")), kRetentionNames);
    const QJsonValue addresses = object.value(QStringLiteral("addresses"));
    const QJsonValue keyChanges = object.value(QStringLiteral("keyChanges"));
    if (!value.isObject() || !fingerprint || !verification || !retention
        || !object.value(QStringLiteral("name")).isString() || !addresses.isArray()
        || !keyChanges.isArray())
        return std::nullopt;
    ContactStore::Contact contact;
    contact.fingerprint = *fingerprint;
    contact.name = object.value(QStringLiteral("name")).toString();
    contact.nickname = object.value(QStringLiteral("nickname")).toString();
    contact.verification = *verification;
    contact.retention = *retention;
    contact.retentionDays = object.value(QStringLiteral("retentionDays")).toInt();
    contact.firstSeen = parseTime(object.value(QStringLiteral("firstSeen")));
    contact.lastSeen = parseTime(object.value(QStringLiteral("lastSeen")));
    for (const QJsonValue &entry : addresses.toArray()) {
        const QJsonObject address = entry.toObject();
        const int port = address.value(QStringLiteral("port")).toInt(-1);
        if (!address.value(QStringLiteral("host")).isString() || port < 0 || port > 65535)
            return std::nullopt;
        contact.addresses.append({ address.value(QStringLiteral("host")).toString(), quint16(port),
            address.value(QStringLiteral("weConnected")).toBool(),
            parseTime(address.value(QStringLiteral("at"))) });
    }
    for (const QJsonValue &entry : keyChanges.toArray()) {
        const auto previous = crypto::Fingerprint::fromString(
            entry.toObject().value(QStringLiteral("previous")).toString());
        if (!previous)
            return std::nullopt;
        contact.keyChanges.append(
            { *previous, parseTime(entry.toObject().value(QStringLiteral("at"))) });
    }
    return contact;
}

// KnownPeers keeps "host:port" (or only the host) of the last connection.
ContactStore::Address addressFromKnownPeer(const KnownPeers::Peer &peer)
{
    ContactStore::Address address;
    address.at = peer.lastSeen;
    const qsizetype colon = peer.lastAddress.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon > 0 ? peer.lastAddress.mid(colon + 1).toUInt(&ok) : 0;
    // An IPv6 address without a port has colons too; only a plausible port is split off.
    if (ok && port > 0 && port <= 65535
        && !peer.lastAddress.left(colon).endsWith(QLatin1Char(':'))) {
        address.host = peer.lastAddress.left(colon);
        address.port = quint16(port);
    } else {
        address.host = peer.lastAddress;
    }
    return address;
}

} // namespace

ContactStore::ContactStore(const QString &profileDir)
    : m_profileDir(PrivateFiles::resolveProfileDir(profileDir))
    , m_filePath(QDir(m_profileDir).filePath(QStringLiteral("contacts.json")))
{
    reload();
    if (m_loadError == LoadError::None && !QFileInfo::exists(m_filePath)) {
        const KnownPeers knownPeers(m_profileDir);
        if (!knownPeers.all().isEmpty()) {
            QString error;
            if (importKnownPeers(knownPeers, &error) < 0) {
                m_loadError = LoadError::IoError;
                m_loadMessage = error;
            }
        }
    }
}

void ContactStore::reload()
{
    m_contacts.clear();
    m_loadError = LoadError::None;
    m_loadMessage.clear();
    QFile file(m_filePath);
    if (!file.exists())
        return;
    const QString path = QDir::toNativeSeparators(m_filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadError = LoadError::IoError;
        m_loadMessage = tr("The contacts file %1 could not be read: %2. Check its permissions; "
                           "until then contacts cannot be changed.")
                            .arg(path, file.errorString());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = file.size() > kMaxFileSize
        ? QJsonDocument()
        : QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    const int format = root.value(QStringLiteral("format")).toInt(0);
    if (format > kFormatVersion) {
        m_loadError = LoadError::NewerVersion;
        m_loadMessage = tr("The contacts file %1 was written by a newer SecureChat (format %2). "
                           "It was left untouched; update SecureChat to use it.")
                            .arg(path)
                            .arg(format);
        return;
    }
    QList<Contact> contacts;
    QSet<QByteArray> fingerprints;
    bool valid = document.isObject() && format == kFormatVersion
        && root.value(QStringLiteral("contacts")).isArray();
    for (const QJsonValue &value : root.value(QStringLiteral("contacts")).toArray()) {
        const auto contact = valid ? fromJson(value) : std::nullopt;
        // SecureChat never writes a key twice; two entries for one key cannot both be kept.
        valid = contact.has_value() && !fingerprints.contains(contact->fingerprint.bytes());
        if (valid) {
            fingerprints.insert(contact->fingerprint.bytes());
            contacts.append(*contact);
        }
    }
    if (!valid) {
        m_loadError = LoadError::Corrupt;
        m_loadMessage = tr("The contacts file %1 is damaged. It was left untouched and contacts "
                           "cannot be changed until it is repaired, restored from a backup or "
                           "moved away.")
                            .arg(path);
        return;
    }
    m_contacts = contacts;
    if (!PrivateFiles::isPrivate(m_filePath))
        PrivateFiles::makePrivate(m_filePath);
}

bool ContactStore::refuseWhenUnreadable(QString *error) const
{
    if (m_loadError == LoadError::None)
        return false;
    if (error)
        *error = m_loadMessage;
    return true;
}

bool ContactStore::save(const QList<Contact> &contacts, QString *error)
{
    if (refuseWhenUnreadable(error))
        return false;
    QJsonArray list;
    for (const Contact &contact : contacts)
        list.append(toJson(contact));
    const QJsonObject root { { QStringLiteral("format"), kFormatVersion },
        { QStringLiteral("contacts"), list } };
    if (!PrivateFiles::writeAtomically(m_filePath, QJsonDocument(root).toJson(), error))
        return false;
    m_contacts = contacts;
    return true;
}

qsizetype ContactStore::indexOf(const crypto::Fingerprint &fingerprint) const
{
    if (fingerprint.isNull())
        return -1;
    const auto found = std::find_if(m_contacts.cbegin(), m_contacts.cend(),
        [&](const Contact &contact) { return contact.fingerprint == fingerprint; });
    return found == m_contacts.cend() ? -1 : found - m_contacts.cbegin();
}

std::optional<ContactStore::Contact> ContactStore::find(
    const crypto::Fingerprint &fingerprint) const
{
    const qsizetype i = indexOf(fingerprint);
    if (i < 0)
        return std::nullopt;
    return m_contacts.at(i);
}

QList<ContactStore::Contact> ContactStore::match(const QString &text) const
{
    const QString wanted = normalized(text);
    QString hex = text.toLower();
    hex.remove(QRegularExpression(QStringLiteral("[\\s:-]")));
    const bool hexPrefix = hex.size() >= 4 && std::all_of(hex.cbegin(), hex.cend(), [](QChar c) {
        return QStringLiteral("0123456789abcdef").contains(c);
    });
    QList<Contact> result;
    if (wanted.isEmpty())
        return result;
    for (const Contact &contact : all()) {
        if ((!contact.nickname.isEmpty() && normalized(contact.nickname) == wanted)
            || normalized(contact.name) == wanted
            || (hexPrefix && contact.fingerprint.toHex().toLower().startsWith(hex)))
            result.append(contact);
    }
    return result;
}

QList<ContactStore::Contact> ContactStore::all() const
{
    QList<Contact> sorted = m_contacts;
    std::sort(sorted.begin(), sorted.end(), [](const Contact &a, const Contact &b) {
        const int byName = QString::localeAwareCompare(
            a.nickname.isEmpty() ? a.name : a.nickname, b.nickname.isEmpty() ? b.name : b.nickname);
        return byName != 0 ? byName < 0 : a.fingerprint < b.fingerprint;
    });
    return sorted;
}

bool ContactStore::add(const Contact &contact, QString *error)
{
    if (contact.fingerprint.isNull()) {
        if (error)
            *error = tr("A contact without a key fingerprint cannot be added.");
        return false;
    }
    if (indexOf(contact.fingerprint) >= 0) {
        if (error)
            *error = tr("This contact exists already.");
        return false;
    }
    Contact added = contact;
    if (!added.lastSeen.isValid())
        added.lastSeen = QDateTime::currentDateTimeUtc();
    if (!added.firstSeen.isValid())
        added.firstSeen = added.lastSeen;
    QList<Contact> contacts = m_contacts;
    contacts.append(added);
    return save(contacts, error);
}

bool ContactStore::update(const Contact &contact, QString *error)
{
    const qsizetype i = indexOf(contact.fingerprint);
    if (i < 0) {
        if (error)
            *error = tr("This contact is not known.");
        return false;
    }
    QList<Contact> contacts = m_contacts;
    contacts[i] = contact;
    return save(contacts, error);
}

bool ContactStore::remove(const crypto::Fingerprint &fingerprint, QString *error)
{
    const qsizetype i = indexOf(fingerprint);
    if (i < 0) {
        if (error)
            *error = tr("This contact is not known.");
        return false;
    }
    QList<Contact> contacts = m_contacts;
    contacts.removeAt(i);
    return save(contacts, error);
}

bool ContactStore::noteAddress(
    const crypto::Fingerprint &fingerprint, Address address, QString *error)
{
    const qsizetype i = indexOf(fingerprint);
    if (i < 0) {
        if (error)
            *error = tr("This contact is not known.");
        return false;
    }
    if (!address.at.isValid())
        address.at = QDateTime::currentDateTimeUtc();
    QList<Contact> contacts = m_contacts;
    Contact &contact = contacts[i];
    contact.addresses.removeIf([&](const Address &old) {
        return old.host == address.host && old.port == address.port
            && old.weConnected == address.weConnected;
    });
    contact.addresses.prepend(address);
    if (contact.addresses.size() > kMaxAddresses)
        contact.addresses.resize(kMaxAddresses);
    contact.lastSeen = address.at;
    return save(contacts, error);
}

bool ContactStore::replaceKey(const crypto::Fingerprint &oldFingerprint,
    const crypto::Fingerprint &newFingerprint, const QString &name, QString *error)
{
    const qsizetype i = indexOf(oldFingerprint);
    if (i < 0 || newFingerprint.isNull()) {
        if (error)
            *error = tr("This contact is not known.");
        return false;
    }
    if (indexOf(newFingerprint) >= 0) {
        if (error)
            *error = tr("The new key belongs to another contact already.");
        return false;
    }
    QList<Contact> contacts = m_contacts;
    Contact &contact = contacts[i];
    contact.keyChanges.append({ oldFingerprint, QDateTime::currentDateTimeUtc() });
    contact.fingerprint = newFingerprint;
    if (!name.isEmpty())
        contact.name = name;
    contact.verification = Verification::None;
    return save(contacts, error);
}

int ContactStore::importKnownPeers(const KnownPeers &knownPeers, QString *error)
{
    if (refuseWhenUnreadable(error))
        return -1;
    QList<Contact> contacts = m_contacts;
    int added = 0;
    bool changed = false;
    for (const KnownPeers::Peer &peer : knownPeers.all()) {
        const qsizetype i = indexOf(peer.fingerprint);
        if (i >= 0) {
            // Never lose a verified mark that only KnownPeers has.
            if (peer.verified && !contacts[i].isVerified()) {
                contacts[i].verification = Verification::SafetyNumber;
                changed = true;
            }
            continue;
        }
        Contact contact;
        contact.fingerprint = peer.fingerprint;
        contact.name = peer.name;
        contact.verification = peer.verified ? Verification::SafetyNumber : Verification::None;
        if (!peer.lastAddress.isEmpty())
            contact.addresses.append(addressFromKnownPeer(peer));
        contact.firstSeen = peer.firstSeen;
        contact.lastSeen = peer.lastSeen;
        contacts.append(contact);
        ++added;
    }
    if ((added || changed || !QFileInfo::exists(m_filePath)) && !save(contacts, error))
        return -1;
    return added;
}

} // namespace securechat::storage
