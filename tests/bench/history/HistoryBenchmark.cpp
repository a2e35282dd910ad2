// SPDX-License-Identifier: MIT
// SecureChat history benchmark: storing received texts in the real receive path (two
// ChatControllers on loopback, each text committed before its receipt), storing one transaction
// per message, full-text search over a large history, loading the newest page of a long
// conversation, bytes per message, and the peak RSS of a host with 100 contacts over that
// history. Prints a table; --json FILE writes the figures. Figures only, never pass/fail.
#include "../BenchSupport.h"
#include "chat/ChatController.h"
#include "common/AppIdentity.h"
#include "crypto/RsaService.h"
#include "storage/ContactStore.h"
#include "storage/HistoryStore.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QtCrypto>

using namespace securechat::bench;
using namespace securechat;
using securechat::bench::waitUntil;
using securechat::crypto::Fingerprint;
using securechat::storage::ContactStore;
using securechat::storage::HistoryStore;
using securechat::storage::SqlCipherDatabase;

namespace {

// SplitMix64: the same numbers on every platform and compiler, unlike <random>'s distributions.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double unit() { return double(next() >> 11) / double(1ULL << 53); }
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
};

// A made-up language with a Zipf-like word frequency: a few words are everywhere, most are rare,
// as in real chat. Words are built from syllables so the tokenizer sees ordinary text.
class TextGenerator
{
public:
    static constexpr int kVocabulary = 20000;

    explicit TextGenerator(quint64 seed)
        : m_random(seed)
    {
        static const char *const syllables[] = { "ka", "lo", "mi", "ne", "ru", "sa", "to", "vi",
            "ze", "po", "da", "fi", "gu", "ha", "je", "qu", "wo", "xe", "ya", "bri", "cho", "dro",
            "sta", "ple", "tri", "mon", "ber", "lin", "tas", "vor", "ish", "ent" };
        constexpr int count = int(sizeof syllables / sizeof *syllables);
        Random words(0x5eed);
        QSet<QString> seen;
        while (m_words.size() < kVocabulary) {
            QString word;
            const int length = 1 + words.below(4);
            for (int i = 0; i < length; ++i)
                word += QLatin1String(syllables[words.below(count)]);
            if (!seen.contains(word)) {
                seen.insert(word);
                m_words.append(word);
            }
        }
    }

    // Rank r is drawn with probability about proportional to 1/(r+1).
    const QString &word(Random &random) const
    {
        const int rank = int(std::exp(random.unit() * std::log(double(kVocabulary)))) - 1;
        return m_words.at(std::clamp(rank, 0, kVocabulary - 1));
    }

    QString message()
    {
        const int length = 2 + m_random.below(18);
        QString text;
        for (int i = 0; i < length; ++i) {
            QString next = word(m_random);
            if (i == 0)
                next[0] = next.at(0).toUpper();
            if (i)
                text += QLatin1Char(' ');
            text += next;
            if (m_random.below(12) == 0)
                text += QLatin1String(m_random.below(2) ? "," : "?");
        }
        return text + QLatin1Char('.');
    }

    Random &random() { return m_random; }

private:
    Random m_random;
    QStringList m_words;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index
        = std::min(values.size() - 1, size_t(std::ceil(p * double(values.size()))) - 1);
    return values[index];
}

Fingerprint contactNumber(int n)
{
    QByteArray bytes(Fingerprint::kSize, '\0');
    bytes[0] = char(n);
    bytes[1] = char(n >> 8);
    return Fingerprint::fromBytes(bytes);
}

HistoryStore::Message makeMessage(qint64 serial, const QString &body, const QDateTime &when)
{
    HistoryStore::Message message;
    message.id = QStringLiteral("%1-%2").arg(serial, 12, 16, QLatin1Char('0')).arg(serial % 7919);
    message.body = body;
    message.direction
        = serial % 2 ? HistoryStore::Direction::Outgoing : HistoryStore::Direction::Incoming;
    message.delivery = HistoryStore::Delivery::Delivered;
    message.senderTime = when;
    message.storedTime = when;
    return message;
}

bool fail(const char *what)
{
    std::fprintf(stderr, "history benchmark: %s\n", what);
    return false;
}

