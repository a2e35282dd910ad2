#include "MessageView.h"

#include "GuiText.h"

#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>

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

void MessageView::showMessages(const QList<chat::ChatMessage> &messages, const QString &note)
{
    const QScrollBar *bar = verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 4;
    const int previous = bar->value();

    const QString dim = palette().color(QPalette::PlaceholderText).name();
    const QString accent = palette().color(QPalette::Link).name();
    QString html = QStringLiteral("<html><body>");
    const QLocale locale;
    for (const chat::ChatMessage &message : messages) {
        const QString time
            = locale.toString(message.time.toLocalTime().time(), QLocale::ShortFormat);
        QString status;
        if (message.outgoing)
            status = QStringLiteral(" · %1").arg(GuiText::deliveryState(message.delivery));
        html += QStringLiteral("<p style=\"margin-top:8px; margin-bottom:0px\">"
                               "<b%1>%2</b> <span style=\"color:%3\">%4%5</span></p>")
                    .arg(message.outgoing ? QStringLiteral(" style=\"color:%1\"").arg(accent)
                                          : QString(),
                        message.senderName.toHtmlEscaped(), dim, time.toHtmlEscaped(),
                        status.toHtmlEscaped());
        html += QStringLiteral("<p style=\"margin-top:2px; margin-bottom:4px\">%1</p>")
                    .arg(bodyToHtml(message.body));
    }
    if (!note.isEmpty())
        html += QStringLiteral("<p style=\"margin-top:12px\"><i>%1</i></p>")
                    .arg(note.toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    setHtml(html);
    verticalScrollBar()->setValue(atBottom ? verticalScrollBar()->maximum() : previous);
}

} // namespace securechat::gui
