// SPDX-License-Identifier: MIT
#include "net/MessageCodec.h"

#include "CatchQtStrings.h"
#include "net/Protocol.h"

#include <catch2/catch_test_macros.hpp>

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QRandomGenerator>
#include <QTimeZone>

using namespace securechat::net;

namespace {

QCborValue str(const char *text)
{
    return QCborValue(QString::fromUtf8(text));
}

QByteArray cbor(const QCborMap &map)
{
    return map.toCborValue().toCbor();
}

QCborMap validText()
{
    return { { str("type"), str("text") }, { str("id"), str("m-1") }, { str("body"), str("hi") },
        { str("time"), qint64(1700000000000) } };
}

QString errorOf(const QByteArray &payload)
{
    const auto decoded = MessageCodec::decode(payload);
    CHECK_FALSE(decoded.message.has_value());
    return decoded.error;
}

template<typename T> T roundTrip(const T &message)
{
    const auto decoded = MessageCodec::decode(MessageCodec::encode(message));
    INFO(decoded.error.toStdString());
    REQUIRE(decoded.message.has_value());
    REQUIRE(std::holds_alternative<T>(*decoded.message));
    return std::get<T>(*decoded.message);
}

} // namespace

TEST_CASE("Every message type survives encoding and decoding", "[net][message]")
{
    const Hello hello
        = roundTrip(Hello { 1, QStringLiteral("Zoë 🙂"), QStringLiteral("SecureChat 0.1"),
            { QStringLiteral("receipts"), QStringLiteral("typing") }, {} });
    CHECK(hello.version == 1);
    CHECK(hello.name == QStringLiteral("Zoë 🙂"));
    CHECK(hello.software == QStringLiteral("SecureChat 0.1"));
    CHECK(
        hello.capabilities == QStringList { QStringLiteral("receipts"), QStringLiteral("typing") });

    const QDateTime time = QDateTime::fromMSecsSinceEpoch(1732860000123, QTimeZone::UTC);
    const Text text = roundTrip(
        Text { QStringLiteral("abc-123_X.y"), QStringLiteral("line 1\nline 2 ✓"), time });
    CHECK(text.id == QStringLiteral("abc-123_X.y"));
    CHECK(text.body == QStringLiteral("line 1\nline 2 ✓"));
    CHECK(text.time == time);

    CHECK(roundTrip(Text { QStringLiteral("e"), QString(), time }).body.isEmpty());
    CHECK(roundTrip(Receipt { QStringLiteral("abc") }).id == QStringLiteral("abc"));
    CHECK(roundTrip(Typing { true }).active);
    CHECK_FALSE(roundTrip(Typing { false }).active);
    CHECK(roundTrip(Ping { 42 }).nonce == 42);
    CHECK(roundTrip(Pong { 43 }).nonce == 43);
    const Bye bye = roundTrip(Bye { QStringLiteral("closed"), QStringLiteral("see you") });
    CHECK(bye.reason == QStringLiteral("closed"));
    CHECK(bye.message == QStringLiteral("see you"));
    CHECK(roundTrip(Bye { QStringLiteral("shutdown"), {} }).message.isEmpty());
}

TEST_CASE("The wire format is the documented CBOR map", "[net][message]")
{
    // docs/protocol.md, example of a ping: {"type": "ping", "nonce": 7}
    CHECK(MessageCodec::encode(Ping { 7 }).toHex() == "a264747970656470696e67656e6f6e636507");
    const auto decoded
        = MessageCodec::decode(QByteArray::fromHex("a264747970656470696e67656e6f6e636507"));
    REQUIRE(decoded.message.has_value());
    CHECK(std::get<Ping>(*decoded.message).nonce == 7);
}

