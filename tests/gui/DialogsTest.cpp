// SPDX-License-Identifier: MIT
#include "TestIdentity.h"
#include "crypto/SafetyNumber.h"
#include "gui/FirstRunDialog.h"
#include "gui/HostConnectDialog.h"
#include "gui/PassphraseDialog.h"
#include "gui/VerifyPeerDialog.h"
#include "storage/IdentityStore.h"
#include "storage/IdentityStoreWorker.h"
#include "storage/Settings.h"

#include <catch2/catch_test_macros.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace securechat;
using gui::FirstRunDialog;
using gui::HostConnectDialog;

namespace {

QPushButton *okButton(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
        ->button(QDialogButtonBox::Ok);
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

constexpr crypto::Argon2id::Params kTestSealParams { 256, 1, 1 };

} // namespace

TEST_CASE("The first-run dialog generates and saves an identity while staying responsive",
    "[gui][firstrun]")
{
    QTemporaryDir profile;
    REQUIRE(profile.isValid());
    storage::IdentityStore store(profile.path());
    FirstRunDialog dialog(&store);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    auto *name = child<QLineEdit>(&dialog, "nameEdit");
    auto *keySize = child<QComboBox>(&dialog, "keySizeCombo");
    CHECK(keySize->currentData().toInt() == 3072); // the default
    CHECK_FALSE(okButton(&dialog)->isEnabled()); // no name yet

    QTest::keyClicks(name, QStringLiteral("Alice"));
    keySize->setCurrentIndex(keySize->findData(2048));
    CHECK(okButton(&dialog)->isEnabled());

    QSignalSpy started(&dialog, &FirstRunDialog::generationStarted);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    REQUIRE(started.size() == 1);
    CHECK(dialog.isGenerating());
    CHECK_FALSE(name->isEnabled());
    CHECK(child<QWidget>(&dialog, "progressBar")->isVisible());
    // The event loop keeps running during generation: a timer fires meanwhile.
    bool timerFired = false;
    QTimer::singleShot(10, &dialog, [&] { timerFired = true; });
    REQUIRE(accepted.wait(60000));
    CHECK(timerFired);

    CHECK_FALSE(dialog.identity().isNull());
    CHECK(dialog.identity().displayName == QStringLiteral("Alice"));
    REQUIRE(store.exists());
    CHECK_FALSE(store.isPassphraseProtected());
    const auto loaded = store.load();
    REQUIRE(loaded.error == storage::IdentityStore::LoadError::None);
    CHECK(loaded.identity.fingerprint() == dialog.identity().fingerprint());
}

TEST_CASE("The first-run dialog protects the new key with the passphrase on a worker thread",
    "[gui][firstrun][passphrase]")
{
    QTemporaryDir profile;
    storage::IdentityStore store(profile.path());
    store.setSealParams(kTestSealParams);
    FirstRunDialog dialog(&store);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("Alice"));
    auto *keySize = child<QComboBox>(&dialog, "keySizeCombo");
    keySize->setCurrentIndex(keySize->findData(2048));
    // keyClicks types ASCII only.
    child<QLineEdit>(&dialog, "passphraseEdit")->setText(QStringLiteral("pässphrase"));
    child<QLineEdit>(&dialog, "confirmEdit")->setText(QStringLiteral("pässphrase"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    REQUIRE(accepted.wait(60000));

    REQUIRE(store.isPassphraseProtected());
    CHECK(store.load(QStringLiteral("passphrase")).error
        == storage::IdentityStore::LoadError::WrongPassphrase);
    const auto loaded = store.load(QStringLiteral("pässphrase"));
    REQUIRE(loaded.error == storage::IdentityStore::LoadError::None);
    CHECK(loaded.identity.fingerprint() == dialog.identity().fingerprint());
}

TEST_CASE("The first-run dialog refuses different passphrases", "[gui][firstrun]")
{
    QTemporaryDir profile;
    storage::IdentityStore store(profile.path());
    FirstRunDialog dialog(&store);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("Alice"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "passphraseEdit"), QStringLiteral("one"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "confirmEdit"), QStringLiteral("two"));
    CHECK_FALSE(okButton(&dialog)->isEnabled());
    CHECK(child<QLabel>(&dialog, "errorLabel")->isVisible());
    dialog.accept();
    CHECK_FALSE(dialog.isGenerating());
    CHECK_FALSE(store.exists());
}

TEST_CASE("The passphrase dialog lets the user retry a wrong passphrase", "[gui][passphrase]")
{
    QTemporaryDir profile;
    storage::IdentityStore store(profile.path());
    store.setSealParams(kTestSealParams);
    QString error;
    REQUIRE(store.save(test::aliceIdentity(), QStringLiteral("correct horse"), &error));

    gui::PassphraseDialog dialog(store);
    dialog.show();
    // It names the profile whose key it unlocks.
    CHECK(child<QLabel>(&dialog, "introLabel")
            ->text()
            .contains(QDir::toNativeSeparators(store.profileDir())));
    CHECK(dialog.windowTitle().contains(QFileInfo(profile.path()).fileName()));
    auto *edit = child<QLineEdit>(&dialog, "passphraseEdit");
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy loaded(&dialog.worker(), &storage::IdentityStoreWorker::loaded);

    QTest::keyClicks(edit, QStringLiteral("wrong"));
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    // The passphrase is tried on a worker thread while the dialog shows that it is busy.
    REQUIRE(dialog.isUnlocking());
    CHECK(dialog.worker().workerThread() != QThread::currentThread());
    CHECK(child<QWidget>(&dialog, "progressBar")->isVisible());
    CHECK_FALSE(edit->isEnabled());
    dialog.reject(); // ignored while unlocking
    CHECK(dialog.isVisible());
    REQUIRE(loaded.wait(30000));
    CHECK_FALSE(dialog.isUnlocking());
    CHECK_FALSE(child<QWidget>(&dialog, "progressBar")->isVisible());
    CHECK(accepted.isEmpty());
    CHECK(dialog.isVisible());
    CHECK(child<QLabel>(&dialog, "errorLabel")->isVisible());
    CHECK(edit->text().isEmpty());

    QTest::keyClicks(edit, QStringLiteral("correct horse"));
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    REQUIRE(accepted.wait(30000));
    CHECK(dialog.attempts() == 2);
    REQUIRE(dialog.result().error == storage::IdentityStore::LoadError::None);
    CHECK(dialog.result().identity.fingerprint() == test::aliceIdentity().fingerprint());
}

TEST_CASE("The verify dialog shows the same safety number on both sides", "[gui][verify]")
{
    const auto alice = test::aliceIdentity().fingerprint();
    const auto bob = test::bobIdentity().fingerprint();
    gui::VerifyPeerDialog atAlice(QStringLiteral("Bob"), alice, bob, false);
    gui::VerifyPeerDialog atBob(QStringLiteral("Alice"), bob, alice, false);
    CHECK(atAlice.safetyNumber() == crypto::safetyNumber(alice, bob));
    CHECK_FALSE(atAlice.safetyNumber().isEmpty());
    const QString shownAtAlice = child<QLabel>(&atAlice, "safetyNumberLabel")->text();
    const QString shownAtBob = child<QLabel>(&atBob, "safetyNumberLabel")->text();
    CHECK(shownAtAlice == shownAtBob);
    CHECK(shownAtAlice.count(QLatin1Char('\n')) == 2); // three lines of four groups
    CHECK(QString(shownAtAlice).remove(QLatin1Char('\n')).remove(QLatin1Char(' '))
        == QString(atAlice.safetyNumber()).remove(QLatin1Char(' ')));
}

TEST_CASE("The host/connect dialog validates as the user types", "[gui][hostconnect]")
{
    QTemporaryDir profile;
    storage::Settings settings(profile.path());
    HostConnectDialog dialog(test::aliceIdentity().fingerprint(), &settings);
    dialog.setMode(HostConnectDialog::Mode::Connect);
    dialog.show();
    auto *fingerprint = child<QLineEdit>(&dialog, "expectedFingerprintEdit");
    auto *error = child<QLabel>(&dialog, "errorLabel");

    CHECK_FALSE(okButton(&dialog)->isEnabled()); // no address
    CHECK_FALSE(error->isVisible()); // incomplete is not an error
    QTest::keyClicks(child<QLineEdit>(&dialog, "hostEdit"), QStringLiteral("127.0.0.1"));
    CHECK(okButton(&dialog)->isEnabled());

    QTest::keyClicks(fingerprint, QStringLiteral("AB12 nothex"));
    CHECK_FALSE(okButton(&dialog)->isEnabled());
    CHECK(error->isVisible());
    fingerprint->setText(test::bobIdentity().fingerprint().grouped().toLower());
    CHECK(okButton(&dialog)->isEnabled());
    CHECK(dialog.expectedFingerprint() == test::bobIdentity().fingerprint());

    // A handler's error keeps the dialog open and visible; success remembers the connection.
    QString handlerError = QStringLiteral("Connection refused");
    dialog.setConnectHandler([&](const QString &host, quint16, const crypto::Fingerprint &) {
        CHECK(host == QStringLiteral("127.0.0.1"));
        return handlerError;
    });
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(error->text() == handlerError);
    handlerError.clear();
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(settings.recentConnections().size() == 1);
    CHECK(settings.recentConnections().front().expectedFingerprint
        == test::bobIdentity().fingerprint());
}

TEST_CASE("A port outside 1-65535 is said in the dialog, not replaced", "[gui][hostconnect]")
{
    QTemporaryDir profile;
    storage::Settings settings(profile.path());
    for (const auto mode : { HostConnectDialog::Mode::Host, HostConnectDialog::Mode::Connect }) {
        HostConnectDialog dialog(test::aliceIdentity().fingerprint(), &settings);
        dialog.setMode(mode);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        if (mode == HostConnectDialog::Mode::Connect)
            QTest::keyClicks(child<QLineEdit>(&dialog, "hostEdit"), QStringLiteral("127.0.0.1"));
        auto *spin = child<QSpinBox>(&dialog,
            mode == HostConnectDialog::Mode::Host ? "hostPortSpin" : "connectPortSpin");
        auto *error = child<QLabel>(&dialog, "errorLabel");
        REQUIRE(okButton(&dialog)->isEnabled());
        bool handled = false;
        dialog.setHostHandler([&](const QHostAddress &, quint16) {
            handled = true;
            return QString();
        });
        dialog.setConnectHandler([&](const QString &, quint16, const crypto::Fingerprint &) {
            handled = true;
            return QString();
        });
        for (const QString &typed : { QStringLiteral("0"), QStringLiteral("99999") }) {
            spin->setFocus();
            spin->selectAll();
            QTest::keyClicks(spin, typed);
            CHECK(spin->text() == typed);
            CHECK_FALSE(okButton(&dialog)->isEnabled());
            CHECK(error->isVisible());
            CHECK(error->text() == QStringLiteral("A port is a number from 1 to 65535."));
            // Leaving the field keeps what was typed, and OK does nothing with it.
            child<QDialogButtonBox>(&dialog, "buttonBox")->setFocus();
            CHECK(spin->text() == typed);
            dialog.accept();
            CHECK_FALSE(handled);
            CHECK(dialog.isVisible());
        }
        spin->selectAll();
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("65535"));
        CHECK(okButton(&dialog)->isEnabled());
        CHECK_FALSE(error->isVisible());
    }
}

