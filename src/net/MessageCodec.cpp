// SPDX-License-Identifier: MIT
#include "net/MessageCodec.h"

#include "net/Protocol.h"

#include <optional>

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace securechat::net {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("securechat::net::MessageCodec", text);
}

QCborValue key(const char *name)
{
    return QCborValue(QLatin1StringView(name));
}

qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? qBound<qint64>(0, time.toMSecsSinceEpoch(), kMaxTimeMs) : 0;
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// A display name must not be able to hide characters (format: zero-width, bidirectional
// overrides) or to forge the start of another line of output ("Alice: ...", line separators).
bool isPlainName(const QString &name)
{
    if (name.contains(QLatin1StringView(": ")))
        return false;
    for (const char32_t u : name.toUcs4()) {
        const auto category = QChar::category(u);
        if (category == QChar::Other_Format || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph)
            return false;
    }
    return true;
}

// The keys of the top-level map whose values are CBOR major type 0 (unsigned integer). The
// payload has already been decoded as a map with text keys.
QSet<QString> unsignedIntegerKeys(const QByteArray &payload)
{
    QSet<QString> result;
    QCborStreamReader reader(payload);
    if (!reader.isMap() || !reader.enterContainer())
        return result;
    while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
        if (!reader.isString())
            break;
        const QString name = reader.readAllString();
        if (reader.lastError() != QCborError::NoError)
            break;
        if (reader.isUnsignedInteger())
            result.insert(name);
        if (!reader.next())
            break;
    }
    return result;
}

// Reads the fields of one message map, remembering the first problem.
class FieldReader
{
public:
    FieldReader(const QCborMap &map, const QByteArray &payload)
        : m_map(map)
        , m_payload(payload)
    { }

    QString error() const { return m_error; }
    bool ok() const { return m_error.isEmpty(); }

    QString text(const char *name, qint64 minBytes, qint64 maxBytes, bool required = true)
    {
        const QCborValue value = m_map.value(QLatin1StringView(name));
        if (value.isUndefined()) {
            if (required)
                fail(tr("the \"%1\" field is missing"), name);
            return {};
        }
        if (!value.isString()) {
            fail(tr("the \"%1\" field must be a text string"), name);
            return {};
        }
        QString result = value.toString();
        const qint64 bytes = result.toUtf8().size();
        if (bytes < minBytes)
            fail(tr("the \"%1\" field is empty"), name);
        else if (bytes > maxBytes)
            fail(tr("the \"%1\" field is longer than %2 bytes"), name, maxBytes);
        return result;
    }

    qint64 integer(const char *name, qint64 max)
    {
        const QCborValue value = m_map.value(QLatin1StringView(name));
        if (value.isUndefined()) {
            fail(tr("the \"%1\" field is missing"), name);
            return 0;
        }
        // QCborValue folds a negative integer below -2^63 into a value that reads as 0 here, so
        // for 0 (and anything not a plain integer) the major type comes from the stream itself:
        // only type 0 is an unsigned integer. A positive integer can only be type 0, which
        // spares a second pass over a long text.
        const bool positive = value.isInteger() && value.toInteger() > 0;
        if (!positive && !unsignedKeys().contains(QLatin1StringView(name))) {
            fail(tr("the \"%1\" field must be an unsigned integer"), name);
            return 0;
        }
        const qint64 result = value.isInteger() ? value.toInteger() : -1;
        if (result < 0 || result > max)
            fail(tr("the \"%1\" field is out of range"), name);
        return result;
    }

    QByteArray bytes(const char *name, qint64 minBytes, qint64 maxBytes)
    {
        const QCborValue value = m_map.value(QLatin1StringView(name));
        if (value.isUndefined()) {
            fail(tr("the \"%1\" field is missing"), name);
            return {};
        }
        if (!value.isByteArray()) {
            fail(tr("the \"%1\" field must be a byte string"), name);
            return {};
        }
        QByteArray result = value.toByteArray();
        if (result.size() < minBytes || result.size() > maxBytes) {
            if (minBytes == maxBytes)
                fail(tr("the \"%1\" field must be exactly %2 bytes long"), name, maxBytes);
            else
                fail(tr("the \"%1\" field must be %2 bytes long at most, and not empty"), name,
                    maxBytes);
        }
        return result;
    }

    // A transfer id: the rules of a message id.
    QString transferId()
    {
        QString id = text("transfer", 1, kMaxIdBytes);
        if (ok() && !MessageCodec::isValidId(id))
            failWith(tr("the \"transfer\" field holds characters other than A-Z a-z 0-9 - _ ."));
        return id;
    }

