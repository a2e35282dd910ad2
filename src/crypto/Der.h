// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// The little DER (X.690) SecureChat reads and writes itself: enough to find a certificate's
// SubjectPublicKeyInfo without asking a crypto library to understand the key, and to write the
// identity certificate. Single-byte tags and definite lengths only.
namespace securechat::crypto::der {

enum Tag : quint8 {
    Boolean = 0x01,
    Integer = 0x02,
    BitString = 0x03,
    OctetString = 0x04,
    Null = 0x05,
    ObjectIdentifier = 0x06,
    Utf8String = 0x0c,
    UtcTime = 0x17,
    GeneralizedTime = 0x18,
    Sequence = 0x30,
    Set = 0x31,
};

constexpr quint8 contextTag(int number, bool constructed = true)
{
    return quint8(0x80 | (constructed ? 0x20 : 0) | number);
}

struct Element {
    quint8 tag = 0;
    QByteArrayView content;
    QByteArrayView encoded; // tag, length and content
};

// The element at the start of data; nullopt when it is malformed or runs past the end.
std::optional<Element> read(QByteArrayView data);
// The elements that make up content, in order; nullopt when any is malformed.
std::optional<QList<Element>> children(QByteArrayView content);

// The fields of a certificate's TBSCertificate ([0] version when present, serialNumber,
// signature, issuer, validity, subject, subjectPublicKeyInfo, then optional [1], [2], [3]);
// nullopt unless certificateDer is one well-formed Certificate SEQUENCE.
std::optional<QList<Element>> tbsCertificateFields(QByteArrayView certificateDer);

QByteArray encode(quint8 tag, QByteArrayView content);
// A non-negative INTEGER from its big-endian magnitude.
QByteArray unsignedInteger(QByteArrayView magnitude);

} // namespace securechat::crypto::der