TEST_CASE("The host/connect dialog remembers the last port hosted on and the last connection",
    "[gui][hostconnect]")
{
    QTemporaryDir profile;
    storage::Settings settings(profile.path());
    {
        HostConnectDialog dialog(test::aliceIdentity().fingerprint(), &settings);
        dialog.setMode(HostConnectDialog::Mode::Host);
        dialog.setHostHandler([](const QHostAddress &, quint16) { return QString(); });
        dialog.setHostPort(47001);
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
    }
    {
        HostConnectDialog dialog(test::aliceIdentity().fingerprint(), &settings);
        CHECK(dialog.hostPort() == 47001);
        CHECK(dialog.host().isEmpty()); // nothing connected to yet
        dialog.setMode(HostConnectDialog::Mode::Connect);
        dialog.setWaitForConnection(true);
        dialog.setConnectHandler(
            [](const QString &, quint16, const crypto::Fingerprint &) { return QString(); });
        dialog.show();
        // A failed attempt: said in the dialog, which stays open, and not remembered.
        dialog.setConnectTarget(QStringLiteral("192.0.2.1"), 47002);
        dialog.accept();
        CHECK(dialog.isConnecting());
        CHECK(child<QLabel>(&dialog, "errorLabel")->text() == QStringLiteral("Connecting…"));
        CHECK_FALSE(okButton(&dialog)->isEnabled());
        dialog.connectionFinished(QStringLiteral("Nobody answered at 192.0.2.1:47002."));
        CHECK(dialog.isVisible());
        CHECK(child<QLabel>(&dialog, "errorLabel")->text()
            == QStringLiteral("Nobody answered at 192.0.2.1:47002."));
        CHECK(okButton(&dialog)->isEnabled());
        CHECK(settings.recentConnections().isEmpty());
        // Corrected, and it works: remembered.
        dialog.setConnectTarget(QStringLiteral("192.0.2.2"), 47003);
        dialog.accept();
        dialog.connectionFinished({});
        CHECK(dialog.result() == QDialog::Accepted);
        REQUIRE(settings.recentConnections().size() == 1);
    }
    HostConnectDialog dialog(test::aliceIdentity().fingerprint(), &settings);
    CHECK(dialog.host() == QStringLiteral("192.0.2.2"));
    CHECK(dialog.connectPort() == 47003);
}

