// Files in the Chat page (offscreen, also at 200%), through a real hub on 127.0.0.1 to a
// second device: files dropped on the composer and an image pasted into it go with the next
// message; a file above the hub's limit is refused with a sentence before anything is stored;
// each file's row shows its name, size, SHA-256 and where it is, with a progress bar while it
// moves; an image shows as a bounded thumbnail (on the other device once fetched), a broken or
// oversized one as a file; Open asks first (the real message box, answered here) and hands a
// private, checked copy to the system's program.
#include "HubHarness.h"
#include "TestSupport.h"

#include "models/chat/MessageListModel.h"
#include "widgets/chat/AttachmentBar.h"
#include "widgets/chat/AttachmentView.h"
#include "widgets/chat/ChatPage.h"
#include "widgets/chat/MessageDelegate.h"
#include "widgets/common/FileRelease.h"
#include "widgets/common/UiErrors.h"

#include "services/ChatAttachments.h"
#include "services/ChatService.h"
#include "storage/BlobStore.h"
#include "sync/SyncEngine.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFile>
#include <QImage>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace liaison;
using namespace liaison::test;

namespace {

QImage picture(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QPainter p(&image);
    p.fillRect(0, 0, w / 2, h / 2, Qt::yellow);
    return image;
}

// A PNG whose header claims 30,000 × 30,000 pixels (a decompression bomb's first bytes).
QByteArray bombPng()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000075300000753008060000006627f8"
                               "ba0000000c49444154789c6360a03d00000064000186643c350000000049454e"
                               "44ae426082");
}

// Drops local files on a widget as a file manager does.
void dropFiles(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

// Answers the next message box (the real one) with `button`; records its text.
void answerNextBox(QMessageBox::StandardButton button, QString *text)
{
    auto tries = std::make_shared<int>(0);
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [button, text, tries, poll] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            *text = box->text();
            box->button(button)->click();
            return;
        }
        if (++*tries < 200)
            QTimer::singleShot(25, qApp, *poll);
    };
    QTimer::singleShot(25, qApp, *poll);
}

} // namespace

class TestChatAttachments : public QObject
{
    Q_OBJECT

    std::unique_ptr<HubHarness> m_hub;
    QTemporaryDir m_files;
    HubDeviceHandle *m_marie = nullptr;
    HubDeviceHandle *m_dana = nullptr;
    std::unique_ptr<ChatPage> m_page;
    QString m_channel;

    ChatAttachments &files() { return m_marie->ws->attachments(); }
    QModelIndex lastRow() const
    {
        MessageListModel *model = m_page->messageModel();
        return model->index(model->rowCount() - 1);
    }
    QList<ChatAttachment> filesOf(const QModelIndex &row) const
    {
        return row.data(MessageListModel::AttachmentsRole).value<QList<ChatAttachment>>();
    }
    // Where the row's file shows `action`, in the list's viewport.
    QPoint pointOf(const QModelIndex &row, const QString &attachmentId,
                   AttachmentView::Action action) const
    {
        QListView *view = m_page->messageView();
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.rect = view->visualRect(row);
        option.font = view->font();
        const QRect area = m_page->delegate()->filesRect(option, row);
        return m_page->attachmentView()
            ->actionRect(area, filesOf(row), view->font(), attachmentId, action)
            .center();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setErrorsSilentForTesting(true);
    }

