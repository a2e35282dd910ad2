// SPDX-License-Identifier: MIT
#include "chat/MessageIds.h"

#include "CatchQtStrings.h"

#include <catch2/catch_test_macros.hpp>

#include <QRegularExpression>
#include <QSet>
#include <QUuid>

using securechat::chat::MessageIds;

namespace {

constexpr qint64 kSomeMs = 1'732'860'000'123; // 2024-11-29

QString timeHex(const QString &id)
{
    return id.left(8) + id.mid(9, 4);
}

} // namespace

TEST_CASE("Message ids are version-7 UUIDs that carry the time they were made", "[chat][ids]")
{
    MessageIds ids;
    const QString id = ids.next(kSomeMs, 0, 0x0123456789abcdefULL);
    const QUuid uuid(id);
    REQUIRE_FALSE(uuid.isNull());
    // Qt 6.8's QUuid::version() knows versions up to 5 only; read the nibbles.
    CHECK(id.at(14) == QLatin1Char('7'));
    CHECK(QStringLiteral("89ab").contains(id.at(19)));
    CHECK(uuid.variant() == QUuid::DCE);
    CHECK(timeHex(id) == QStringLiteral("01937681377b"));
    CHECK(timeHex(id).toLongLong(nullptr, 16) == kSomeMs);
    // What the protocol allows as an id (docs/protocol.md 4.2).
    CHECK(QRegularExpression(QStringLiteral("^[A-Za-z0-9._-]{1,64}$")).match(id).hasMatch());
}

TEST_CASE("Message ids sort in the order they were made", "[chat][ids]")
{
    MessageIds ids;
    QStringList made;
    SECTION("within one millisecond and across milliseconds")
    {
        for (int i = 0; i < 100; ++i)
            made.append(ids.next(kSomeMs + i / 10, quint64(i) * 7919, quint64(i) * 104729));
    }
    SECTION("when the clock steps back")
    {
        made.append(ids.next(kSomeMs, 0x1ff, 1));
        made.append(ids.next(kSomeMs - 60'000, 5, 2));
        made.append(ids.next(kSomeMs - 1, 9, 3));
        made.append(ids.next(kSomeMs + 1, 0, 4));
    }
    SECTION("past 4,096 ids in one millisecond")
    {
        for (int i = 0; i < 5000; ++i)
            made.append(ids.next(kSomeMs, 0, quint64(i)));
        // The overflow borrowed the next millisecond instead of wrapping the counter.
        CHECK(timeHex(made.constLast()).toLongLong(nullptr, 16) == kSomeMs + 1);
    }
    for (qsizetype i = 1; i < made.size(); ++i) {
        INFO(made.at(i - 1).toStdString() << " then " << made.at(i).toStdString());
        REQUIRE(made.at(i - 1) < made.at(i));
    }
}

TEST_CASE("Message ids from the secure random source differ between generators", "[chat][ids]")
{
    MessageIds first;
    MessageIds second;
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        seen.insert(first.next());
        seen.insert(second.next());
    }
    CHECK(seen.size() == 2000);
}