// A host keeping history and a client that keeps nothing, on loopback; the host accepts the
// client as a contact. Returns the messages per second the host stored: the time from the first
// send until the client holds the receipt of the last one (each receipt follows its commit).
std::optional<double> receivePathRate(HistoryStore &store, ContactStore &contacts,
    const crypto::Identity &hostIdentity, const crypto::Identity &clientIdentity,
    TextGenerator &text, int warmUp, int count)
{
    chat::ChatController host(hostIdentity, &contacts, &store);
    chat::ChatController client(clientIdentity, nullptr);
    QObject::connect(&host, &chat::ChatController::stateChanged,
        [&host](chat::ConversationId id, chat::ConversationState state) {
            if (state == chat::ConversationState::AwaitingApproval)
                host.acceptPeer(id);
        });
    if (!host.listen(QHostAddress::LocalHost, 0))
        return fail("cannot listen on loopback"), std::nullopt;
    const auto id = client.connectToPeer(QStringLiteral("127.0.0.1"), host.listeningPort());
    if (!waitUntil([&] { return client.state(id) == chat::ConversationState::Ready; }, 30000))
        return fail("the two controllers did not connect"), std::nullopt;
    qsizetype delivered = 0;
    QObject::connect(&client, &chat::ChatController::deliveryChanged,
        [&](chat::ConversationId, const QString &, chat::DeliveryState state) {
            if (state == chat::DeliveryState::Delivered)
                ++delivered;
        });
    QList<QString> bodies;
    for (int i = 0; i < warmUp + count; ++i)
        bodies.append(text.message());
    for (int i = 0; i < warmUp; ++i)
        client.sendText(id, bodies.at(i));
    if (!waitUntil([&] { return delivered >= warmUp; }, 120000))
        return fail("the warm-up texts were not all delivered"), std::nullopt;
    delivered = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = warmUp; i < warmUp + count; ++i)
        client.sendText(id, bodies.at(i));
    if (!waitUntil([&] { return delivered >= count; }, 600000))
        return fail("the texts were not all delivered"), std::nullopt;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    client.closeAll();
    waitUntil([&] { return client.state(id) == chat::ConversationState::Closed; }, 10000);
    return count / seconds;
}

constexpr char kBenchKeyByte = '\x42';

struct HostFigures {
    double startMs = 0;
    qint64 conversations = 0;
    qint64 peakRssKiB = 0;
};

// The child's side of measureHost(): a ChatController with the contacts and history in dir,
// listening, as the application starts. Prints "startMs conversations peakRssKiB".
int runHost(const QString &dir)
{
    HistoryStore::Error error;
    auto store = HistoryStore::open(QDir(dir).filePath(QStringLiteral("history.db")),
        QByteArray(SqlCipherDatabase::kKeySize, kBenchKeyByte), &error);
    if (!store) {
        std::fprintf(stderr, "history benchmark host: %s\n", qPrintable(error.message));
        return 1;
    }
    const crypto::Identity identity
        = crypto::RsaService::createIdentity(QStringLiteral("Bench host"), 2048);
    if (identity.isNull())
        return fail("identity creation failed (is qca-ossl installed?)"), 1;
    ContactStore contacts(dir);
    QElapsedTimer timer;
    timer.start();
    chat::ChatController host(identity, &contacts, store.get());
    const double startMs = double(timer.nsecsElapsed()) / 1e6;
    if (!host.listen(QHostAddress::LocalHost, 0))
        return fail("the host cannot listen"), 1;
    QCoreApplication::processEvents();
    std::printf("%.3f %lld %lld\n", startMs, qint64(host.conversations().size()),
        procStatusKiB("VmHWM"));
    return 0;
}

std::optional<HostFigures> measureHost(const QString &dir)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--host-of"), dir });
    if (!child.waitForFinished(120000) || child.exitStatus() != QProcess::NormalExit
        || child.exitCode() != 0)
        return fail("the host process failed"), std::nullopt;
    const QStringList fields
        = QString::fromLatin1(child.readAllStandardOutput()).simplified().split(QLatin1Char(' '));
    if (fields.size() != 3)
        return fail("the host process printed no figures"), std::nullopt;
    return HostFigures { fields.at(0).toDouble(), fields.at(1).toLongLong(),
        fields.at(2).toLongLong() };
}

