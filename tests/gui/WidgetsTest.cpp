// SPDX-License-Identifier: MIT
#include "chat/PeerNames.h"
#include "gui/ComposerEdit.h"
#include "gui/GuiText.h"
#include "gui/MessageListModel.h"
#include "gui/MessageView.h"
#include "gui/Translations.h"

#include <catch2/catch_test_macros.hpp>

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace securechat;

TEST_CASE("The composer sends on Enter and breaks the line on Shift+Enter", "[gui][composer]")
{
    gui::ComposerEdit composer;
    composer.show();
    QSignalSpy send(&composer, &gui::ComposerEdit::sendRequested);
    QTest::keyClicks(&composer, QStringLiteral("first"));
    QTest::keyClick(&composer, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(&composer, QStringLiteral("second"));
    CHECK(send.isEmpty());
    CHECK(composer.toPlainText() == QStringLiteral("first\nsecond"));
    QTest::keyClick(&composer, Qt::Key_Return);
    CHECK(send.size() == 1);
    QTest::keyClick(&composer, Qt::Key_Enter, Qt::KeypadModifier);
    CHECK(send.size() == 2);
}

TEST_CASE("Message bodies are escaped and links made clickable", "[gui][messages]")
{
    const QString html = gui::MessageView::bodyToHtml(
        QStringLiteral("<b>bold?</b> see https://example.org/a?b=1&c=2. & more\nline"));
    CHECK_FALSE(html.contains(QStringLiteral("<b>")));
    CHECK(html.contains(QStringLiteral("&lt;b&gt;bold?&lt;/b&gt;")));
    CHECK(html.contains(QStringLiteral(
        "<a href=\"https://example.org/a?b=1&amp;c=2\">https://example.org/a?b=1&amp;c=2</a>.")));
    CHECK(html.contains(QStringLiteral("&amp; more<br/>line")));
    CHECK_FALSE(gui::MessageView::bodyToHtml(QStringLiteral("javascript:alert(1)"))
                    .contains(QStringLiteral("<a")));

    gui::MessageView view;
    chat::ChatMessage message;
    message.senderName = QStringLiteral("<i>Mallory</i>");
    message.body = QStringLiteral("<img src=x> hello");
    message.time = QDateTime::currentDateTime();
    view.showMessages({ message });
    CHECK(view.plainText().contains(QStringLiteral("<i>Mallory</i>")));
    CHECK(view.plainText().contains(QStringLiteral("<img src=x> hello")));
}

TEST_CASE("The German translation loads", "[gui][i18n]")
{
    gui::Translations translations;
    REQUIRE(translations.load(QLocale(QLocale::German, QLocale::Germany)));
    CHECK(QCoreApplication::translate("securechat::gui::GuiText", "Connecting…")
        == QStringLiteral("Verbinde …"));
    CHECK(QCoreApplication::translate("MainWindow", "&Quit") == QStringLiteral("&Beenden"));
    translations.unload();
    CHECK(QCoreApplication::translate("MainWindow", "&Quit") == QStringLiteral("&Quit"));

    gui::Translations french;
    REQUIRE(french.load(QLocale(QLocale::French, QLocale::France)));
    CHECK(QCoreApplication::translate("MainWindow", "&Quit") == QStringLiteral("&Quitter"));
}

TEST_CASE(
    "A new message keeps the reader's selection; a delivery change is shown", "[gui][messages]")
{
    gui::MessageView view;
    chat::ChatMessage first;
    first.id = QStringLiteral("m1");
    first.outgoing = true;
    first.senderName = QStringLiteral("Alice");
    first.body = QStringLiteral("copy this sentence");
    first.time = QDateTime::currentDateTime();
    first.delivery = chat::DeliveryState::Sent;
    view.showMessages({ first });
    CHECK(view.plainText().contains(QStringLiteral("sent")));
    view.selectionModel()->select(
        view.messageModel()->index(0), QItemSelectionModel::ClearAndSelect);

    chat::ChatMessage second;
    second.id = QStringLiteral("m2");
    second.senderName = QStringLiteral("Bob");
    second.body = QStringLiteral("an answer");
    second.time = QDateTime::currentDateTime();
    view.messageModel()->addMessage(second);
    CHECK(view.selectedText().contains(QStringLiteral("copy this sentence")));
    CHECK_FALSE(view.selectedText().contains(QStringLiteral("an answer")));
    CHECK(view.plainText().contains(QStringLiteral("an answer")));
    CHECK(view.messageModel()->rowCount() == 2);

    view.messageModel()->setDelivery(first.id, chat::DeliveryState::Delivered);
    view.setNote(QStringLiteral("Bob left."));
    CHECK(view.plainText().contains(QStringLiteral("delivered")));
    CHECK(view.plainText().endsWith(QStringLiteral("Bob left.")));
    CHECK(view.messageModel()->rowCount() == 3);
}

TEST_CASE(
    "Unverified and look-alike peers are labelled with their short fingerprint", "[gui][names]")
{
    const auto fingerprint = crypto::Fingerprint::fromString(
        QStringLiteral("984264cdc66b1a076d3ec87fdf0689521639fcdc5916aa9b56d5ae438e9c9593"));
    REQUIRE(fingerprint);
    chat::PeerInfo peer;
    peer.displayName = QStringLiteral("Legit");
    peer.address = QStringLiteral("192.0.2.7");
    CHECK(gui::GuiText::peerLabel(peer) == QStringLiteral("Legit")); // no key yet
    peer.fingerprint = *fingerprint;
    CHECK(gui::GuiText::peerLabel(peer) == QStringLiteral("Legit [9842 64CD]"));
    CHECK(gui::GuiText::confusableWarning(peer).isEmpty());
    peer.verified = true;
    CHECK(gui::GuiText::peerLabel(peer) == QStringLiteral("Legit"));

    peer.verified = false;
    peer.displayName = QStringLiteral("L\u0435git");
    peer.confusableWith = QStringLiteral("Legit");
    CHECK(gui::GuiText::peerLabel(peer) == QStringLiteral("\u26a0 L\u0435git [9842 64CD]"));
    CHECK(gui::GuiText::confusableWarning(peer).contains(QStringLiteral("\"Legit\"")));
    peer.verified = true; // still marked: verifying one key does not make the names distinct
    CHECK(gui::GuiText::peerLabel(peer).startsWith(QStringLiteral("\u26a0 ")));
}