    bool boolean(const char *name)
    {
        const QCborValue value = m_map.value(QLatin1StringView(name));
        if (value.isUndefined()) {
            fail(tr("the \"%1\" field is missing"), name);
            return false;
        }
        if (!value.isBool()) {
            fail(tr("the \"%1\" field must be true or false"), name);
            return false;
        }
        return value.toBool();
    }

    QStringList textArray(const char *name, int maxItems, qint64 maxItemBytes)
    {
        const QCborValue value = m_map.value(QLatin1StringView(name));
        if (value.isUndefined()) {
            fail(tr("the \"%1\" field is missing"), name);
            return {};
        }
        if (!value.isArray()) {
            fail(tr("the \"%1\" field must be an array"), name);
            return {};
        }
        const QCborArray array = value.toArray();
        if (array.size() > maxItems) {
            fail(tr("the \"%1\" field has more than %2 entries"), name, maxItems);
            return {};
        }
        QStringList result;
        for (const QCborValue &item : array) {
            const qint64 bytes = item.isString() ? item.toString().toUtf8().size() : -1;
            if (bytes < 1 || bytes > maxItemBytes) {
                fail(tr("the \"%1\" field must hold text strings of 1 to %2 bytes"), name,
                    maxItemBytes);
                return {};
            }
            result.append(item.toString());
        }
        return result;
    }

    // message names the field as %1 and, when there is one, the limit as %2.
    void fail(const QString &message, const char *name, qint64 limit = -1)
    {
        if (!m_error.isEmpty())
            return;
        m_error = limit < 0 ? message.arg(QLatin1StringView(name))
                            : message.arg(QLatin1StringView(name), QString::number(limit));
    }
    void failWith(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

private:
    const QCborMap &m_map;
    const QSet<QString> &unsignedKeys()
    {
        if (!m_unsignedKeys)
            m_unsignedKeys = unsignedIntegerKeys(m_payload);
        return *m_unsignedKeys;
    }

    const QByteArray &m_payload;
    std::optional<QSet<QString>> m_unsignedKeys; // read from the stream when first needed
    QString m_error;
};

struct Encoder {
    QCborMap operator()(const Hello &m) const
    {
        QCborArray capabilities;
        for (const QString &c : m.capabilities)
            capabilities.append(c);
        QCborMap map { { key("type"), key("hello") }, { key("version"), m.version },
            { key("name"), m.name }, { key("software"), m.software },
            { key("capabilities"), capabilities } };
        if (!m.inviteProof.isEmpty())
            map.insert(key("invite-proof"), QString::fromLatin1(m.inviteProof.toHex()));
        return map;
    }
    QCborMap operator()(const Text &m) const
    {
        return { { key("type"), key("text") }, { key("id"), m.id }, { key("body"), m.body },
            { key("time"), toMs(m.time) } };
    }
    QCborMap operator()(const Receipt &m) const
    {
        return { { key("type"), key("receipt") }, { key("id"), m.id } };
    }
    QCborMap operator()(const Typing &m) const
    {
        return { { key("type"), key("typing") }, { key("active"), m.active } };
    }
    QCborMap operator()(const Ping &m) const
    {
        return { { key("type"), key("ping") }, { key("nonce"), qint64(m.nonce & kMaxTimeMs) } };
    }
    QCborMap operator()(const Pong &m) const
    {
        return { { key("type"), key("pong") }, { key("nonce"), qint64(m.nonce & kMaxTimeMs) } };
    }
    QCborMap operator()(const Approval &m) const
    {
        return { { key("type"), key("approval") }, { key("state"), m.state } };
    }
    QCborMap operator()(const HistoryNotice &m) const
    {
        return { { key("type"), key("history") }, { key("kept"), m.kept } };
    }
    QCborMap operator()(const FileOffer &m) const
    {
        QCborMap map { { key("type"), key("file-offer") }, { key("transfer"), m.transfer },
            { key("name"), m.name }, { key("size"), m.size }, { key("sha256"), m.sha256 } };
        if (!m.mediaType.isEmpty())
            map.insert(key("media-type"), m.mediaType);
        return map;
    }
    QCborMap operator()(const FileAccept &m) const
    {
        return { { key("type"), key("file-accept") }, { key("transfer"), m.transfer },
            { key("offset"), m.offset }, { key("prefix-sha256"), m.prefixSha256 } };
    }
    QCborMap operator()(const FileChunk &m) const
    {
        return { { key("type"), key("file-chunk") }, { key("transfer"), m.transfer },
            { key("offset"), m.offset }, { key("data"), m.data } };
    }
    QCborMap operator()(const FilePause &m) const
    {
        return { { key("type"), key("file-pause") }, { key("transfer"), m.transfer } };
    }
    QCborMap operator()(const FileCancel &m) const
    {
        QCborMap map { { key("type"), key("file-cancel") }, { key("transfer"), m.transfer },
            { key("reason"), m.reason } };
        if (!m.message.isEmpty())
            map.insert(key("message"), m.message);
        return map;
    }
    QCborMap operator()(const FileComplete &m) const
    {
        return { { key("type"), key("file-complete") }, { key("transfer"), m.transfer } };
    }
    QCborMap operator()(const Bye &m) const
    {
        QCborMap map { { key("type"), key("bye") }, { key("reason"), m.reason } };
        if (!m.message.isEmpty())
            map.insert(key("message"), m.message);
        return map;
    }
};

struct TypeNamer {
    QString operator()(const Hello &) const { return QStringLiteral("hello"); }
    QString operator()(const Text &) const { return QStringLiteral("text"); }
    QString operator()(const Receipt &) const { return QStringLiteral("receipt"); }
    QString operator()(const Typing &) const { return QStringLiteral("typing"); }
    QString operator()(const Ping &) const { return QStringLiteral("ping"); }
    QString operator()(const Pong &) const { return QStringLiteral("pong"); }
    QString operator()(const Bye &) const { return QStringLiteral("bye"); }
    QString operator()(const Approval &) const { return QStringLiteral("approval"); }
    QString operator()(const HistoryNotice &) const { return QStringLiteral("history"); }
    QString operator()(const FileOffer &) const { return QStringLiteral("file-offer"); }
    QString operator()(const FileAccept &) const { return QStringLiteral("file-accept"); }
    QString operator()(const FileChunk &) const { return QStringLiteral("file-chunk"); }
    QString operator()(const FilePause &) const { return QStringLiteral("file-pause"); }
    QString operator()(const FileCancel &) const { return QStringLiteral("file-cancel"); }
    QString operator()(const FileComplete &) const { return QStringLiteral("file-complete"); }
};

} // namespace