    void init()
    {
        m_hub = std::make_unique<HubHarness>();
        QVERIFY(m_hub->startHub());
        m_marie = &m_hub->addDevice(QString::fromLatin1(HubHarness::kCcirc),
                                    QStringLiteral("Marie Tremblay"));
        m_dana = &m_hub->addDevice(QString::fromLatin1(HubHarness::kUscert),
                                   QStringLiteral("Dana Lee"));
        m_marie->ws->sync().start();
        m_dana->ws->sync().start();
        m_channel = m_marie->ws->chat().createGroup(
            QStringLiteral("Both centres"), QStringLiteral("shared"), QStringLiteral("amber"));
        QTRY_VERIFY_WITH_TIMEOUT(m_dana->ws->chat().channel(m_channel).has_value(), 10000);
        m_page = std::make_unique<ChatPage>(*m_marie->ws);
        m_page->resize(900, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(m_page->openChannel(m_channel));
    }

    void cleanup()
    {
        setFileOpenerForTesting({});
        m_page.reset();
        m_hub.reset();
    }

    // A drop and a paste on the composer, then Enter: one message with both files; the row
    // says name, size, SHA-256 and state, with a progress bar while the file goes up.
    void dropPasteAndSend()
    {
        AttachmentBar *bar = m_page->attachmentBar();
        QVERIFY(bar->attachButton()->isEnabled());
        QCOMPARE(bar->attachButton()->text(), QStringLiteral("&Attach files…"));
        const QByteArray big = randomBytes(40 * 256 * 1024, 1); // 40 chunks
        const QString path = writeFile(m_files, QStringLiteral("capture.pcap"), big);
        dropFiles(m_page->composer()->viewport(), {path});
        QCOMPARE(bar->files().size(), 1);
        QVERIFY(m_page->composer()->toPlainText().isEmpty()); // not pasted as a URL
        QGuiApplication::clipboard()->setImage(picture(64, 48));
        m_page->composer()->setFocus();
        QTest::keyClick(m_page->composer(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(bar->files().size(), 2);
        QVERIFY(bar->files().at(1).name.endsWith(QLatin1String(".png")));
        QTest::keyClicks(m_page->composer(), QStringLiteral("Capture and screenshot"));
        // Follow the big file's state on the row as it moves.
        QStringList states;
        bool barShown = false;
        AttachmentView *view = m_page->attachmentView();
        connect(m_page->messageModel(), &QAbstractItemModel::dataChanged, this,
                [&](const QModelIndex &from) {
                    const QList<ChatAttachment> list = filesOf(from);
                    if (list.isEmpty())
                        return;
                    states << view->stateText(list.first());
                    barShown |= view->heightKey(list).contains(QLatin1Char('m'));
                });
        QTest::keyClick(m_page->composer(), Qt::Key_Return);
        QVERIFY(bar->isEmpty());
        QVERIFY(m_page->composer()->toPlainText().isEmpty());
        const QModelIndex row = lastRow();
        QCOMPARE(row.data(MessageListModel::BodyRole).toString(),
                 QStringLiteral("Capture and screenshot"));
        QList<ChatAttachment> list = filesOf(row);
        QCOMPARE(list.size(), 2);
        const QString described = view->describe(list.first());
        QVERIFY2(described.contains(QStringLiteral("capture.pcap"))
                     && described.contains(QLocale().formattedDataSize(big.size()))
                     && described.contains(list.first().sha256.left(12)),
                 qPrintable(described));
        QVERIFY(view->toolTip(list.first()).contains(list.first().sha256)); // whole in the tip
        QTRY_VERIFY_WITH_TIMEOUT(!files().attachment(list.first().id)->uploadPending, 20000);
        QVERIFY2(barShown, qPrintable(states.join(QLatin1Char('|'))));
        QVERIFY2(std::any_of(states.cbegin(), states.cend(),
                             [](const QString &s) {
                                 return s.startsWith(QLatin1String("Sending to the hub: "))
                                     && !s.endsWith(QLatin1String(" 0%"));
                             }),
                 qPrintable(states.join(QLatin1Char('|'))));
        QTRY_COMPARE_WITH_TIMEOUT(view->stateText(filesOf(lastRow()).first()),
                                  QStringLiteral("On the hub"), 10000);
        // The painted list, with the files' block.
        const QImage shot = m_page->messageView()->viewport()->grab().toImage();
        QVERIFY(!shot.isNull());
        // The other device receives both files.
        QTRY_COMPARE_WITH_TIMEOUT(m_dana->ws->attachments()
                                      .attachments(row.data(MessageListModel::IdRole).toString())
                                      .size(),
                                  2, 10000);
    }

    // Above the hub's limit: refused at once with a sentence, nothing stored.
    void aboveTheLimitIsRefused()
    {
        BlobStore::saveHubMaxBytes(m_marie->ws->opLog().database(), 1000);
        AttachmentBar *bar = m_page->attachmentBar();
        const QString big = writeFile(m_files, QStringLiteral("too-big.bin"), randomBytes(1001, 2));
        dropFiles(m_page->composer()->viewport(), {big});
        QVERIFY(bar->isEmpty());
        QCOMPARE(bar->message(),
                 QStringLiteral("Not attached: too-big.bin is larger than the hub accepts (%1).")
                     .arg(QLocale().formattedDataSize(1000)));
        auto st = m_marie->ws->opLog().database().prepare("SELECT count(*) FROM blobs");
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), 0);
        // A file within the limit is taken.
        dropFiles(m_page->messageView()->viewport(),
                  {writeFile(m_files, QStringLiteral("ok.bin"), randomBytes(1000, 3))});
        QCOMPARE(bar->files().size(), 1);
        QVERIFY(bar->message().isEmpty());
    }

    // An image shows as a bounded thumbnail, here at once and on the other device once fetched
    // (small images are fetched when shown); a broken image and a bomb show as files.
    void imagesShowAsThumbnails()
    {
        const QImage big = picture(1200, 900);
        QVERIFY(m_page->attachmentBar()->addImage(big));
        const QString broken = writeFile(m_files, QStringLiteral("broken.png"),
                                         QByteArray("\x89PNG\r\n\x1a\n") + randomBytes(500, 4));
        const QString bomb = writeFile(m_files, QStringLiteral("bomb.png"), bombPng());
        QVERIFY(m_page->attachmentBar()->addPath(broken));
        QVERIFY(m_page->attachmentBar()->addPath(bomb));
        QTest::keyClick(m_page->composer(), Qt::Key_Return);
        const QModelIndex row = lastRow();
        const QList<ChatAttachment> list = filesOf(row);
        QCOMPARE(list.size(), 3);
        AttachmentView *view = m_page->attachmentView();
        const QImage thumb = view->thumbnail(list.at(0));
        QVERIFY(!thumb.isNull());
        QVERIFY(thumb.width() <= AttachmentView::kThumbWidth
                && thumb.height() <= AttachmentView::kThumbHeight);
        QCOMPARE(thumb.height(), AttachmentView::kThumbHeight); // 4:3 bounded by its height
        QCOMPARE(thumb.width(), 1200 * AttachmentView::kThumbHeight / 900);
        QVERIFY(view->thumbnail(list.at(1)).isNull());
        QVERIFY(view->thumbnail(list.at(2)).isNull());
        QVERIFY(AttachmentView::decodeThumbnail(bombPng(), QStringLiteral("png")).isNull());
        // The row is as tall as the thumbnail needs.
        QStyleOptionViewItem option;
        option.initFrom(m_page->messageView());
        option.rect = m_page->messageView()->visualRect(row);
        QVERIFY(m_page->delegate()->sizeHint(option, row).height() > thumb.height());

        // Dana's page: the image comes by itself and shows as a thumbnail.
        ChatPage dana(*m_dana->ws);
        dana.resize(900, 700);
        dana.show();
        const QString message = row.data(MessageListModel::IdRole).toString();
        QTRY_VERIFY_WITH_TIMEOUT(dana.openChannel(m_channel), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(dana.messageModel()->rowOf(message) >= 0, 10000);
        const auto theirs = [&] {
            return dana.messageModel()
                ->index(dana.messageModel()->rowOf(message))
                .data(MessageListModel::AttachmentsRole)
                .value<QList<ChatAttachment>>();
        };
        QTRY_COMPARE_WITH_TIMEOUT(theirs().size(), 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!dana.attachmentView()->thumbnail(theirs().at(0)).isNull(), 15000);
        QCOMPARE(dana.attachmentView()->stateText(theirs().at(0)), QStringLiteral("Ready"));
        QVERIFY(dana.attachmentView()->thumbnail(theirs().at(1)).isNull()); // not fetched
    }

    // Open asks first, every time (the real message box): No hands nothing over; Yes writes a
    // private copy, checked against its SHA-256, and hands it to the system's program.
    void openAsksFirst()
    {
        const QByteArray data = randomBytes(5000, 5);
        QVERIFY(m_page->attachmentBar()->addPath(
            writeFile(m_files, QStringLiteral("notes.txt"), data)));
        QTest::keyClick(m_page->composer(), Qt::Key_Return);
        const QModelIndex row = lastRow();
        const ChatAttachment file = filesOf(row).first();
        QStringList handed;
        setFileOpenerForTesting([&](const QString &path) {
            handed << path;
            return true;
        });
        // Through the row: a click on its Open… action, answered No.
        QListView *list = m_page->messageView();
        list->scrollTo(row);
        QTest::qWait(50);
        const QPoint open = pointOf(row, file.id, AttachmentView::Action::Open);
        QVERIFY(!open.isNull());
        QString asked;
        answerNextBox(QMessageBox::No, &asked);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, open);
        QVERIFY2(asked.contains(QStringLiteral("notes.txt")), qPrintable(asked));
        QVERIFY(handed.isEmpty());
        // Yes through the row this time.
        answerNextBox(QMessageBox::Yes, &asked);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, open);
        QTRY_COMPARE_WITH_TIMEOUT(handed.size(), 1, 5000);
        handed.clear();
        answerNextBox(QMessageBox::No, &asked);
        QVERIFY(!m_page->attachmentView()->open(file.id));
        QVERIFY2(asked.contains(QStringLiteral("notes.txt")), qPrintable(asked));
        QVERIFY(handed.isEmpty());
        answerNextBox(QMessageBox::Yes, &asked);
        QVERIFY(m_page->attachmentView()->open(file.id));
        QCOMPARE(handed.size(), 1);
        QFile copy(handed.first());
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), data);
        QCOMPARE(copy.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        // Saving a TLP:AMBER channel's file asks too.
        answerNextBox(QMessageBox::No, &asked);
        QVERIFY(!m_page->attachmentView()->save(file.id, m_files.filePath(QStringLiteral("s"))));
        QVERIFY(!QFile::exists(m_files.filePath(QStringLiteral("s"))));
        answerNextBox(QMessageBox::Yes, &asked);
        QVERIFY(m_page->attachmentView()->save(file.id, m_files.filePath(QStringLiteral("s"))));
        QVERIFY(asked.contains(QStringLiteral("TLP:AMBER")));
        QFile saved(m_files.filePath(QStringLiteral("s")));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), data);
    }

    // Without the mouse: the Menu key (or Shift+F10) on the current message opens its menu, with a
    // submenu for the file that offers what its card offers (Save as…, Open…) and Copy SHA-256.
    void fileActionsFromTheKeyboard()
    {
        const QByteArray data = randomBytes(3000, 7);
        QVERIFY(m_page->attachmentBar()->addPath(
            writeFile(m_files, QStringLiteral("R&D notes.txt"), data)));
        QTest::keyClick(m_page->composer(), Qt::Key_Return);
        const QModelIndex row = lastRow();
        const ChatAttachment file = filesOf(row).first();
        QTRY_VERIFY_WITH_TIMEOUT(!files().attachment(file.id)->uploadPending, 10000); // sent
        QListView *list = m_page->messageView();
        list->setFocus();
        list->setCurrentIndex(row);
        QStringList fileMenu;
        bool copied = false;
        QString asked;
        QStringList handed;
        setFileOpenerForTesting([&](const QString &path) {
            handed << path;
            return true;
        });
        // Reads the popup the key opened, then picks `pick` in the file's submenu.
        auto pickInFileMenu = [&](const QString &pick) {
            QTimer::singleShot(50, qApp, [&, pick] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                if (!menu)
                    return;
                QMenu *sub = nullptr;
                for (QAction *a : menu->actions()) {
                    if (a->menu() && a->text() == QStringLiteral("R&&D notes.txt"))
                        sub = a->menu();
                }
                fileMenu.clear();
                QAction *chosen = nullptr;
                if (sub) {
                    for (QAction *a : sub->actions()) {
                        fileMenu << a->text();
                        if (a->text() == pick)
                            chosen = a;
                    }
                }
                menu->close();
                if (chosen)
                    chosen->trigger();
            });
        };
        // What Qt sends the focused list for the Menu key or Shift+F10.
        auto menuKey = [list] {
            QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(), QPoint());
            QApplication::sendEvent(list, &event);
        };
        pickInFileMenu(QStringLiteral("Copy SHA-256"));
        menuKey();
        QTRY_VERIFY_WITH_TIMEOUT(!fileMenu.isEmpty(), 5000);
        QCOMPARE(fileMenu,
                 (QStringList {QStringLiteral("Save as…"), QStringLiteral("Open…"),
                               QStringLiteral("Copy SHA-256")}));
        QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), file.sha256, 5000);
        copied = true;
        // Open… from the keyboard asks first too.
        answerNextBox(QMessageBox::Yes, &asked);
        pickInFileMenu(QStringLiteral("Open…"));
        menuKey();
        QTRY_COMPARE_WITH_TIMEOUT(handed.size(), 1, 5000);
        QVERIFY2(asked.contains(QStringLiteral("R&D notes.txt")), qPrintable(asked));
        QVERIFY(copied);
    }
};

QTEST_MAIN(TestChatAttachments)
#include "tst_chatattachments.moc"
