// SPDX-License-Identifier: MIT
#include "gui/StartupFlow.h"

#include "TestFiles.h"
#include "TestIdentity.h"
#include "gui/AboutDialog.h"
#include "gui/PassphraseDialog.h"
#include "gui/SettingsDialog.h"
#include "storage/IdentityStore.h"
#include "storage/Settings.h"

#include <catch2/catch_test_macros.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtCrypto>

using namespace securechat;

namespace {

using securechat::test::readFile;
using securechat::test::writeFile;

// Runs action on each modal dialog as it appears (the flow opens them with exec()).
class ModalDriver
{
public:
    explicit ModalDriver(std::function<void(QWidget *)> action)
        : m_action(std::move(action))
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal == m_last || !modal->isVisible())
                return;
            m_last = modal;
            ++m_seen;
            m_action(modal);
        });
        m_timer.start();
    }
    int seen() const { return m_seen; }

private:
    std::function<void(QWidget *)> m_action;
    QTimer m_timer;
    QWidget *m_last = nullptr;
    int m_seen = 0;
};

QPushButton *buttonWithText(QWidget *box, const QString &text)
{
    for (QPushButton *button : box->findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

} // namespace

TEST_CASE(
    "A damaged identity is explained, and trying again after a repair succeeds", "[gui][startup]")
{
    QTemporaryDir profile;
    storage::IdentityStore store(profile.path());
    QString error;
    REQUIRE(store.save(test::aliceIdentity(), {}, &error));
    const QByteArray good = readFile(store.identityFilePath());
    writeFile(store.identityFilePath(), good.left(good.size() / 2));
    const QString expectedMessage = store.load().message;

    QString shownMessage;
    ModalDriver driver([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        REQUIRE(box);
        shownMessage = box->text();
        // The way forward offered: try again, open the folder, start over, quit.
        CHECK(buttonWithText(box, QStringLiteral("&Open the folder")));
        CHECK(buttonWithText(box, QStringLiteral("Create a &new identity…")));
        CHECK(buttonWithText(box, QStringLiteral("&Quit")));
        writeFile(store.identityFilePath(), good); // the user restores their backup
        buttonWithText(box, QStringLiteral("&Try again"))->click();
    });
    const auto identity = gui::StartupFlow(&store).run();
    CHECK(driver.seen() == 1);
    CHECK_FALSE(shownMessage.isEmpty());
    CHECK(shownMessage == expectedMessage); // the store's own explanation reaches the user
    REQUIRE(identity.has_value());
    CHECK(identity->fingerprint() == test::aliceIdentity().fingerprint());
}

TEST_CASE("Quitting from the identity error leaves the file untouched", "[gui][startup]")
{
    QTemporaryDir profile;
    storage::IdentityStore store(profile.path());
    QString error;
    REQUIRE(store.save(test::aliceIdentity(), {}, &error));
    writeFile(store.identityFilePath(), "garbage");
    ModalDriver driver([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        REQUIRE(box);
        buttonWithText(box, QStringLiteral("&Quit"))->click();
    });
    CHECK_FALSE(gui::StartupFlow(&store).run().has_value());
    CHECK(readFile(store.identityFilePath()) == "garbage");
}

TEST_CASE("A protected identity is unlocked through the passphrase dialog", "[gui][startup]")
{
    QTemporaryDir profile;
    storage::IdentityStore store(profile.path());
    QString error;
    store.setSealParams({ 256, 1, 1 }); // the dialog reads the file's parameters
    REQUIRE(store.save(test::bobIdentity(), QStringLiteral("s3cret"), &error));
    ModalDriver driver([](QWidget *modal) {
        auto *dialog = qobject_cast<gui::PassphraseDialog *>(modal);
        REQUIRE(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("passphraseEdit"))
            ->setText(QStringLiteral("s3cret"));
        dialog->accept();
    });
    const auto identity = gui::StartupFlow(&store).run();
    REQUIRE(identity.has_value());
    CHECK(identity->fingerprint() == test::bobIdentity().fingerprint());
}

TEST_CASE("The settings dialog saves name, port, notifications, port mapping and LAN discovery",
    "[gui][settings]")
{
    QTemporaryDir profile;
    storage::Settings settings(profile.path());
    gui::SettingsDialog dialog(&settings, QStringLiteral("Alice"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    CHECK(name->text() == QStringLiteral("Alice"));
    name->setText(QStringLiteral("Alice B."));
    dialog.findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(47123);
    dialog.findChild<QCheckBox *>(QStringLiteral("notificationsCheck"))->setChecked(false);
    // Port mapping on and LAN discovery off until the user says otherwise.
    auto *portMapping = dialog.findChild<QCheckBox *>(QStringLiteral("portMappingCheck"));
    auto *discovery = dialog.findChild<QCheckBox *>(QStringLiteral("lanDiscoveryCheck"));
    REQUIRE(portMapping);
    REQUIRE(discovery);
    CHECK(portMapping->isChecked());
    CHECK_FALSE(discovery->isChecked());
    portMapping->setChecked(false);
    discovery->setChecked(true);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    storage::Settings reread(profile.path());
    CHECK(reread.displayName() == QStringLiteral("Alice B."));
    CHECK(reread.defaultPort() == 47123);
    CHECK_FALSE(reread.notificationsEnabled());
    CHECK_FALSE(reread.portMappingEnabled());
    CHECK(reread.lanDiscoveryEnabled());

    // History: kept by default; a number of days, shown again when the dialog reopens.
    {
        gui::SettingsDialog history(&settings, QStringLiteral("Alice"));
        auto *combo = history.findChild<QComboBox *>(QStringLiteral("historyCombo"));
        auto *days = history.findChild<QSpinBox *>(QStringLiteral("historyDaysSpin"));
        REQUIRE(combo);
        REQUIRE(days);
        CHECK(combo->currentIndex() == 0);
        CHECK_FALSE(days->isEnabled());
        combo->setCurrentIndex(1);
        CHECK(days->isEnabled());
        days->setValue(7);
        history.accept();
        const auto retention = storage::Settings(profile.path()).defaultRetention();
        CHECK(retention.mode == storage::ContactStore::Retention::KeepDays);
        CHECK(retention.days == 7);
        gui::SettingsDialog again(&settings, QStringLiteral("Alice"));
        CHECK(again.findChild<QComboBox *>(QStringLiteral("historyCombo"))->currentIndex() == 1);
        CHECK(again.findChild<QSpinBox *>(QStringLiteral("historyDaysSpin"))->value() == 7);
    }

    // Files: the system's download folder and no size limit until chosen otherwise.
    {
        gui::SettingsDialog files(&settings, QStringLiteral("Alice"));
        auto *folder = files.findChild<QLineEdit *>(QStringLiteral("downloadEdit"));
        auto *limit = files.findChild<QSpinBox *>(QStringLiteral("offerLimitSpin"));
        REQUIRE(folder);
        REQUIRE(limit);
        CHECK(folder->text().isEmpty());
        CHECK(folder->placeholderText()
            == QDir::toNativeSeparators(
                QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)));
        CHECK(limit->value() == 0);
        folder->setText(QDir::toNativeSeparators(profile.filePath(QStringLiteral("incoming"))));
        limit->setValue(512);
        files.accept();
        const storage::Settings saved(profile.path());
        CHECK(saved.downloadFolder() == profile.filePath(QStringLiteral("incoming")));
        CHECK(saved.maxFileOfferBytes() == qint64(512) << 20);
    }

    gui::SettingsDialog empty(&settings, QStringLiteral("Alice"));
    empty.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->clear();
    empty.accept();
    CHECK(empty.result() != QDialog::Accepted);
    CHECK(empty.findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisibleTo(&empty));
}

TEST_CASE("The about dialog names the Qt and QCA versions and the licence", "[gui][about]")
{
    gui::AboutDialog dialog;
    const QString versions = dialog.findChild<QLabel *>(QStringLiteral("versionsLabel"))->text();
    CHECK(versions.contains(QString::fromLatin1(qVersion())));
    CHECK(versions.contains(QString::fromLatin1(qcaVersionStr())));
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("licenceLabel"))
              ->text()
              .contains(QStringLiteral("MIT")));
}
