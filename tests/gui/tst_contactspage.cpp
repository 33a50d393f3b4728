// The Contacts page over a real profile (offscreen, also at 200%): search and the centre, role
// and language filters, sorting, the card with the contact's local time, the analysts of the
// hub's directory listed and messaged through the main window, New through the dialog with a
// malformed address refused at its field, Delete asking first, a malformed vCard file
// refused whole with its line, export of the selected or listed contacts, a remote edit
// arriving live, and the page in French with unique mnemonics.
#include "TestSupport.h"

#include "domain/VCard.h"
#include "models/contacts/ContactListModel.h"
#include "services/ChatService.h"
#include "services/ScheduleService.h"
#include "storage/Profile.h"
#include "sync/OpLog.h"
#include "widgets/chat/ChatPage.h"
#include "widgets/common/DialogSupport.h"
#include "widgets/common/Translator.h"
#include "widgets/common/UiErrors.h"
#include "widgets/contacts/ContactDialog.h"
#include "widgets/contacts/ContactsPage.h"
#include "widgets/shell/MainWindow.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace liaison;

namespace {
// The mnemonic letter of a text ("&New…" -> 'n'), 0 without one.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

// Each mnemonic of the visible labels, buttons and check boxes under root, once.
QStringList duplicateMnemonics(QWidget *root, const QString &alsoTaken = {})
{
    QString seen = alsoTaken;
    QStringList duplicates;
    const auto check = [&](const QString &text) {
        const QChar m = mnemonic(text);
        if (m.isNull())
            return;
        if (seen.contains(m))
            duplicates << text;
        seen += m;
    };
    for (QLabel *l : root->findChildren<QLabel *>()) {
        if (l->buddy())
            check(l->text());
    }
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
        check(b->text());
    return duplicates;
}

// Runs action on the next modal dialog once it is shown (bounded wait).
void onNextDialog(const std::function<void(QDialog *)> &action)
{
    QTimer::singleShot(0, [action] {
        for (int i = 0; i < 200; ++i) {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                action(dialog);
                return;
            }
            QTest::qWait(10);
        }
    });
}

Contact contact(const char *name, const char *centre, const char *role, QStringList langs,
                const char *email)
{
    Contact c;
    c.name = QString::fromUtf8(name);
    c.centre = QLatin1String(centre);
    c.role = QLatin1String(role);
    c.languages = langs;
    c.emails = {QLatin1String(email)};
    return c;
}
} // namespace

class TestContactsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock {1'760'000'000'000};
    std::unique_ptr<Workspace> m_context;
    std::unique_ptr<test::TestReplica> m_remote; // Dana, of the other centre
    std::unique_ptr<ScheduleService> m_remoteSchedule;
    std::unique_ptr<ContactsPage> m_page;

    ScheduleService &schedule() { return m_context->schedule(); }
    int shown() const { return m_page->proxy()->rowCount(); }
    QString nameAt(int row) const
    {
        return m_page->proxy()->index(row, ContactListModel::NameColumn).data().toString();
    }
    int rowNamed(const QString &name) const
    {
        for (int r = 0; r < shown(); ++r) {
            if (nameAt(r) == name)
                return r;
        }
        return -1;
    }
    void selectRow(int row)
    {
        m_page->table()->setFocus();
        m_page->table()->selectRow(row);
    }
    void deliver() { m_context->opLog().applyRemote(m_remote->log->pendingOutbox(10000)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setErrorsSilentForTesting(true);
    }

    void init()
    {
        Translator::instance().apply(Translator::Language::English);
        auto profile = Profile::create(
            m_dir.filePath(QString::number(QRandomGenerator::global()->generate())),
            test::passphrase("contacts test passphrase"), KdfParams::fastForTests());
        m_context = std::make_unique<Workspace>(std::move(profile), m_clock);
        OpLog &log = m_context->opLog();
        log.setEnrolment(QStringLiteral("marie"), QStringLiteral("CCIRC"));
        m_remote = std::make_unique<test::TestReplica>(QStringLiteral("dana"),
                                                       QStringLiteral("USCERT"), m_clock);
        m_remoteSchedule = std::make_unique<ScheduleService>(*m_remote->log);
        for (OpLog *l : {&log, m_remote->log.get()}) {
            l->recordAnalyst(QStringLiteral("marie"), QStringLiteral("Marie Tremblay"),
                             QStringLiteral("CCIRC"));
            l->recordAnalyst(QStringLiteral("dana"), QStringLiteral("Dana Lee"),
                             QStringLiteral("USCERT"), QStringLiteral("lead"));
        }
        const auto &them = m_remote->log->identity();
        log.registerDevice(them.deviceId, them.key->publicKey(), them.analystId, them.centre);
        schedule().saveContact(contact("Alice Tremblay", "CCIRC", "Duty officer",
                                       {QStringLiteral("fr"), QStringLiteral("en")},
                                       "alice@cyber.example.ca"));
        Contact bob = contact("Bob Martin", "US-CERT", "Watch officer", {QStringLiteral("en")},
                              "bob@cisa.example.gov");
        bob.timezone = QStringLiteral("America/New_York");
        bob.workingHours = QStringLiteral("1-5 09:00-17:00");
        bob.phones = {QStringLiteral("+1 202 555 0100")};
        schedule().saveContact(bob);
        schedule().saveContact(contact("Chloé Roy", "CCIRC", "Watch officer",
                                       {QStringLiteral("fr")}, "chloe@cyber.example.ca"));
        m_page = std::make_unique<ContactsPage>(schedule(), [] {
            return QList<QPair<QString, QString>> {
                {QStringLiteral("dana"), QStringLiteral("Dana Lee")}};
        });
        m_page->resize(1000, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_remoteSchedule.reset();
        m_remote.reset();
        m_context.reset();
        setNextAnswerForTesting(std::nullopt);
        Translator::instance().apply(Translator::Language::English);
    }

    void searchFilterAndSort()
    {
        // Three contacts and Dana, from the hub's directory (not Marie: this device's own).
        QCOMPARE(shown(), 4);
        QCOMPARE(nameAt(0), QStringLiteral("Alice Tremblay"));
        // Tab goes from the filters to the list, as the page reads.
        QCOMPARE(
            m_page->findChild<QComboBox *>(QStringLiteral("languageFilter"))->nextInFocusChain(),
            m_page->table());
        auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("contactSearch"));
        QVERIFY(search);
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("cisa"));
        QCOMPARE(shown(), 1);
        QCOMPARE(nameAt(0), QStringLiteral("Bob Martin"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("watch"));
        QCOMPARE(shown(), 2);
        search->clear();
        QCOMPARE(shown(), 4);

        auto *centre = m_page->findChild<QComboBox *>(QStringLiteral("centreFilter"));
        QCOMPARE(centre->findText(QStringLiteral("CCIRC")) > 0, true);
        centre->setCurrentIndex(centre->findText(QStringLiteral("CCIRC")));
        QCOMPARE(shown(), 2);
        auto *language = m_page->findChild<QComboBox *>(QStringLiteral("languageFilter"));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QCOMPARE(shown(), 1);
        QCOMPARE(nameAt(0), QStringLiteral("Alice Tremblay"));
        centre->setCurrentIndex(0);
        QCOMPARE(shown(), 2); // Alice and Bob speak English
        language->setCurrentIndex(0);
        auto *role = m_page->findChild<QComboBox *>(QStringLiteral("roleFilter"));
        role->setCurrentIndex(role->findText(QStringLiteral("Team lead")));
        QCOMPARE(shown(), 1);
        QCOMPARE(nameAt(0), QStringLiteral("Dana Lee"));
        role->setCurrentIndex(0);

        // Sorted by a click on a header, and back.
        QHeaderView *header = m_page->table()->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(ContactListModel::NameColumn) + 5,
                                 header->height() / 2));
        QCOMPARE(nameAt(0), QStringLiteral("Dana Lee"));
        m_page->table()->sortByColumn(ContactListModel::CentreColumn, Qt::AscendingOrder);
        QCOMPARE(m_page->proxy()->index(0, ContactListModel::CentreColumn).data().toString(),
                 QStringLiteral("CCIRC"));
    }

    void cardShowsTheContactAndTheirTime()
    {
        selectRow(rowNamed(QStringLiteral("Bob Martin")));
        QVERIFY(m_page->currentContact());
        const QString card = m_page->cardText();
        QVERIFY(card.contains(QStringLiteral("bob@cisa.example.gov")));
        QVERIFY(card.contains(QStringLiteral("+1 202 555 0100")));
        QVERIFY(card.contains(QStringLiteral("English")));
        QVERIFY(card.contains(QStringLiteral("Their time now")));
        QVERIFY(card.contains(QStringLiteral("Monday to Friday")));
        QVERIFY(m_page->editButton()->isEnabled());
        QVERIFY(!m_page->messageButton()->isEnabled()); // Bob has no Liaison account
        QVERIFY(!card.contains(QStringLiteral("Weekly sync")));
        // A call with Bob shows on his card as soon as it is planned.
        Visit call;
        call.title = QStringLiteral("Weekly sync");
        call.kind = QStringLiteral("call");
        call.timezone = QStringLiteral("America/Toronto");
        call.startsAt = QDateTime::currentDateTimeUtc().addDays(2);
        call.endsAt = call.startsAt.addSecs(1800);
        const QString callId = schedule().saveVisit(call);
        VisitAttendee bob;
        bob.contactId = m_page->currentContact()->id;
        bob.role = QStringLiteral("required");
        schedule().addAttendee(callId, bob);
        QVERIFY(m_page->cardText().contains(QStringLiteral("Weekly sync")));

        selectRow(rowNamed(QStringLiteral("Dana Lee")));
        QVERIFY(m_page->cardText().contains(QStringLiteral("Liaison team lead")));
        QVERIFY(!m_page->editButton()->isEnabled()); // derived from the directory
        QVERIFY(m_page->messageButton()->isEnabled());
        QSignalSpy message(m_page.get(), &ContactsPage::messageRequested);
        QTest::mouseClick(m_page->messageButton(), Qt::LeftButton);
        QCOMPARE(message.count(), 1);
        QCOMPARE(message.at(0).at(0).toString(), QStringLiteral("dana"));
    }

    void messageOpensTheDirectConversation()
    {
        m_page.reset();
        MainWindow window(*m_context);
        window.show();
        window.showPage(MainWindow::ContactsPage);
        ContactsPage *page = window.contactsPage();
        QVERIFY(page);
        QVERIFY(page->selectContact({}, QStringLiteral("dana")));
        QTest::mouseClick(page->messageButton(), Qt::LeftButton);
        QCOMPARE(window.currentPage(), MainWindow::ChatPage);
        QCOMPARE(window.chatPage()->currentChannel(),
                 ChatService::directChannelId(QStringLiteral("marie"), QStringLiteral("dana")));
    }

    void newContactRefusesABadAddressAtTheField()
    {
        QString firstError;
        bool stillOpen = false;
        onNextDialog([&](QDialog *d) {
            auto *dialog = qobject_cast<ContactDialog *>(d);
            QVERIFY(dialog);
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
            QTest::keyClicks(name, QStringLiteral("Dominique Lavoie"));
            auto *emails = dialog->findChild<QPlainTextEdit *>(QStringLiteral("email"));
            emails->setFocus();
            QTest::keyClicks(emails, QStringLiteral("dominique.example.ca"));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QTest::mouseClick(ok, Qt::LeftButton);
            firstError = dialog->fieldError(QStringLiteral("email"));
            stillOpen = dialog->isVisible();
            QCOMPARE(dialog->focusWidget(), emails);
            emails->setPlainText(QStringLiteral("dominique@cyber.example.ca\nd.lavoie@example.ca"));
            dialog->findChild<QCheckBox *>(QStringLiteral("english"))->setChecked(true);
            auto *zone = dialog->findChild<QComboBox *>(QStringLiteral("timezone"));
            zone->setCurrentIndex(zone->findData(QStringLiteral("America/St_Johns")));
            dialog->findChild<QCheckBox *>(QStringLiteral("shared"))->setChecked(true);
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(m_page->newButton(), Qt::LeftButton);
        QVERIFY(stillOpen);
        QCOMPARE(firstError, QStringLiteral("The email address is not valid."));
        QCOMPARE(schedule().contacts().size(), 4);
        const Contact *made = m_page->currentContact();
        QVERIFY(made);
        QCOMPARE(made->name, QStringLiteral("Dominique Lavoie"));
        QCOMPARE(made->emails.size(), 2);
        QCOMPARE(made->languages, QStringList {QStringLiteral("en")});
        QCOMPARE(made->timezone, QStringLiteral("America/St_Johns"));
        QCOMPARE(made->scope, QStringLiteral("shared"));
        QVERIFY(m_page->cardText().contains(QStringLiteral("Shared")));
    }

    void deleteAsksFirst()
    {
        selectRow(rowNamed(QStringLiteral("Chloé Roy")));
        setNextAnswerForTesting(false);
        QTest::mouseClick(m_page->deleteButton(), Qt::LeftButton);
        QCOMPARE(schedule().contacts().size(), 3);
        QVERIFY(m_page->currentContact());
        QCOMPARE(m_page->currentContact()->name, QStringLiteral("Chloé Roy"));
        const QString errorBefore = lastErrorForTesting();
        setNextAnswerForTesting(true);
        QTest::mouseClick(m_page->deleteButton(), Qt::LeftButton);
        QCOMPARE(lastErrorForTesting(), errorBefore);
        QCOMPARE(schedule().contacts().size(), 2);
        QCOMPARE(rowNamed(QStringLiteral("Chloé Roy")), -1);
    }

    void badFileImportsNothing()
    {
        const QString path = test::writeFile(
            m_dir, QStringLiteral("bad.vcf"),
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:New Person\r\nEMAIL:new@example.ca\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Broken\r\nEMAIL;TYPE=work\r\nEND:VCARD\r\n");
        const int ops = int(m_context->opLog().database().scalarInt("SELECT count(*) FROM ops"));
        QVERIFY(!m_page->importFile(path));
        const QString error = lastErrorForTesting();
        QVERIFY2(error.startsWith(QStringLiteral("Nothing was imported.")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("9")), qPrintable(error)); // the line
        QCOMPARE(int(m_context->opLog().database().scalarInt("SELECT count(*) FROM ops")), ops);
        QCOMPARE(shown(), 4);

        const QString good = test::writeFile(
            m_dir, QStringLiteral("good.vcf"),
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:New Person\r\nEMAIL:new@example.ca\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Alice T.\r\nEMAIL:alice@cyber.example.ca\r\n"
            "END:VCARD\r\n");
        QVERIFY(m_page->importFile(good));
        QCOMPARE(shown(), 5); // one new, Alice updated
        QVERIFY(rowNamed(QStringLiteral("Alice T.")) >= 0);
        QCOMPARE(m_page->currentContact()->name, QStringLiteral("New Person"));
    }

    void exportSelectedOrAll()
    {
        const QString all = m_dir.filePath(QStringLiteral("all.vcf"));
        QVERIFY(m_page->exportFile(all));
        QFile f(all);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(parseVCards(f.readAll()).size(), 4);
        f.close();
        m_page->table()->selectRow(rowNamed(QStringLiteral("Alice Tremblay")));
        m_page->table()->selectionModel()->select(
            m_page->proxy()->index(rowNamed(QStringLiteral("Bob Martin")), 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QString two = m_dir.filePath(QStringLiteral("two.vcf"));
        QVERIFY(m_page->exportFile(two));
        QFile g(two);
        QVERIFY(g.open(QIODevice::ReadOnly));
        const QList<VCardContact> cards = parseVCards(g.readAll());
        QCOMPARE(cards.size(), 2);
        QCOMPARE(cards.at(0).fullName, QStringLiteral("Alice Tremblay"));
        QVERIFY(!m_page->exportFile(m_dir.filePath(QStringLiteral("missing/folder/x.vcf"))));
        QVERIFY(lastErrorForTesting().startsWith(QStringLiteral("The vCard file could not")));
    }

    void remoteEditsArriveLive()
    {
        selectRow(rowNamed(QStringLiteral("Bob Martin")));
        Contact eve = contact("Eve Adams", "US-CERT", "Analyst", {QStringLiteral("en")},
                              "eve@cisa.example.gov");
        eve.scope = QStringLiteral("shared");
        m_remoteSchedule->saveContact(eve);
        deliver();
        QCOMPARE(shown(), 5);
        QVERIFY(rowNamed(QStringLiteral("Eve Adams")) >= 0);
        QCOMPARE(m_page->currentContact()->name, QStringLiteral("Bob Martin")); // kept
    }

    void inFrenchWithUniqueMnemonics()
    {
        // The main window's menus take F, V, I, L, H (EN) and F, A, I, L, D (FR).
        QVERIFY2(duplicateMnemonics(m_page.get(), QStringLiteral("fvilh")).isEmpty(),
                 qPrintable(duplicateMnemonics(m_page.get(), QStringLiteral("fvilh")).join(u' ')));
        Translator::instance().apply(Translator::Language::French);
        QTRY_COMPARE(m_page->newButton()->text(), QStringLiteral("&Nouveau…"));
        // The model's words follow live: the role filter offers the directory's team leads.
        auto *role = m_page->findChild<QComboBox *>(QStringLiteral("roleFilter"));
        QVERIFY(role->findText(QStringLiteral("Chef d’équipe")) > 0);
        QCOMPARE(role->itemText(0), QStringLiteral("Tous les rôles"));
        QVERIFY2(duplicateMnemonics(m_page.get(), QStringLiteral("fail")).isEmpty(),
                 qPrintable(duplicateMnemonics(m_page.get(), QStringLiteral("fail")).join(u' ')));
        selectRow(rowNamed(QStringLiteral("Bob Martin")));
        const QString card = m_page->cardText();
        QVERIFY2(card.contains(QStringLiteral("anglais")), qPrintable(card));
        QVERIFY(card.contains(QStringLiteral("lundi au vendredi")));
        QCOMPARE(m_page->model()->headerData(ContactListModel::RoleColumn, Qt::Horizontal,
                                             Qt::DisplayRole),
                 QVariant(QStringLiteral("Rôle")));
        // The dialog too, in both languages.
        for (const auto language : {Translator::Language::French, Translator::Language::English}) {
            Translator::instance().apply(language);
            ContactDialog dialog(schedule(), Contact {}, {}, m_page.get());
            dialog.show();
            QVERIFY2(duplicateMnemonics(&dialog).isEmpty(),
                     qPrintable(duplicateMnemonics(&dialog).join(u' ')));
        }
    }
};

QTEST_MAIN(TestContactsPage)
#include "tst_contactspage.moc"
