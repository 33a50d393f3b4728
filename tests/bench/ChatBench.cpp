// liaison-bench chat (issue #11): a real profile (SQLCipher, the signed op log) holding a channel
// of N messages (100,000, from 5 analysts, bodies of 40 to 300 characters) and 20 other channels,
// pulled from a real liaison-hub on 127.0.0.1 (the hub holds them too), then
//   (a) open: the channel's last page (the Chat page's, 100; the service's 50) on a freshly
//       opened profile (a new connection with an empty SQLite cache; the files are in the OS
//       cache), painted, --opens times;
//   (b) scroll to the top: from the last page, the message list's scroll bar dragged to its top
//       again and again, each time the page before loaded (the Chat page's pages; the
//       service's 200), until the first message is painted; every message checked, in order;
//   (f) RSS growth (VmRSS) of (a) and (b): the channel opened and scrolled through (the view
//       keeps a window of rows; the service every page);
//   (c) search: a word in 1 message of 100, across all channels (FTS4); the count checked;
//   (d) live: a sender and 19 receivers (profiles of their own, SyncEngine over WebSockets to
//       the hub; the receivers on two worker threads of this process, as in `sync`, or
//       --receiver-threads 1 or 0: one, or the main thread), M
//       messages --interval ms apart: commit -> ChatService::messageAdded on each receiver,
//       every receiver checked to get every message; beside it, in the same run, the same path
//       with 1 receiver;
//   (e) catch-up: the profile of (a) offline while 10,000 messages arrive in its channel, then
//       SyncEngine::start(): until up to date, all 10,000 checked.
// (a), (b) and (f) go through a ChannelReader: --reader view (the default) drives the Chat page
// itself (ChatPage: its MessageListModel, MessageDelegate and QListView, offscreen) and stops at
// the paint; --reader service stops at ChatService. (d) stops at the receivers' messageAdded. The
// set-up (profiles, the hub's store, the initial pull) is timed and printed, never part of a
// figure. Every wait has a deadline.
#include "BenchHub.h"
#include "BenchUtil.h"
#include "TestSupport.h"

#include "core/Parallel.h"
#include "domain/Schema.h"
#include "models/chat/MessageListModel.h"
#include "server/HubStore.h"
#include "services/ChatService.h"
#include "services/SearchIndex.h"
#include "storage/Database.h"
#include "storage/Profile.h"
#include "sync/OpLog.h"
#include "sync/SyncEngine.h"
#include "widgets/chat/ChatPage.h"
#include "widgets/chat/MessageDelegate.h"
#include "workspace/Workspace.h"

#include <fmt/core.h>
#include <sqlcipher/sqlite3.h> // never a plain SQLite header (cmake/SQLCipher.cmake)

#include <QDeadlineTimer>
#include <QHash>
#include <QListView>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <string_view>

