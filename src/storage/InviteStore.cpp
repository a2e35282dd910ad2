// SPDX-License-Identifier: MIT
#include "storage/InviteStore.h"

#include "storage/JsonTime.h"
#include "storage/PrivateFiles.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace securechat::storage {

namespace {

QJsonObject toJson(const InviteStore::Issued &issued)
{
    QJsonObject object { { QStringLiteral("secret"), QString::fromLatin1(issued.secret.toHex()) },
        { QStringLiteral("created"), isoTime(issued.created) },
        { QStringLiteral("expires"), isoTime(issued.expires) },
        { QStringLiteral("used"), issued.used } };
    if (issued.used) {
        object.insert(QStringLiteral("usedBy"), issued.usedBy.toHex());
        object.insert(QStringLiteral("usedAt"), isoTime(issued.usedAt));
    }
    return object;
}

std::optional<InviteStore::Issued> fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    InviteStore::Issued issued;
    issued.secret
        = QByteArray::fromHex(object.value(QStringLiteral("secret")).toString().toLatin1());
    issued.created = parseTime(object.value(QStringLiteral("created")));
    issued.expires = parseTime(object.value(QStringLiteral("expires")));
    const QJsonValue used = object.value(QStringLiteral("used"));
    if (!value.isObject() || issued.secret.size() != crypto::Invite::kSecretSize
        || !issued.expires.isValid() || !used.isBool())
        return std::nullopt;
    issued.used = used.toBool();
    if (issued.used) {
        const auto by
            = crypto::Fingerprint::fromString(object.value(QStringLiteral("usedBy")).toString());
        if (!by)
            return std::nullopt;
        issued.usedBy = *by;
        issued.usedAt = parseTime(object.value(QStringLiteral("usedAt")));
    }
    return issued;
}

} // namespace

InviteStore::InviteStore(const QString &profileDir)
    : m_filePath(
        QDir(PrivateFiles::resolveProfileDir(profileDir)).filePath(QStringLiteral("invites.json")))
{
    load();
}

void InviteStore::load()
{
    QFile file(m_filePath);
    if (!file.exists())
        return;
    const QString path = QDir::toNativeSeparators(m_filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadMessage = tr("The invites file %1 could not be read: %2. Check its permissions; "
                           "until then invites cannot be made or used.")
                            .arg(path, file.errorString());
        return;
    }
    const QJsonDocument document
        = file.size() > kMaxFileSize ? QJsonDocument() : QJsonDocument::fromJson(file.readAll());
    const QJsonObject root = document.object();
    const int format = root.value(QStringLiteral("format")).toInt(0);
    QList<Issued> issued;
    bool valid = document.isObject() && format == kFormatVersion
        && root.value(QStringLiteral("invites")).isArray();
    for (const QJsonValue &value : root.value(QStringLiteral("invites")).toArray()) {
        const auto entry = valid ? fromJson(value) : std::nullopt;
        valid = entry.has_value();
        if (valid)
            issued.append(*entry);
    }
    if (!valid) {
        m_loadMessage = format > kFormatVersion
            ? tr("The invites file %1 was written by a newer SecureChat. It was left untouched; "
                 "update SecureChat to make or use invites.")
                  .arg(path)
            : tr("The invites file %1 is damaged. It was left untouched; move it away to make "
                 "new invites (the invites in it will then no longer work).")
                  .arg(path);
        return;
    }
    m_issued = issued;
}

int InviteStore::openCount(const QDateTime &now) const
{
    return int(std::count_if(m_issued.cbegin(), m_issued.cend(),
        [&](const Issued &issued) { return !issued.used && now < issued.expires; }));
}

bool InviteStore::save(const QList<Issued> &issued, QString *error)
{
    if (!isReadable()) {
        if (error)
            *error = m_loadMessage;
        return false;
    }
    QJsonArray list;
    for (const Issued &entry : issued)
        list.append(toJson(entry));
    const QJsonObject root { { QStringLiteral("format"), kFormatVersion },
        { QStringLiteral("invites"), list } };
    if (!PrivateFiles::writeAtomically(m_filePath, QJsonDocument(root).toJson(), error))
        return false;
    m_issued = issued;
    return true;
}

bool InviteStore::add(const crypto::Invite &invite, const QDateTime &now, QString *error)
{
    QList<Issued> issued;
    const QDateTime forgetBefore = now.addDays(-kKeepDays);
    for (const Issued &entry : std::as_const(m_issued)) {
        if (entry.expires >= forgetBefore && (!entry.used || entry.usedAt >= forgetBefore))
            issued.append(entry);
    }
    // Spent invites give way before open ones, the oldest first.
    std::stable_sort(issued.begin(), issued.end(), [&](const Issued &a, const Issued &b) {
        const bool spentA = a.used || now >= a.expires;
        const bool spentB = b.used || now >= b.expires;
        return spentA != spentB ? spentA : a.created < b.created;
    });
    while (issued.size() >= kMaxIssued)
        issued.removeFirst();
    issued.append({ invite.secret, now, invite.expires, false, {}, {} });
    return save(issued, error);
}

InviteStore::Redemption InviteStore::redeem(const QByteArray &proof,
    const crypto::Fingerprint &host, const crypto::Fingerprint &client, const QDateTime &now)
{
    Redemption result;
    if (!isReadable()) {
        result.outcome = Outcome::Unavailable;
        result.error = m_loadMessage;
        return result;
    }
    // Every invite is checked, so the time taken does not say which one matched.
    qsizetype match = -1;
    for (qsizetype i = 0; i < m_issued.size(); ++i) {
        if (crypto::equalSecrets(crypto::Invite::proof(m_issued.at(i).secret, host, client), proof))
            match = i;
    }
    if (match < 0)
        return result;
    result.invite = m_issued.at(match);
    if (result.invite.used) {
        result.outcome = Outcome::Used;
        return result;
    }
    if (now >= result.invite.expires) {
        result.outcome = Outcome::Expired;
        return result;
    }
    QList<Issued> issued = m_issued;
    issued[match].used = true;
    issued[match].usedBy = client;
    issued[match].usedAt = now;
    if (!save(issued, &result.error)) {
        result.outcome = Outcome::Unavailable;
        return result;
    }
    result.invite = issued.at(match);
    result.outcome = Outcome::Accepted;
    return result;
}

} // namespace securechat::storage
