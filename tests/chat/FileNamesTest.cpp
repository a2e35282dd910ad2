// SPDX-License-Identifier: MIT
#include "chat/FileNames.h"

#include "CatchQtStrings.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using securechat::chat::freeFileName;
using securechat::chat::kMaxFileNameBytes;
using securechat::chat::sanitizeFileName;

TEST_CASE("Peer file names are made safe to create in a folder", "[chat][files]")
{
    struct Row {
        QString peer;
        QString saved;
    };
    const QList<Row> rows {
        { QStringLiteral("report.pdf"), QStringLiteral("report.pdf") },
        { QStringLiteral("../../etc/passwd"), QStringLiteral("_._etc_passwd") },
        { QStringLiteral("..\\..\\Windows\\win.ini"), QStringLiteral("_._Windows_win.ini") },
        { QStringLiteral("/etc/shadow"), QStringLiteral("_etc_shadow") },
        { QStringLiteral("C:\\boot.ini"), QStringLiteral("C__boot.ini") },
        { QStringLiteral(".bashrc"), QStringLiteral("bashrc") },
        { QStringLiteral("..."), QStringLiteral("file") },
        { QStringLiteral(".."), QStringLiteral("file") },
        { QString(), QStringLiteral("file") },
        { QStringLiteral("   "), QStringLiteral("file") },
        { QStringLiteral("a\nb\tc\rd"), QStringLiteral("abcd") },
        { QStringLiteral("evil") + QChar(0) + QStringLiteral(".txt"), QStringLiteral("evil.txt") },
        { QStringLiteral("photo") + QChar(0x202e) + QStringLiteral("gpj.exe"),
            QStringLiteral("photogpj.exe") },
        { QStringLiteral("CON"), QStringLiteral("_CON") },
        { QStringLiteral("nul.txt"), QStringLiteral("_nul.txt") },
        { QStringLiteral("com1.log"), QStringLiteral("_com1.log") },
        { QStringLiteral("LPT9"), QStringLiteral("_LPT9") },
        { QStringLiteral("console.txt"), QStringLiteral("console.txt") },
        { QStringLiteral("name. . ."), QStringLiteral("name") },
        { QStringLiteral("what?<>|*\".txt"), QStringLiteral("what______.txt") },
        { QStringLiteral("Grüße 日本.txt"), QStringLiteral("Grüße 日本.txt") },
        { QStringLiteral("emoji 😀.png"), QStringLiteral("emoji 😀.png") },
    };
    for (const Row &row : rows) {
        INFO(row.peer.toStdString());
        CHECK(sanitizeFileName(row.peer) == row.saved);
    }
}

TEST_CASE("Long peer file names are cut, keeping a short extension", "[chat][files]")
{
    const QString longName = QString(10000, QLatin1Char('a')) + QStringLiteral(".tar");
    const QString saved = sanitizeFileName(longName);
    CHECK(saved.toUtf8().size() <= kMaxFileNameBytes);
    CHECK(saved.endsWith(QStringLiteral("a.tar")));
    const QString wide = QString(3000, QChar(0x65e5)); // 3 bytes each in UTF-8
    CHECK(sanitizeFileName(wide).toUtf8().size() <= kMaxFileNameBytes);
    CHECK(sanitizeFileName(wide).toUtf8().size() > kMaxFileNameBytes - 3);
    // An emoji (a surrogate pair) is never cut in half.
    const QString emoji = QString(300, QLatin1Char('x')).left(199) + QStringLiteral("😀😀");
    const QString cut = sanitizeFileName(emoji);
    CHECK(cut.toUtf8().size() <= kMaxFileNameBytes);
    CHECK_FALSE(cut.back().isHighSurrogate());
    // A long "extension" is not kept as one.
    const QString longExtension = QStringLiteral("x.") + QString(5000, QLatin1Char('y'));
    CHECK(sanitizeFileName(longExtension).toUtf8().size() <= kMaxFileNameBytes);
}

TEST_CASE("A received file never takes the name of one that exists", "[chat][files]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto touch = [&](const QString &name) {
        QFile file(QDir(dir.path()).filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
    };
    CHECK(freeFileName(dir.path(), QStringLiteral("a.txt")) == QStringLiteral("a.txt"));
    touch(QStringLiteral("a.txt"));
    CHECK(freeFileName(dir.path(), QStringLiteral("a.txt")) == QStringLiteral("a (1).txt"));
    touch(QStringLiteral("a (1).txt.part"));
    CHECK(freeFileName(dir.path(), QStringLiteral("a.txt")) == QStringLiteral("a (2).txt"));
    touch(QStringLiteral("noext"));
    CHECK(freeFileName(dir.path(), QStringLiteral("noext")) == QStringLiteral("noext (1)"));
}
