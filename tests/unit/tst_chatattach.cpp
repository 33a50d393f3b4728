// Files sent with chat messages (docs/CHAT.md, "Attachments") through a real hub (HubServer over
// a HubStore) on 127.0.0.1, between desktop-like devices (Workspace over SQLCipher profiles):
//   * a message with text and files reaches another centre; its files are fetched and written
//     out byte for byte, owner-only;
//   * cancelling an upload takes the file back and leaves the message; cancelling a download
//     keeps what arrived, and the next download resumes;
//   * an upload resumes after the hub is killed mid-way (only the missing chunks are sent), a
//     download after the app is restarted mid-way;
//   * a file above the hub's limit is refused before anything is stored;
//   * the hub serves a members-only channel's file to its members only;
//   * saving and opening re-check the hash and are recorded in the incident's timeline.
// Every wait is bounded.
#include "HubHarness.h"
#include "TestSupport.h"
#include "WireSupport.h"

#include "services/ChatAttachments.h"
#include "services/ChatService.h"
#include "services/IncidentService.h"
#include "storage/BlobStore.h"
#include "storage/Database.h"
#include "sync/Blob.h"
#include "sync/BlobTransfer.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace liaison;
using namespace liaison::test;

namespace {

const QString kCcirc = QString::fromLatin1(HubHarness::kCcirc);
const QString kUscert = QString::fromLatin1(HubHarness::kUscert);

// A 1×1 PNG.
QByteArray tinyPng()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4"
                               "890000000d49444154789c6360f8cfc0f01f0005000201e7ad93d20000000049"
                               "454e44ae426082");
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool upToDate(HubDeviceHandle &d)
{
    return d.ws->sync().state() == SyncEngine::State::UpToDate && d.ws->outboxSize() == 0;
}

int count(Database &db, const char *sql)
{
    auto st = db.prepare(sql);
    return st.step() ? int(st.int64(0)) : -1;
}

} // namespace

class TestChatAttach : public QObject
{
    Q_OBJECT

    std::unique_ptr<HubHarness> m_hub;
    QTemporaryDir m_files;

    // Runs action (queued: not inside the engine's own signal) once the device has received
    // `n` frames of `type`.
    void after(HubDeviceHandle &d, const char *type, int n, std::function<void()> action)
    {
        auto done = std::make_shared<bool>(false);
        connect(&d.ws->sync(), &SyncEngine::frameReceived, this, [&d, type, n, done, action] {
            if (*done || d.framesOfType(type) < n)
                return;
            *done = true;
            QMetaObject::invokeMethod(qApp, action, Qt::QueuedConnection);
        });
    }

    // Two analysts of two centres on a shared channel, both synced.
    QString sharedChannel(HubDeviceHandle &a, HubDeviceHandle &b)
    {
        a.ws->sync().start();
        b.ws->sync().start();
        const QString ch = a.ws->chat().createGroup(
            QStringLiteral("Both centres"), QStringLiteral("shared"), QStringLiteral("green"));
        if (!QTest::qWaitFor([&] { return b.ws->chat().channel(ch).has_value(); }, 10000))
            return {};
        return ch;
    }

private slots:
    void init()
    {
        m_hub = std::make_unique<HubHarness>();
        QVERIFY(m_hub->startHub());
    }

    void cleanup() { m_hub.reset(); }

