// SPDX-License-Identifier: MIT
#include "storage/Settings.h"

#include "CatchQtStrings.h"

#include <sys/stat.h>

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using securechat::crypto::Fingerprint;
using securechat::storage::Settings;
using Recent = Settings::RecentConnection;

TEST_CASE("Settings have sensible defaults", "[storage][settings]")
{
    QTemporaryDir temp;
    Settings settings(temp.path());
    CHECK(settings.displayName().isEmpty());
    CHECK(settings.defaultPort() == 47000);
    CHECK(settings.keyBits() == 3072);
    CHECK(settings.notificationsEnabled());
    CHECK(settings.portMappingEnabled());
    CHECK_FALSE(settings.lanDiscoveryEnabled());
    CHECK(settings.recentConnections().isEmpty());
    CHECK(settings.maxFileOfferBytes() == 0);
    CHECK(settings.downloadFolder().isEmpty());
}

TEST_CASE("Settings persist in a private file in the profile", "[storage][settings]")
{
    QTemporaryDir temp;
    const QString dir = temp.filePath(QStringLiteral("profile"));
    {
        Settings settings(dir);
        settings.setDisplayName(QStringLiteral("  Zoë  "));
        settings.setDefaultPort(50123);
        settings.setKeyBits(4096);
        settings.setNotificationsEnabled(false);
        settings.setPortMappingEnabled(false);
        settings.setLanDiscoveryEnabled(true);
        settings.setMaxFileOfferBytes(qint64(5) << 30);
        settings.setDownloadFolder(QStringLiteral("/home/zoe/Incoming"));
        QString error;
        REQUIRE(settings.sync(&error));
        CHECK(settings.filePath().startsWith(dir));
        struct stat st {
        };
        REQUIRE(::stat(QFile::encodeName(settings.filePath()).constData(), &st) == 0);
        CHECK((st.st_mode & 0777) == 0600);
    }
    Settings settings(dir);
    CHECK(settings.displayName() == QStringLiteral("Zoë"));
    CHECK(settings.defaultPort() == 50123);
    CHECK(settings.keyBits() == 4096);
    CHECK_FALSE(settings.notificationsEnabled());
    CHECK_FALSE(settings.portMappingEnabled());
    CHECK(settings.lanDiscoveryEnabled());

    CHECK(settings.maxFileOfferBytes() == qint64(5) << 30);
    CHECK(settings.downloadFolder() == QStringLiteral("/home/zoe/Incoming"));

    settings.setDefaultPort(0); // back to the default
    settings.setKeyBits(1024); // ignored
    settings.setMaxFileOfferBytes(0); // no limit
    settings.setDownloadFolder(QStringLiteral(" ")); // the platform's
    CHECK(settings.maxFileOfferBytes() == 0);
    CHECK(settings.downloadFolder().isEmpty());
    CHECK(settings.defaultPort() == 47000);
    CHECK(settings.keyBits() == 4096);
}

TEST_CASE("Recent connections: most recent first, no duplicates, bounded", "[storage][settings]")
{
    QTemporaryDir temp;
    const Fingerprint expected = Fingerprint::fromBytes(QByteArray(32, '\x5a'));
    {
        Settings settings(temp.path());
        settings.addRecentConnection({ QStringLiteral("alice.example"), 47000, expected });
        settings.addRecentConnection({ QStringLiteral("192.0.2.1"), 47001, Fingerprint() });
        settings.addRecentConnection({ QStringLiteral(" ALICE.example "), 47000, Fingerprint() });
        settings.addRecentConnection({ QString(), 47000, Fingerprint() }); // ignored
        const auto recent = settings.recentConnections();
        REQUIRE(recent.size() == 2);
        CHECK(recent.at(0).host == QStringLiteral("ALICE.example"));
        CHECK(recent.at(0).expectedFingerprint.isNull());
        CHECK(recent.at(1).host == QStringLiteral("192.0.2.1"));
        CHECK(recent.at(1).port == 47001);
        settings.addRecentConnection({ QStringLiteral("alice.example"), 47000, expected });
    }
    Settings settings(temp.path());
    CHECK(settings.recentConnections().first()
        == Recent { QStringLiteral("alice.example"), 47000, expected });

    for (int i = 0; i < 15; ++i)
        settings.addRecentConnection({ QStringLiteral("host%1").arg(i), 47000, Fingerprint() });
    const auto recent = settings.recentConnections();
    REQUIRE(recent.size() == Settings::kMaxRecentConnections);
    CHECK(recent.first().host == QStringLiteral("host14"));
    CHECK(recent.last().host == QStringLiteral("host5"));

    settings.clearRecentConnections();
    CHECK(settings.recentConnections().isEmpty());
}

