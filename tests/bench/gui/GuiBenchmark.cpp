// SPDX-License-Identifier: MIT
// SecureChat conversation view benchmark, drawn offscreen: opening a long conversation on the
// real ConversationPage, the GUI-thread time of one delivery receipt in it, and the peak memory
// growth of scrolling it from the newest message to the oldest, and search while typing (the
// GUI-thread time per query and the answer from the search thread). Prints a table; --json FILE
// writes the figures. Figures only, never pass/fail.
#include "../BenchSupport.h"
#include "chat/ChatController.h"
#include "chat/HistorySearch.h"
#include "common/AppIdentity.h"
#include "crypto/RsaService.h"
#include "gui/ConversationPage.h"
#include "gui/MessageListModel.h"
#include "gui/MessageView.h"
#include "gui/SearchPanel.h"
#include "storage/ContactStore.h"
#include "storage/HistoryStore.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QtCrypto>

using namespace securechat::bench;
using namespace securechat;
using storage::HistoryStore;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "gui benchmark: %s\n", qPrintable(what));
    return 1;
}

// Starts VmHWM afresh at the current RSS (Linux 4.0 and later); false when it cannot.
bool resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double maxOf(const std::vector<double> &values)
{
    return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
}

// CPU time of the calling thread: what the GUI thread spent, not what it waited.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

// The GUI-thread time of one receipt: the controller's signal as the view receives it, until
// the view has drawn what changed (the platform may hold the repaint for its next frame).
double receiptCpuMs(chat::ChatController &controller, chat::ConversationId id,
    const QString &messageId, chat::DeliveryState state, const PaintCounter &paints)
{
    const int before = paints.count;
    const double start = threadCpuMs();
    emit controller.deliveryChanged(id, messageId, state);
    bool late = false;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, [&late] { late = true; });
    deadline.start(1000);
    while (paints.count == before && !late)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return threadCpuMs() - start;
}