namespace liaison::bench {

namespace {

using SteadyClock = std::chrono::steady_clock;

struct ChatOptions
{
    int messages = 100'000; // in the channel of (a), (b), (f) and (e)
    int channels = 20; // other channels
    int others = 500; // messages in each other channel
    int authors = 5;
    int receivers = 19; // (d)
    int live = 300; // (d), messages per series
    int intervalMs = 20; // (d), between two messages
    int catchup = 10'000; // (e)
    int opens = 5; // (a), cold opens per run
    int searches = 5; // (c), per run
    int liveTimeoutMs = 60'000; // (d), how long a series waits for its last message
    int receiverThreads = 2; // (d), worker threads for the receivers; 0: the main thread
    QString reader = QStringLiteral("view");
};

ChatOptions parseChat(const QStringList &args)
{
    ChatOptions o;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        const QString &key = args[i];
        const int n = args[i + 1].toInt();
        if (key == QLatin1String("--messages"))
            o.messages = std::max(500, n);
        else if (key == QLatin1String("--channels"))
            o.channels = std::clamp(n, 0, 200);
        else if (key == QLatin1String("--others"))
            o.others = std::max(0, n);
        else if (key == QLatin1String("--authors"))
            o.authors = std::clamp(n, 1, 50);
        else if (key == QLatin1String("--receivers"))
            o.receivers = std::clamp(n, 1, 64);
        else if (key == QLatin1String("--live"))
            o.live = std::max(10, n);
        else if (key == QLatin1String("--interval"))
            o.intervalMs = std::clamp(n, 1, 1000);
        else if (key == QLatin1String("--catchup"))
            o.catchup = std::max(100, n);
        else if (key == QLatin1String("--opens"))
            o.opens = std::clamp(n, 1, 50);
        else if (key == QLatin1String("--searches"))
            o.searches = std::clamp(n, 1, 50);
        else if (key == QLatin1String("--receiver-threads"))
            o.receiverThreads = std::clamp(n, 0, 2);
        else if (key == QLatin1String("--live-timeout"))
            o.liveTimeoutMs = std::clamp(n, 1000, 600'000);
        else if (key == QLatin1String("--reader"))
            o.reader = args[i + 1];
    }
    return o;
}

constexpr int kLastPage = 50; // what opening a channel shows
constexpr int kPage = 200; // what scrolling up loads at a time
constexpr int kBatch = 1000; // ops per commit and per hub batch in the set-up
const QString kCcirc = QStringLiteral("CCIRC");
const QString kUscert = QStringLiteral("USCERT");
// In 1 message of 100 (every channel), in no other word (the search matches prefixes).
const QString kSearchWord = QStringLiteral("kerberoasting");

const char *const kWords[]
    = {"the",        "host",     "beacon",    "phishing",    "domain",
       "blocked",    "we",       "see",       "traffic",     "from",
       "sample",     "hash",     "matches",   "yesterday",   "campaign",
       "firewall",   "logs",     "show",      "lateral",     "movement",
       "credential", "reset",    "escalate",  "patch",       "vendor",
       "advisory",   "exploit",  "confirmed", "shared",      "partner",
       "centre",     "ticket",   "endpoint",  "quarantined", "dns",
       "sinkhole",   "proxy",    "alert",     "triage",      "owner",
       "timeline",   "evidence", "report",    "morning",     "please",
       "check",      "thanks",   "looks",     "like",        "same",
       "actor",      "new",      "range",     "backup",      "restore",
       "vpn",        "mfa",      "token",     "session",     "and",
       "is",         "on",       "it",        "ransomware",  "infrastructure",
       "indicator",  "upload",   "can",       "you",         "to"};

// A chat message of 6 to 45 words (about 40 to 300 characters); number g (over every channel)
// carries the search word when g % 100 == 37.
QString messageBody(int g, QRandomGenerator &rng, const QString &mention = {})
{
    const int words = 6 + int(rng.bounded(40));
    QString out;
    if (!mention.isEmpty())
        out += QLatin1Char('@') + mention + QLatin1Char(' ');
    for (int i = 0; i < words; ++i) {
        if (i > 0)
            out += QLatin1Char(' ');
        if (i == 3 && g % 100 == 37)
            out += kSearchWord;
        else if (rng.bounded(15) == 0)
            out += QStringLiteral("203.0.113.%1").arg(rng.bounded(256));
        else
            out += QLatin1String(kWords[rng.bounded(quint32(std::size(kWords)))]);
    }
    const qsizetype first = mention.isEmpty() ? 0 : mention.size() + 2;
    out[first] = out[first].toUpper();
    return out + QLatin1Char('.');
}

bool carriesSearchWord(int g)
{
    return g % 100 == 37;
}

// The fields ChatService::send writes.
Change messageChange(const QString &id, const QString &channel, const QString &body, qint64 sentAt,
                     const QString &replyTo, const QString &mentions)
{
    return {QString::fromLatin1(entity::Message),
            id,
            {{QStringLiteral("channel_id"), channel},
             {QStringLiteral("body"), body},
             {QStringLiteral("sent_at"), sentAt},
             {QStringLiteral("deleted"), false},
             {QStringLiteral("reply_to"), replyTo},
             {QStringLiteral("mentions"), mentions},
             {QStringLiteral("edited_at"), FieldValue()},
             {QStringLiteral("sent_tz"), QStringLiteral("America/Toronto")}}};
}

// A message's place in the order every replica agrees on, as the op log's index keeps it.
struct Placed
{
    QString id;
    std::uint64_t hlc = 0;
    QString device;
};

bool placedBefore(const Placed &a, const Placed &b)
{
    return a.hlc != b.hlc ? a.hlc < b.hlc : a.device < b.device; // device ids are ASCII
}

// ---- (a), (b), (f): how the channel is read

// Opens a channel, shows its last page and scrolls to its first message. Each call returns
// when what it loaded is shown; the bench times the calls and checks loadedIds().
class ChannelReader
{
public:
    virtual ~ChannelReader() = default;
    // How the figures are named: "view" for a reader that returns at the paint (the table's
    // level column says so); otherwise a level short of the paint.
    virtual const char *label() const = 0;
    virtual void openLastPage(const QString &channelId, int count) = 0;
    // Loads earlier pages of pageSize, as scrolling up does, until the first message.
    virtual void scrollToTop(int pageSize) = 0;
    // Every message loaded, oldest first.
    virtual QStringList loadedIds() const = 0;
    virtual int pagesLoaded() const = 0;
    virtual int pageSize() const = 0; // of the pages loaded above
};

// The service alone: ChatService::messages(), the pages held as a model holds its rows.
class ServiceReader final : public ChannelReader
{
public:
    explicit ServiceReader(ChatService &chat)
        : m_chat(chat)
    { }
    const char *label() const override { return "service (stops before the view)"; }
    void openLastPage(const QString &channelId, int count) override
    {
        m_channel = channelId;
        m_pages.clear();
        m_pages.push_back(m_chat.messages(channelId, count));
    }
    void scrollToTop(int pageSize) override
    {
        while (!m_pages.back().isEmpty()) {
            QList<ChatMessage> page
                = m_chat.messages(m_channel, pageSize, m_pages.back().constFirst().id);
            const bool last = page.size() < pageSize;
            m_pages.push_back(std::move(page));
            if (last)
                break;
        }
    }
    QStringList loadedIds() const override
    {
        QStringList out;
        for (auto page = m_pages.crbegin(); page != m_pages.crend(); ++page) {
            for (const ChatMessage &m : *page) {
                if (!m.body.isEmpty()) // a message without its body was not loaded whole
                    out << m.id;
            }
        }
        return out;
    }
    int pagesLoaded() const override { return int(m_pages.size()); }
    int pageSize() const override { return kPage; }

private:
    ChatService &m_chat;
    QString m_channel;
    std::vector<QList<ChatMessage>> m_pages; // newest first
};

// The chat view itself: the Chat page (ChatPage: its MessageListModel, MessageDelegate and
// QListView), shown offscreen at 1200x800, driven as an analyst drives it. Opening selects the
// channel in the page and returns once its last page is painted at the bottom; scrolling
// drags the message list's scroll bar to its top, again and again: each time the page loads
// the page before (its own handler), puts back what was shown and paints; until the first
// message of the channel is painted at the top, laid out for real.
class ViewReader final : public QObject, public ChannelReader
{
public:
    ~ViewReader() override { m_view->viewport()->removeEventFilter(this); }
    explicit ViewReader(Workspace &ws)
        : m_page(ws)
    {
        m_page.resize(1200, 800);
        m_page.show();
        if (!QTest::qWaitForWindowExposed(&m_page))
            qWarning("chat bench: the chat page was not exposed");
        m_view = m_page.messageView();
        m_view->viewport()->installEventFilter(this);
        // Every page loaded above: its rows, oldest first (what the analyst scrolls through).
        connect(m_page.messageModel(), &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    if (first != 0 || !m_scrolling)
                        return;
                    ++m_pages;
                    QStringList page;
                    for (int r = first; r <= last; ++r)
                        page << idOf(r);
                    m_above.push_back(std::move(page));
                });
    }
    const char *label() const override { return "view (painted)"; }
    void openLastPage(const QString &channelId, int count) override
    {
        Q_UNUSED(count) // the page's own page size
        m_pages = 1;
        m_paints = 0;
        if (!m_page.openChannel(channelId))
            qWarning("chat bench: the chat page does not list the channel");
        MessageListModel &model = *m_page.messageModel();
        const int last = model.rowCount() - 1;
        // Painted at the bottom, with the real heights (the page scrolls there on its next pass).
        settle([&] {
            const QRect r = m_view->visualRect(model.index(last));
            return last >= 0 && r.bottom() <= m_view->viewport()->height()
                && r.bottom() >= m_view->viewport()->height() - 8;
        });
        m_seen.clear();
        for (int r = 0; r <= last; ++r)
            m_seen.push_back(idOf(r));
    }
    void scrollToTop(int pageSize) override
    {
        Q_UNUSED(pageSize) // the page's own page size
        MessageListModel &model = *m_page.messageModel();
        QScrollBar *bar = m_view->verticalScrollBar();
        m_above.clear();
        m_scrolling = true;
        // Bounded: a page at least each time the bar reaches the top.
        for (int guard = 0; guard < 1'000'000; ++guard) {
            const bool more = model.canLoadOlder();
            bar->setValue(bar->minimum()); // the page loads the page before (ChatPage)
            if (!more)
                break;
            settle([&] { return bar->value() > bar->minimum() || !model.canLoadOlder(); });
        }
        // The first message at the top, painted.
        settle([&] {
            return bar->value() == bar->minimum() && m_view->indexAt(QPoint(2, 2)).row() == 0;
        });
        m_scrolling = false;
        QStringList all;
        for (auto page = m_above.crbegin(); page != m_above.crend(); ++page)
            all += *page;
        all += m_seen;
        m_seen = all;
        m_firstPainted = m_paintedTop;
    }
    // Every message the view loaded on its way, oldest first (a row without its body was
    // not loaded whole); empty when the first was not painted at the top.
    QStringList loadedIds() const override
    {
        return m_firstPainted.isEmpty() || m_seen.value(0) == m_firstPainted ? m_seen
                                                                             : QStringList();
    }
    int pagesLoaded() const override { return m_pages; }
    int pageSize() const override { return m_page.messageModel()->pageSize(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view->viewport() && event->type() == QEvent::Paint) {
            ++m_paints;
            m_paintedTop = idOf(m_view->indexAt(QPoint(2, 2)).row());
        }
        return false;
    }

private:
    // Events until a paint after which `done` holds and no relayout is pending (bounded).
    template<typename F>
    void settle(F done)
    {
        QDeadlineTimer deadline(10'000);
        int paintsBefore = m_paints;
        while (!deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            if (m_paints > paintsBefore && done() && !m_page.delegate()->layoutPending())
                return;
            if (m_paints == paintsBefore)
                m_view->viewport()->update();
        }
        qWarning("chat bench: the message list did not settle");
    }
    QString idOf(int row) const
    {
        const QModelIndex i = m_page.messageModel()->index(row);
        return i.data(MessageListModel::BodyRole).toString().isEmpty()
            ? QString()
            : i.data(MessageListModel::IdRole).toString();
    }

    ChatPage m_page;
    QListView *m_view = nullptr;
    int m_pages = 0;
    int m_paints = 0;
    bool m_scrolling = false;
    QString m_paintedTop; // the message at the top of the last paint
    QString m_firstPainted;
    std::vector<QStringList> m_above;
    QStringList m_seen;
};

std::unique_ptr<ChannelReader> viewReader(Workspace &ws)
{
    return std::make_unique<ViewReader>(ws);
}

std::unique_ptr<ChannelReader> makeReader(const QString &kind, Workspace &ws)
{
    if (kind == QLatin1String("view"))
        return viewReader(ws);
    if (kind == QLatin1String("service"))
        return std::make_unique<ServiceReader>(ws.chat());
    return nullptr;
}

// ---- the world: the hub's store, the authors, the reader, the live devices

struct Author
{
    std::unique_ptr<test::TestReplica> replica;
    HubDevice device;
    OpLog &log() { return *replica->log; }
};

// Accepts an author's ops into the hub's store as a push does (signatures checked on every
// core, then HubRules::acceptBatch in one transaction) and acknowledges them in the author's
// profile. Returns the last hub_seq; throws on a refusal (the workload is valid: it is a bug).
qint64 acceptAtHub(HubStore &store, Author &author, const std::vector<Op> &ops)
{
    std::vector<HubRules::Candidate> candidates(ops.size());
    parallelFor(ops.size(), [&](std::size_t i) {
        candidates[i].op = &ops[i];
        candidates[i].canonical = ops[i].canonical();
        candidates[i].signatureOk
            = ops[i].verifyCanonical(author.device.publicKey, candidates[i].canonical);
    });
    const auto outcomes = store.rules().acceptBatch(candidates, author.device);
    std::vector<std::pair<QString, qint64>> acked;
    qint64 last = 0;
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        if (!outcomes[i].isAccepted())
            throw HubError(HubError::Kind::OpRejected, outcomes[i].code.toStdString());
        acked.emplace_back(ops[i].id(), outcomes[i].accepted.hubSeq);
        last = std::max(last, outcomes[i].accepted.hubSeq);
    }
    author.log().acknowledge(acked, {});
    return last;
}

// A receiving device of (d) on a worker thread: its op log, chat service and sync engine are
// used on that thread only; what it notes is read by the main thread under the mutex.
class LiveReceiver : public QObject
{
public:
    LiveReceiver(std::unique_ptr<test::TestReplica> replica, std::atomic<int> &added)
        : m_replica(std::move(replica))
        , m_added(added)
    { }
    void start(const QUrl &url, const QString &channel) // on the worker thread
    {
        m_chat = std::make_unique<ChatService>(*m_replica->log);
        connect(m_chat.get(), &ChatService::messageAdded, this,
                [this, channel](const QString &ch, const QString &id) {
                    const auto now = SteadyClock::now();
                    if (ch != channel)
                        return;
                    {
                        std::lock_guard<std::mutex> lock(m_mutex);
                        m_seen.emplace_back(id, now);
                    }
                    ++m_seenCount;
                    ++m_added;
                });
        connect(m_chat.get(), &ChatService::channelChanged, this,
                [this, channel](const QString &ch) {
                    if (ch == channel)
                        m_hasChannel = true;
                });
        m_engine = std::make_unique<SyncEngine>(*m_replica->log);
        connect(m_engine.get(), &SyncEngine::stateChanged, this,
                [this](SyncEngine::State s) { m_upToDate = s == SyncEngine::State::UpToDate; });
        m_engine->setHub(url);
        m_engine->start();
    }
    void stop() // on the worker thread
    {
        m_engine.reset();
        if (const auto check = m_replica->log->database().scalarText("PRAGMA quick_check");
            check.value_or(QString()) != QLatin1String("ok"))
            fmt::print(stderr, "chat bench: a receiver's profile failed its check: {}\n",
                       check.value_or(QStringLiteral("(no answer)")).toStdString());
        m_chat.reset();
        m_replica.reset();
    }
    // Up to date, with the channel and at least `messages` of its messages.
    bool ready(int messages) const { return m_upToDate && m_hasChannel && m_seenCount >= messages; }
    std::vector<std::pair<QString, SteadyClock::time_point>> seen() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_seen;
    }
    OpLog &log() { return *m_replica->log; }
    // Where the messages it never announced are (on the worker thread): in its profile or
    // not, and the engine's state and hub cursor. For the report of a lost live message.
    std::string diagnose(const QStringList &missing) // on the worker thread
    {
        std::string out = fmt::format("engine state {}, cursor {};", int(m_engine->state()),
                                      m_engine->cursor());
        for (const QString &id : missing) {
            auto st
                = m_replica->log->database().prepare("SELECT count(*) FROM messages WHERE id = ?1");
            st.bind(1, id);
            const bool stored = st.step() && st.int64(0) > 0;
            out += fmt::format(" {} {}", id.toStdString(), stored ? "stored" : "not stored");
        }
        return out;
    }

private:
    std::unique_ptr<test::TestReplica> m_replica;
    std::unique_ptr<ChatService> m_chat;
    std::unique_ptr<SyncEngine> m_engine;
    std::atomic<int> &m_added;
    std::atomic<bool> m_upToDate {false};
    std::atomic<bool> m_hasChannel {false};
    std::atomic<int> m_seenCount {0};
    mutable std::mutex m_mutex;
    std::vector<std::pair<QString, SteadyClock::time_point>> m_seen;
};

