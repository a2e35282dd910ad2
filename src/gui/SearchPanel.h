// SPDX-License-Identifier: MIT
#pragma once

#include "chat/ChatController.h"
#include "chat/HistorySearch.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace securechat::gui {

class SearchResultModel;

// Searches the history as the user types: a search box, whether to search the current
// conversation or all of them, and the matching messages newest first, each with its
// conversation, time and the words around the hit (the hit in bold). The query runs on
// HistorySearch's thread a moment after the last key press; an answer to a query that has been
// replaced since is dropped. Enter or a click on a result asks to open it (openRequested).
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Scope { Conversation, All };
    static constexpr int kDebounceMs = 150;
    static constexpr int kMaxResults = 200;

    // controller and search must outlive the panel.
    SearchPanel(
        chat::ChatController *controller, chat::HistorySearch *search, QWidget *parent = nullptr);
    ~SearchPanel() override;

    // Opens for a search in conversation (Scope::Conversation; 0 makes it All): focus in the
    // search box with its text selected, and the results of what it holds searched again.
    void start(Scope scope, chat::ConversationId conversation);
    Scope scope() const;
    // Searches at once instead of after the pause (tests, the scope changing).
    void searchNow();

    QLineEdit *searchEdit() const { return m_edit; }
    QListView *resultView() const { return m_results; }
    // What is shown above the results: "Searching…", how many were found, "No messages
    // contain …", or why the search failed.
    QString statusText() const;
    int resultCount() const;
    // The number of the query whose results are shown (0: none yet).
    int shownQuery() const { return m_shownQuery; }

signals:
    void openRequested(securechat::chat::ConversationId conversation, const QString &messageId,
        qint64 seq);
    // Escape or the close button: the panel hid itself.
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFinished(
        int query, const QList<chat::HistorySearch::Hit> &hits, const QString &error);
    void openRow(int row);
    void close();

    chat::ChatController *m_controller;
    chat::HistorySearch *m_search;
    QLineEdit *m_edit;
    QComboBox *m_scope;
    QLabel *m_status;
    QListView *m_results;
    SearchResultModel *m_model;
    QTimer *m_debounce;
    chat::ConversationId m_conversation = 0;
    int m_pendingQuery = 0; // the newest query asked; only its answer is shown
    int m_shownQuery = 0;
    QString m_pendingText;
    bool m_openWhenFound = false; // Enter was pressed before the answer came
};

} // namespace securechat::gui