TEST_CASE("The file transfer examples of docs/protocol.md 4.10 decode as documented",
    "[net][message][files]")
{
    const QByteArray sha256OfHello
        = QByteArray::fromHex("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
    const QByteArray sha256OfNothing
        = QByteArray::fromHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    const auto decode = [](const char *hex) {
        auto decoded = MessageCodec::decode(QByteArray::fromHex(QByteArray(hex).replace(' ', "")));
        INFO(decoded.error.toStdString());
        REQUIRE(decoded.message.has_value());
        return *decoded.message;
    };
    const auto offer = std::get<FileOffer>(
        decode("a6 64 74797065 6a 66696c652d6f66666572 68 7472616e73666572 62 7431 64 6e616d65 "
               "69 68656c6c6f2e747874 64 73697a65 05 66 736861323536 58 20 "
               "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824 "
               "6a 6d656469612d74797065 6a 746578742f706c61696e"));
    CHECK(offer.transfer == QStringLiteral("t1"));
    CHECK(offer.name == QStringLiteral("hello.txt"));
    CHECK(offer.size == 5);
    CHECK(offer.sha256 == sha256OfHello);
    CHECK(offer.mediaType == QStringLiteral("text/plain"));
    const auto accept = std::get<FileAccept>(decode(
        "a4 64 74797065 6b 66696c652d616363657074 68 7472616e73666572 62 7431 66 6f6666736574 00 "
        "6d 7072656669782d736861323536 58 20 "
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    CHECK(accept.offset == 0);
    CHECK(accept.prefixSha256 == sha256OfNothing);
    const auto chunk = std::get<FileChunk>(decode("a4 64 74797065 6a 66696c652d6368756e6b 68 "
                                                  "7472616e73666572 62 7431 66 6f6666736574 00 "
                                                  "64 64617461 45 68656c6c6f"));
    CHECK(chunk.data == "hello");
    CHECK(std::get<FileComplete>(decode("a2 64 74797065 6d 66696c652d636f6d706c657465 68 "
                                        "7472616e73666572 62 7431"))
              .transfer
        == QStringLiteral("t1"));
}

TEST_CASE("Text bodies up to the limit pass, longer ones are refused", "[net][message]")
{
    // Multi-byte characters count in UTF-8 bytes: 'é' is two.
    const QString atLimit(kMaxTextBytes / 2, QChar(u'é'));
    CHECK(roundTrip(Text { QStringLiteral("big"), atLimit, QDateTime::currentDateTimeUtc() }).body
        == atLimit);
    QCborMap tooLong = validText();
    tooLong.insert(str("body"), QString(kMaxTextBytes / 2, QChar(u'é')) + u'x');
    CHECK(errorOf(cbor(tooLong)).contains(QStringLiteral("body")));
}

TEST_CASE("Missing and mistyped fields are refused with the field's name", "[net][message]")
{
    for (const char *field : { "id", "body", "time" }) {
        QCborMap map = validText();
        map.remove(str(field));
        CHECK(errorOf(cbor(map)).contains(QString::fromLatin1(field)));
    }
    QCborMap map = validText();
    map.insert(str("body"), 5);
    CHECK(errorOf(cbor(map)).contains(QStringLiteral("body")));
    map = validText();
    map.insert(str("time"), str("yesterday"));
    CHECK(errorOf(cbor(map)).contains(QStringLiteral("time")));
    map = validText();
    map.insert(str("time"), -5);
    CHECK(errorOf(cbor(map)).contains(QStringLiteral("time")));
    map = validText();
    map.insert(str("time"), 1.5);
    CHECK(errorOf(cbor(map)).contains(QStringLiteral("time")));
    map = validText();
    map.insert(str("id"), QByteArray("bytes, not text"));
    CHECK(errorOf(cbor(map)).contains(QStringLiteral("id")));
    map = validText();
    map.insert(str("id"), str("has space"));
    CHECK(errorOf(cbor(map)).contains(QStringLiteral("id")));
    map = validText();
    map.insert(str("id"), QString(65, u'a'));
    CHECK(errorOf(cbor(map)).contains(QStringLiteral("id")));

    CHECK(errorOf(cbor({ { str("type"), str("typing") }, { str("active"), 1 } }))
              .contains(QStringLiteral("active")));
    CHECK(errorOf(cbor({ { str("type"), str("ping") } })).contains(QStringLiteral("nonce")));
    CHECK(errorOf(cbor({ { str("type"), str("bye") } })).contains(QStringLiteral("reason")));
    CHECK(errorOf(cbor({ { str("type"), 3 } })).contains(QStringLiteral("type")));
    CHECK(errorOf(cbor({ { str("kind"), str("text") } })).contains(QStringLiteral("type")));
}

TEST_CASE("Hello fields are validated", "[net][message]")
{
    const QCborMap hello { { str("type"), str("hello") }, { str("version"), 1 },
        { str("name"), str("Bob") }, { str("software"), str("x") },
        { str("capabilities"), QCborArray {} } };
    CHECK(MessageCodec::decode(cbor(hello)).message.has_value());

    QCborMap map = hello;
    map.insert(str("name"), str("   "));
    CHECK(errorOf(cbor(map)).contains(QStringLiteral("name")));
    map.insert(str("name"), str("Evil\x1b[2J"));
    CHECK(errorOf(cbor(map)).contains(QStringLiteral("name")));
    map.insert(str("name"), QString(300, u'n'));
    CHECK(errorOf(cbor(map)).contains(QStringLiteral("name")));
    // Names that could pass for someone else's on a terminal line.
    for (const QString &spoof : { QStringLiteral("Legit: all fine, wire the money"),
             QStringLiteral("Le\u200bgit"), QStringLiteral("Bob\u2028Legit"),
             QStringLiteral("Bob\u2029Legit"), QStringLiteral("\u202eBob"),
             QStringLiteral("Bob\tLegit"), QStringLiteral("Legit\U000E0041") }) {
        map.insert(str("name"), spoof);
        INFO(spoof.toStdString());
        CHECK(errorOf(cbor(map)).contains(QStringLiteral("\"name\"")));
        CHECK_FALSE(MessageCodec::isAcceptableName(spoof));
    }
    for (const QString &fine : { QStringLiteral("Dr. Who"), QStringLiteral("a:b"),
             QStringLiteral("L\u0435git"), QStringLiteral("Zo\u00eb \U0001F642") }) {
        map.insert(str("name"), fine);
        INFO(fine.toStdString());
        CHECK(MessageCodec::decode(cbor(map)).message.has_value());
        CHECK(MessageCodec::isAcceptableName(fine));
    }
    map = hello;
    map.insert(str("capabilities"), QCborArray { 1 });
    CHECK(errorOf(cbor(map)).contains(QStringLiteral("capabilities")));
    map.insert(str("capabilities"), str("receipts"));
    CHECK(errorOf(cbor(map)).contains(QStringLiteral("capabilities")));
    QCborArray many;
    for (int i = 0; i < 33; ++i)
        many.append(str("c"));
    map.insert(str("capabilities"), many);
    CHECK(errorOf(cbor(map)).contains(QStringLiteral("capabilities")));
    map = hello;
    map.insert(str("version"), str("1"));
    CHECK(errorOf(cbor(map)).contains(QStringLiteral("version")));

    // Any version number decodes; the session decides what to do with it.
    map = hello;
    map.insert(str("version"), 99);
    CHECK(std::get<Hello>(*MessageCodec::decode(cbor(map)).message).version == 99);
}

TEST_CASE("Unknown keys are ignored, unknown types refused", "[net][message]")
{
    QCborMap map = validText();
    map.insert(str("future"), QCborArray { 1, 2, 3 });
    CHECK(MessageCodec::decode(cbor(map)).message.has_value());
    CHECK(errorOf(cbor({ { str("type"), str("file") } })).contains(QStringLiteral("file")));
}

TEST_CASE("Malformed CBOR and non-map payloads are refused", "[net][message]")
{
    const QByteArray good = cbor(validText());
    CHECK(errorOf(good.left(good.size() - 3)).contains(QStringLiteral("CBOR")));
    CHECK(errorOf(good + '\x00').contains(QStringLiteral("left over")));
    CHECK(errorOf(QByteArray::fromHex("ff")).size() > 0);
    CHECK(errorOf(QByteArray::fromHex("1c")).size() > 0); // reserved additional information
    CHECK(errorOf(QCborValue(5).toCbor()).contains(QStringLiteral("map")));
    CHECK(
        errorOf(QCborArray { str("text") }.toCborValue().toCbor()).contains(QStringLiteral("map")));
    CHECK(errorOf(QCborValue(QCborKnownTags::Signature, validText().toCborValue()).toCbor())
              .contains(QStringLiteral("map")));
    CHECK(errorOf("GET / HTTP/1.1\r\n\r\n").size() > 0);
    // A text string holding invalid UTF-8: {"type": "\xff"}
    CHECK(errorOf(QByteArray::fromHex("a164747970656"
                                      "1ff"))
              .size()
        > 0);
    // A map announcing more entries than present.
    CHECK(errorOf(QByteArray::fromHex("bb00000000ffffffff")).size() > 0);

    auto *random = QRandomGenerator::global();
    for (int i = 0; i < 2000; ++i) {
        QByteArray noise(1 + random->bounded(64), Qt::Uninitialized);
        for (auto &c : noise)
            c = char(random->bounded(256));
        // Random bytes never crash the decoder; whatever decodes is a valid message.
        const auto decoded = MessageCodec::decode(noise);
        CHECK(decoded.message.has_value() == decoded.error.isEmpty());
    }
}

TEST_CASE("Duplicate and non-text keys are refused", "[net][message]")
{
    QByteArray bytes;
    QCborStreamWriter writer(&bytes);
    writer.startMap(2);
    writer.append(QLatin1StringView("type"));
    writer.append(QLatin1StringView("ping"));
    writer.append(QLatin1StringView("type"));
    writer.append(QLatin1StringView("pong"));
    writer.endMap();
    CHECK(errorOf(bytes).contains(QStringLiteral("twice")));

    QCborMap numericKey;
    numericKey.insert(1, str("text"));
    CHECK(errorOf(cbor(numericKey)).contains(QStringLiteral("key")));
}

namespace {

// A map of one message type with one field written as raw CBOR bytes (QCborValue cannot hold
// every integer CBOR can).
QByteArray withRawField(const QCborMap &message, const char *field, const QByteArray &rawValue)
{
    QCborMap rest = message;
    rest.remove(str(field));
    QByteArray bytes = cbor(rest);
    // Same map with one more entry: bump the (small, definite) length in the first byte.
    REQUIRE(quint8(bytes[0]) >= 0xa0);
    REQUIRE(quint8(bytes[0]) < 0xb7);
    bytes[0] = char(bytes[0] + 1);
    return bytes + QCborValue(QString::fromLatin1(field)).toCbor() + rawValue;
}

const QCborMap kHello { { str("type"), str("hello") }, { str("version"), 1 },
    { str("name"), str("Bob") }, { str("software"), str("x") },
    { str("capabilities"), QCborArray {} } };
const QCborMap kPing { { str("type"), str("ping") }, { str("nonce"), 7 } };
const QCborMap kPong { { str("type"), str("pong") }, { str("nonce"), 7 } };

} // namespace

TEST_CASE("Every integer field refuses negative CBOR integers (major type 1)", "[net][message]")
{
    const QList<std::pair<QCborMap, const char *>> fields {
        { kHello, "version" },
        { validText(), "time" },
        { kPing, "nonce" },
        { kPong, "nonce" },
    };
    const QList<std::pair<const char *, QByteArray>> negatives {
        { "-1", QByteArray::fromHex("20") },
        { "-2^63", QByteArray::fromHex("3b7fffffffffffffff") },
        { "-2^63-1", QByteArray::fromHex("3b8000000000000000") },
        { "-2^64", QByteArray::fromHex("3bffffffffffffffff") },
    };
    for (const auto &[message, field] : fields) {
        INFO(field);
        // The same bytes with an unsigned value decode.
        CHECK(MessageCodec::decode(withRawField(message, field, QByteArray::fromHex("01")))
                  .message.has_value());
        for (const auto &[name, raw] : negatives) {
            INFO(name);
            CHECK(errorOf(withRawField(message, field, raw))
                == QStringLiteral("invalid %1 message: the \"%2\" field must be an unsigned "
                                  "integer")
                       .arg(message.value(str("type")).toString(), QString::fromLatin1(field)));
        }
        // Above 2^53 - 1 and above 2^63 - 1 (which QCborValue cannot hold as an integer).
        for (const char *big : { "1b0020000000000000", "1bffffffffffffffff" }) {
            INFO(big);
            CHECK(errorOf(withRawField(message, field, QByteArray::fromHex(big)))
                      .endsWith(QStringLiteral("the \"%1\" field is out of range")
                                    .arg(QString::fromLatin1(field))));
        }
        // A float, a bignum tag and a simple value are not unsigned integers either.
        for (const char *other : { "f93c00", "c249010000000000000000", "f6" }) {
            INFO(other);
            CHECK(errorOf(withRawField(message, field, QByteArray::fromHex(other)))
                      .endsWith(QStringLiteral("the \"%1\" field must be an unsigned integer")
                                    .arg(QString::fromLatin1(field))));
        }
    }
}

TEST_CASE("Protocol errors name the field and state the limit", "[net][message]")
{
    QCborMap text = validText();
    text.insert(str("body"), QString(kMaxTextBytes + 1, u'x'));
    CHECK(errorOf(cbor(text))
        == QStringLiteral("invalid text message: the \"body\" field is longer than 262144 bytes"));
    text = validText();
    text.insert(str("id"), QString(65, u'a'));
    CHECK(errorOf(cbor(text))
        == QStringLiteral("invalid text message: the \"id\" field is longer than 64 bytes"));

    QCborMap hello = kHello;
    hello.insert(str("name"), QString(257, u'n'));
    CHECK(errorOf(cbor(hello))
        == QStringLiteral("invalid hello message: the \"name\" field is longer than 256 bytes"));
    hello = kHello;
    hello.insert(str("software"), QString(129, u's'));
    CHECK(errorOf(cbor(hello))
        == QStringLiteral(
            "invalid hello message: the \"software\" field is longer than 128 bytes"));
    QCborArray many;
    for (int i = 0; i < 33; ++i)
        many.append(str("c"));
    hello = kHello;
    hello.insert(str("capabilities"), many);
    CHECK(errorOf(cbor(hello))
        == QStringLiteral(
            "invalid hello message: the \"capabilities\" field has more than 32 entries"));
    hello.insert(str("capabilities"), QCborArray { str("receipts"), QString(65, u'c') });
    CHECK(errorOf(cbor(hello))
        == QStringLiteral("invalid hello message: the \"capabilities\" field must hold text "
                          "strings of 1 to 64 bytes"));

    const QCborMap bye { { str("type"), str("bye") }, { str("reason"), QString(65, u'r') } };
    CHECK(errorOf(cbor(bye))
        == QStringLiteral("invalid bye message: the \"reason\" field is longer than 64 bytes"));
    QCborMap byeMessage { { str("type"), str("bye") }, { str("reason"), str("closed") },
        { str("message"), QString(1025, u'm') } };
    CHECK(errorOf(cbor(byeMessage))
        == QStringLiteral("invalid bye message: the \"message\" field is longer than 1024 bytes"));
    CHECK(errorOf(cbor({ { str("type"), QString(65, u't') } }))
        == QStringLiteral("the \"type\" field is longer than 64 bytes"));
}

TEST_CASE("approval messages carry one of three states", "[net][codec][approval]")
{
    for (const char *state : { ApprovalState::kAwaitingApproval, ApprovalState::kKeyChangePending,
             ApprovalState::kAccepted }) {
        const QByteArray bytes = MessageCodec::encode(Approval { QLatin1StringView(state) });
        const auto decoded = MessageCodec::decode(bytes);
        REQUIRE(decoded.message.has_value());
        const auto *approval = std::get_if<Approval>(&*decoded.message);
        REQUIRE(approval);
        CHECK(approval->state == QLatin1StringView(state));
    }
    const auto unknown
        = MessageCodec::decode(MessageCodec::encode(Approval { QStringLiteral("maybe") }));
    CHECK_FALSE(unknown.message.has_value());
    CHECK(unknown.error.contains(QStringLiteral("\"state\"")));
}

TEST_CASE("history notices say whether the sender keeps the conversation", "[net][codec][history]")
{
    for (const bool kept : { true, false }) {
        const auto decoded = MessageCodec::decode(MessageCodec::encode(HistoryNotice { kept }));
        REQUIRE(decoded.message.has_value());
        const auto *notice = std::get_if<HistoryNotice>(&*decoded.message);
        REQUIRE(notice);
        CHECK(notice->kept == kept);
    }
    CHECK(MessageCodec::encode(HistoryNotice { true }).toHex()
        == QByteArrayLiteral("a2647479706567686973746f7279646b657074f5"));
    CHECK(errorOf(cbor({ { str("type"), str("history") }, { str("kept"), 1 } }))
              .contains(QStringLiteral("\"kept\"")));
}

TEST_CASE("A hello may carry an invite proof of exactly 32 bytes as lowercase hex",
    "[net][message][invite]")
{
    Hello hello { 1, QStringLiteral("Carol"), QStringLiteral("x"), { QStringLiteral("invite") },
        {} };
    CHECK(roundTrip(hello).inviteProof.isEmpty());
    CHECK_FALSE(MessageCodec::encode(hello).contains("invite-proof"));
    hello.inviteProof = QByteArray(32, char(0xab));
    CHECK(MessageCodec::encode(hello).contains(QByteArray("invite-proof")));
    CHECK(MessageCodec::encode(hello).contains(QByteArray("ab").repeated(32)));
    CHECK(roundTrip(hello).inviteProof == hello.inviteProof);

    const QCborMap base { { str("type"), str("hello") }, { str("version"), 1 },
        { str("name"), str("Bob") }, { str("software"), str("x") },
        { str("capabilities"), QCborArray {} } };
    for (const QCborValue &bad : { QCborValue(QString(63, u'a')), QCborValue(QString(66, u'a')),
             QCborValue(QString(64, u'A')), QCborValue(QString(64, u'g')),
             QCborValue(QByteArray(32, 'a')), QCborValue(7) }) {
        QCborMap map = base;
        map.insert(str("invite-proof"), bad);
        CHECK(errorOf(cbor(map)).contains(QStringLiteral("\"invite-proof\"")));
    }
}

namespace {

QByteArray digest(char fill)
{
    return QByteArray(kSha256Bytes, fill);
}

QCborMap validOffer()
{
    return { { str("type"), str("file-offer") }, { str("transfer"), str("t1") },
        { str("name"), str("photo.jpg") }, { str("size"), qint64(5) },
        { str("sha256"), digest('\x01') } };
}

QCborMap validChunk()
{
    return { { str("type"), str("file-chunk") }, { str("transfer"), str("t1") },
        { str("offset"), qint64(0) }, { str("data"), QByteArray("hello") } };
}

} // namespace

TEST_CASE("File transfer messages survive encoding and decoding", "[net][message][files]")
{
    const FileOffer offer = roundTrip(FileOffer { QStringLiteral("t-1"), QStringLiteral("a b.pdf"),
        kMaxFileBytes, digest('\xaa'), QStringLiteral("application/pdf") });
    CHECK(offer.transfer == QStringLiteral("t-1"));
    CHECK(offer.name == QStringLiteral("a b.pdf"));
    CHECK(offer.size == kMaxFileBytes);
    CHECK(offer.sha256 == digest('\xaa'));
    CHECK(offer.mediaType == QStringLiteral("application/pdf"));
    CHECK(roundTrip(FileOffer { QStringLiteral("t"), QStringLiteral("x"), 0, digest('\0'), {} })
              .mediaType.isEmpty());

    const FileAccept accept
        = roundTrip(FileAccept { QStringLiteral("t-1"), 65536, digest('\x02') });
    CHECK(accept.offset == 65536);
    CHECK(accept.prefixSha256 == digest('\x02'));

    const QByteArray data(kFileChunkBytes, '\x7f');
    const FileChunk chunk = roundTrip(FileChunk { QStringLiteral("t-1"), 131072, data });
    CHECK(chunk.offset == 131072);
    CHECK(chunk.data == data);

    CHECK(roundTrip(FilePause { QStringLiteral("t-1") }).transfer == QStringLiteral("t-1"));
    const FileCancel cancel = roundTrip(FileCancel { QStringLiteral("t-1"),
        QLatin1StringView(FileCancelReason::kHashMismatch), QStringLiteral("bad") });
    CHECK(cancel.reason == QStringLiteral("hash-mismatch"));
    CHECK(cancel.message == QStringLiteral("bad"));
    CHECK(roundTrip(FileComplete { QStringLiteral("t-1") }).transfer == QStringLiteral("t-1"));
}

TEST_CASE("File messages have the documented bytes", "[net][message][files]")
{
    // docs/protocol.md 4.8, the examples
    CHECK(MessageCodec::encode(FilePause { QStringLiteral("t1") }).toHex()
        == "a264747970656a66696c652d7061757365687472616e73666572627431");
    CHECK(MessageCodec::encode(FileChunk { QStringLiteral("t1"), 0, QByteArray("hi") }).toHex()
        == "a464747970656a66696c652d6368756e6b687472616e73666572627431666f666673657400"
           "6464617461426869");
}

TEST_CASE("File message fields are validated", "[net][message][files]")
{
    CHECK(MessageCodec::decode(cbor(validOffer())).message.has_value());
    CHECK(MessageCodec::decode(cbor(validChunk())).message.has_value());

    QCborMap offer = validOffer();
    offer.insert(str("size"), qint64(1) << 62);
    CHECK(errorOf(cbor(offer))
        == QStringLiteral("invalid file-offer message: the \"size\" field is out of range"));

    offer = validOffer();
    offer.insert(str("name"), QString(10000, u'a'));
    CHECK(errorOf(cbor(offer))
        == QStringLiteral(
            "invalid file-offer message: the \"name\" field is longer than 1024 bytes"));

    offer = validOffer();
    offer.insert(str("name"), str(""));
    CHECK(errorOf(cbor(offer)).contains(QStringLiteral("\"name\" field is empty")));

    offer = validOffer();
    offer.insert(str("sha256"), digest('\x01').left(31));
    CHECK(errorOf(cbor(offer))
        == QStringLiteral(
            "invalid file-offer message: the \"sha256\" field must be exactly 32 bytes long"));

    offer = validOffer();
    offer.insert(str("sha256"), QString(32, u'a'));
    CHECK(errorOf(cbor(offer)).contains(QStringLiteral("must be a byte string")));

    offer = validOffer();
    offer.insert(str("transfer"), str("../x"));
    CHECK(errorOf(cbor(offer)).contains(QStringLiteral("\"transfer\" field holds characters")));

    offer = validOffer();
    offer.insert(str("media-type"), str("text/plain\n"));
    CHECK(errorOf(cbor(offer)).contains(QStringLiteral("control characters")));

    QCborMap chunk = validChunk();
    chunk.insert(str("data"), QByteArray(kFileChunkBytes + 1, 'x'));
    CHECK(errorOf(cbor(chunk))
        == QStringLiteral("invalid file-chunk message: the \"data\" field must be 65536 bytes "
                          "long at most, and not empty"));
    chunk.insert(str("data"), QByteArray());
    CHECK(errorOf(cbor(chunk)).contains(QStringLiteral("\"data\"")));

    chunk = validChunk();
    chunk.insert(str("offset"), kMaxFileBytes);
    CHECK(errorOf(cbor(chunk)).contains(QStringLiteral("\"offset\" field is out of range")));

    const QCborMap accept { { str("type"), str("file-accept") }, { str("transfer"), str("t1") },
        { str("offset"), qint64(-1) }, { str("prefix-sha256"), digest('\0') } };
    CHECK(errorOf(cbor(accept)).contains(QStringLiteral("\"offset\"")));

    const QCborMap cancel { { str("type"), str("file-cancel") }, { str("transfer"), str("t1") } };
    CHECK(errorOf(cbor(cancel))
        == QStringLiteral("invalid file-cancel message: the \"reason\" field is missing"));
}
