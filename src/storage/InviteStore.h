// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Fingerprint.h"
#include "crypto/Invite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace securechat::storage {

// The invites this profile issued as host, with their state, in invites.json (0600) in the
// profile directory, rewritten atomically on every change. An invite works once: redeeming it
// marks it used on disk before the peer is let in. A file that cannot be read is left in place
// and the store refuses to issue or redeem invites (loadMessage() says why).
class InviteStore
{
    Q_DECLARE_TR_FUNCTIONS(securechat::storage::InviteStore)
public:
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxFileSize = 1024 * 1024;
    // More issued invites than this: the oldest go first (used and expired ones before open ones).
    static constexpr int kMaxIssued = 64;
    // Used and expired invites are kept this long, so a late attempt is told why it failed.
    static constexpr int kKeepDays = 30;

    struct Issued {
        QByteArray secret;
        QDateTime created;
        QDateTime expires;
        bool used = false;
        crypto::Fingerprint usedBy;
        QDateTime usedAt;
        friend bool operator==(const Issued &, const Issued &) = default;
    };

    enum class Outcome {
        Accepted, // an open invite: now marked used
        Used, // the proof matches an invite used before
        Expired, // the proof matches an invite past its expiry
        Unknown, // no invite issued here matches: forged, or for another host
        Unavailable, // the store cannot be read or written; error says why
    };
    struct Redemption {
        Outcome outcome = Outcome::Unknown;
        Issued invite; // the matching invite, unless Unknown or Unavailable
        QString error; // Unavailable: what happened and what to do
    };

    explicit InviteStore(const QString &profileDir = {});

    QString filePath() const { return m_filePath; }
    bool isReadable() const { return m_loadMessage.isEmpty(); }
    QString loadMessage() const { return m_loadMessage; }
    QList<Issued> all() const { return m_issued; }
    // Open invites (neither used nor expired at now).
    int openCount(const QDateTime &now) const;

    bool add(const crypto::Invite &invite, const QDateTime &now, QString *error);
    // Looks for the invite whose proof (docs/protocol.md 11.3) for host and client is proof.
    Redemption redeem(const QByteArray &proof, const crypto::Fingerprint &host,
        const crypto::Fingerprint &client, const QDateTime &now);

private:
    void load();
    bool save(const QList<Issued> &issued, QString *error);

    QString m_filePath;
    QList<Issued> m_issued;
    QString m_loadMessage;
};

} // namespace securechat::storage
