// SPDX-License-Identifier: MIT
#include "storage/KnownPeers.h"

#include "storage/PrivateFiles.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace securechat::storage {

namespace {

QString normalizedName(const QString &name)
{
    return name.simplified().toCaseFolded();
}

QJsonObject toJson(const KnownPeers::Peer &peer)
{
    QJsonObject object;
    object.insert(QStringLiteral("fingerprint"), peer.fingerprint.toHex());
    object.insert(QStringLiteral("name"), peer.name);
    object.insert(QStringLiteral("verified"), peer.verified);
    object.insert(QStringLiteral("lastAddress"), peer.lastAddress);
    object.insert(QStringLiteral("firstSeen"), peer.firstSeen.toUTC().toString(Qt::ISODate));
    object.insert(QStringLiteral("lastSeen"), peer.lastSeen.toUTC().toString(Qt::ISODate));
    return object;
}

std::optional<KnownPeers::Peer> fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    const auto fingerprint
        = crypto::Fingerprint::fromString(object.value(QStringLiteral("fingerprint")).toString());
    const QJsonValue name = object.value(QStringLiteral("name"));
    const QJsonValue verified = object.value(QStringLiteral("verified"));
    const QJsonValue address = object.value(QStringLiteral("lastAddress"));
    if (!fingerprint || !name.isString() || !verified.isBool()
        || !(address.isString() || address.isUndefined()))
        return std::nullopt;
    KnownPeers::Peer peer;
    peer.fingerprint = *fingerprint;
    peer.name = name.toString();
    peer.verified = verified.toBool();
    peer.lastAddress = address.toString();
    peer.firstSeen
        = QDateTime::fromString(object.value(QStringLiteral("firstSeen")).toString(), Qt::ISODate);
    peer.lastSeen
        = QDateTime::fromString(object.value(QStringLiteral("lastSeen")).toString(), Qt::ISODate);
    return peer;
}

} // namespace

KnownPeers::KnownPeers(const QString &profileDir)
    : m_filePath(QDir(PrivateFiles::resolveProfileDir(profileDir))
                     .filePath(QStringLiteral("known-peers.json")))
{
    reload();
}

void KnownPeers::reload()
{
    m_peers.clear();
    m_loadWarning.clear();
    QFile file(m_filePath);
    if (!file.exists())
        return;

    QString problem;
    QList<Peer> peers;
    if (file.size() > kMaxFileSize) {
        problem = tr("it is too large");
    } else if (!file.open(QIODevice::ReadOnly)) {
        problem = file.errorString();
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        const QJsonObject root = document.object();
        const QJsonValue list = root.value(QStringLiteral("peers"));
        if (parseError.error != QJsonParseError::NoError) {
            problem = parseError.errorString();
        } else if (!document.isObject() || !list.isArray()
            || root.value(QStringLiteral("format")).toInt() != kFormatVersion) {
            problem = tr("unexpected content");
        } else {
            for (const QJsonValue &value : list.toArray()) {
                const auto peer = fromJson(value);
                if (!peer) {
                    problem = tr("an entry is malformed");
                    break;
                }
                peers.append(*peer);
            }
        }
    }
    if (problem.isEmpty()) {
        m_peers = peers;
        if (!PrivateFiles::isPrivate(m_filePath))
            PrivateFiles::makePrivate(m_filePath);
        return;
    }

    file.close();
    // Never lose trust decisions silently: keep the unreadable file for the user to inspect.
    const QString aside = PrivateFiles::freeSiblingName(m_filePath, QStringLiteral(".unreadable"));
    if (QFile::rename(m_filePath, aside)) {
        m_loadWarning = tr("The list of known contacts could not be read (%1). It was moved to "
                           "%2 and SecureChat starts with an empty list: every contact will be "
                           "asked about again.")
                            .arg(problem, QDir::toNativeSeparators(aside));
    } else {
        m_loadWarning = tr("The list of known contacts (%1) could not be read (%2). SecureChat "
                           "starts with an empty list for now.")
                            .arg(QDir::toNativeSeparators(m_filePath), problem);
    }
}

qsizetype KnownPeers::indexOf(const crypto::Fingerprint &fingerprint) const
{
    for (qsizetype i = 0; i < m_peers.size(); ++i) {
        if (m_peers.at(i).fingerprint == fingerprint)
            return i;
    }
    return -1;
}

std::optional<KnownPeers::Peer> KnownPeers::find(const crypto::Fingerprint &fingerprint) const
{
    const qsizetype i = indexOf(fingerprint);
    if (fingerprint.isNull() || i < 0)
        return std::nullopt;
    return m_peers.at(i);
}

QList<KnownPeers::Peer> KnownPeers::conflicting(
    const QString &name, const QString &address, const crypto::Fingerprint &fingerprint) const
{
    const QString wantedName = normalizedName(name);
    QList<Peer> result;
    for (const Peer &peer : m_peers) {
        if (peer.fingerprint == fingerprint)
            continue;
        const bool sameName = !wantedName.isEmpty() && normalizedName(peer.name) == wantedName;
        const bool sameAddress = !address.isEmpty() && peer.lastAddress == address;
        if (sameName || sameAddress)
            result.append(peer);
    }
    return result;
}

bool KnownPeers::save(const QList<Peer> &peers, QString *error)
{
    QJsonArray list;
    for (const Peer &peer : peers)
        list.append(toJson(peer));
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormatVersion);
    root.insert(QStringLiteral("peers"), list);
    if (!PrivateFiles::writeAtomically(m_filePath, QJsonDocument(root).toJson(), error))
        return false;
    m_peers = peers;
    return true;
}

bool KnownPeers::remember(const Peer &peer, QString *error)
{
    if (peer.fingerprint.isNull()) {
        if (error)
            *error = tr("A contact without a key fingerprint cannot be remembered.");
        return false;
    }
    Peer updated = peer;
    if (!updated.lastSeen.isValid())
        updated.lastSeen = QDateTime::currentDateTimeUtc();
    QList<Peer> peers = m_peers;
    const qsizetype i = indexOf(peer.fingerprint);
    if (i >= 0) {
        const Peer &existing = m_peers.at(i);
        if (existing.firstSeen.isValid())
            updated.firstSeen = existing.firstSeen;
        updated.verified = updated.verified || existing.verified;
    }
    if (!updated.firstSeen.isValid())
        updated.firstSeen = updated.lastSeen;
    if (i >= 0)
        peers[i] = updated;
    else
        peers.append(updated);
    return save(peers, error);
}

bool KnownPeers::setVerified(const crypto::Fingerprint &fingerprint, bool verified, QString *error)
{
    const qsizetype i = indexOf(fingerprint);
    if (fingerprint.isNull() || i < 0) {
        if (error)
            *error = tr("This contact is not known yet.");
        return false;
    }
    QList<Peer> peers = m_peers;
    peers[i].verified = verified;
    return save(peers, error);
}

bool KnownPeers::forget(const crypto::Fingerprint &fingerprint, QString *error)
{
    const qsizetype i = indexOf(fingerprint);
    if (fingerprint.isNull() || i < 0) {
        if (error)
            *error = tr("This contact is not known.");
        return false;
    }
    QList<Peer> peers = m_peers;
    peers.removeAt(i);
    return save(peers, error);
}

QList<KnownPeers::Peer> KnownPeers::all() const
{
    QList<Peer> sorted = m_peers;
    std::sort(sorted.begin(), sorted.end(), [](const Peer &a, const Peer &b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.fingerprint < b.fingerprint;
    });
    return sorted;
}

} // namespace securechat::storage