QByteArray MessageCodec::encode(const Message &message)
{
    return std::visit(Encoder {}, message).toCborValue().toCbor();
}

QString MessageCodec::typeName(const Message &message)
{
    return std::visit(TypeNamer {}, message);
}

bool MessageCodec::isAcceptableName(const QString &name)
{
    return !name.trimmed().isEmpty() && name.toUtf8().size() <= kMaxNameBytes
        && !hasControlCharacters(name) && isPlainName(name);
}

bool MessageCodec::isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > kMaxIdBytes)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
            || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_' || u == u'.';
        if (!ok)
            return false;
    }
    return true;
}

MessageCodec::Decoded MessageCodec::decode(const QByteArray &payload)
{
    QCborStreamReader reader(payload);
    const QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError)
        return { std::nullopt, tr("malformed CBOR (%1)").arg(reader.lastError().toString()) };
    if (reader.currentOffset() != payload.size())
        return { std::nullopt, tr("bytes left over after the CBOR item") };
    if (!value.isMap())
        return { std::nullopt, tr("the message is not a CBOR map") };

    const QCborMap map = value.toMap();
    QSet<QString> keys;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!it.key().isString())
            return { std::nullopt, tr("a map key is not a text string") };
        const QString name = it.key().toString();
        if (keys.contains(name))
            return { std::nullopt, tr("the key \"%1\" appears twice").arg(name) };
        keys.insert(name);
    }

    FieldReader fields(map, payload);
    const QString type = fields.text("type", 1, 64);
    if (!fields.ok())
        return { std::nullopt, fields.error() };

    std::optional<Message> message;
    if (type == u"hello") {
        Hello hello;
        hello.version = fields.integer("version", kMaxTimeMs);
        hello.name = fields.text("name", 1, kMaxNameBytes);
        hello.software = fields.text("software", 0, kMaxSoftwareBytes);
        hello.capabilities
            = fields.textArray("capabilities", kMaxCapabilities, kMaxCapabilityBytes);
        if (fields.ok() && (hello.name.trimmed().isEmpty() || hasControlCharacters(hello.name)))
            fields.failWith(tr("the \"name\" field is blank or holds control characters"));
        if (fields.ok() && !isPlainName(hello.name))
            fields.failWith(tr("the \"name\" field holds invisible characters, line separators "
                               "or \": \", which could make it pass for someone else"));
        if (fields.ok() && hasControlCharacters(hello.software))
            fields.failWith(tr("the \"software\" field holds control characters"));
        const QString proof
            = fields.text("invite-proof", 2 * kInviteProofBytes, 2 * kInviteProofBytes, false);
        if (fields.ok() && !proof.isEmpty()) {
            static const QRegularExpression lowerHex(QStringLiteral("^[0-9a-f]+$"));
            if (!lowerHex.match(proof).hasMatch())
                fields.failWith(tr("the \"invite-proof\" field must be %1 lowercase hexadecimal "
                                   "digits")
                                    .arg(2 * kInviteProofBytes));
            else
                hello.inviteProof = QByteArray::fromHex(proof.toLatin1());
        }
        message = hello;
    } else if (type == u"text") {
        Text text;
        text.id = fields.text("id", 1, kMaxIdBytes);
        text.body = fields.text("body", 0, kMaxTextBytes);
        text.time
            = QDateTime::fromMSecsSinceEpoch(fields.integer("time", kMaxTimeMs), QTimeZone::UTC);
        if (fields.ok() && !isValidId(text.id))
            fields.failWith(tr("the \"id\" field holds characters other than A-Z a-z 0-9 - _ ."));
        message = text;
    } else if (type == u"receipt") {
        Receipt receipt;
        receipt.id = fields.text("id", 1, kMaxIdBytes);
        if (fields.ok() && !isValidId(receipt.id))
            fields.failWith(tr("the \"id\" field holds characters other than A-Z a-z 0-9 - _ ."));
        message = receipt;
    } else if (type == u"typing") {
        message = Typing { fields.boolean("active") };
    } else if (type == u"ping") {
        message = Ping { quint64(fields.integer("nonce", kMaxTimeMs)) };
    } else if (type == u"pong") {
        message = Pong { quint64(fields.integer("nonce", kMaxTimeMs)) };
    } else if (type == u"approval") {
        Approval approval;
        approval.state = fields.text("state", 1, 64);
        if (fields.ok() && approval.state != QLatin1StringView(ApprovalState::kAwaitingApproval)
            && approval.state != QLatin1StringView(ApprovalState::kKeyChangePending)
            && approval.state != QLatin1StringView(ApprovalState::kAccepted))
            fields.failWith(tr("the \"state\" field must be awaiting-approval, "
                               "key-change-pending or accepted"));
        message = approval;
    } else if (type == u"history") {
        message = HistoryNotice { fields.boolean("kept") };
    } else if (type == u"file-offer") {
        FileOffer offer;
        offer.transfer = fields.transferId();
        offer.name = fields.text("name", 1, kMaxFileNameBytes);
        offer.size = fields.integer("size", kMaxFileBytes);
        offer.sha256 = fields.bytes("sha256", kSha256Bytes, kSha256Bytes);
        offer.mediaType = fields.text("media-type", 0, kMaxMediaTypeBytes, false);
        if (fields.ok() && hasControlCharacters(offer.mediaType))
            fields.failWith(tr("the \"media-type\" field holds control characters"));
        message = offer;
    } else if (type == u"file-accept") {
        FileAccept accept;
        accept.transfer = fields.transferId();
        accept.offset = fields.integer("offset", kMaxFileBytes);
        accept.prefixSha256 = fields.bytes("prefix-sha256", kSha256Bytes, kSha256Bytes);
        message = accept;
    } else if (type == u"file-chunk") {
        FileChunk chunk;
        chunk.transfer = fields.transferId();
        chunk.offset = fields.integer("offset", kMaxFileBytes);
        chunk.data = fields.bytes("data", 1, kFileChunkBytes);
        if (fields.ok() && chunk.offset + chunk.data.size() > kMaxFileBytes)
            fields.failWith(tr("the \"offset\" field is out of range"));
        message = chunk;
    } else if (type == u"file-pause") {
        message = FilePause { fields.transferId() };
    } else if (type == u"file-cancel") {
        FileCancel cancel;
        cancel.transfer = fields.transferId();
        cancel.reason = fields.text("reason", 1, kMaxReasonCodeBytes);
        cancel.message = fields.text("message", 0, kMaxReasonMessageBytes, false);
        message = cancel;
    } else if (type == u"file-complete") {
        message = FileComplete { fields.transferId() };
    } else if (type == u"bye") {
        Bye bye;
        bye.reason = fields.text("reason", 1, kMaxReasonCodeBytes);
        bye.message = fields.text("message", 0, kMaxReasonMessageBytes, false);
        message = bye;
    } else {
        return { std::nullopt, tr("unknown message type \"%1\"").arg(type.left(64)) };
    }
    if (!fields.ok())
        return { std::nullopt, tr("invalid %1 message: %2").arg(type, fields.error()) };
    return { message, {} };
}

} // namespace securechat::net
