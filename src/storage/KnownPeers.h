// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Fingerprint.h"

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace securechat::storage {

// Trust on first use: the peers this user has talked to, by key fingerprint. Kept in
// known-peers.json (0600) in the profile directory, rewritten atomically on every change.
// A file that cannot be read is never overwritten silently: it is moved aside and reported
// through loadWarning().
class KnownPeers
{
    Q_DECLARE_TR_FUNCTIONS(securechat::storage::KnownPeers)
public:
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;

    explicit KnownPeers(const QString &profileDir = {});

    struct Peer {
        crypto::Fingerprint fingerprint;
        QString name;
        bool verified = false;
        QString lastAddress;
        QDateTime firstSeen, lastSeen;
        friend bool operator==(const Peer &, const Peer &) = default;
    };

    QString filePath() const { return m_filePath; }
    // Empty, or what happened to an unreadable file and where it was moved.
    QString loadWarning() const { return m_loadWarning; }

    std::optional<Peer> find(const crypto::Fingerprint &fingerprint) const;
    // Known peers with this name (compared case-insensitively, whitespace simplified) or this
    // address but a DIFFERENT key: the signal that a key has changed. Empty arguments match
    // nothing.
    QList<Peer> conflicting(
        const QString &name, const QString &address, const crypto::Fingerprint &fingerprint) const;
    // Inserts or updates by fingerprint. An update keeps the stored firstSeen and never clears
    // verified (use setVerified for that); an invalid lastSeen means now, an invalid firstSeen
    // of a new peer means lastSeen.
    bool remember(const Peer &peer, QString *error);
    bool setVerified(const crypto::Fingerprint &fingerprint, bool verified, QString *error);
    bool forget(const crypto::Fingerprint &fingerprint, QString *error);
    QList<Peer> all() const; // by name, then fingerprint

    // Re-reads the file (another process may have changed it).
    void reload();

private:
    bool save(const QList<Peer> &peers, QString *error);
    qsizetype indexOf(const crypto::Fingerprint &fingerprint) const;

    QString m_filePath;
    QList<Peer> m_peers;
    QString m_loadWarning;
};

} // namespace securechat::storage
