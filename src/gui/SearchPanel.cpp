// SPDX-License-Identifier: MIT
#include "gui/SearchPanel.h"

#include "gui/GuiText.h"

#include <QAbstractListModel>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace securechat::gui {

namespace {
constexpr int kMargin = 6;
constexpr int kSnippetLines = 2;

using storage::HistoryStore;

// The snippet as HTML, the hits (between kHitStart and kHitEnd) in bold on hitBackground.
QString snippetHtml(const QString &snippet, const QColor &hitBackground)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(HistoryStore::kHitStart,
        QStringLiteral("<b style=\"background-color:%1\">").arg(hitBackground.name()));
    html.replace(HistoryStore::kHitEnd, QStringLiteral("</b>"));
    return html;
}

QString plainSnippet(QString snippet)
{
    return snippet.remove(HistoryStore::kHitStart).remove(HistoryStore::kHitEnd);
}
} // namespace

// One row per hit: the conversation's name, when it was stored and the snippet.
class SearchResultModel : public QAbstractListModel
{
public:
    enum Role { NameRole = Qt::UserRole + 1, TimeRole, SnippetRole };
    struct Row {
        chat::ConversationId conversation = 0;
        QString name;
        chat::HistorySearch::Hit hit;
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        const Row &row = m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return SearchPanel::tr("%1, %2: %3")
                .arg(row.name, timeText(time(row)), plainSnippet(row.hit.snippet));
        case NameRole:
            return row.name;
        case TimeRole:
            return timeText(time(row));
        case SnippetRole:
            return row.hit.snippet;
        default:
            return {};
        }
    }

    void setRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    const Row &row(int index) const { return m_rows.at(index); }

private:
    // As the conversation shows it: when it was written, on the sender's clock.
    static QDateTime time(const Row &row)
    {
        return row.hit.senderTime.isValid() ? row.hit.senderTime : row.hit.storedTime;
    }
    static QString timeText(const QDateTime &time)
    {
        return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
    }

    QList<Row> m_rows;
};

namespace {
// Name and time on the first line, the snippet with its hits in bold below (two lines at most).
class SearchResultDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = option.state & QStyle::State_Selected;
        const QPalette &palette = option.palette;
        const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QRect r = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
        const QFontMetrics fm(option.font);

        painter->save();
        QFont bold = option.font;
        bold.setBold(true);
        const QString time = index.data(SearchResultModel::TimeRole).toString();
        const int timeWidth = fm.horizontalAdvance(time);
        const QRect header(r.left(), r.top(), r.width(), fm.height());
        painter->setPen(text);
        painter->setFont(option.font);
        painter->drawText(header, Qt::AlignRight | Qt::AlignVCenter, time);
        painter->setFont(bold);
        painter->drawText(header.adjusted(0, 0, -timeWidth - kMargin, 0),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(bold).elidedText(index.data(SearchResultModel::NameRole).toString(),
                Qt::ElideRight, header.width() - timeWidth - kMargin));

        QTextDocument document;
        document.setDefaultFont(option.font);
        document.setDocumentMargin(0);
        document.setTextWidth(r.width());
        // The hit's background: the highlight colour mixed into the base, so that the text
        // stays readable on it.
        const QColor base = palette.color(QPalette::Base);
        const QColor mark = palette.color(QPalette::Highlight);
        const QColor hitBackground = selected ? palette.color(QPalette::Highlight)
                                              : QColor((base.red() * 2 + mark.red()) / 3,
                                                    (base.green() * 2 + mark.green()) / 3,
                                                    (base.blue() * 2 + mark.blue()) / 3);
        document.setHtml(
            snippetHtml(index.data(SearchResultModel::SnippetRole).toString(), hitBackground));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, text);
        const QRect body(r.left(), header.bottom() + 1 + kMargin / 2, r.width(),
            fm.lineSpacing() * kSnippetLines);
        painter->translate(body.topLeft());
        painter->setClipRect(QRect(QPoint(0, 0), body.size()));
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return { 200, fm.height() + fm.lineSpacing() * kSnippetLines + kMargin * 2 + kMargin / 2 };
    }
};
} // namespace

