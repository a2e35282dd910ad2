// SPDX-License-Identifier: MIT
#include "TestIdentity.h"
#include "TestProfile.h"
#include "chat/Profile.h"
#include "gui/AboutDialog.h"
#include "gui/FirstRunDialog.h"
#include "gui/HostConnectDialog.h"
#include "gui/MainWindow.h"
#include "gui/Notifier.h"
#include "gui/PassphraseDialog.h"
#include "gui/SettingsDialog.h"
#include "gui/VerifyPeerDialog.h"
#include "storage/IdentityStore.h"
#include "storage/Settings.h"

#include <catch2/catch_test_macros.hpp>

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTextEdit>

using namespace securechat;

namespace {

// Input widgets a screen reader user must be able to identify and a keyboard user to reach.
QStringList problems(QWidget *root)
{
    QStringList found;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w)
            || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w);
        if (!input)
            continue;
        // Parts of composite widgets (the line edit inside a spin box or combo box, a combo
        // box's popup list) are named through their owner.
        QWidget *parent = w->parentWidget();
        if (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent)
            || (parent && qobject_cast<QComboBox *>(parent->parentWidget())))
            continue;
        if (w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (w->accessibleName().isEmpty())
            found << w->objectName() + QStringLiteral(": no accessible name");
        if (!(w->focusPolicy() & Qt::TabFocus))
            found << w->objectName() + QStringLiteral(": not reachable with Tab");
    }
    return found;
}

} // namespace

TEST_CASE("Every input in every window has an accessible name and takes keyboard focus",
    "[gui][accessibility]")
{
    QTemporaryDir folder;
    chat::Profile profile(folder.path());
    storage::IdentityStore &store = profile.identityStore();
    storage::Settings &settings = profile.settings();
    const auto alice = test::aliceIdentity().fingerprint();
    const auto bob = test::bobIdentity().fingerprint();

    gui::MainWindow window(test::startedProfile(profile, test::aliceIdentity()));
    gui::HostConnectDialog hostConnect(alice, &settings);
    gui::FirstRunDialog firstRun(&store);
    gui::PassphraseDialog passphrase(store);
    gui::VerifyPeerDialog verify(QStringLiteral("Bob"), alice, bob, false);
    gui::SettingsDialog settingsDialog(&settings, QStringLiteral("Alice"));
    gui::AboutDialog about;
    for (QWidget *w : std::initializer_list<QWidget *> {
             &window, &hostConnect, &firstRun, &passphrase, &verify, &settingsDialog, &about }) {
        INFO(w->metaObject()->className());
        CHECK(problems(w).join(QStringLiteral("; ")).toStdString().empty());
    }
}

TEST_CASE("Notifications appear only while the window is in the background and enabled",
    "[gui][notifications]")
{
    QWidget window; // never shown, so never the active window
    gui::Notifier notifier(&window);
    CHECK(notifier.notify(QStringLiteral("Bob"), QStringLiteral("hello")));
    CHECK(notifier.shownCount() == 1);
    notifier.setEnabled(false);
    CHECK_FALSE(notifier.notify(QStringLiteral("Bob"), QStringLiteral("hello")));
    CHECK(notifier.shownCount() == 1);
}