struct LiveSeries
{
    std::vector<double> latenciesMs; // commit -> messageAdded, every (message, receiver)
    int received = 0; // distinct (message, receiver) pairs
    int expected = 0;
};

// (d) One series: `count` messages `intervalMs` apart from the sender; returns when every
// receiver in `to` has every one (or at the deadline).
// A call on a receiver's thread: queued and waited for on a worker, direct on this one.
template<typename F>
void onReceiverThread(LiveReceiver *r, F f)
{
    QMetaObject::invokeMethod(r, f,
                              r->thread() == QThread::currentThread()
                                  ? Qt::DirectConnection
                                  : Qt::BlockingQueuedConnection);
}

LiveSeries liveSeries(ChatService &sender, const QString &channel,
                      const std::vector<LiveReceiver *> &to, std::atomic<int> &added, int count,
                      int intervalMs, int series, int timeoutMs)
{
    LiveSeries out;
    out.expected = count * int(to.size());
    QHash<QString, SteadyClock::time_point> committed;
    QRandomGenerator rng(quint32(1000 + series));
    const int addedBefore = added.load();
    int made = 0;
    // (message, receiver) pairs of this series received; counted only once the cheap count says
    // they may all be there (nothing else arrives in the channel meanwhile, but a check that
    // trusted the count would pass on what it did not see).
    auto receivedPairs = [&] {
        int n = 0;
        for (LiveReceiver *r : to) {
            QSet<QString> got;
            for (const auto &[id, at] : r->seen()) {
                if (committed.contains(id))
                    got.insert(id);
            }
            n += int(got.size());
        }
        return n;
    };
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (made >= count) {
            timer.stop();
            return;
        }
        const QString body = messageBody(made + 1, rng); // no search word (g % 100 != 37)
        const auto before = SteadyClock::now();
        committed.insert(sender.send(channel, body), before);
        ++made;
    });
    timer.start(intervalMs);
    const bool all = waitFor(
        [&] {
            return made >= count && added.load() - addedBefore >= out.expected
                && receivedPairs() >= out.expected;
        },
        timeoutMs + count * intervalMs);
    timer.stop();
    if (!all) { // which receiver misses which message, and whether it has it at all
        for (std::size_t i = 0; i < to.size(); ++i) {
            QSet<QString> got;
            for (const auto &[id, at] : to[i]->seen())
                got.insert(id);
            QStringList missing;
            for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
                if (!got.contains(it.key()))
                    missing << it.key();
            }
            if (missing.isEmpty())
                continue;
            std::string where;
            onReceiverThread(to[i], [&] { where = to[i]->diagnose(missing); });
            fmt::print(stderr, "chat bench: series {}: receiver {} never announced {} of {}: {}\n",
                       series, i, missing.size(), committed.size(), where);
        }
    }
    for (LiveReceiver *r : to) {
        QSet<QString> got;
        for (const auto &[id, at] : r->seen()) {
            const auto it = committed.constFind(id);
            if (it == committed.constEnd() || got.contains(id))
                continue;
            got.insert(id);
            out.latenciesMs.push_back(std::chrono::duration<double, std::milli>(at - *it).count());
        }
        out.received += int(got.size());
    }
    if (made < count)
        out.expected = -1; // the sender did not send them all: never equal to received
    return out;
}

} // namespace

