// SPDX-License-Identifier: MIT
#include "TestIdentity.h"
#include "gui/HostConnectDialog.h"
#include "gui/InviteDialog.h"
#include "gui/QrCode.h"
#include "storage/Settings.h"

#include <catch2/catch_test_macros.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace securechat;
using gui::HostConnectDialog;
using gui::InviteDialog;

namespace {

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

crypto::Invite sampleInvite(qint64 validitySeconds)
{
    return crypto::Invite::create(test::aliceIdentity().fingerprint(), QStringLiteral("Alice"),
        { { QHostAddress(QStringLiteral("203.0.113.7")), 47000 },
            { QHostAddress(QStringLiteral("192.168.1.20")), 47000 } },
        QDateTime::currentDateTimeUtc().addSecs(validitySeconds));
}

// What zbarimg (a QR decoder independent of libqrencode) reads in the image.
QString decodeQr(const QImage &image)
{
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    INFO("zbarimg (Debian package zbar-tools) is needed to read the QR code back");
    REQUIRE_FALSE(zbarimg.isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("qr.png"));
    REQUIRE(image.save(path));
    QProcess process;
    process.start(zbarimg, { QStringLiteral("--raw"), QStringLiteral("--quiet"), path });
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

TEST_CASE("A QR code made with libqrencode reads back with an independent decoder", "[gui][qr]")
{
    const QByteArray link = sampleInvite(3600).toUri().toUtf8();
    const QImage image = gui::qrCodeImage(link, 4);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == image.height());
    CHECK(image.pixelColor(0, 0) == QColor(Qt::white)); // the quiet zone
    CHECK(decodeQr(image) == QString::fromUtf8(link));
    CHECK(gui::qrCodeImage({}, 4).isNull());
    CHECK(gui::qrCodeImage(QByteArray(8000, 'x'), 4).isNull()); // beyond the largest QR code
}

TEST_CASE("The invite dialog makes an invite only when asked, then shows it as link and QR code",
    "[gui][invite]")
{
    QList<qint64> asked;
    QString failure;
    InviteDialog dialog([&](qint64 validity, QString *error) -> std::optional<crypto::Invite> {
        asked.append(validity);
        if (!failure.isEmpty()) {
            *error = failure;
            return std::nullopt;
        }
        return sampleInvite(validity);
    });
    dialog.show();
    CHECK(asked.isEmpty());
    CHECK(dialog.selectedValidity() == crypto::Invite::kDefaultValiditySeconds);
    CHECK_FALSE(child<QWidget>(&dialog, "invitePanel")->isVisible());

    // Not hosting (or no address): the reason is shown, nothing else.
    failure = QStringLiteral("An invite is only useful while you host: start hosting first.");
    QTest::mouseClick(child<QPushButton>(&dialog, "createButton"), Qt::LeftButton);
    CHECK(child<QLabel>(&dialog, "errorLabel")->isVisible());
    CHECK(child<QLabel>(&dialog, "errorLabel")->text() == failure);
    CHECK_FALSE(dialog.invite());

    failure.clear();
    dialog.selectValidity(7 * 24 * 3600);
    QTest::mouseClick(child<QPushButton>(&dialog, "createButton"), Qt::LeftButton);
    REQUIRE(asked.size() == 2);
    CHECK(asked.last() == 7 * 24 * 3600);
    REQUIRE(dialog.invite());
    CHECK_FALSE(child<QLabel>(&dialog, "errorLabel")->isVisible());
    CHECK(child<QWidget>(&dialog, "invitePanel")->isVisible());
    const QString link = child<QLineEdit>(&dialog, "linkEdit")->text();
    CHECK(link == dialog.invite()->toUri());
    const QString detail = child<QLabel>(&dialog, "detailLabel")->text();
    CHECK(detail.contains(QStringLiteral("203.0.113.7:47000, 192.168.1.20:47000")));
    CHECK(decodeQr(dialog.qrCode()) == link);

    // A second invite is a new one, with a new secret.
    QTest::mouseClick(child<QPushButton>(&dialog, "createButton"), Qt::LeftButton);
    CHECK(child<QLineEdit>(&dialog, "linkEdit")->text() != link);
}

TEST_CASE("The connect dialog takes a pasted invite in place of address, port and fingerprint",
    "[gui][hostconnect][invite]")
{
    QTemporaryDir profile;
    storage::Settings settings(profile.path());
    HostConnectDialog dialog(test::bobIdentity().fingerprint(), &settings);
    dialog.setMode(HostConnectDialog::Mode::Connect);
    dialog.show();
    auto *address = child<QLineEdit>(&dialog, "hostEdit");
    auto *ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    const crypto::Invite invite = sampleInvite(3600);

    // Damaged: one character changed in the code.
    QString damaged = invite.toUri();
    damaged[damaged.size() - 5] = damaged.at(damaged.size() - 5) == u'A' ? u'B' : u'A';
    address->setText(damaged);
    CHECK_FALSE(ok->isEnabled());
    CHECK(child<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("damaged")));