TEST_CASE("Damaged recent-connection entries are skipped", "[storage][settings]")
{
    QTemporaryDir temp;
    {
        QSettings raw(temp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        raw.beginWriteArray(QStringLiteral("recentConnections"), 4);
        raw.setArrayIndex(0);
        raw.setValue(QStringLiteral("host"), QStringLiteral("good.example"));
        raw.setValue(QStringLiteral("port"), 47000);
        raw.setArrayIndex(1);
        raw.setValue(QStringLiteral("host"), QStringLiteral("badport.example"));
        raw.setValue(QStringLiteral("port"), 70000);
        raw.setArrayIndex(2);
        raw.setValue(QStringLiteral("host"), QStringLiteral("badfp.example"));
        raw.setValue(QStringLiteral("port"), 47000);
        raw.setValue(QStringLiteral("fingerprint"), QStringLiteral("nothex"));
        raw.setArrayIndex(3);
        raw.setValue(QStringLiteral("port"), 47000);
        raw.endArray();
        raw.setValue(QStringLiteral("network/defaultPort"), QStringLiteral("banana"));
    }
    Settings settings(temp.path());
    const auto recent = settings.recentConnections();
    REQUIRE(recent.size() == 1);
    CHECK(recent.first().host == QStringLiteral("good.example"));
    CHECK(settings.defaultPort() == 47000);
}

// Found by tests/fuzz (regressions/settings/huge-array-size): a size of 2^31 - 1 made every read
// of the recent connections loop that many times, so the app hung at start.
TEST_CASE("Recent connections read at most as many entries as are kept", "[storage][settings]")
{
    QTemporaryDir temp;
    {
        QFile file(temp.filePath(QStringLiteral("settings.ini")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("[recentConnections]\n"
                   "size=2147483647\n"
                   "1\\host=first.example\n1\\port=47000\n"
                   "11\\host=eleventh.example\n11\\port=47000\n");
    }
    Settings settings(temp.path());
    const auto recent = settings.recentConnections();
    REQUIRE(recent.size() == 1);
    CHECK(recent.first().host == QStringLiteral("first.example"));
}

TEST_CASE("The default history retention persists and refuses what it cannot mean",
    "[storage][settings][retention]")
{
    using Retention = securechat::storage::ContactStore::Retention;
    QTemporaryDir temp;
    {
        Settings settings(temp.path());
        CHECK(settings.defaultRetention() == Settings::HistoryRetention {});
        settings.setDefaultRetention({ Retention::KeepDays, 30 });
        settings.setDefaultRetention({ Retention::KeepDays, 0 }); // ignored: not a period
        REQUIRE(settings.sync());
    }
    {
        Settings settings(temp.path());
        CHECK(
            settings.defaultRetention() == Settings::HistoryRetention { Retention::KeepDays, 30 });
        settings.setDefaultRetention({ Retention::KeepNothing, 12 });
        CHECK(settings.defaultRetention()
            == Settings::HistoryRetention { Retention::KeepNothing, 0 });
        settings.setDefaultRetention({ Retention::Default, 0 }); // the default of the default
        CHECK(settings.defaultRetention() == Settings::HistoryRetention { Retention::Keep, 0 });
    }
    QSettings raw(temp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    raw.setValue(QStringLiteral("history/retention"), QStringLiteral("forever"));
    raw.sync();
    CHECK(Settings(temp.path()).defaultRetention() == Settings::HistoryRetention {});
    raw.setValue(QStringLiteral("history/retention"), QStringLiteral("keep-days"));
    raw.setValue(QStringLiteral("history/retentionDays"), -4);
    raw.sync();
    CHECK(Settings(temp.path()).defaultRetention() == Settings::HistoryRetention {});
}