TEST_CASE("The host tab shows the own fingerprint and where to connect", "[gui][hostconnect]")
{
    HostConnectDialog dialog(test::aliceIdentity().fingerprint(), nullptr);
    dialog.setMode(HostConnectDialog::Mode::Host);
    dialog.setHostPort(47123);
    const QString shown = child<QLabel>(&dialog, "ownFingerprintLabel")->text();
    CHECK(QString(shown).replace(QLatin1Char('\n'), QLatin1Char(' '))
        == test::aliceIdentity().fingerprint().grouped());
    CHECK(child<QLabel>(&dialog, "localAddressesLabel")->text().contains(QStringLiteral(":47123")));
    CHECK(okButton(&dialog)->isEnabled());

    // While the router forwards the hosting port, its outside address comes first.
    dialog.setExternalAddress(QHostAddress(QStringLiteral("203.0.113.7")), 40123, 47123);
    const QString listed = child<QLabel>(&dialog, "localAddressesLabel")->text();
    CHECK(listed.startsWith(QStringLiteral("203.0.113.7:40123")));
    dialog.setHostPort(47124); // another port: the mapping does not apply
    CHECK_FALSE(
        child<QLabel>(&dialog, "localAddressesLabel")->text().contains(QStringLiteral("203.0.113.7")));
}
