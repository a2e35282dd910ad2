// SPDX-License-Identifier: MIT
// The conversation list's order and rows: last activity first, the newest message as preview,
// presence of contacts that are offline.
#include "TestIdentity.h"
#include "chat/ChatController.h"
#include "gui/ConversationListModel.h"
#include "storage/ContactStore.h"

#include <catch2/catch_test_macros.hpp>

#include <QTemporaryDir>

using namespace securechat;
using gui::ConversationListModel;

TEST_CASE("The conversation list puts the last active contact first, with its newest message",
    "[gui][contacts]")
{
    QTemporaryDir dir;
    storage::ContactStore contacts(dir.path());
    QString error;
    for (const auto *identity : { &test::bobIdentity(), &test::carolIdentity() }) {
        storage::ContactStore::Contact contact;
        contact.fingerprint = identity->fingerprint();
        contact.name = identity->displayName;
        contact.lastSeen = QDateTime::currentDateTimeUtc().addDays(-3);
        REQUIRE(contacts.add(contact, &error));
    }
    chat::ChatController controller(test::aliceIdentity(), &contacts, nullptr);
    const chat::ConversationId bob = controller.conversationOf(test::bobIdentity().fingerprint());
    const chat::ConversationId carol
        = controller.conversationOf(test::carolIdentity().fingerprint());
    REQUIRE(bob);
    REQUIRE(carol);
    ConversationListModel model(&controller);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0).data(ConversationListModel::StateTextRole).toString().startsWith(
        QStringLiteral("Offline since")));

    REQUIRE_FALSE(controller.sendText(carol, QStringLiteral("hello Carol")).isEmpty());
    CHECK(model.idAt(0) == carol);
    CHECK(model.index(0).data(ConversationListModel::PreviewRole).toString()
        == QStringLiteral("You: hello Carol"));
    CHECK(model.index(1).data(ConversationListModel::PreviewRole).toString().isEmpty());

    REQUIRE_FALSE(controller.sendText(bob, QStringLiteral("and Bob\nsecond line")).isEmpty());
    CHECK(model.idAt(0) == bob);
    CHECK(model.idAt(1) == carol);
    CHECK(model.index(0).data(ConversationListModel::PreviewRole).toString()
        == QStringLiteral("You: and Bob second line"));
}
