// SPDX-License-Identifier: MIT
// Two people in one process, each with a profile folder, a started profile and a MainWindow,
// who find each other over loopback through the same dialogs a person uses (the conversation
// and file-transfer GUI tests).
#pragma once

#include "TestProfile.h"
#include "chat/Profile.h"
#include "gui/ComposerEdit.h"
#include "gui/HostConnectDialog.h"
#include "gui/MainWindow.h"
#include "gui/MessageView.h"
#include "storage/ContactStore.h"

#include <catch2/catch_test_macros.hpp>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace securechat::guitest {

using chat::ConversationState;
using gui::MainWindow;

constexpr int kWaitMs = 15000;

template<typename T> inline T *child(QObject *parent, const char *name)
{
    T *object = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(object);
    return object;
}

inline quint16 freePort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

// One person: a profile folder, their profile (stores and controller) and their window.
struct Person {
    explicit Person(const crypto::Identity &identity)
        : profile(folder.path())
        , contacts(profile.contacts())
        , window(test::startedProfile(profile, identity))
    {
        window.show();
    }

    chat::ChatController *controller() { return window.controller(); }
    chat::ConversationId current() { return window.currentConversation(); }
    QString shownMessages() { return child<gui::MessageView>(&window, "messageView")->plainText(); }
    gui::ComposerEdit *composer() { return child<gui::ComposerEdit>(&window, "composer"); }

    bool waitForState(ConversationState state)
    {
        return QTest::qWaitFor(
            [&] { return current() && controller()->state(current()) == state; }, kWaitMs);
    }

    QTemporaryDir folder;
    chat::Profile profile;
    storage::ContactStore &contacts;
    MainWindow window;
};

inline QPushButton *okButton(QWidget *dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

// Hosts on 127.0.0.1 through the toolbar action and the dialog; returns the port.
inline quint16 hostThroughDialog(Person &host)
{
    child<QAction>(&host.window, "actionHost")->trigger();
    auto *dialog = host.window.findChild<gui::HostConnectDialog *>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    auto *address = child<QComboBox>(dialog, "listenAddressCombo");
    address->setCurrentIndex(address->findData(QStringLiteral("127.0.0.1")));
    const quint16 port = freePort();
    child<QSpinBox>(dialog, "hostPortSpin")->setValue(port);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    REQUIRE(host.controller()->isListening());
    return port;
}

inline void connectThroughDialog(Person &guest, quint16 port, const QString &fingerprint = {})
{
    child<QAction>(&guest.window, "actionConnect")->trigger();
    auto *dialog = guest.window.findChild<gui::HostConnectDialog *>();
    REQUIRE(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "hostEdit"), QStringLiteral("127.0.0.1"));
    child<QSpinBox>(dialog, "connectPortSpin")->setValue(port);
    if (!fingerprint.isEmpty())
        QTest::keyClicks(child<QLineEdit>(dialog, "expectedFingerprintEdit"), fingerprint);
    REQUIRE(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    REQUIRE(guest.current() != 0);
}

inline void send(Person &from, const QString &text)
{
    REQUIRE(from.composer()->isEnabled());
    from.composer()->setFocus();
    QTest::keyClicks(from.composer(), text);
    QTest::keyClick(from.composer(), Qt::Key_Return);
}

// host hosts, guest connects through the dialogs: the guest is connected and waits for the
// host's approval.
inline void knock(Person &guest, Person &host)
{
    const quint16 port = hostThroughDialog(host);
    connectThroughDialog(guest, port);
    REQUIRE(guest.waitForState(ConversationState::Ready));
    REQUIRE(host.waitForState(ConversationState::AwaitingApproval));
    // The first words typed go to the message box, not into the void.
    REQUIRE(QTest::qWaitFor(
        [&] { return guest.window.focusWidget() == guest.composer(); }, kWaitMs));
}

} // namespace securechat::guitest