    void sniffsImagesByTheirBytes_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("kind");
        QTest::addRow("png") << tinyPng() << QStringLiteral("png");
        QTest::addRow("jpeg") << QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10)
                              << QStringLiteral("jpeg");
        QTest::addRow("gif") << QByteArray("GIF89a\x01\0\x01\0", 10) << QStringLiteral("gif");
        QTest::addRow("webp") << QByteArray("RIFF\x24\0\0\0WEBPVP8 ", 16) << QStringLiteral("webp");
        QTest::addRow("riff-not-webp") << QByteArray("RIFF\x24\0\0\0WAVEfmt ", 16) << QString();
        QTest::addRow("text named .png") << QByteArray("hello.png") << QString();
        QTest::addRow("empty") << QByteArray() << QString();
    }

    void sniffsImagesByTheirBytes()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, kind);
        QCOMPARE(ChatAttachments::sniffImage(head), kind);
    }

    // Text and two files from one centre to the other, then a message of files alone: each
    // file fetched on demand, the same bytes written out, owner-only.
    void filesReachAnotherDevice()
    {
        HubDeviceHandle &marie = m_hub->addDevice(kCcirc, QStringLiteral("Marie Tremblay"));
        HubDeviceHandle &dana = m_hub->addDevice(kUscert, QStringLiteral("Dana Lee"));
        const QString ch = sharedChannel(marie, dana);
        QVERIFY(!ch.isEmpty());
        const QByteArray report = randomBytes(600'000, 1); // three chunks
        const QString reportPath = writeFile(m_files, QStringLiteral("report.bin"), report);
        QSignalSpy uploaded(&marie.ws->sync().blobs(), &BlobTransfer::uploaded);
        const QString msg = marie.ws->attachments().send(
            ch, QStringLiteral("Two files"),
            {{reportPath, {}, {}}, {{}, tinyPng(), QStringLiteral("pasted.png")}});
        const QString onlyFiles = marie.ws->attachments().send(
            ch, QString(), {{{}, QByteArray("just a note"), QStringLiteral("note.txt")}});
        QCOMPARE(marie.ws->chat().message(onlyFiles)->body, QString());
        const auto mine = marie.ws->attachments().attachments(msg);
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine.at(0).name, QStringLiteral("report.bin"));
        QCOMPARE(mine.at(0).size, qint64(report.size()));
        QCOMPARE(mine.at(0).sha256, blob::sha256Hex(report));
        QCOMPARE(mine.at(1).name, QStringLiteral("pasted.png"));
        QCOMPARE(mine.at(1).mediaType, QStringLiteral("image/png"));
        QTRY_COMPARE_WITH_TIMEOUT(uploaded.count(), 3, 15000);
        for (const ChatAttachment &a : marie.ws->attachments().attachments(msg))
            QCOMPARE(marie.ws->attachments().state(a).kind, AttachmentState::Sent);

        QTRY_COMPARE_WITH_TIMEOUT(dana.ws->attachments().attachments(msg).size(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(dana.ws->attachments().attachments(onlyFiles).size(), 1, 10000);
        ChatAttachment got = dana.ws->attachments().attachments(msg).at(0);
        QVERIFY(!got.sentByMe);
        QVERIFY(!got.local);
        QCOMPARE(dana.ws->attachments().state(got).kind, AttachmentState::OnHub);
        // Not here yet: nothing to write out.
        QVERIFY_THROWS_EXCEPTION(
            BlobError,
            dana.ws->attachments().exportTo(got.id, m_files.filePath(QStringLiteral("x")), false));
        QList<AttachmentState::Kind> seen;
        QList<int> percents;
        connect(&dana.ws->attachments(), &ChatAttachments::changed, this,
                [&](const QString &, const QString &message) {
                    if (message != msg)
                        return;
                    const auto a = dana.ws->attachments().attachment(got.id);
                    const AttachmentState s = dana.ws->attachments().state(*a);
                    seen << s.kind;
                    percents << s.percent;
                });
        QVERIFY(dana.ws->attachments().download(got.id));
        QTRY_VERIFY_WITH_TIMEOUT(dana.ws->attachments().attachment(got.id)->local, 10000);
        QCOMPARE(dana.ws->attachments().state(*dana.ws->attachments().attachment(got.id)).kind,
                 AttachmentState::Ready);
        QVERIFY2(seen.contains(AttachmentState::Downloading),
                 qPrintable(QString::number(seen.size())));
        QVERIFY(std::any_of(percents.cbegin(), percents.cend(),
                            [](int p) { return p > 0 && p < 100; }));
        const QString out = m_files.filePath(QStringLiteral("saved-report.bin"));
        dana.ws->attachments().exportTo(got.id, out, false);
        QCOMPARE(readFile(out), report);
        QCOMPARE(QFile::permissions(out)
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                        | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        // The image and the files-only message's note too.
        const ChatAttachment png = dana.ws->attachments().attachments(msg).at(1);
        const ChatAttachment note = dana.ws->attachments().attachments(onlyFiles).at(0);
        dana.ws->attachments().download(png.id);
        dana.ws->attachments().download(note.id);
        QTRY_VERIFY_WITH_TIMEOUT(dana.ws->attachments().attachment(note.id)->local, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(dana.ws->attachments().attachment(png.id)->local, 10000);
        QCOMPARE(dana.ws->attachments().bytes(png), tinyPng());
        QCOMPARE(dana.ws->attachments().bytes(note), QByteArray("just a note"));
        QCOMPARE(ChatAttachments::sniffImage(dana.ws->attachments().head(png)),
                 QStringLiteral("png"));
    }

    // A file not yet at the hub is taken back: the record removed (for everyone), the bytes
    // gone from the profile, the message left; the hub never receives the file.
    void cancelledUploadLeavesTheMessage()
    {
        HubDeviceHandle &marie = m_hub->addDevice(kCcirc, QStringLiteral("Marie Tremblay"));
        HubDeviceHandle &dana = m_hub->addDevice(kUscert, QStringLiteral("Dana Lee"));
        const QString ch = sharedChannel(marie, dana);
        QVERIFY(!ch.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(marie), 10000);
        marie.ws->sync().stop();
        const QByteArray data = randomBytes(300'000, 2);
        const QString msg = marie.ws->attachments().send(
            ch, QStringLiteral("Wrong file, sorry"),
            {{writeFile(m_files, QStringLiteral("wrong.bin"), data), {}, {}}});
        const ChatAttachment a = marie.ws->attachments().attachments(msg).at(0);
        QVERIFY(a.uploadPending);
        QCOMPARE(marie.ws->attachments().state(a).kind, AttachmentState::Waiting);
        // Only the device that still has to send it can take it back.
        QSignalSpy changed(&marie.ws->attachments(), &ChatAttachments::changed);
        marie.ws->attachments().cancel(a.id);
        QVERIFY(changed.count() >= 1);
        QVERIFY(marie.ws->attachments().attachments(msg).isEmpty());
        QVERIFY(marie.ws->chat().message(msg).has_value());
        QVERIFY(!BlobStore(marie.ws->opLog().database()).info(a.sha256));
        marie.ws->sync().start();
        QTRY_VERIFY_WITH_TIMEOUT(dana.ws->chat().message(msg).has_value(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(marie) && upToDate(dana), 10000);
        QVERIFY(dana.ws->attachments().attachments(msg).isEmpty());
        QTest::qWait(300);
        QCOMPARE(m_hub->store().blobs().blobBytesStored(), qint64(0));
        QCOMPARE(marie.framesOfType("blob-status"), 0);
        // Cancelling what is already at the hub is refused; so is an unknown id.
        const QString sent = marie.ws->attachments().send(
            ch, QStringLiteral("Right file"), {{{}, QByteArray("right"), QStringLiteral("r.txt")}});
        const QString sentId = marie.ws->attachments().attachments(sent).at(0).id;
        QTRY_VERIFY_WITH_TIMEOUT(!marie.ws->attachments().attachment(sentId)->uploadPending, 10000);
        QCOMPARE(refusal([&] { marie.ws->attachments().cancel(sentId); }),
                 QStringLiteral("attachment/sent"));
        QCOMPARE(refusal([&] { marie.ws->attachments().cancel(QStringLiteral("nope")); }),
                 QStringLiteral("attachment/not-found"));
    }

    // An upload cut short by cancelling: no more chunks go, the hub never completes it.
    void cancelStopsAnUploadUnderWay()
    {
        HubDeviceHandle &marie = m_hub->addDevice(kCcirc, QStringLiteral("Marie Tremblay"));
        HubDeviceHandle &dana = m_hub->addDevice(kUscert, QStringLiteral("Dana Lee"));
        const QString ch = sharedChannel(marie, dana);
        QVERIFY(!ch.isEmpty());
        const QByteArray data = randomBytes(40 * blob::kChunkBytes, 3);
        const QString msg = marie.ws->attachments().send(
            ch, QStringLiteral("big"),
            {{writeFile(m_files, QStringLiteral("big.bin"), data), {}, {}}});
        const QString id = marie.ws->attachments().attachments(msg).at(0).id;
        bool cancelled = false;
        after(marie, "blob-stored", 3, [&] {
            QCOMPARE(marie.ws->attachments().state(*marie.ws->attachments().attachment(id)).kind,
                     AttachmentState::Uploading);
            marie.ws->attachments().cancel(id);
            cancelled = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(cancelled, 15000);
        const int stored = marie.framesOfType("blob-stored");
        QTest::qWait(500);
        // Only the window already in flight may still be answered.
        QVERIFY2(marie.framesOfType("blob-stored") <= stored + BlobTransfer::kWindow,
                 qPrintable(QString::number(marie.framesOfType("blob-stored"))));
        QVERIFY(m_hub->store().blobs().blobBytesStored() < data.size());
        QTRY_VERIFY_WITH_TIMEOUT(dana.ws->chat().message(msg).has_value(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(dana) && upToDate(marie), 10000);
        QVERIFY(dana.ws->attachments().attachments(msg).isEmpty());
    }

    // The hub goes down in the middle of an upload and comes back on the same port with the
    // same store: the client reconnects by itself and sends only the chunks the hub lacks.
    void uploadResumesAfterTheHubIsKilled()
    {
        HubDeviceHandle &marie = m_hub->addDevice(kCcirc, QStringLiteral("Marie Tremblay"));
        HubDeviceHandle &dana = m_hub->addDevice(kUscert, QStringLiteral("Dana Lee"));
        const QString ch = sharedChannel(marie, dana);
        QVERIFY(!ch.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(marie), 10000);
        const QByteArray data = randomBytes(40 * blob::kChunkBytes + 5, 4); // 41 chunks
        const QString msg = marie.ws->attachments().send(
            ch, QStringLiteral("big"),
            {{writeFile(m_files, QStringLiteral("big.bin"), data), {}, {}}});
        const ChatAttachment a = marie.ws->attachments().attachments(msg).at(0);
        bool killed = false;
        after(marie, "blob-stored", 5, [&] {
            m_hub->stopHub();
            killed = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(killed, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(marie.ws->sync().state() != SyncEngine::State::UpToDate, 5000);
        QVERIFY(marie.ws->attachments().attachment(a.id)->uploadPending);
        const int before = marie.framesOfType("blob-stored");
        QVERIFY(m_hub->startHub());
        const qint64 atHub = m_hub->store().blobs().blobBytesStored();
        QVERIFY2(atHub >= 5 * blob::kChunkBytes && atHub < data.size(),
                 qPrintable(QString::number(atHub)));
        QTRY_VERIFY_WITH_TIMEOUT(!marie.ws->attachments().attachment(a.id)->uploadPending, 20000);
        const int sentAgain = marie.framesOfType("blob-stored") - before;
        QCOMPARE(qint64(sentAgain), 41 - atHub / blob::kChunkBytes);
        QCOMPARE(marie.ws->attachments().state(*marie.ws->attachments().attachment(a.id)).kind,
                 AttachmentState::Sent);
        // The other device gets every byte.
        QTRY_COMPARE_WITH_TIMEOUT(dana.ws->attachments().attachments(msg).size(), 1, 10000);
        dana.ws->attachments().download(a.id);
        QTRY_VERIFY_WITH_TIMEOUT(dana.ws->attachments().attachment(a.id)->local, 15000);
        QCOMPARE(dana.ws->attachments().bytes(a), data);
    }

    // A download stopped by cancelling, then by a restart of the app: what arrived stays and
    // the next download asks only for the rest.
    void downloadResumesAfterCancelAndRestart()
    {
        HubDeviceHandle &marie = m_hub->addDevice(kCcirc, QStringLiteral("Marie Tremblay"));
        HubDeviceHandle &dana = m_hub->addDevice(kUscert, QStringLiteral("Dana Lee"));
        const QString ch = sharedChannel(marie, dana);
        QVERIFY(!ch.isEmpty());
        const QByteArray data = randomBytes(40 * blob::kChunkBytes + 9, 5); // 41 chunks
        QSignalSpy uploaded(&marie.ws->sync().blobs(), &BlobTransfer::uploaded);
        const QString msg = marie.ws->attachments().send(
            ch, QString(), {{writeFile(m_files, QStringLiteral("big.bin"), data), {}, {}}});
        QTRY_COMPARE_WITH_TIMEOUT(uploaded.count(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(dana.ws->attachments().attachments(msg).size(), 1, 10000);
        const ChatAttachment a = dana.ws->attachments().attachments(msg).at(0);
        const auto missing = [&] {
            return int(BlobStore(dana.ws->opLog().database()).missingChunks(a.sha256).size());
        };
        bool cancelled = false;
        after(dana, "blob-data", 3, [&] {
            dana.ws->attachments().cancel(a.id);
            cancelled = true;
        });
        dana.ws->attachments().download(a.id);
        QTRY_VERIFY_WITH_TIMEOUT(cancelled, 15000);
        QVERIFY(!dana.ws->sync().blobs().isQueued(a.sha256));
        QCOMPARE(dana.ws->attachments().state(*dana.ws->attachments().attachment(a.id)).kind,
                 AttachmentState::OnHub);
        QTest::qWait(300);
        const int afterCancel = missing();
        QVERIFY2(afterCancel > 0 && afterCancel <= 41 - 3,
                 qPrintable(QString::number(afterCancel)));
        // Again, and the app restarted in the middle of it.
        bool restarted = false;
        const int framesBefore = dana.framesOfType("blob-data");
        after(dana, "blob-data", framesBefore + 3, [&] {
            m_hub->restart(dana);
            restarted = true;
        });
        dana.ws->attachments().download(a.id);
        QTRY_VERIFY_WITH_TIMEOUT(restarted, 15000);
        const int afterRestart = missing();
        QVERIFY2(afterRestart < afterCancel, qPrintable(QString::number(afterRestart)));
        dana.ws->sync().start();
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(dana), 10000);
        QVERIFY(dana.ws->attachments().download(a.id));
        QTRY_VERIFY_WITH_TIMEOUT(dana.ws->attachments().attachment(a.id)->local, 15000);
        QCOMPARE(dana.framesOfType("blob-data"), afterRestart);
        QCOMPARE(dana.ws->attachments().bytes(a), data);
    }

    // Above the hub's limit (from its hello): refused before a byte is stored or an op is
    // written, whether a file or a pasted image; at the limit it goes.
    void fileAboveTheLimitIsRefused()
    {
        HubBlobs::BlobLimits limits;
        limits.maxBlobBytes = 1024 * 1024;
        m_hub->store().blobs().setBlobLimits(limits);
        HubDeviceHandle &marie = m_hub->addDevice(kCcirc, QStringLiteral("Marie Tremblay"));
        marie.ws->sync().start();
        const QString ch = marie.ws->chat().createGroup(
            QStringLiteral("Mine"), QStringLiteral("centre"), QStringLiteral("green"));
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(marie), 10000);
        QCOMPARE(marie.ws->attachments().limit(), limits.maxBlobBytes);
        Database &db = marie.ws->opLog().database();
        const int messages = marie.ws->chat().messageCount(ch);
        const int ops = count(db, "SELECT count(*) FROM ops");
        const QString big = writeFile(m_files, QStringLiteral("big.bin"),
                                      randomBytes(limits.maxBlobBytes + 1, 6));
        const QString fits
            = writeFile(m_files, QStringLiteral("fits.bin"), randomBytes(limits.maxBlobBytes, 7));
        QCOMPARE(refusal([&] { marie.ws->attachments().checkFile(big); }),
                 QStringLiteral("file/too-large"));
        QCOMPARE(refusal([&] {
                     marie.ws->attachments().send(ch, QStringLiteral("two"),
                                                  {{fits, {}, {}}, {big, {}, {}}});
                 }),
                 QStringLiteral("file/too-large"));
        QCOMPARE(refusal([&] {
                     marie.ws->attachments().send(
                         ch, QString(),
                         {{{}, randomBytes(limits.maxBlobBytes + 1, 8), QStringLiteral("p.png")}});
                 }),
                 QStringLiteral("file/too-large"));
        QCOMPARE(refusal([&] {
                     marie.ws->attachments().send(
                         ch, QString(), {{m_files.filePath(QStringLiteral("absent")), {}, {}}});
                 }),
                 QStringLiteral("file/unreadable"));
        QCOMPARE(marie.ws->chat().messageCount(ch), messages);
        QCOMPARE(count(db, "SELECT count(*) FROM ops"), ops);
        QCOMPARE(count(db, "SELECT count(*) FROM blobs"), 0);
        QCOMPARE(count(db, "SELECT count(*) FROM blob_chunks"), 0);
        const QString msg = marie.ws->attachments().send(ch, QString(), {{fits, {}, {}}});
        QCOMPARE(marie.ws->attachments().attachments(msg).size(), 1);
    }

    // A members-only channel's file: its members' devices may fetch it from the hub, another
    // analyst of the same centre may not (the same answer as for a file the hub lacks).
    void nonMemberCannotFetch()
    {
        HubDeviceHandle &marie = m_hub->addDevice(kCcirc, QStringLiteral("Marie Tremblay"));
        HubDeviceHandle &luc = m_hub->addDevice(kCcirc, QStringLiteral("Luc Gagnon"));
        HubDeviceHandle &paul = m_hub->addDevice(kCcirc, QStringLiteral("Paul Roy"));
        marie.ws->sync().start();
        luc.ws->sync().start();
        paul.ws->sync().start();
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(marie) && upToDate(luc) && upToDate(paul), 10000);
        const QString ch
            = marie.ws->chat().createGroup(QStringLiteral("Two of us"), QStringLiteral("members"),
                                           QStringLiteral("amber"), {luc.ws->identity().analystId});
        QSignalSpy uploaded(&marie.ws->sync().blobs(), &BlobTransfer::uploaded);
        const QByteArray data = randomBytes(70'000, 9);
        const QString msg = marie.ws->attachments().send(
            ch, QStringLiteral("for Luc"), {{{}, data, QStringLiteral("secret.bin")}});
        QTRY_COMPARE_WITH_TIMEOUT(uploaded.count(), 1, 10000);
        const QString sha = blob::sha256Hex(data);
        QTRY_COMPARE_WITH_TIMEOUT(luc.ws->attachments().attachments(msg).size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(paul), 10000);
        QVERIFY(!paul.ws->chat().channel(ch));
        const auto ask = [&](const QString &analystId) {
            DeviceKey key = DeviceKey::generate();
            m_hub->enrolRawDevice(analystId, key);
            RawClient raw(m_hub->port());
            if (!raw.authenticate(key))
                return QJsonObject();
            raw.send({{"t", "blob-get"}, {"sha256", sha}});
            for (int i = 0; i < 20; ++i) {
                const QJsonObject f = raw.next();
                const QString t = f.value(QLatin1String("t")).toString();
                if (f.isEmpty() || t == QLatin1String("blob-meta")
                    || t == QLatin1String("blob-refused"))
                    return f;
            }
            return QJsonObject();
        };
        const QJsonObject toPaul = ask(paul.ws->identity().analystId);
        QCOMPARE(toPaul.value("t").toString(), QStringLiteral("blob-refused"));
        QCOMPARE(toPaul.value("code").toString(), QStringLiteral("blob-not-found"));
        const QJsonObject toLuc = ask(luc.ws->identity().analystId);
        QCOMPARE(toLuc.value("t").toString(), QStringLiteral("blob-meta"));
        QCOMPARE(qint64(toLuc.value("size").toDouble()), qint64(data.size()));
        // And Luc's own client fetches it.
        luc.ws->attachments().download(luc.ws->attachments().attachments(msg).at(0).id);
        QTRY_VERIFY_WITH_TIMEOUT(luc.ws->attachments().attachments(msg).at(0).local, 10000);
    }

    // On an incident's channel a save or an open is a release in the incident's timeline;
    // elsewhere nothing is written to the log of records. A copy that no longer matches its
    // hash is not written out, and nothing is recorded.
    void savesAndOpensAreRecorded()
    {
        HubDeviceHandle &marie = m_hub->addDevice(kCcirc, QStringLiteral("Marie Tremblay"));
        IncidentDraft draft;
        draft.title = QStringLiteral("Phishing wave");
        draft.tlp = Tlp::Amber;
        const QString incident = marie.ws->incidents().createIncident(draft);
        const QString ic = marie.ws->chat().incidentChannel(incident);
        QVERIFY(!ic.isEmpty());
        const QString group = marie.ws->chat().createGroup(
            QStringLiteral("Mine"), QStringLiteral("centre"), QStringLiteral("amber"));
        const QByteArray data = randomBytes(300'000, 10);
        const QString m1 = marie.ws->attachments().send(ic, QStringLiteral("sample"),
                                                        {{{}, data, QStringLiteral("sample.eml")}});
        const QString m2 = marie.ws->attachments().send(group, QStringLiteral("sample"),
                                                        {{{}, data, QStringLiteral("sample.eml")}});
        const ChatAttachment inIncident = marie.ws->attachments().attachments(m1).at(0);
        const ChatAttachment inGroup = marie.ws->attachments().attachments(m2).at(0);
        const auto releases = [&](const QString &body) {
            int n = 0;
            for (const IncidentComment &c : marie.ws->incidents().comments(incident))
                n += c.kind == QLatin1String("release") && c.body == body ? 1 : 0;
            return n;
        };
        marie.ws->attachments().exportTo(inIncident.id, m_files.filePath(QStringLiteral("a")),
                                         false);
        QCOMPARE(releases(QStringLiteral("save-attachment tlp:amber")), 1);
        marie.ws->attachments().exportTo(inIncident.id, m_files.filePath(QStringLiteral("b")),
                                         true);
        QCOMPARE(releases(QStringLiteral("open-attachment tlp:amber")), 1);
        Database &db = marie.ws->opLog().database();
        const int ops = count(db, "SELECT count(*) FROM ops");
        marie.ws->attachments().exportTo(inGroup.id, m_files.filePath(QStringLiteral("c")), false);
        QCOMPARE(count(db, "SELECT count(*) FROM ops"), ops);
        QCOMPARE(readFile(m_files.filePath(QStringLiteral("c"))), data);
        // A chunk altered in the profile: nothing written, nothing recorded.
        db.cached("UPDATE blob_chunks SET data = ?1 WHERE sha256 = ?2 AND idx = 1")
            .bind(1, randomBytes(300'000 - blob::kChunkBytes, 11))
            .bind(2, inIncident.sha256)
            .exec();
        const QString bad = m_files.filePath(QStringLiteral("bad"));
        try {
            marie.ws->attachments().exportTo(inIncident.id, bad, false);
            QFAIL("a corrupt copy was written out");
        } catch (const BlobError &e) {
            QCOMPARE(e.kind(), BlobError::Kind::Corrupt);
        }
        QVERIFY(!QFile::exists(bad));
        QCOMPARE(releases(QStringLiteral("save-attachment tlp:amber")), 1);
    }
};

QTEST_MAIN(TestChatAttach)
#include "tst_chatattach.moc"
