#include "gui/ComposerEdit.h"
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
    CHECK(QCoreApplication::translate("securechat::gui::GuiText", "Closed")
        == QStringLiteral("Beendet"));
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

    QTextCursor selection = view.document()->find(QStringLiteral("copy this"));
    REQUIRE(selection.hasSelection());
    view.setTextCursor(selection);

    chat::ChatMessage second;
    second.id = QStringLiteral("m2");
    second.senderName = QStringLiteral("Bob");
    second.body = QStringLiteral("an answer");
    second.time = QDateTime::currentDateTime();
    view.showMessages({ first, second });
    CHECK(view.textCursor().selectedText() == QStringLiteral("copy this"));
    CHECK(view.plainText().contains(QStringLiteral("an answer")));
    CHECK(view.document()->blockCount() == 2);

    first.delivery = chat::DeliveryState::Delivered;
    view.showMessages({ first, second }, QStringLiteral("Bob left."));
    CHECK(view.plainText().contains(QStringLiteral("delivered")));
    CHECK(view.plainText().endsWith(QStringLiteral("Bob left.")));
    CHECK(view.document()->blockCount() == 3);
}