SearchPanel::SearchPanel(
    chat::ChatController *controller, chat::HistorySearch *search, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_search(search)
    , m_edit(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_results(new QListView(this))
    , m_model(new SearchResultModel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("searchPanel"));
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setPlaceholderText(tr("Search messages"));
    m_edit->setAccessibleName(tr("Search messages"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_scope->setObjectName(QStringLiteral("searchScope"));
    m_scope->setAccessibleName(tr("Where to search"));
    m_scope->addItem(tr("This conversation"));
    m_scope->addItem(tr("All conversations"));
    auto *closeButton = new QToolButton(this);
    closeButton->setObjectName(QStringLiteral("searchCloseButton"));
    closeButton->setText(tr("Close"));
    closeButton->setToolTip(tr("Close the search (Esc)"));
    closeButton->setAccessibleName(tr("Close the search"));
    closeButton->setAutoRaise(true);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Search status"));
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->installEventFilter(this);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_scope, 1);
    top->addWidget(closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    setMinimumWidth(220);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::searchNow);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { m_debounce->start(); });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &SearchPanel::searchNow);
    connect(closeButton, &QToolButton::clicked, this, &SearchPanel::close);
    // Enter, and one click whatever the style says about activating items.
    for (const auto signal : { &QListView::activated, &QListView::clicked })
        connect(m_results, signal, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_search, &chat::HistorySearch::finished, this,
        [this](int query, const QList<chat::HistorySearch::Hit> &hits, const QString &error) {
            onFinished(query, hits, error);
        });
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::start(Scope scope, chat::ConversationId conversation)
{
    m_conversation = conversation;
    // Without a conversation there is nothing but everything to search.
    const bool all = scope == Scope::All || !conversation;
    {
        const QSignalBlocker blocker(m_scope);
        m_scope->setCurrentIndex(all ? 1 : 0);
        m_scope->setItemText(0,
            conversation ? tr("This conversation (%1)")
                               .arg(GuiText::peerTitle(m_controller->peer(conversation)))
                         : tr("This conversation"));
    }
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    searchNow();
}

SearchPanel::Scope SearchPanel::scope() const
{
    return m_scope->currentIndex() == 0 && m_conversation ? Scope::Conversation : Scope::All;
}

void SearchPanel::searchNow()
{
    m_debounce->stop();
    const QString text = m_edit->text().simplified();
    if (text.isEmpty()) {
        m_pendingQuery = 0; // whatever is still running is not wanted any more
        m_openWhenFound = false;
        m_model->setRows({});
        m_status->clear();
        m_status->hide();
        return;
    }
    crypto::Fingerprint contact;
    if (scope() == Scope::Conversation) {
        contact = m_controller->peer(m_conversation).fingerprint;
        if (contact.isNull()) {
            m_pendingQuery = 0;
            m_model->setRows({});
            m_status->setText(tr("This conversation has no history to search yet."));
            m_status->show();
            return;
        }
    }
    m_pendingText = text;
    m_pendingQuery = m_search->search(text, contact, kMaxResults);
    m_status->setText(tr("Searching…"));
    m_status->show();
}

void SearchPanel::onFinished(
    int query, const QList<chat::HistorySearch::Hit> &hits, const QString &error)
{
    if (query != m_pendingQuery)
        return; // replaced by a newer query while it ran
    m_shownQuery = query;
    QList<SearchResultModel::Row> rows;
    rows.reserve(hits.size());
    for (const chat::HistorySearch::Hit &hit : hits) {
        const chat::ConversationId id = m_controller->conversationOf(hit.contact);
        if (!id)
            continue; // a contact removed since
        rows.append({ id, GuiText::peerTitle(m_controller->peer(id)), hit });
    }
    m_model->setRows(rows);
    if (!error.isEmpty())
        m_status->setText(tr("The search failed: %1").arg(error));
    else if (rows.isEmpty())
        m_status->setText(tr("No messages contain “%1”.").arg(m_pendingText));
    else if (rows.size() >= kMaxResults)
        m_status->setText(tr("The newest %n messages found; add words to narrow it down.", nullptr,
            int(rows.size())));
    else
        m_status->setText(tr("Messages found: %n", nullptr, int(rows.size())));
    m_status->show();
    if (!rows.isEmpty())
        m_results->setCurrentIndex(m_model->index(0));
    if (std::exchange(m_openWhenFound, false))
        openRow(m_results->currentIndex().row());
}

QString SearchPanel::statusText() const
{
    return m_status->isVisibleTo(this) ? m_status->text() : QString();
}

int SearchPanel::resultCount() const
{
    return m_model->rowCount();
}

void SearchPanel::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const SearchResultModel::Row &hit = m_model->row(row);
    emit openRequested(hit.conversation, hit.hit.id, hit.hit.seq);
}

void SearchPanel::close()
{
    hide();
    emit closed();
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Escape) {
        close();
        return true;
    }
    if (watched == m_edit) {
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // What was typed last is searched first when its answer is not there yet.
            if (m_debounce->isActive())
                searchNow();
            if (m_pendingQuery && m_pendingQuery != m_shownQuery)
                m_openWhenFound = true;
            else
                openRow(m_results->currentIndex().row());
            return true;
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            // The results move under the search box, which keeps the focus.
            QApplication::sendEvent(m_results, event);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace securechat::gui
