#include "TestSupport.h"
#include "models/board/IncidentListModel.h"
#include "widgets/common/Translator.h"
#include "widgets/common/UiErrors.h"
#include "widgets/shell/MainWindow.h"
#include "workspace/Workspace.h"

#include "domain/DomainText.h"
#include "domain/Schema.h"
#include "services/IncidentService.h"
#include "services/ScheduleService.h"

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace liaison;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one, or one per plural form
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage {context, {}, {}, {}, false};
            message.numerus
                = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations << xml.readElementText();
                messages << message;
                continue;
            }
            while (xml.readNextStartElement())
                message.translations << xml.readElementText();
            messages << message;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString describe(const TsMessage &m)
{
    return m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void frenchIsComplete();
    void englishPluralsAreFilled();
    void frenchTranslatorIsInstalled();
    void mainWindowSwitchesLive();
    void registryRefusalsAreTranslated();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LiaisonTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
}

void TestTranslations::cleanupTestCase()
{
    Translator::instance().apply(Translator::Language::English);
}

void TestTranslations::frenchIsComplete()
{
    QString error;
    const auto messages
        = readTs(QStringLiteral(LIAISON_SOURCE_DIR "/translations/liaison_fr.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 40);

    static const QRegularExpression arg(QStringLiteral("%[1-9]"));
    QStringList problems;
    for (const TsMessage &m : messages) {
        if (m.type == QLatin1String("unfinished"))
            problems << QStringLiteral("unfinished: ") + describe(m);
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            problems << QStringLiteral("obsolete: ") + describe(m);
        if (m.translations.isEmpty() || m.translations.contains(QString()))
            problems << QStringLiteral("empty translation: ") + describe(m);
        if (m.numerus && m.translations.size() != 2)
            problems << QStringLiteral("French needs two plural forms: ") + describe(m);
        // Every %1..%9 of the source must survive in each form of the translation.
        auto args = arg.globalMatch(m.source);
        while (args.hasNext()) {
            const QString placeholder = args.next().captured();
            for (const QString &t : m.translations) {
                if (!t.contains(placeholder))
                    problems << placeholder + QStringLiteral(" missing: ") + describe(m);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::englishPluralsAreFilled()
{
    QString error;
    const auto messages
        = readTs(QStringLiteral(LIAISON_SOURCE_DIR "/translations/liaison_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    int plurals = 0;
    for (const TsMessage &m : messages) {
        if (!m.numerus)
            continue;
        ++plurals;
        if (m.type == QLatin1String("unfinished") || m.translations.size() != 2
            || m.translations.contains(QString()))
            problems << describe(m);
    }
    QVERIFY(plurals > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::frenchTranslatorIsInstalled()
{
    auto &translator = Translator::instance();
    translator.apply(Translator::Language::French);
    QCOMPARE(translator.effective(), Translator::Language::French);
    QCOMPARE(translator.currentLocaleName(), QStringLiteral("fr_CA"));
    QCOMPARE(QCoreApplication::translate("liaison::MainWindow", "Board"),
             QStringLiteral("Tableau"));
    QCOMPARE(statusLabel(QStringLiteral("investigating")), QStringLiteral("Enquête en cours"));
    // Plural forms come from the .qm, in both languages.
    QCOMPARE(QCoreApplication::translate("liaison::MainWindow", "%n change(s) waiting to sync",
                                         nullptr, 1),
             QStringLiteral("1 modification en attente de synchronisation"));
    translator.apply(Translator::Language::English);
    QCOMPARE(translator.currentLocaleName(), QStringLiteral("en_CA"));
    QCOMPARE(QCoreApplication::translate("liaison::MainWindow", "%n change(s) waiting to sync",
                                         nullptr, 2),
             QStringLiteral("2 changes waiting to sync"));
    QCOMPARE(QCoreApplication::translate("liaison::MainWindow", "%n change(s) waiting to sync",
                                         nullptr, 1),
             QStringLiteral("1 change waiting to sync"));
}

void TestTranslations::mainWindowSwitchesLive()
{
    auto &translator = Translator::instance();
    translator.apply(Translator::Language::English);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto profile = Profile::create(dir.path(), test::passphrase("correct horse battery staple"),
                                   KdfParams::fastForTests());
    Workspace context(std::move(profile));
    MainWindow window(context);
    window.show();

    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("syncStatus"));
    QVERIFY(nav && status);
    QCOMPARE(nav->item(MainWindow::BoardPage)->text(), QStringLiteral("Board"));
    QCOMPARE(status->text(), QStringLiteral("Offline — not enrolled with a hub"));

    translator.apply(Translator::Language::French);
    QTRY_COMPARE(nav->item(MainWindow::BoardPage)->text(), QStringLiteral("Tableau"));
    QCOMPARE(status->text(), QStringLiteral("Hors ligne — non inscrit auprès d'un concentrateur"));
    QCOMPARE(window.incidentModel()
                 ->headerData(IncidentListModel::TitleColumn, Qt::Horizontal)
                 .toString(),
             QStringLiteral("Titre"));

    translator.apply(Translator::Language::English);
    QTRY_COMPARE(nav->item(MainWindow::BoardPage)->text(), QStringLiteral("Board"));
}

// What the registry refuses (a title over its length, a contact's phone over its length, a
// blank required name) reaches the analyst as a sentence in their language, naming the field.
void TestTranslations::registryRefusalsAreTranslated()
{
    ManualClock clock;
    test::TestReplica r(QStringLiteral("marie"), QStringLiteral("CCIRC"), clock);
    IncidentService incidents(*r.log);
    ScheduleService schedule(*r.log);
    const auto refusal = [](const std::function<void()> &action) {
        try {
            action();
        } catch (const ValidationError &e) {
            return validationText(e);
        }
        return QString();
    };
    IncidentDraft draft;
    draft.title = QString(kMaxLabel + 1, QLatin1Char('x'));
    Contact contact;
    contact.name = QStringLiteral("Jean Tremblay");
    contact.phones = {QString(kMaxLabel + 1, QLatin1Char('1'))};
    Contact unnamed;
    unnamed.name = QStringLiteral("  ");
    auto &translator = Translator::instance();
    translator.apply(Translator::Language::French);
    QCOMPARE(refusal([&] { incidents.createIncident(draft); }),
             QString::fromUtf8("Le champ « titre » est trop long."));
    QCOMPARE(refusal([&] { schedule.saveContact(contact); }),
             QString::fromUtf8("Le champ « numéro de téléphone » est trop long."));
    QCOMPARE(refusal([&] { schedule.saveContact(unnamed); }),
             QString::fromUtf8("Le champ « nom » est obligatoire."));
    translator.apply(Translator::Language::English);
    QCOMPARE(refusal([&] { incidents.createIncident(draft); }),
             QStringLiteral("The title is too long."));
    QCOMPARE(r.log->outboxSize(), 0);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