    // Pasted as a mail program may have wrapped it.
    address->setText(QStringLiteral("  ") + invite.toUri().insert(40, QStringLiteral("\n ")));
    CHECK(ok->isEnabled());
    CHECK_FALSE(child<QSpinBox>(&dialog, "connectPortSpin")->isEnabled());
    CHECK_FALSE(child<QLineEdit>(&dialog, "expectedFingerprintEdit")->isEnabled());
    const QString details = child<QLabel>(&dialog, "inviteLabel")->text();
    CHECK(child<QLabel>(&dialog, "inviteLabel")->isVisible());
    CHECK(details.contains(QStringLiteral("Invite from Alice")));
    CHECK(details.contains(test::aliceIdentity().fingerprint().grouped()));
    REQUIRE(dialog.invite());
    CHECK(*dialog.invite() == invite);

    std::optional<crypto::Invite> used;
    bool plainConnect = false;
    dialog.setConnectHandler([&](const QString &, quint16, const crypto::Fingerprint &) {
        plainConnect = true;
        return QString();
    });
    dialog.setInviteHandler([&](const crypto::Invite &given) {
        used = given;
        return QString();
    });
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(plainConnect);
    REQUIRE(used);
    CHECK(*used == invite);
    CHECK(settings.recentConnections().isEmpty()); // an invite works once: not a recent entry

    // Back to a plain address: the port and fingerprint fields come back.
    address->setText(QStringLiteral("192.168.1.20"));
    CHECK(child<QSpinBox>(&dialog, "connectPortSpin")->isEnabled());
    CHECK_FALSE(child<QLabel>(&dialog, "inviteLabel")->isVisible());
}

TEST_CASE("The connect dialog lists hosts found on the LAN and fills in one with its key",
    "[gui][hostconnect][discovery]")
{
    HostConnectDialog dialog(test::bobIdentity().fingerprint(), nullptr);
    dialog.setMode(HostConnectDialog::Mode::Connect);
    dialog.show();
    auto *list = child<QListWidget>(&dialog, "nearbyList");
    CHECK_FALSE(list->isVisible()); // discovery off

    dialog.setNearbyHosts({}, true);
    CHECK(list->isVisible());
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QStringLiteral("Nobody nearby")));
    CHECK_FALSE(list->item(0)->flags().testFlag(Qt::ItemIsSelectable));

    const crypto::Fingerprint alice = test::aliceIdentity().fingerprint();
    dialog.setNearbyHosts({ { QStringLiteral("Alice"), QHostAddress(QStringLiteral("10.88.0.2")),
                              47001, alice } },
        true);
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QStringLiteral("Alice")));
    CHECK(list->item(0)->text().contains(QStringLiteral("10.88.0.2:47001")));
    list->setCurrentRow(0);
    CHECK(dialog.host() == QStringLiteral("10.88.0.2"));
    CHECK(dialog.connectPort() == 47001);
    // An announcement is a claim: the announced key becomes the expected one.
    CHECK(dialog.expectedFingerprint() == alice);

    dialog.setNearbyHosts({}, false);
    CHECK_FALSE(list->isVisible());
}