// Receipts for our messages on screen (those off screen draw nothing), each switching the
// row's state, count times. Empty when no message of ours is on screen.
std::vector<double> visibleReceipts(chat::ChatController &controller, chat::ConversationId id,
    gui::MessageView &view, const PaintCounter &paints, int count)
{
    const gui::MessageListModel *model = view.messageModel();
    QStringList ours;
    for (int row = 0; row < model->messageCount(); ++row) {
        const QRect rect = view.visualRect(model->index(row));
        if (model->message(row).outgoing && view.viewport()->rect().intersects(rect))
            ours.append(model->message(row).id);
    }
    std::vector<double> spent;
    for (int i = 0; i < count && !ours.isEmpty(); ++i) {
        const QString &messageId = ours.at(i % ours.size());
        const bool delivered
            = model->message(model->rowOf(messageId)).delivery == chat::DeliveryState::Delivered;
        spent.push_back(receiptCpuMs(controller, id, messageId,
            delivered ? chat::DeliveryState::Sent : chat::DeliveryState::Delivered, paints));
    }
    return spent;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Chat-like bodies of varied length: short replies, sentences, a few paragraphs with a link.
QString body(quint64 n)
{
    static const QStringList words = { QStringLiteral("hello"), QStringLiteral("tomorrow"),
        QStringLiteral("meeting"), QStringLiteral("coffee"), QStringLiteral("train"),
        QStringLiteral("late"), QStringLiteral("picture"), QStringLiteral("really"),
        QStringLiteral("sounds"), QStringLiteral("good"), QStringLiteral("weekend"),
        QStringLiteral("project"), QStringLiteral("finished"), QStringLiteral("again") };
    quint64 x = n * 0x9e3779b97f4a7c15ULL + 1;
    const auto next = [&x] {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdULL;
        x ^= x >> 29;
        return x;
    };
    const int length = int(next() % 10 == 0 ? 40 + next() % 80 : 1 + next() % 15);
    QString text;
    for (int i = 0; i < length; ++i) {
        if (i)
            text += QLatin1Char(' ');
        text += words.at(int(next() % quint64(words.size())));
    }
    if (n % 50 == 0)
        text += QStringLiteral(" https://example.org/item/%1").arg(n);
    if (n % 70 == 0)
        text += QStringLiteral("\nand a second line");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCA::Initializer qca;
    QApplication app(argc, argv);
    securechat::applyApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SecureChat conversation view benchmark"));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        QStringLiteral("Write the figures to <file>."), QStringLiteral("file"));
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
        QStringLiteral("Messages in the conversation (default 100000)."), QStringLiteral("n"),
        QStringLiteral("100000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Folder for the temporary history database."), QStringLiteral("dir"));
    parser.addOptions({ jsonOption, messagesOption, dirOption });
    parser.process(app);
    const int total = parser.value(messagesOption).toInt();
    if (total < 1000)
        return fail(QStringLiteral("--messages must be at least 1000"));

    QTemporaryDir dir(parser.isSet(dirOption)
            ? QDir(parser.value(dirOption)).filePath(QStringLiteral("securechat-bench-XXXXXX"))
            : QDir::temp().filePath(QStringLiteral("securechat-bench-XXXXXX")));
    if (!dir.isValid())
        return fail(QStringLiteral("no temporary folder: %1").arg(dir.errorString()));
    HistoryStore::Error error;
    auto store = HistoryStore::open(dir.filePath(QStringLiteral("history.db")),
        QByteArray(storage::SqlCipherDatabase::kKeySize, '\x42'), &error);
    if (!store)
        return fail(error.message);

    const crypto::Identity me = crypto::RsaService::createIdentity(QStringLiteral("Alice"), 2048);
    if (me.isNull())
        return fail(QStringLiteral("identity creation failed (is qca-ossl installed?)"));
    const crypto::Fingerprint peer = crypto::Fingerprint::fromBytes(QByteArray(32, '\x07'));

    // The conversation: one message every three minutes, about a third of them ours, the last
    // 200 of ours sent but not delivered yet.
    QElapsedTimer timer;
    timer.start();
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-qint64(total) * 180);
    for (int first = 0; first < total; first += 1000) {
        QList<HistoryStore::Message> batch;
        for (int i = first; i < std::min(total, first + 1000); ++i) {
            HistoryStore::Message message;
            message.id = QStringLiteral("msg-%1").arg(i);
            message.body = body(quint64(i));
            const bool ours = i % 3 == 0;
            message.direction
                = ours ? HistoryStore::Direction::Outgoing : HistoryStore::Direction::Incoming;
            message.senderTime = start.addSecs(qint64(i) * 180);
            if (ours && i >= total - 600)
                message.delivery = HistoryStore::Delivery::Sent;
            batch.append(message);
        }
        for (const auto &result : store->appendAll(peer, batch)) {
            if (result.outcome != HistoryStore::Outcome::Stored)
                return fail(result.error.message);
        }
    }
    const double fillSeconds = ms(timer) / 1000;

    storage::ContactStore contacts(dir.path());
    storage::ContactStore::Contact contact;
    contact.fingerprint = peer;
    contact.name = QStringLiteral("Bob");
    QString contactError;
    if (!contacts.add(contact, &contactError))
        return fail(contactError);

    timer.restart();
    chat::ChatController controller(me, &contacts, store.get());
    const double controllerStartMs = ms(timer);
    const chat::ConversationId id = controller.conversationOf(peer);
    if (!id)
        return fail(QStringLiteral("the contact has no conversation"));

    gui::ConversationPage page(&controller);
    page.resize(900, 700);
    page.show();
    QCoreApplication::processEvents();
    auto *view = page.findChild<gui::MessageView *>(QStringLiteral("messageView"));
    if (!view)
        return fail(QStringLiteral("no message view on the conversation page"));
    const gui::MessageListModel *model = view->messageModel();
    QScrollBar *bar = view->verticalScrollBar();

    // 1. Opening: from choosing the conversation until it is drawn. The first time, then again.
    std::vector<double> openMs;
    for (int run = 0; run < 6; ++run) {
        page.setConversation(0);
        QCoreApplication::processEvents();
        timer.restart();
        page.setConversation(id);
        page.repaint();
        QCoreApplication::processEvents();
        openMs.push_back(ms(timer));
    }
    const double firstOpenMs = openMs.front();
    const double openMedianMs = median(std::vector<double>(openMs.begin() + 1, openMs.end()));

    // 2. Receipts for messages on screen, in the newest page and with the window of rows full.
    PaintCounter paints;
    view->viewport()->installEventFilter(&paints);
    const std::vector<double> receiptMs = visibleReceipts(controller, id, *view, paints, 100);
    // The same on a conversation as tall as the window of rows the view keeps at most.
    while (model->messageCount() < gui::MessageView::kMaxRows && model->hasOlder()) {
        bar->setValue(bar->minimum());
        QCoreApplication::processEvents();
    }
    view->scrollToBottom();
    QCoreApplication::processEvents();
    const int windowRows = model->messageCount();
    const std::vector<double> fullWindowMs = visibleReceipts(controller, id, *view, paints, 100);

    // 3. Scrolling from the newest message to the oldest, a page at a time, drawn each time.
    const qint64 rssBefore = procStatusKiB("VmRSS");
    const bool peakReset = resetPeakRss();
    qint64 sampledPeak = rssBefore;
    std::vector<double> pageMs;
    timer.restart();
    QElapsedTimer step;
    int guard = 0;
    while (model->hasOlder() && guard++ < total) {
        step.start();
        bar->setValue(bar->minimum());
        QCoreApplication::processEvents();
        page.repaint();
        pageMs.push_back(ms(step));
        sampledPeak = std::max(sampledPeak, procStatusKiB("VmRSS"));
    }
    const double scrollSeconds = ms(timer) / 1000;
    const bool reachedOldest = !model->hasOlder() && model->messageCount()
        && model->message(0).id == QStringLiteral("msg-0");
    const qint64 peak = peakReset ? std::max(procStatusKiB("VmHWM"), sampledPeak) : sampledPeak;
    const double growthMiB = double(peak - rssBefore) / 1024.0;

    // 4. Search while typing (the search panel's path): the GUI thread only hands the query to
    //    HistorySearch, whose thread answers through a connection of its own. For comparison,
    //    the same queries on the GUI thread's connection (what typing would wait for otherwise).
    const QStringList queries = { QStringLiteral("cof"), QStringLiteral("coffee"),
        QStringLiteral("coffee tra"), QStringLiteral("coffee train"), QStringLiteral("project fin"),
        QStringLiteral("hello weekend really"), QStringLiteral("late picture sounds good") };
    HistoryStore::Error readerError;
    auto reader = HistoryStore::openReader(
        store->database().path(), QByteArray(storage::SqlCipherDatabase::kKeySize, '\x42'),
        &readerError);
    if (!reader)
        return fail(readerError.message);
    chat::HistorySearch search(std::move(reader), {});
    std::vector<double> handOffMs;
    std::vector<double> answerMs;
    std::vector<double> inlineMs;
    for (int round = 0; round < 3; ++round) {
        for (const QString &query : queries) {
            QEventLoop loop;
            int number = 0;
            QObject::connect(&search, &chat::HistorySearch::finished, &loop,
                [&](int answered) {
                    if (answered == number)
                        loop.quit();
                });
            // GUI-thread CPU time: on a loaded machine the wall clock also counts the time the
            // woken search thread takes the core away.
            timer.restart();
            const double cpuBefore = threadCpuMs();
            number = search.search(query, {}, gui::SearchPanel::kMaxResults);
            handOffMs.push_back(threadCpuMs() - cpuBefore);
            loop.exec();
            answerMs.push_back(ms(timer));
            const double inlineBefore = threadCpuMs();
            store->search(query, {}, gui::SearchPanel::kMaxResults, nullptr,
                HistoryStore::SearchMode::LastWordPrefix);
            inlineMs.push_back(threadCpuMs() - inlineBefore);
        }
    }

    out(QStringLiteral("SecureChat conversation view benchmark — %1 messages, Qt %2, %3 threads, "
                       "offscreen")
            .arg(total)
            .arg(QString::fromLatin1(qVersion()))
            .arg(QThread::idealThreadCount()));
    out(QStringLiteral("(history written in %1 s; the controller read its newest page in %2 ms)")
            .arg(fillSeconds, 0, 'f', 1)
            .arg(controllerStartMs, 0, 'f', 1));
    out(QString());
    out(QStringLiteral("| measurement | value | target |"));
    out(QStringLiteral("|---|---:|---:|"));
    out(QStringLiteral("| open the conversation, first time (to drawn) | %1 ms | <= 150 ms |")
            .arg(firstOpenMs, 0, 'f', 1));
    out(QStringLiteral("| open the conversation again, median of 5 | %1 ms | <= 150 ms |")
            .arg(openMedianMs, 0, 'f', 1));
    out(QStringLiteral(
        "| one receipt, GUI-thread CPU time until drawn, median of %1 | %2 ms | <= 2 ms |")
            .arg(receiptMs.size())
            .arg(median(receiptMs), 0, 'f', 3));
    out(QStringLiteral("| one receipt, worst | %1 ms | - |").arg(maxOf(receiptMs), 0, 'f', 3));
    out(QStringLiteral("| one receipt with %1 rows in the view, median | %2 ms | <= 2 ms |")
            .arg(windowRows)
            .arg(median(fullWindowMs), 0, 'f', 3));
    out(QStringLiteral("| scroll newest to oldest: peak RSS growth%1 | %2 MiB | <= 50 MiB |")
            .arg(peakReset ? QString() : QStringLiteral(" (sampled)"))
            .arg(growthMiB, 0, 'f', 1));
    out(QStringLiteral("| scroll newest to oldest: %1 pages, total | %2 s | - |")
            .arg(pageMs.size())
            .arg(scrollSeconds, 0, 'f', 2));
    out(QStringLiteral("| one page older (read, lay out, draw), median / worst | %1 / %2 ms | - |")
            .arg(median(pageMs), 0, 'f', 1)
            .arg(maxOf(pageMs), 0, 'f', 1));
    out(QStringLiteral("| search while typing: GUI-thread CPU time per query, median / worst | %1 / %2 ms | - |")
            .arg(median(handOffMs), 0, 'f', 3)
            .arg(maxOf(handOffMs), 0, 'f', 3));
    out(QStringLiteral("| search while typing: answer (worker thread), median / worst | %1 / %2 ms | - |")
            .arg(median(answerMs), 0, 'f', 1)
            .arg(maxOf(answerMs), 0, 'f', 1));
    out(QStringLiteral("| the same queries run on the GUI thread, its CPU time, median / worst | %1 / %2 ms | - |")
            .arg(median(inlineMs), 0, 'f', 1)
            .arg(maxOf(inlineMs), 0, 'f', 1));
    out(QStringLiteral("| reached the oldest message | %1 | yes |")
            .arg(reachedOldest ? QStringLiteral("yes") : QStringLiteral("no")));

    QJsonObject json;
    json.insert(QStringLiteral("benchmark"), QStringLiteral("gui"));
    json.insert(QStringLiteral("arch"), QSysInfo::currentCpuArchitecture());
    json.insert(QStringLiteral("threads"), QThread::idealThreadCount());
    json.insert(QStringLiteral("qt"), QString::fromLatin1(qVersion()));
    json.insert(QStringLiteral("messages"), total);
    json.insert(QStringLiteral("controller_start_ms"), controllerStartMs);
    json.insert(QStringLiteral("open_first_ms"), firstOpenMs);
    json.insert(QStringLiteral("open_median_ms"), openMedianMs);
    json.insert(QStringLiteral("receipt_median_ms"), median(receiptMs));
    json.insert(QStringLiteral("receipt_max_ms"), maxOf(receiptMs));
    json.insert(QStringLiteral("receipt_full_window_median_ms"), median(fullWindowMs));
    json.insert(QStringLiteral("receipts"), qint64(receiptMs.size()));
    json.insert(QStringLiteral("scroll_rss_growth_mib"), growthMiB);
    json.insert(QStringLiteral("scroll_peak_measured"), peakReset);
    json.insert(QStringLiteral("scroll_pages"), qint64(pageMs.size()));
    json.insert(QStringLiteral("scroll_seconds"), scrollSeconds);
    json.insert(QStringLiteral("page_median_ms"), median(pageMs));
    json.insert(QStringLiteral("page_max_ms"), maxOf(pageMs));
    json.insert(QStringLiteral("search_handoff_median_ms"), median(handOffMs));
    json.insert(QStringLiteral("search_handoff_max_ms"), maxOf(handOffMs));
    json.insert(QStringLiteral("search_answer_median_ms"), median(answerMs));
    json.insert(QStringLiteral("search_answer_max_ms"), maxOf(answerMs));
    json.insert(QStringLiteral("search_inline_median_ms"), median(inlineMs));
    json.insert(QStringLiteral("search_inline_max_ms"), maxOf(inlineMs));
    json.insert(QStringLiteral("reached_oldest"), reachedOldest);
    const QByteArray line = QJsonDocument(json).toJson(QJsonDocument::Compact);
    out(QString::fromUtf8(line));
    if (parser.isSet(jsonOption)) {
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(line + '\n') < 0)
            return fail(QStringLiteral("cannot write %1").arg(parser.value(jsonOption)));
    }
    return reachedOldest ? 0 : 1;
}
