// The Chat page over a real profile (offscreen, also at 200%): the rail with unread and
// mention counts, sending with Enter, replying, editing with Up, deleting, mention completion,
// jump to the first unread, a draft kept across leaving the channel, hostile bodies shown as
// text, indicators of a message added to the incident with the message as their source, copy
// out asking above TLP:GREEN and recorded on the incident, presence in the rail and header and
// who is typing under the messages, and the page in French.
#include "TestSupport.h"

#include "models/chat/ChannelListModel.h"
#include "models/chat/MessageListModel.h"
#include "widgets/chat/ChatNotifier.h"
#include "widgets/chat/ChatPage.h"
#include "widgets/chat/MessageDelegate.h"
#include "widgets/chat/PresenceWidgets.h"
#include "widgets/common/DialogSupport.h"
#include "widgets/common/Translator.h"
#include "widgets/common/UiErrors.h"

#include "domain/MessageText.h"
#include "services/ChatService.h"
#include "services/IncidentService.h"
#include "storage/Profile.h"
#include "sync/OpLog.h"
#include "sync/Presence.h"
#include "sync/SyncEngine.h"
#include "workspace/Workspace.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QCompleter>
#include <QGuiApplication>
#include <QIcon>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace liaison;

class TestChatPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock {1'760'000'000'000};
    std::unique_ptr<Workspace> m_context;
    std::unique_ptr<test::TestReplica> m_remote; // Dana, of the other centre
    std::unique_ptr<ChatService> m_remoteChat;
    std::unique_ptr<ChatPage> m_page;

    // What the remote replica wrote, as the hub would bring it.
    void deliver()
    {
        m_context->opLog().applyRemote(m_remote->log->pendingOutbox(10000));
        std::vector<std::pair<QString, qint64>> acked;
        for (const Op &op : m_remote->log->pendingOutbox(10000))
            acked.push_back({op.id(), 0});
        m_remote->log->acknowledge(acked, {});
    }
    void deliverBack() { m_remote->log->applyRemote(m_context->opLog().pendingOutbox(10000)); }
    void type(const QString &text)
    {
        m_page->composer()->setFocus();
        QTest::keyClicks(m_page->composer(), text);
    }
    void enter() { QTest::keyClick(m_page->composer(), Qt::Key_Return); }
    QStringList bodies() const
    {
        QStringList out;
        for (int r = 0; r < m_page->messageModel()->rowCount(); ++r)
            out << m_page->messageModel()->index(r).data(MessageListModel::BodyRole).toString();
        return out;
    }
    QString bridge() const { return QString::fromLatin1(ChatService::kBridgeId); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        auto profile = Profile::create(
            m_dir.filePath(QString::number(QRandomGenerator::global()->generate())),
            test::passphrase("chat test passphrase"), KdfParams::fastForTests());
        m_context = std::make_unique<Workspace>(std::move(profile), m_clock);
        OpLog &log = m_context->opLog();
        log.setEnrolment(QStringLiteral("marie"), QStringLiteral("CCIRC"));
        m_remote = std::make_unique<test::TestReplica>(QStringLiteral("dana"),
                                                       QStringLiteral("USCERT"), m_clock);
        m_remoteChat = std::make_unique<ChatService>(*m_remote->log);
        for (OpLog *l : {&log, m_remote->log.get()}) {
            l->recordAnalyst(QStringLiteral("marie"), QStringLiteral("Marie Tremblay"),
                             QStringLiteral("CCIRC"));
            l->recordAnalyst(QStringLiteral("dana"), QStringLiteral("Dana Lee"),
                             QStringLiteral("USCERT"));
        }
        const auto &them = m_remote->log->identity();
        log.registerDevice(them.deviceId, them.key->publicKey(), them.analystId, them.centre);
        const auto &me = log.identity();
        m_remote->log->registerDevice(me.deviceId, me.key->publicKey(), me.analystId, me.centre);
        m_context->chat().ensureBridge();
        deliverBack();
        m_page = std::make_unique<ChatPage>(*m_context);
        m_page->resize(900, 600);
        m_page->show();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        setErrorsSilentForTesting(true);
    }

    void cleanup()
    {
        setNextAnswerForTesting(std::nullopt);
        ChatPage::setNextIndicatorAnswerForTesting(std::nullopt);
        m_page.reset();
        m_remoteChat.reset();
        m_remote.reset();
        m_context.reset();
        Translator::instance().apply(Translator::Language::English);
    }

    void sendReplyEditDelete()
    {
        QCOMPARE(m_page->currentChannel(), bridge()); // opens on the bridge
        type(QStringLiteral("Seen 203.0.113.45 at your end?"));
        enter();
        QCOMPARE(bodies(), QStringList {QStringLiteral("Seen 203.0.113.45 at your end?")});
        QVERIFY(m_page->composer()->toPlainText().isEmpty());
        const QModelIndex first = m_page->messageModel()->index(0);
        QVERIFY(first.data(MessageListModel::PendingRole).toBool()); // in the outbox
        // Taken by the hub: no longer pending, on the row already shown.
        std::vector<std::pair<QString, qint64>> acked;
        for (const Op &op : m_context->opLog().pendingOutbox(1000))
            acked.push_back({op.id(), 1});
        m_context->opLog().acknowledge(acked, {});
        QVERIFY(!first.data(MessageListModel::PendingRole).toBool());
        // Shift+Enter is a new line, not a send.
        type(QStringLiteral("line one"));
        QTest::keyClick(m_page->composer(), Qt::Key_Return, Qt::ShiftModifier);
        type(QStringLiteral("line two"));
        QCOMPARE(m_page->messageModel()->rowCount(), 1);
        enter();
        QCOMPARE(bodies().last(), QStringLiteral("line one\nline two"));

        const QString firstId = first.data(MessageListModel::IdRole).toString();
        m_page->startReply(firstId);
        type(QStringLiteral("answering myself"));
        enter();
        const QModelIndex reply = m_page->messageModel()->index(2);
        QCOMPARE(reply.data(MessageListModel::ReplyToRole).toString(), firstId);
        QVERIFY(reply.data(MessageListModel::ReplySnippetRole)
                    .toString()
                    .contains(QLatin1String("Seen 203.0.113.45")));
        QVERIFY(m_page->replyingTo().isEmpty());

        // Up in an empty composer edits the last own message.
        QTest::keyClick(m_page->composer(), Qt::Key_Up);
        QCOMPARE(m_page->editing(), reply.data(MessageListModel::IdRole).toString());
        m_page->composer()->selectAll();
        type(QStringLiteral("answered, edited"));
        enter();
        QCOMPARE(bodies().last(), QStringLiteral("answered, edited"));
        QVERIFY(m_page->messageModel()->index(2).data(MessageListModel::EditedRole).toBool());
        QCOMPARE(m_context->chat().history(reply.data(MessageListModel::IdRole).toString()).size(),
                 2);

        setNextAnswerForTesting(true);
        m_page->deleteMessage(firstId);
        QVERIFY(m_page->messageModel()->index(0).data(MessageListModel::DeletedRole).toBool());
        QVERIFY(m_page->messageModel()
                    ->index(2)
                    .data(MessageListModel::ReplySnippetRole)
                    .toString()
                    .contains(QLatin1String("deleted")));
    }

    void unreadMentionsAndJump()
    {
        for (int i = 0; i < 30; ++i) {
            m_clock.advance(1000);
            m_remoteChat->send(bridge(), QStringLiteral("status update %1").arg(i));
        }
        m_remoteChat->send(bridge(), QStringLiteral("@marie.tremblay can you check?"));
        // Not on the page yet: the rail counts it.
        m_page->hide();
        deliver();
        const QModelIndex row
            = m_page->channelModel()->index(m_page->channelModel()->rowOf(bridge()));
        QCOMPARE(row.data(ChannelListModel::UnreadRole).toInt(), 31);
        QCOMPARE(row.data(ChannelListModel::MentionRole).toInt(), 1);
        QCOMPARE(m_context->chat().totals().mentions, 1);
        QVERIFY(row.data().toString().contains(QLatin1String("@1")));
        // Reopened: the new-messages line is on the first unread, and jumping goes there.
        m_page->messageModel()->setChannel(bridge());
        const QString firstUnread = m_page->messageModel()->firstUnreadAtOpen();
        QCOMPARE(m_context->chat().message(firstUnread)->body, QStringLiteral("status update 0"));
        QVERIFY(m_page->messageModel()
                    ->index(m_page->messageModel()->rowOf(firstUnread))
                    .data(MessageListModel::NewLineRole)
                    .toBool());
        m_page->jumpToFirstUnread();
        QCOMPARE(m_page->messageView()->currentIndex().data(MessageListModel::IdRole).toString(),
                 firstUnread);
        // Shown at the bottom in an active window: read.
        m_page->show();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->messageView()->scrollToBottom();
        QTRY_COMPARE(m_context->chat().unreadCount(bridge()), 0);
        QTRY_COMPARE(m_page->channelModel()
                         ->index(m_page->channelModel()->rowOf(bridge()))
                         .data(ChannelListModel::UnreadRole)
                         .toInt(),
                     0);
    }

    // Older pages load when the view reaches its top, never at the bottom where a chat sits,
    // and what the analyst looked at stays in place.
    void olderPagesLoadAtTheTop()
    {
        for (int i = 0; i < 250; ++i) {
            m_clock.advance(1000);
            m_remoteChat->send(bridge(), QStringLiteral("line %1").arg(i));
        }
        deliver();
        m_page->messageModel()->setChannel(bridge());
        QListView *view = m_page->messageView();
        QCOMPARE(m_page->messageModel()->rowCount(), MessageListModel::kPage);
        view->scrollToBottom();
        QTest::qWait(50);
        QCOMPARE(m_page->messageModel()->rowCount(), MessageListModel::kPage);
        // Scrolled to the top, the first loaded message is what the analyst sees.
        const QString topBefore
            = m_page->messageModel()->index(0).data(MessageListModel::IdRole).toString();
        view->verticalScrollBar()->setValue(0);
        QCOMPARE(m_page->messageModel()->rowCount(), 2 * MessageListModel::kPage);
        QTRY_VERIFY(view->verticalScrollBar()->value() > 0);
        // Still in sight, not pushed down by the page above it.
        const QRect where = view->visualRect(
            m_page->messageModel()->index(m_page->messageModel()->rowOf(topBefore)));
        QVERIFY2(where.intersects(view->viewport()->rect()), qPrintable(topBefore));
        for (int i = 0; i < 5 && m_page->messageModel()->canLoadOlder(); ++i) {
            view->verticalScrollBar()->setValue(0);
            QTest::qWait(20);
        }
        QCOMPARE(m_page->messageModel()->rowCount(), 250);
        QVERIFY(!m_page->messageModel()->canLoadOlder());
        QCOMPARE(m_page->messageModel()->index(0).data(MessageListModel::BodyRole).toString(),
                 QStringLiteral("line 0"));
    }

    // A long history scrolls through a window of rows: going up drops the newest, coming back
    // down loads them again, and sending returns to the newest.
    void longHistoryIsAWindow()
    {
        const int total = MessageListModel::kWindow + 3 * MessageListModel::kPage + 7;
        for (int i = 0; i < total; ++i) {
            m_clock.advance(1000);
            m_remoteChat->send(bridge(), QStringLiteral("entry %1").arg(i));
        }
        deliver();
        MessageListModel *model = m_page->messageModel();
        model->setChannel(bridge());
        int loaded = model->rowCount();
        while (model->canLoadOlder())
            loaded += model->loadOlder();
        QCOMPARE(loaded, total); // every message came by
        QVERIFY(model->rowCount() <= MessageListModel::kWindow);
        QCOMPARE(model->index(0).data(MessageListModel::BodyRole).toString(),
                 QStringLiteral("entry 0"));
        QVERIFY(model->canLoadNewer());
        // Scrolling to the end of the window brings the next page.
        QListView *view = m_page->messageView();
        const int before = model->rowCount();
        view->scrollToBottom();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QTRY_VERIFY(model->index(model->rowCount() - 1).data(MessageListModel::BodyRole).toString()
                    != QStringLiteral("entry %1").arg(before - 1));
        // A message that arrives meanwhile waits for its page; sending goes back to the newest.
        m_remoteChat->send(bridge(), QStringLiteral("newest"));
        deliver();
        QVERIFY(model->rowOf(m_context->chat().messages(bridge(), 1).value(0).id) < 0);
        type(QStringLiteral("mine"));
        enter();
        QCOMPARE(model->index(model->rowCount() - 1).data(MessageListModel::BodyRole).toString(),
                 QStringLiteral("mine"));
        QCOMPARE(model->index(model->rowCount() - 2).data(MessageListModel::BodyRole).toString(),
                 QStringLiteral("newest"));
        QVERIFY(!model->canLoadNewer());
    }

    // Rows never painted get an estimated height (their text is not laid out); a row painted
    // gets its real height, and the list lays out again: a message whose text wraps more than
    // its length says is shown whole, nothing of it cut or drawn over the next.
    void paintedRowsGetTheirRealHeight()
    {
        QString wide;
        for (int i = 0; i < 40; ++i)
            wide += QStringLiteral("WWWWWWWWW ");
        m_remoteChat->send(bridge(), wide.trimmed());
        for (int i = 0; i < 3; ++i) {
            m_clock.advance(1000);
            m_remoteChat->send(bridge(), QStringLiteral("after %1").arg(i));
        }
        deliver();
        QVERIFY(m_page->openChannel(bridge()));
        QListView *view = m_page->messageView();
        MessageListModel *model = m_page->messageModel();
        const int row = model->rowOf(m_context->chat().messages(bridge(), 4).value(0).id);
        QVERIFY(row >= 0);
        view->scrollTo(model->index(row), QAbstractItemView::PositionAtTop);
        QTRY_VERIFY(!m_page->delegate()->layoutPending());
        view->viewport()->repaint();
        QTRY_VERIFY(!m_page->delegate()->layoutPending());
        // The text laid out as the delegate lays it out, at the row's width.
        const QRect rect = view->visualRect(model->index(row));
        QTextDocument doc;
        doc.setDefaultFont(view->font());
        doc.setDocumentMargin(0);
        doc.setHtml(m_page->delegate()->bodyHtml(model->index(row)));
        doc.setTextWidth(std::max(120, rect.width() - 2 * 8 - 12));
        const int header = QFontMetrics(view->font()).height();
        QVERIFY2(rect.height() >= int(doc.size().height()) + header,
                 qPrintable(QStringLiteral("row %1 px, text %2 px")
                                .arg(rect.height())
                                .arg(doc.size().height())));
        // The next row starts below it.
        QCOMPARE(view->visualRect(model->index(row + 1)).top(), rect.bottom() + 1);
    }

    void mentionCompletion()
    {
        type(QStringLiteral("hello @da"));
        QCompleter *completer = m_page->composer()->findChild<QCompleter *>();
        QVERIFY(completer);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionCount(), 1);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(m_page->composer()->toPlainText(), QStringLiteral("hello @dana.lee "));
        enter();
        const auto sent = m_context->chat().messages(bridge(), 1);
        QCOMPARE(sent.value(0).mentions, QStringList {QStringLiteral("dana")});
        // Shown by name.
        const QString html = m_page->delegate()->bodyHtml(m_page->messageModel()->index(0));
        QVERIFY2(html.contains(QLatin1String("@Dana Lee")), qPrintable(html));
    }

    void draftSurvivesLeavingTheChannel()
    {
        const QString other = m_context->chat().createGroup(
            QStringLiteral("CCIRC team"), QStringLiteral("centre"), QStringLiteral("green"));
        type(QStringLiteral("half-typed"));
        QVERIFY(m_page->openChannel(other));
        QCOMPARE(m_context->chat().draft(bridge()), QStringLiteral("half-typed"));
        QVERIFY(m_page->composer()->toPlainText().isEmpty());
        QVERIFY(m_page->openChannel(bridge()));
        QCOMPARE(m_page->composer()->toPlainText(), QStringLiteral("half-typed"));
        enter(); // sending clears the draft
        QVERIFY(m_context->chat().draft(bridge()).isEmpty());
    }

    // Killed while typing (the page gone without saving): what was typed a moment before is
    // there when the app comes back, and it never became an op.
    void typedTextSurvivesAKill()
    {
        type(QStringLiteral("half-typed before the crash"));
        const int ops = m_context->opLog().outboxSize();
        QTest::qWait(ChatPage::kKeepTypingMs + 300);
        m_page.reset(); // no saveDraft(): as if killed
        QCOMPARE(m_context->opLog().outboxSize(), ops);
        m_page = std::make_unique<ChatPage>(*m_context);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QCOMPARE(m_page->currentChannel(), bridge());
        QCOMPARE(m_page->composer()->toPlainText(), QStringLiteral("half-typed before the crash"));
    }

    void hostileBodiesAreText()
    {
        const QStringList hostile {
            QStringLiteral("<script>alert(1)</script>"),
            QStringLiteral("<img src=x onerror=alert(1)>"),
            QStringLiteral("<b>bold</b> &lt;b&gt;"),
            QStringLiteral("[click](javascript:alert(1)) javascript:alert(1)"),
            QStringLiteral("\"><a href=\"javascript:alert(1)\">x</a>"),
        };
        for (const QString &body : hostile)
            m_remoteChat->send(bridge(), body);
        deliver();
        QCOMPARE(m_page->messageModel()->rowCount(), hostile.size());
        for (int r = 0; r < hostile.size(); ++r) {
            const QString html = m_page->delegate()->bodyHtml(m_page->messageModel()->index(r));
            QTextDocument doc;
            doc.setHtml(html);
            // What the analyst reads is exactly what was typed, and nothing became markup.
            QCOMPARE(doc.toPlainText(), hostile.at(r));
            QVERIFY2(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive),
                     qPrintable(html));
            QVERIFY2(!html.contains(QLatin1String("<img"), Qt::CaseInsensitive), qPrintable(html));
            QVERIFY2(!html.contains(QLatin1String("href=\"javascript"), Qt::CaseInsensitive),
                     qPrintable(html));
        }
        // And the view paints them (a grab does not crash or hang).
        QVERIFY(!m_page->messageView()->grab().isNull());
    }

    void indicatorsToTheIncidentAndCopyOut()
    {
        IncidentDraft d;
        d.title = QStringLiteral("Phishing wave");
        d.tlp = Tlp::Amber;
        const QString incident = m_context->incidents().createIncident(d);
        const QString channel = m_context->chat().incidentChannel(incident);
        QVERIFY(m_page->openChannel(channel));
        type(QStringLiteral("Callback to hxxps://evil[.]example/gate and 198.51.100.7"));
        enter();
        const QString id = m_context->chat().messages(channel, 1).value(0).id;
        ChatPage::setNextIndicatorAnswerForTesting(true);
        QCOMPARE(m_page->addIndicatorsFromMessage(id), 2); // the URL (refanged), the address
        const auto indicators = m_context->incidents().indicators(incident);
        QCOMPARE(indicators.size(), 2);
        for (const Indicator &i : indicators)
            QCOMPARE(i.source, QStringLiteral("message:") + id);
        QVERIFY(std::any_of(indicators.cbegin(), indicators.cend(), [](const Indicator &i) {
            return i.value == QLatin1String("https://evil.example/gate");
        }));
        // Twice: nothing new.
        ChatPage::setNextIndicatorAnswerForTesting(true);
        QCOMPARE(m_page->addIndicatorsFromMessage(id), 0);

        // Copy out of an AMBER channel: asked, and recorded in the incident's timeline.
        const int releasesBefore = int(std::count_if(
            m_context->incidents().comments(incident).cbegin(),
            m_context->incidents().comments(incident).cend(),
            [](const IncidentComment &c) { return c.kind == QLatin1String("release"); }));
        setNextAnswerForTesting(false);
        QVERIFY(!m_page->copyMessage(id));
        setNextAnswerForTesting(true);
        QVERIFY(m_page->copyMessage(id));
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("Callback to hxxps://evil[.]example/gate and 198.51.100.7"));
        const auto comments = m_context->incidents().comments(incident);
        const int releases
            = int(std::count_if(comments.cbegin(), comments.cend(), [](const IncidentComment &c) {
                  return c.kind == QLatin1String("release");
              }));
        QCOMPARE(releases, releasesBefore + 1);
    }

    // Mentions and direct messages notify, without the text unless previews are on; muted
    // channels, one's own messages, do-not-disturb and the channel on screen do not.
    void notifications()
    {
        QList<std::pair<QString, QString>> shown;
        bool looking = false;
        ChatNotifier notifier(
            m_context->chat(),
            [&](const QString &title, const QString &text) {
                shown.append({title, text});
            },
            [&](const QString &) { return looking; });
        ChatNotifier::setPreviews(false);
        ChatNotifier::setDoNotDisturb(false);
        m_remoteChat->send(bridge(), QStringLiteral("nothing for Marie"));
        m_remoteChat->send(bridge(), QStringLiteral("@marie.tremblay secret detail"));
        deliver();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).first,
                 QStringLiteral("Dana Lee mentioned you in the centre-to-centre "
                                "bridge"));
        QVERIFY(!shown.at(0).second.contains(QLatin1String("secret"))); // no preview
        ChatNotifier::setPreviews(true);
        const QString dm = m_remoteChat->directChannel(QStringLiteral("marie"));
        m_remoteChat->send(dm, QStringLiteral("direct words"));
        deliver();
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.at(1).first, QStringLiteral("Message from Dana Lee"));
        QCOMPARE(shown.at(1).second, QStringLiteral("direct words"));
        looking = true; // on screen: no notification
        m_remoteChat->send(dm, QStringLiteral("seen already"));
        deliver();
        QCOMPARE(shown.size(), 2);
        looking = false;
        m_context->chat().setMuted(dm, true);
        m_remoteChat->send(dm, QStringLiteral("muted"));
        deliver();
        QCOMPARE(shown.size(), 2);
        m_context->chat().setMuted(dm, false);
        ChatNotifier::setDoNotDisturb(true);
        m_remoteChat->send(dm, QStringLiteral("do not disturb"));
        deliver();
        QCOMPARE(shown.size(), 2);
        ChatNotifier::setDoNotDisturb(false);
        m_context->chat().send(dm, QStringLiteral("my own"));
        QCOMPARE(shown.size(), 2);
        ChatNotifier::setPreviews(false);
    }

    // Taken off a members-only channel: it stays readable, the composer is off, and the
    // header says why.
    void removedMemberReadsOnly()
    {
        const QString ch
            = m_remoteChat->createGroup(QStringLiteral("Tiger team"), QStringLiteral("members"),
                                        QStringLiteral("amber"), {QStringLiteral("marie")});
        m_remoteChat->send(ch, QStringLiteral("welcome"));
        deliver();
        QVERIFY(m_page->openChannel(ch));
        QVERIFY(m_page->composer()->isEnabled());
        m_remoteChat->removeMember(ch, QStringLiteral("marie"));
        deliver();
        m_page->openChannel(bridge());
        QVERIFY(m_page->openChannel(ch));
        QVERIFY(!m_page->composer()->isEnabled());
        auto *details = m_page->findChild<QLabel *>(QStringLiteral("channelDetails"));
        QVERIFY(details->text().contains(QLatin1String("no longer a member")));
        QCOMPARE(bodies(), QStringList {QStringLiteral("welcome")});
    }

    // What the hub says of presence and typing (frames as SyncEngine hands them on) shows in
    // the rail, the direct channel's header and the line under the messages, in both languages.
    void presenceAndTyping()
    {
        Presence &presence = m_context->presence();
        presence.setEnabled(true);
        SyncEngine &engine = m_context->sync();
        const QString dm = m_context->chat().directChannel(QStringLiteral("dana"));
        QVERIFY(m_page->openChannel(dm));
        auto *details = m_page->findChild<QLabel *>(QStringLiteral("channelDetails"));
        QVERIFY(details);
        const QModelIndex row = m_page->channelModel()->index(m_page->channelModel()->rowOf(dm));
        QCOMPARE(row.data(ChannelListModel::PeerRole).toString(), QStringLiteral("dana"));
        QCOMPARE(row.data(ChannelListModel::PresenceRole).toInt(), int(Presence::State::Offline));
        QVERIFY(details->text().startsWith(QLatin1String("Offline")));
        emit engine.ephemeralReceived(
            QJsonObject {{"t", "presence"},
                         {"full", true},
                         {"analysts",
                          QJsonArray {QJsonObject {{"analyst", "dana"}, {"state", "online"}},
                                      QJsonObject {{"analyst", "marie"}, {"state", "online"}},
                                      QJsonObject {{"analyst", 7}, {"state", "online"}},
                                      QJsonObject {{"analyst", "x"}, {"state", "invisible"}}}}});
        QCOMPARE(presence.stateOf(QStringLiteral("dana")), Presence::State::Online);
        QCOMPARE(presence.stateOf(QStringLiteral("x")), Presence::State::Offline);
        QCOMPARE(row.data(ChannelListModel::PresenceRole).toInt(), int(Presence::State::Online));
        QVERIFY(!row.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QLatin1String("Online")));
        QVERIFY(details->text().startsWith(QLatin1String("Online")));
        emit engine.ephemeralReceived(QJsonObject {
            {"t", "presence"},
            {"full", false},
            {"analysts", QJsonArray {QJsonObject {{"analyst", "dana"}, {"state", "away"}}}}});
        QVERIFY(details->text().startsWith(QLatin1String("Away")));

        TypingLine *line = m_page->typingLine();
        QVERIFY(line->text().isEmpty());
        const auto typing = [&](const QString &channel, const QString &who, bool active) {
            emit engine.ephemeralReceived(QJsonObject {
                {"t", "typing"}, {"channel", channel}, {"analyst", who}, {"active", active}});
        };
        typing(dm, QStringLiteral("dana"), true);
        QCOMPARE(line->text(), QStringLiteral("Dana Lee is typing…"));
        typing(bridge(), QStringLiteral("marie2"), true); // another channel: not shown here
        QCOMPARE(line->text(), QStringLiteral("Dana Lee is typing…"));
        emit engine.ephemeralReceived(
            QJsonObject {{"t", "typing"}, {"channel", dm}, {"analyst", "eve"}, {"active", "yes"}});
        QCOMPARE(line->text(), QStringLiteral("Dana Lee is typing…"));
        Translator::instance().apply(Translator::Language::French);
        QTRY_COMPARE(line->text(), QStringLiteral("Dana Lee est en train d’écrire…"));
        QVERIFY(details->text().startsWith(QStringLiteral("Absent")));
        Translator::instance().apply(Translator::Language::English);
        typing(dm, QStringLiteral("dana"), false);
        QVERIFY(line->text().isEmpty());
        QCOMPARE(TypingLine::sentence({QStringLiteral("A"), QStringLiteral("B")}),
                 QStringLiteral("A and B are typing…"));
        QCOMPARE(
            TypingLine::sentence({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}),
            QStringLiteral("3 people are typing…"));
        // Going to another channel shows its typists.
        QVERIFY(m_page->openChannel(bridge()));
        QCOMPARE(line->text(), QStringLiteral("marie2 is typing…"));
        // The session ends: nobody is known, nobody types.
        emit engine.sessionEnded();
        QVERIFY(line->text().isEmpty());
        QCOMPARE(presence.stateOf(QStringLiteral("dana")), Presence::State::Offline);
        QVERIFY(!m_page->grab().isNull());
        // Idle for the away delay: away; the next key: online again.
        AwayWatcher away(presence);
        away.setDelayForTesting(50);
        QTRY_VERIFY(presence.isAway());
        QTest::keyClick(m_page->composer(), Qt::Key_Shift);
        QVERIFY(!presence.isAway());
        away.setMinutes(0); // never away
        QTest::qWait(120);
        QVERIFY(!presence.isAway());
    }

    void inFrench()
    {
        Translator::instance().apply(Translator::Language::French);
        auto *send = m_page->findChild<QPushButton *>(QStringLiteral("sendMessage"));
        QVERIFY(send);
        QTRY_COMPARE(send->text(), QStringLiteral("Envo&yer"));
        auto *title = m_page->findChild<QLabel *>(QStringLiteral("channelTitle"));
        QCOMPARE(title->text(), QStringLiteral("Passerelle entre les centres"));
        const QModelIndex header = m_page->channelModel()->index(0);
        QCOMPARE(header.data().toString(), QStringLiteral("Canaux"));
        QVERIFY(!m_page->grab().isNull());
    }
};

QTEST_MAIN(TestChatPage)
#include "tst_chatpage.moc"
