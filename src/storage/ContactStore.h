// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Fingerprint.h"
#include "storage/KnownPeers.h"

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace securechat::storage {

// The user's contacts, by key fingerprint, in contacts.json (0600) in the profile directory,
// rewritten atomically on every change. A file that cannot be read, or one written by a newer
// SecureChat, is reported through loadError() and left in place: the store is then read-only
// (every change fails with that message) so nothing is lost by overwriting it.
class ContactStore
{
    Q_DECLARE_TR_FUNCTIONS(securechat::storage::ContactStore)
public:
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;
    static constexpr int kMaxAddresses = 8;

    enum class Verification { None, SafetyNumber, Invite };
    // Default: as Settings::defaultRetention() says. KeepNothing: nothing new of the
    // conversation is written to disk (what was stored before stays until deleted).
    enum class Retention { Default, Keep, KeepDays, KeepNothing };
    static constexpr int kMaxRetentionDays = 36500;
    static bool isValidRetentionDays(int days) { return days >= 1 && days <= kMaxRetentionDays; }
    // "default", "keep", "keep-days", "keep-nothing" (as in contacts.json and settings.ini);
    // an unknown name is std::nullopt.
    static QString retentionName(Retention retention);
    static std::optional<Retention> retentionFromName(const QString &name);

    struct Address {
        QString host;
        quint16 port = 0;
        bool weConnected = false; // true: we reached them there; false: they came from there
        QDateTime at;
        friend bool operator==(const Address &, const Address &) = default;
    };
    struct KeyChange {
        crypto::Fingerprint previous;
        QDateTime at;
        friend bool operator==(const KeyChange &, const KeyChange &) = default;
    };
    struct Contact {
        crypto::Fingerprint fingerprint;
        QString name; // from the peer's hello
        QString nickname; // the user's own name for them; may be empty
        Verification verification = Verification::None; // None: not verified
        QList<Address> addresses; // most recent first, at most kMaxAddresses
        QDateTime firstSeen, lastSeen;
        Retention retention = Retention::Default;
        int retentionDays = 0; // for Retention::KeepDays
        QList<KeyChange> keyChanges; // oldest first
        bool isVerified() const { return verification != Verification::None; }
        friend bool operator==(const Contact &, const Contact &) = default;
    };

    enum class LoadError { None, Corrupt, NewerVersion, IoError };

    // Loads contacts.json; when it does not exist yet and known-peers.json does, imports that.
    explicit ContactStore(const QString &profileDir = {});

    QString filePath() const { return m_filePath; }
    LoadError loadError() const { return m_loadError; }
    QString loadMessage() const { return m_loadMessage; } // what happened and what to do

    std::optional<Contact> find(const crypto::Fingerprint &fingerprint) const;
    // Every contact the text may mean: the same nickname or name (case-insensitive, whitespace
    // simplified), or a fingerprint starting with the text (hex, separators ignored, at least 4
    // digits). More than one result is ambiguous; the caller says so.
    QList<Contact> match(const QString &text) const;
    QList<Contact> all() const; // by nickname or name, then fingerprint

    bool add(const Contact &contact, QString *error); // fails when the fingerprint is known
    bool update(const Contact &contact, QString *error); // fails when it is not
    bool remove(const crypto::Fingerprint &fingerprint, QString *error);
    // Puts the address first (dropping an equal host/port/direction entry), caps the list and
    // moves lastSeen to address.at (now when invalid).
    bool noteAddress(const crypto::Fingerprint &fingerprint, Address address, QString *error);

    // After the user accepted a changed key: the contact moves to newFingerprint, keeping its
    // nickname, addresses and retention, with the old key in keyChanges and verification reset
    // (a new key has not been verified). Fails when newFingerprint is a contact already.
    bool replaceKey(const crypto::Fingerprint &oldFingerprint,
        const crypto::Fingerprint &newFingerprint, const QString &name, QString *error);

    // Adds every peer of known-peers.json that is not a contact yet and marks as verified those
    // KnownPeers had verified. Running it again changes nothing. The old file is not touched.
    // Returns how many contacts were added, -1 on error.
    int importKnownPeers(const KnownPeers &knownPeers, QString *error);

    void reload();

private:
    bool save(const QList<Contact> &contacts, QString *error);
    bool refuseWhenUnreadable(QString *error) const;
    qsizetype indexOf(const crypto::Fingerprint &fingerprint) const;

    QString m_profileDir;
    QString m_filePath;
    QList<Contact> m_contacts;
    LoadError m_loadError = LoadError::None;
    QString m_loadMessage;
};

} // namespace securechat::storage