bool require(bool ok, const HistoryStore::Error &error)
{
    if (!ok)
        std::fprintf(stderr, "history benchmark: %s\n", qPrintable(error.message));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCA::Initializer qcaInit;
    QCoreApplication app(argc, argv);
    securechat::applyApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SecureChat history benchmark"));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        QStringLiteral("Also write the figures as JSON to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
        QStringLiteral("100,000 messages instead of 1,000,000 (a smoke test)."));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral(
            "Folder for the temporary database (default: the system's temporary folder)."),
        QStringLiteral("DIR"));
    parser.addOption(jsonOption);
    parser.addOption(quickOption);
    const QCommandLineOption pragmaOption(QStringLiteral("pragma"),
        QStringLiteral("Run this statement after opening (for experiments; repeatable)."),
        QStringLiteral("SQL"));
    const QCommandLineOption receivedOption(QStringLiteral("received"),
        QStringLiteral("Texts sent through the receive path (default 50,000; 5,000 with --quick)."),
        QStringLiteral("N"));
    const QCommandLineOption hostOption(QStringLiteral("host-of"),
        QStringLiteral("Internal: start a host over the history and contacts in DIR, print its "
                       "start time and peak RSS, and exit."),
        QStringLiteral("DIR"));
    parser.addOption(dirOption);
    parser.addOption(pragmaOption);
    parser.addOption(receivedOption);
    parser.addOption(hostOption);
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    if (parser.isSet(hostOption))
        return runHost(parser.value(hostOption));

    const int total = quick ? 100'000 : 1'000'000;
    const int contacts = 100;
    const int received = parser.isSet(receivedOption)
        ? std::clamp(parser.value(receivedOption).toInt(), 1, 1'000'000)
        : (quick ? 5'000 : 50'000);
    const int singleTransactions = quick ? 2'000 : 10'000;
    const int bulkBatch = 20'000;
    const int searches = quick ? 100 : 400;
    const int pages = 200;
    const int pageSize = 200;

    QTemporaryDir dir(parser.isSet(dirOption)
            ? QDir(parser.value(dirOption)).filePath(QStringLiteral("securechat-bench-XXXXXX"))
            : QDir::temp().filePath(QStringLiteral("securechat-bench-XXXXXX")));
    if (!dir.isValid()) {
        std::fprintf(
            stderr, "history benchmark: no temporary folder: %s\n", qPrintable(dir.errorString()));
        return 1;
    }
    const QString path = dir.filePath(QStringLiteral("history.db"));
    HistoryStore::Error error;
    auto store = HistoryStore::open(
        path, QByteArray(SqlCipherDatabase::kKeySize, kBenchKeyByte), &error);
    if (!require(bool(store), error))
        return 1;

    for (const QString &sql : parser.values(pragmaOption)) {
        if (!require(store->database().exec(sql, &error), error))
            return 1;
    }

    QJsonObject json;
    json.insert(QStringLiteral("benchmark"), QStringLiteral("history"));
    json.insert(QStringLiteral("arch"), QSysInfo::currentCpuArchitecture());
    json.insert(QStringLiteral("threads"), QThread::idealThreadCount());
    json.insert(QStringLiteral("qt"), QString::fromLatin1(qVersion()));
    json.insert(QStringLiteral("sqlcipher"), store->database().cipherVersion());
    json.insert(QStringLiteral("messages"), total);
    out(QStringLiteral(
        "SecureChat history benchmark — %1 messages, SQLCipher %2, Qt %3, %4 threads")
            .arg(total)
            .arg(store->database().cipherVersion(), QString::fromLatin1(qVersion()))
            .arg(QThread::idealThreadCount()));
    out(QString());

    TextGenerator text(0xc0ffee);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL, QTimeZone::UTC);
    qint64 serial = 0;
    auto nextMessage = [&] {
        // Every tenth message belongs to contact 0, the long conversation; the rest are spread.
        const int who = serial % 10 == 0 ? 0 : 1 + int(serial % (contacts - 1));
        auto message = makeMessage(serial, text.message(), start.addSecs(serial * 7));
        ++serial;
        return std::pair { contactNumber(who), message };
    };

    // 1. The receive path: texts from a peer on loopback, committed before their receipts.
    const crypto::Identity hostIdentity
        = crypto::RsaService::createIdentity(QStringLiteral("Bench host"), 2048);
    const crypto::Identity clientIdentity
        = crypto::RsaService::createIdentity(QStringLiteral("Bench client"), 2048);
    if (hostIdentity.isNull() || clientIdentity.isNull())
        return fail("identity creation failed (is qca-ossl installed?)"), 1;
    ContactStore contactStore(dir.path());
    const auto receiveRate = receivePathRate(
        *store, contactStore, hostIdentity, clientIdentity, text, quick ? 500 : 2000, received);
    if (!receiveRate)
        return 1;
    QString contactError;
    if (!contactStore.remove(clientIdentity.fingerprint(), &contactError))
        return fail(qPrintable(contactError)), 1;

    // 2. One transaction per message (HistoryStore alone, no batching).
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < singleTransactions; ++i) {
        const auto [who, message] = nextMessage();
        const auto result = store->append(who, message);
        if (!require(result.outcome == HistoryStore::Outcome::Stored, result.error))
            return 1;
    }
    const double singleSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double perSecond = singleTransactions / singleSeconds;

    // 3. The rest in large transactions (a bulk load, not what the application does).
    timer.restart();
    while (serial < total) {
        SqlCipherDatabase::Transaction batch(store->database(), &error);
        if (!require(batch.isActive(), error))
            return 1;
        for (int i = 0; i < bulkBatch && serial < total; ++i) {
            const auto [who, message] = nextMessage();
            const auto result = store->append(who, message);
            if (!require(result.outcome == HistoryStore::Outcome::Stored, result.error))
                return 1;
        }
        if (!require(batch.commit(&error), error))
            return 1;
    }
    const double bulkSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!require(store->database().checkpointTruncate(&error), error))
        return 1;
    const HistoryStore::Sizes sizes = store->sizes();
    // Everything stored: the bulk, the single transactions and the receive path's texts.
    const qint64 storedMessages = store->messageCount();
    const double bytesPerMessage = double(sizes.databaseBytes + sizes.walBytes) / storedMessages;

    // 4. Search: one or two words, from common to rare, newest 50 hits (a results page).
    Random queries(0xfeed);
    std::vector<double> searchMs;
    qint64 hitsTotal = 0;
    for (int i = 0; i < searches; ++i) {
        QString query = text.word(queries);
        if (queries.below(2))
            query += QLatin1Char(' ') + text.word(queries);
        const Fingerprint scope
            = queries.below(4) == 0 ? contactNumber(queries.below(contacts)) : Fingerprint();
        timer.restart();
        const auto hits = store->search(query, scope, 50, &error);
        searchMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!require(error.kind == HistoryStore::ErrorKind::None, error))
            return 1;
        hitsTotal += hits.size();
    }

    // 5. Paging the long conversation: the newest page, then backwards.
    std::vector<double> pageMs;
    const Fingerprint longConversation = contactNumber(0);
    const qint64 conversationSize = store->messageCount(longConversation);
    timer.restart();
    QList<HistoryStore::Message> page = store->newest(longConversation, pageSize, &error);
    pageMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    for (int i = 1; i < pages && !page.isEmpty(); ++i) {
        timer.restart();
        page = store->before(longConversation, page.first().seq, pageSize, &error);
        pageMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double newestMs = pageMs.front();

    // 6. A host starting over it all with 100 contacts (it reads each one's newest page).
    for (int i = 0; i < contacts; ++i) {
        ContactStore::Contact contact;
        contact.fingerprint = contactNumber(i);
        contact.name = QStringLiteral("Contact %1").arg(i);
        if (!contactStore.add(contact, &contactError))
            return fail(qPrintable(contactError)), 1;
    }
    // In a process of its own, so that its peak RSS is the host's, not this benchmark's.
    if (!require(store->database().checkpointTruncate(&error), error))
        return 1;
    const std::optional<HostFigures> hostFigures = measureHost(dir.path());
    if (!hostFigures)
        return 1;
    const long rssKiB = peakRssKiB();

    out(QStringLiteral("| measurement | value | target |"));
    out(QStringLiteral("|---|---:|---:|"));
    out(QStringLiteral("| receive path, loopback, commit before receipt (%1 texts) | %2 msg/s | "
                       ">= 20000 |")
            .arg(received)
            .arg(*receiveRate, 0, 'f', 0));
    out(QStringLiteral(
        "| HistoryStore::append, one transaction each (%1 messages) | %2 msg/s | - |")
            .arg(singleTransactions)
            .arg(perSecond, 0, 'f', 0));
    out(QStringLiteral("| bulk load, %1 per transaction (%2 messages) | %3 msg/s | - |")
            .arg(bulkBatch)
            .arg(total - singleTransactions)
            .arg((total - singleTransactions) / bulkSeconds, 0, 'f', 0));
    out(QStringLiteral("| search over %1 messages, %2 queries, median | %3 ms | <= 50 |")
            .arg(total)
            .arg(searches)
            .arg(percentile(searchMs, 0.5), 0, 'f', 2));
    out(QStringLiteral("| search p99 / max | %1 / %2 ms | - |")
            .arg(percentile(searchMs, 0.99), 0, 'f', 2)
            .arg(percentile(searchMs, 1.0), 0, 'f', 2));
    out(QStringLiteral("| newest %1 of a %2-message conversation | %3 ms | <= 20 |")
            .arg(pageSize)
            .arg(conversationSize)
            .arg(newestMs, 0, 'f', 2));
    out(QStringLiteral("| paging backwards, %1 pages, median / max | %2 / %3 ms | - |")
            .arg(pageMs.size())
            .arg(percentile(pageMs, 0.5), 0, 'f', 2)
            .arg(percentile(pageMs, 1.0), 0, 'f', 2));
    out(QStringLiteral("| database bytes per message | %1 B (%2 MiB in all) | - |")
            .arg(bytesPerMessage, 0, 'f', 0)
            .arg(double(sizes.databaseBytes) / 1048576.0, 0, 'f', 1));
    out(QStringLiteral("| host start, %1 contacts, %2 messages | %3 ms | - |")
            .arg(hostFigures->conversations)
            .arg(storedMessages)
            .arg(hostFigures->startMs, 0, 'f', 0));
    out(QStringLiteral("| peak RSS of that host (a process of its own) | %1 MiB | <= 80 |")
            .arg(double(hostFigures->peakRssKiB) / 1024.0, 0, 'f', 1));
    out(QStringLiteral("| peak RSS of this benchmark process (loading included) | %1 MiB | - |")
            .arg(double(rssKiB) / 1024.0, 0, 'f', 1));
    out(QString());
    out(QStringLiteral("Average hits per search: %1 (at most 50 shown).")
            .arg(double(hitsTotal) / searches, 0, 'f', 1));

    json.insert(QStringLiteral("receive_path_msgs_per_s"), *receiveRate);
    json.insert(QStringLiteral("receive_path_texts"), received);
    json.insert(QStringLiteral("store_msgs_per_s"), perSecond);
    json.insert(QStringLiteral("host_start_ms"), hostFigures->startMs);
    json.insert(QStringLiteral("host_contacts"), hostFigures->conversations);
    json.insert(QStringLiteral("host_peak_rss_kib"), hostFigures->peakRssKiB);
    json.insert(QStringLiteral("bulk_msgs_per_s"), (total - singleTransactions) / bulkSeconds);
    json.insert(QStringLiteral("search_median_ms"), percentile(searchMs, 0.5));
    json.insert(QStringLiteral("search_p99_ms"), percentile(searchMs, 0.99));
    json.insert(QStringLiteral("search_queries"), searches);
    json.insert(QStringLiteral("page_newest_ms"), newestMs);
    json.insert(QStringLiteral("page_median_ms"), percentile(pageMs, 0.5));
    json.insert(QStringLiteral("page_size"), pageSize);
    json.insert(QStringLiteral("conversation_messages"), conversationSize);
    json.insert(QStringLiteral("bytes_per_message"), bytesPerMessage);
    json.insert(QStringLiteral("stored_messages"), storedMessages);
    json.insert(QStringLiteral("database_bytes"), sizes.databaseBytes);
    json.insert(QStringLiteral("benchmark_peak_rss_kib"), qint64(rssKiB));
    const QByteArray line = QJsonDocument(json).toJson(QJsonDocument::Compact);
    out(QString::fromUtf8(line));
    if (parser.isSet(jsonOption)) {
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(line + '\n') < 0) {
            std::fprintf(stderr, "history benchmark: %s could not be written\n",
                qPrintable(parser.value(jsonOption)));
            return 1;
        }
    }
    return 0;
}