int runChat(const QStringList &args, Report &report)
{
    const ChatOptions opt = parseChat(args);
    {
        // Fails before a minute of set-up when the reader does not exist (yet).
        QTemporaryDir probeDir;
        auto probe = std::make_unique<Workspace>(
            Profile::create(probeDir.path(), test::passphrase("probe"), KdfParams::fastForTests()));
        if (!makeReader(opt.reader, *probe)) {
            fmt::print(stderr, "chat bench: no '{}' reader{}\n", opt.reader.toStdString(),
                       opt.reader == QLatin1String("view") ? ": no view reader"
                                                           : " (service or view)");
            return 2;
        }
    }
    // The set-up's messages are sent over the last weeks; the live ones now.
    const qint64 realNow = QDateTime::currentMSecsSinceEpoch();
    ManualClock clock(realNow - 40LL * 24 * 3600 * 1000);
    QTemporaryDir dir;
    const QString hubDir = dir.filePath(QStringLiteral("hub"));
    const SecureBuffer pass = test::passphrase("correct horse battery staple"); // TestReplica's
    QRandomGenerator rng(11);

    fmt::print("setting up: {} messages in one channel, {} other channels x {}, {} authors; {} "
               "live receivers; {} to catch up...\n",
               opt.messages, opt.channels, opt.others, opt.authors, opt.receivers, opt.catchup);
    Stopwatch setupWatch;
    std::vector<Author> authors;
    std::unique_ptr<test::TestReplica> reader;
    std::unique_ptr<test::TestReplica> liveSender;
    std::vector<std::unique_ptr<test::TestReplica>> liveDevices;
    std::vector<Placed> bigChannel; // the channel's messages, in the order they were made
    QString bigId;
    int totalMessages = 0;
    int searchExpected = 0;
    qint64 lastSeq = 0;
    double hubMs = 0;
    double commitMs = 0; // of hubMs: the authors' commits
    double acceptMs = 0; // of hubMs: the hub's store accepting them
    {
        auto store = HubStore::init(hubDir);
        store->directory().addCentre(kCcirc, QStringLiteral("Canadian Centre"));
        store->directory().addCentre(kUscert, QStringLiteral("US-CERT"));
        const char *const names[]
            = {"Chantal Roy", "Marc Tremblay", "Priya Nair",  "Samuel Okafor",  "Hélène Côté",
               "David Chen",  "Amélie Gagnon", "Omar Haddad", "Julie Bouchard", "Kevin Murphy"};
        for (int a = 0; a < opt.authors; ++a) {
            const QString name = QString::fromUtf8(names[a % std::size(names)])
                + (a >= int(std::size(names)) ? QStringLiteral(" %1").arg(a) : QString());
            Author author;
            author.replica = enrol(*store, kCcirc, name, clock);
            author.device = *store->directory().device(author.log().identity().deviceId);
            authors.push_back(std::move(author));
        }
        reader = enrol(*store, kCcirc, QStringLiteral("Nadia Reader"), clock);
        // (d)'s devices stamp with the wall clock: they write now.
        const Clock &wall = SystemClock::instance();
        liveSender = enrol(*store, kUscert, QStringLiteral("Live sender"), wall);
        for (int i = 0; i < opt.receivers; ++i)
            liveDevices.push_back(
                enrol(*store, kUscert, QStringLiteral("Live receiver %1").arg(i), wall));
        // The authors know each other's devices (their channels are applied to each other).
        for (auto &a : authors) {
            for (auto &b : authors) {
                const auto &id = b.log().identity();
                if (&a != &b)
                    a.log().registerDevice(id.deviceId, id.key->publicKey(), id.analystId, kCcirc);
            }
        }
        // The channels, made through the service (centre-wide, TLP:AMBER) by the authors in
        // turn; then at the hub and on every author.
        std::vector<QString> others;
        {
            ChatService first(authors[0].log());
            bigId = first.createGroup(QStringLiteral("Incident response"), QStringLiteral("centre"),
                                      QStringLiteral("amber"), {},
                                      QStringLiteral("Ransomware at the energy sector"));
        }
        for (int c = 0; c < opt.channels; ++c) {
            ChatService chat(authors[std::size_t(c) % authors.size()].log());
            others.push_back(chat.createGroup(QStringLiteral("Channel %1").arg(c + 1),
                                              QStringLiteral("centre"), QStringLiteral("amber")));
        }
        std::vector<Op> channelOps;
        for (auto &a : authors) {
            const auto ops = a.log().pendingOutbox(100'000);
            lastSeq = std::max(lastSeq, acceptAtHub(*store, a, ops));
            channelOps.insert(channelOps.end(), ops.begin(), ops.end());
        }
        for (auto &a : authors) {
            std::vector<Op> foreign;
            for (const Op &op : channelOps) {
                if (op.device != a.log().identity().deviceId)
                    foreign.push_back(op);
            }
            if (!foreign.empty() && a.log().applyRemote(foreign).applied != int(foreign.size()))
                throw std::runtime_error("chat bench: an author refused another's channel");
        }
        // The messages: rounds in which every author writes its share (the same wall clock
        // for the round, so that their messages interleave in the channel's order), one
        // commit and one hub batch per author and round. Sent 15 s apart on average.
        std::vector<QString> analysts;
        for (auto &a : authors)
            analysts.push_back(a.log().identity().analystId);
        const qint64 start = clock.nowMs();
        auto writeRound = [&](const QString &channel, int count, bool big) {
            const int perAuthor = (count + int(authors.size()) - 1) / int(authors.size());
            for (std::size_t a = 0; a < authors.size() && count > 0; ++a) {
                std::vector<Change> changes;
                for (int k = 0; k < perAuthor && count > 0; ++k, --count) {
                    const int g = totalMessages++;
                    searchExpected += carriesSearchWord(g);
                    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    // 1 in 20 mentions another author; 1 in 30 answers a recent message.
                    const QString mention
                        = g % 20 == 5 ? analysts[(a + 1) % analysts.size()] : QString();
                    QString replyTo;
                    if (big && g % 30 == 7 && bigChannel.size() > 20)
                        replyTo = bigChannel[bigChannel.size() - 1 - rng.bounded(20)].id;
                    changes.push_back(messageChange(id, channel, messageBody(g, rng, mention),
                                                    start + qint64(g) * 15'000, replyTo, mention));
                }
                Stopwatch commitWatch;
                const auto ops = authors[a].log().commit(changes);
                commitMs += commitWatch.elapsedMs();
                Stopwatch acceptWatch;
                lastSeq = std::max(lastSeq, acceptAtHub(*store, authors[a], ops));
                acceptMs += acceptWatch.elapsedMs();
                if (big) {
                    for (const Op &op : ops)
                        bigChannel.push_back({op.entityId, op.hlc, op.device});
                }
            }
            clock.advance(1000);
        };
        for (int c = 0; c < opt.channels; ++c) {
            for (int done = 0; done < opt.others; done += kBatch)
                writeRound(others[std::size_t(c)], std::min(kBatch, opt.others - done), false);
        }
        const int round = kBatch * int(authors.size());
        for (int done = 0; done < opt.messages; done += round)
            writeRound(bigId, std::min(round, opt.messages - done), true);
        // Author 0 has been syncing all along: its cursor is at the hub's head ((e) pushes
        // from it without pulling the set-up again).
        authors[0].log().setHubCursor(lastSeq);
        hubMs = setupWatch.elapsedMs();
    }
    clock.set(realNow); // from here on, messages are sent now
    if (int(bigChannel.size()) != opt.messages) {
        fmt::print(stderr, "chat bench: the set-up made {} of {} messages\n", bigChannel.size(),
                   opt.messages);
        return 1;
    }
    std::vector<Placed> order = bigChannel;
    std::sort(order.begin(), order.end(), placedBefore);
    QStringList expectedOrder;
    for (const Placed &p : order)
        expectedOrder << p.id;

    HubProcess hub;
    if (!hub.start(hubDir)) {
        fmt::print(stderr, "chat bench: the hub did not start\n");
        return 1;
    }
    // The reader's profile: a real initial sync from the hub (every channel of its centre),
    // then indexed for search as the app's idle re-index does.
    double pullMs = 0;
    double indexMs = 0;
    {
        SyncEngine engine(*reader->log);
        engine.setHub(hub.url());
        Stopwatch watch;
        engine.start();
        const bool ok = waitFor(
            [&] {
                return engine.state() == SyncEngine::State::UpToDate && engine.cursor() >= lastSeq;
            },
            600'000);
        pullMs = watch.elapsedMs();
        const qint64 have = reader->log->database().scalarInt("SELECT count(*) FROM messages");
        if (!ok || have != totalMessages) {
            fmt::print(stderr, "chat bench: the reader pulled {} of {} messages\n", have,
                       totalMessages);
            return 1;
        }
        engine.stop();
        Stopwatch index;
        SearchIndex(reader->log->database()).refresh();
        indexMs = index.elapsedMs();
    }
    const QString readerDir = reader->dir.path();
    reader->log.reset();
    reader->profile.reset(); // closed: every open below is cold
    fmt::print("set-up: {:.1f} s (profiles and the hub's store {:.1f} s: the authors' commits "
               "{:.1f} s, the hub accepting them {:.1f} s; the reader's initial pull of {} ops "
               "{:.1f} s, its search index {:.1f} s); not part of the figures\n",
               setupWatch.elapsedMs() / 1000, hubMs / 1000, commitMs / 1000, acceptMs / 1000,
               lastSeq, pullMs / 1000, indexMs / 1000);

    // (a) Open the channel, cold: a freshly opened profile each time. The last open goes on
    // with (b) and (f).
    std::vector<double> openMs;
    std::vector<double> profileMs;
    double warmMs = 0;
    double scrollMs = 0;
    int pages = 0;
    double rssBefore = 0;
    double rssOpened = 0;
    double rssScrolled = 0;
    double rssReleased = 0; // after the pages were let go
    double pageCacheMib = 0; // SQLite's page cache after (b)
    std::vector<double> searchMs;
    double searchPageMs = 0;
    int searchHits = 0;
    const char *label = "";
    int shownOnOpen = 0;
    int pageSize = kPage;
    for (int k = 0; k < opt.opens; ++k) {
        const bool last = k + 1 == opt.opens;
        trimHeap();
        Stopwatch profileWatch;
        auto ws = std::make_unique<Workspace>(Profile::open(readerDir, pass), clock);
        profileMs.push_back(profileWatch.elapsedMs());
        auto channelReader = makeReader(opt.reader, *ws);
        label = channelReader->label();
        trimHeap();
        rssBefore = rssMib();
        Stopwatch openWatch;
        channelReader->openLastPage(bigId, kLastPage);
        openMs.push_back(openWatch.elapsedMs());
        // The service reads kLastPage; the view its own page.
        const QStringList shown = channelReader->loadedIds();
        shownOnOpen = int(shown.size());
        if (shown.size() < kLastPage
            || shown != expectedOrder.mid(expectedOrder.size() - shown.size())) {
            fmt::print(stderr,
                       "chat bench: opening the channel did not show its last {} "
                       "messages\n",
                       std::max<int>(kLastPage, int(shown.size())));
            return 1;
        }
        if (!last)
            continue;
        rssOpened = rssMib();
        {
            Stopwatch warm;
            ws->chat().messages(bigId, kLastPage);
            warmMs = warm.elapsedMs();
        }
        // (b) Scroll to the top, lazily.
        Stopwatch scrollWatch;
        channelReader->scrollToTop(kPage);
        scrollMs = scrollWatch.elapsedMs();
        rssScrolled = rssMib();
        {
            int used = 0;
            int highwater = 0;
            sqlite3_db_status(ws->profile().db().handle(), SQLITE_DBSTATUS_CACHE_USED, &used,
                              &highwater, 0);
            pageCacheMib = used / 1024.0 / 1024.0;
        }
        pages = channelReader->pagesLoaded();
        pageSize = channelReader->pageSize();
        const QStringList loaded = channelReader->loadedIds();
        if (loaded != expectedOrder) {
            int firstWrong = 0;
            while (firstWrong < std::min(loaded.size(), expectedOrder.size())
                   && loaded[firstWrong] == expectedOrder[firstWrong])
                ++firstWrong;
            fmt::print(stderr,
                       "chat bench: scrolling loaded {} of {} messages (first out of order at "
                       "{}; first loaded {}, the oldest is {})\n",
                       loaded.size(), expectedOrder.size(), firstWrong,
                       loaded.value(0).toStdString(), expectedOrder.value(0).toStdString());
            return 1;
        }
        channelReader.reset(); // the view closed
        trimHeap();
        rssReleased = rssMib();

        // (c) Search across every channel; every match asked for, the count checked; then
        // the first page of results (200) as the search panel asks for it.
        for (int s = 0; s < opt.searches; ++s) {
            ChatSearch query;
            query.text = kSearchWord;
            query.limit = totalMessages;
            Stopwatch searchWatch;
            const QList<ChatMessage> hits = ws->chat().search(query);
            searchMs.push_back(searchWatch.elapsedMs());
            searchHits = int(hits.size());
            if (searchHits != searchExpected
                || std::any_of(hits.cbegin(), hits.cend(), [](const ChatMessage &m) {
                       return !m.body.contains(kSearchWord);
                   })) {
                fmt::print(stderr, "chat bench: the search found {} of {} messages\n", searchHits,
                           searchExpected);
                return 1;
            }
        }
        {
            ChatSearch query;
            query.text = kSearchWord;
            Stopwatch searchWatch;
            const int n = int(ws->chat().search(query).size());
            searchPageMs = searchWatch.elapsedMs();
            if (n != std::min(searchExpected, query.limit)) {
                fmt::print(stderr, "chat bench: the first page of results has {} messages\n", n);
                return 1;
            }
        }
    }

    // (d) Live: the sender's channel in its centre; first 1 receiver (the baseline), then all.
    LiveSeries baseline;
    LiveSeries live;
    {
        ChatService senderChat(*liveSender->log);
        SyncEngine senderEngine(*liveSender->log);
        senderEngine.setHub(hub.url());
        senderEngine.start();
        const QString liveChannel = senderChat.createGroup(
            QStringLiteral("Live"), QStringLiteral("centre"), QStringLiteral("amber"));
        if (!waitFor(
                [&] {
                    return senderEngine.state() == SyncEngine::State::UpToDate
                        && liveSender->log->outboxSize() == 0;
                },
                60'000)) {
            fmt::print(stderr, "chat bench: the live sender did not come up\n");
            return 1;
        }
        std::atomic<int> added {0};
        std::vector<std::unique_ptr<LiveReceiver>> receivers;
        QThread workers[2];
        for (std::size_t i = 0; i < liveDevices.size(); ++i) {
            auto r = std::make_unique<LiveReceiver>(std::move(liveDevices[i]), added);
            if (opt.receiverThreads > 0) {
                QThread &thread = workers[i % std::size_t(opt.receiverThreads)];
                r->log().moveToThread(&thread);
                r->moveToThread(&thread);
            }
            receivers.push_back(std::move(r));
        }
        for (auto &w : workers)
            w.start();
        const QUrl url = hub.url();
        // Started, then waited for until each is up to date with the channel and the
        // messages already in it (so that no initial pull runs during a series).
        // 4 at a time: the hub answers `busy` beyond 8 pending handshakes from one address.
        auto startReceivers = [&](std::size_t from, std::size_t to, int inChannel) {
            for (std::size_t group = from; group < to; group += 4) {
                const std::size_t end = std::min(to, group + 4);
                for (std::size_t i = group; i < end; ++i)
                    onReceiverThread(
                        receivers[i].get(),
                        [r = receivers[i].get(), url, liveChannel] { r->start(url, liveChannel); });
                const bool up = waitFor(
                    [&] {
                        for (std::size_t i = group; i < end; ++i) {
                            if (!receivers[i]->ready(inChannel))
                                return false;
                        }
                        return true;
                    },
                    120'000);
                if (!up)
                    return false;
            }
            return true;
        };
        bool ok = startReceivers(0, 1, 0);
        if (ok)
            baseline = liveSeries(senderChat, liveChannel, {receivers[0].get()}, added, opt.live,
                                  opt.intervalMs, 1, opt.liveTimeoutMs);
        ok = ok && startReceivers(1, receivers.size(), opt.live);
        if (ok) {
            std::vector<LiveReceiver *> all;
            for (auto &r : receivers)
                all.push_back(r.get());
            live = liveSeries(senderChat, liveChannel, all, added, opt.live, opt.intervalMs, 2,
                              opt.liveTimeoutMs);
        }
        senderEngine.stop();
        for (auto &r : receivers)
            onReceiverThread(r.get(), [r = r.get()] { r->stop(); });
        for (auto &w : workers) {
            w.quit();
            w.wait();
        }
        if (!ok) {
            fmt::print(stderr, "chat bench: the live receivers did not come up\n");
            return 1;
        }
        if (baseline.received != baseline.expected || live.received != live.expected) {
            fmt::print(stderr,
                       "chat bench: live messages arrived {} of {} times (1 receiver), {} of {} "
                       "({} receivers)\n",
                       baseline.received, baseline.expected, live.received, live.expected,
                       receivers.size());
            return 1;
        }
    }

    // (e) Catch-up: while the reader is offline, an author writes opt.catchup messages in its
    // channel (in commits of 1,000, as they arrive over time) and its device pushes them.
    QSet<QString> caughtUp;
    {
        Author &author = authors[0];
        std::vector<Change> changes;
        for (int i = 0; i < opt.catchup; ++i) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            caughtUp.insert(id);
            changes.push_back(
                messageChange(id, bigId, messageBody(i + 1, rng), clock.nowMs(), {}, {}));
            if (int(changes.size()) == kBatch || i + 1 == opt.catchup) {
                author.log().commit(changes);
                changes.clear();
                clock.advance(10);
            }
        }
        SyncEngine engine(author.log());
        engine.setHub(hub.url());
        engine.start();
        const bool pushed = waitFor(
            [&] {
                return engine.state() == SyncEngine::State::UpToDate
                    && author.log().outboxSize() == 0;
            },
            120'000);
        if (!pushed || author.log().rejectedCount() != 0) {
            fmt::print(stderr, "chat bench: the catch-up messages did not reach the hub\n");
            return 1;
        }
        engine.stop();
    }
    double catchupMs = 0;
    int catchupAdded = 0;
    {
        Workspace ws(Profile::open(readerDir, pass), clock);
        QObject::connect(&ws.chat(), &ChatService::messageAdded,
                         [&](const QString &ch, const QString &) { catchupAdded += ch == bigId; });
        ws.sync().setHub(hub.url());
        Stopwatch watch;
        ws.sync().start();
        const bool ok = waitFor(
            [&] {
                return ws.sync().state() == SyncEngine::State::UpToDate
                    && catchupAdded >= opt.catchup;
            },
            300'000);
        catchupMs = watch.elapsedMs();
        ws.sync().stop();
        int held = 0;
        for (const QString &id : std::as_const(caughtUp)) {
            const auto m = ws.chat().message(id);
            held += m && m->channelId == bigId && !m->body.isEmpty();
        }
        const int count = ws.chat().messageCount(bigId);
        if (!ok || held != opt.catchup || count != opt.messages + opt.catchup) {
            fmt::print(stderr,
                       "chat bench: after catching up the reader holds {} of the {} new messages "
                       "({} signalled, {} in the channel)\n",
                       held, opt.catchup, catchupAdded, count);
            return 1;
        }
    }
    if (!hub.stop())
        fmt::print(stderr, "chat bench: the hub did not exit cleanly on SIGTERM\n");

    const Summary openSummary = summarize(openMs);
    const Summary profileOpen = summarize(profileMs);
    const Summary search = summarize(searchMs);
    const Summary liveSummary = summarize(live.latenciesMs);
    const Summary baseSummary = summarize(baseline.latenciesMs);
    const bool rssKnown = rssBefore > 0;
    const double rssGrowth = rssScrolled - rssBefore;

    // level: where the figure stops. "service*": ChatService, where the view will stop at
    // the paint (the view is pending); "view": painted; "sync": the engine's up-to-date state.
    auto row = [](const std::string &measure, const char *level, const std::string &value,
                  const std::string &base, const char *target, bool met) {
        fmt::print("{:<66} {:<8} {:>9} {:>9} {:>8} {:>4}\n", measure, level, value, base, target,
                   met ? "yes" : "NO");
    };
    auto num = [](double v, int decimals = 1) { return fmt::format("{:.{}f}", v, decimals); };
    const bool viewLevel = std::string_view(label).rfind("view", 0) == 0;
    const char *readLevel = viewLevel ? "view" : "service*";
    fmt::print("\n{:<66} {:<8} {:>9} {:>9} {:>8} {:>4}\n", "measure (ms unless named)", "level",
               "liaison", "baseline", "target", "met?");
    row(fmt::format("(a) open the channel: its last {}, cold profile, median of {}", shownOnOpen,
                    opt.opens),
        readLevel, num(openSummary.p50, 2), "", "< 150", openSummary.p50 < 150);
    row(fmt::format("(b) scroll to the first of {} messages, {} pages of {}", opt.messages,
                    pages - 1, pageSize),
        readLevel, num(scrollMs, 0), "", "< 1000", scrollMs < 1000);
    row(fmt::format("(c) search a word: all {} hits, {} messages, {} channels", searchHits,
                    totalMessages, opt.channels + 1),
        "service", num(search.p50, 1), "", "< 50", search.p50 < 50);
    row(fmt::format("(d) live p99: commit -> messageAdded on {} (baseline: on 1)", opt.receivers),
        "service*", num(liveSummary.p99, 1), num(baseSummary.p99, 1), "< 25", liveSummary.p99 < 25);
    row(fmt::format("(e) catch-up of {} messages: start() -> up to date", opt.catchup), "sync",
        num(catchupMs, 0), "", "< 1500", catchupMs < 1500);
    if (rssKnown)
        row("(f) RSS growth of (a) and (b), every page held, MiB", readLevel, num(rssGrowth, 1), "",
            "< 100", rssGrowth < 100);
    else
        fmt::print("{:<66} {:<8} {:>9}\n", "(f) RSS growth of (a) and (b)", readLevel, "n/a");
    if (!viewLevel)
        fmt::print("* view pending: the chat view is not on main yet; these stop at ChatService "
                   "(what the view's model will call and listen to), not at a paint\n");
    fmt::print("  (a) open, {}: {}\n", label, formatSummary(openSummary).toStdString());
    fmt::print("  (a) the profile and workspace opened before it (minimal KDF): {}\n",
               formatSummary(profileOpen).toStdString());
    fmt::print("  (a) the same page again, warm: {:.2f} ms\n", warmMs);
    fmt::print("  (c) search, every hit: {}\n", formatSummary(search).toStdString());
    fmt::print("  (c) search, the first page of 200 hits: {:.1f} ms\n", searchPageMs);
    fmt::print("  (d) {} messages {} ms apart, {} receivers (2 worker threads), {}: {}\n", opt.live,
               opt.intervalMs, opt.receivers, label, formatSummary(liveSummary).toStdString());
    fmt::print("  (d) baseline, the same with 1 receiver: {}\n",
               formatSummary(baseSummary).toStdString());
    fmt::print("  (e) {:.0f} messages/s\n", opt.catchup / (catchupMs / 1000.0));
    if (rssKnown)
        fmt::print("  (f) VmRSS {:.1f} MiB before opening the channel, +{:.1f} after the last "
                   "page, +{:.1f} after scrolling to the top\n",
                   rssBefore, rssOpened - rssBefore, rssGrowth);
    if (rssKnown)
        fmt::print("  (f) +{:.1f} MiB once the pages were let go and the heap trimmed; SQLite's "
                   "page cache held {:.1f} MiB after (b) (cache_size: 64 MiB at most)\n",
                   rssReleased - rssBefore, pageCacheMib);

    report.bench = QStringLiteral("chat");
    report.add(QStringLiteral("messages"), opt.messages);
    report.add(QStringLiteral("open_ms"), openSummary.p50);
    report.add(QStringLiteral("open_max_ms"), openSummary.max);
    report.add(QStringLiteral("open_warm_ms"), warmMs);
    report.add(QStringLiteral("profile_open_ms"), profileOpen.p50);
    report.add(QStringLiteral("scroll_top_ms"), scrollMs);
    report.add(QStringLiteral("scroll_pages"), pages);
    report.add(QStringLiteral("scrolled_messages"), opt.messages); // checked one by one above
    report.add(QStringLiteral("search_ms"), search.p50);
    report.add(QStringLiteral("search_max_ms"), search.max);
    report.add(QStringLiteral("search_page_ms"), searchPageMs);
    report.add(QStringLiteral("search_hits"), searchHits);
    report.add(QStringLiteral("search_expected"), searchExpected);
    report.add(QStringLiteral("live_p50_ms"), liveSummary.p50);
    report.add(QStringLiteral("live_p99_ms"), liveSummary.p99);
    report.add(QStringLiteral("live_max_ms"), liveSummary.max);
    report.add(QStringLiteral("live_baseline_p50_ms"), baseSummary.p50);
    report.add(QStringLiteral("live_baseline_p99_ms"), baseSummary.p99);
    report.add(QStringLiteral("live_messages"), opt.live);
    report.add(QStringLiteral("live_receivers"), opt.receivers);
    report.add(QStringLiteral("live_received"), live.received);
    report.add(QStringLiteral("catchup_10k_ms"), catchupMs); // catchup_messages of them
    report.add(QStringLiteral("catchup_messages"), opt.catchup);
    report.add(QStringLiteral("catchup_received"), catchupAdded);
    if (rssKnown) { // absent where VmRSS is not measured
        report.add(QStringLiteral("rss_growth_mb"), rssGrowth); // MiB
        report.add(QStringLiteral("rss_growth_released_mb"), rssReleased - rssBefore);
    }
    report.add(QStringLiteral("page_cache_mb"), pageCacheMib);
    return 0;
}

} // namespace liaison::bench
