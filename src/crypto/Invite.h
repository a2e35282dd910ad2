// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Fingerprint.h"

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace securechat::crypto {

// An invitation to connect to one host (docs/protocol.md, section 11): where to try (addresses
// with their ports, most useful first), whose key to expect, the host's name, until when it
// is valid and a one-time secret the connecting side proves it holds (inviteProof). The text
// form is a `securechat:invite/` URI around a base64url code whose last four bytes are a
// checksum, so a damaged copy is refused rather than read as another invite.
struct InviteAddress {
    QHostAddress address; // IPv4 or IPv6, never link-local (its scope means nothing elsewhere)
    quint16 port = 0;
    friend bool operator==(const InviteAddress &, const InviteAddress &) = default;
};

class Invite
{
    Q_DECLARE_TR_FUNCTIONS(securechat::crypto::Invite)
public:
    static constexpr quint8 kVersion = 1;
    static constexpr int kSecretSize = 16; // 128 bits
    static constexpr int kMaxAddresses = 8;
    static constexpr int kMaxNameBytes = 64;
    static constexpr int kChecksumSize = 4;
    static constexpr int kProofSize = 32; // HMAC-SHA256
    // Longer pasted text is refused before it is looked at; a full invite is about 260 characters.
    static constexpr qsizetype kMaxTextLength = 1024;
    static constexpr qint64 kDefaultValiditySeconds = 24 * 60 * 60;
    static inline const QString kUriPrefix = QStringLiteral("securechat:invite/");

    Fingerprint hostFingerprint;
    QString hostName;
    QDateTime expires; // UTC, whole seconds
    QByteArray secret; // kSecretSize random bytes
    QList<InviteAddress> addresses;

    // A new invite with a fresh random secret. Addresses beyond kMaxAddresses, link-local ones
    // and ports of 0 are left out; the name is cut to kMaxNameBytes at a character boundary.
    static Invite create(const Fingerprint &host, const QString &name,
        const QList<InviteAddress> &addresses, const QDateTime &expires);

    QByteArray encode() const; // the binary form, checksum included
    QString code() const; // base64url of encode(), no padding
    QString toUri() const; // kUriPrefix + code()

    enum class Error { None, NotAnInvite, Damaged, UnsupportedVersion };
    struct ParseResult;
    // Accepts the URI or the bare code, with white space anywhere (a link wrapped in an e-mail).
    static ParseResult parse(const QString &text);
    // Whether the text is meant as an invite (starts like one), valid or not.
    static bool looksLikeInvite(const QString &text);

    bool isExpired(const QDateTime &now) const { return now >= expires; }

    // HMAC-SHA256 with the secret over a fixed label and both fingerprints: proves the
    // connecting side holds the invite, bound to the two keys of this connection.
    static QByteArray proof(
        const QByteArray &secret, const Fingerprint &host, const Fingerprint &client);

    friend bool operator==(const Invite &, const Invite &) = default;

private:
    static ParseResult decode(const QByteArray &bytes);
};

struct Invite::ParseResult {
    std::optional<Invite> invite;
    Error error = Error::None;
    QString message; // what is wrong and what to do, for a person
};

// Constant-time comparison of two byte strings of the same length.
bool equalSecrets(const QByteArray &a, const QByteArray &b);

} // namespace securechat::crypto
