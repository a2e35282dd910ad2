// SPDX-License-Identifier: MIT
#include "gui/MessageView.h"

#include "gui/GuiText.h"

#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

namespace securechat::gui {

MessageView::MessageView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
    setOpenLinks(true);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
}

QString MessageView::bodyToHtml(const QString &body)
{
    static const QRegularExpression link(
        QStringLiteral(R"(\bhttps?://[^\s<>"']+)"), QRegularExpression::CaseInsensitiveOption);
    QString html;
    qsizetype last = 0;
    for (auto it = link.globalMatch(body); it.hasNext();) {
        const auto match = it.next();
        QString url = match.captured();
        // Sentence punctuation after an address is not part of it.
        while (!url.isEmpty() && QStringLiteral(".,;:!?)").contains(url.back()))
            url.chop(1);
        html += body.mid(last, match.capturedStart() - last).toHtmlEscaped();
        const QString escaped = url.toHtmlEscaped();
        html += QStringLiteral("<a href=\"%1\">%1</a>").arg(escaped);
        last = match.capturedStart() + url.size();
    }
    html += body.mid(last).toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return html;
}

void MessageView::clearMessages()
{
    m_shown.clear();
    m_note.clear();
    clear();
}

QString MessageView::messageHtml(const chat::ChatMessage &message) const
{
    const QString dim = palette().color(QPalette::PlaceholderText).name();
    const QString accent = palette().color(QPalette::Link).name();
    const QString time
        = QLocale().toString(message.time.toLocalTime().time(), QLocale::ShortFormat);
    QString status;
    if (message.outgoing)
        status = QStringLiteral(" · %1").arg(GuiText::deliveryState(message.delivery));
    return QStringLiteral("<b%1>%2</b> <span style=\"color:%3\">%4%5</span><br/>%6")
        .arg(message.outgoing ? QStringLiteral(" style=\"color:%1\"").arg(accent) : QString(),
            message.senderName.toHtmlEscaped(), dim, time.toHtmlEscaped(), status.toHtmlEscaped(),
            bodyToHtml(message.body));
}

// One paragraph per message, all with the same block format, whether drawn from scratch or
// appended later.
void MessageView::appendBlock(const QString &html, bool first, int topMargin)
{
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat format;
    format.setTopMargin(topMargin);
    format.setBottomMargin(2);
    if (first)
        cursor.setBlockFormat(format);
    else
        cursor.insertBlock(format, QTextCharFormat());
    cursor.insertHtml(html);
}

void MessageView::showMessages(const QList<chat::ChatMessage> &messages, const QString &note)
{
    const QScrollBar *bar = verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 4;
    const int previous = bar->value();

    bool append = note.isEmpty() && m_note.isEmpty() && messages.size() >= m_shown.size();
    for (qsizetype i = 0; append && i < m_shown.size(); ++i) {
        append = messages.at(i).id == m_shown.at(i).id
            && messages.at(i).delivery == m_shown.at(i).delivery;
    }
    if (!append) {
        clear();
        m_shown.clear();
    }
    for (qsizetype i = m_shown.size(); i < messages.size(); ++i) {
        appendBlock(messageHtml(messages.at(i)), i == 0, 8);
        m_shown.append({ messages.at(i).id, messages.at(i).delivery });
    }
    m_note = note;
    if (!note.isEmpty())
        appendBlock(QStringLiteral("<i>%1</i>").arg(note.toHtmlEscaped()), messages.isEmpty(), 12);

    verticalScrollBar()->setValue(atBottom ? verticalScrollBar()->maximum() : previous);
}

} // namespace securechat::gui
