// Every interactive control of every window has a name a screen reader (Orca, through Qt's
// accessibility) announces, in English and in French: the check walks each window and each page
// of its stacks (WindowWalk.h) and asks Qt's own accessible interface of each button, field,
// combo, check box, spin box and item view for its name (a label buddy or visible text counts,
// as Qt announces them). Models give cards and rows a sentence with their TLP and scope.
#include "TestSupport.h"
#include "WindowWalk.h"
#include "models/board/IncidentListModel.h"
#include "widgets/board/NewIncidentDialog.h"
#include "widgets/common/Translator.h"
#include "widgets/contacts/ContactDialog.h"
#include "widgets/incident/IncidentDialog.h"
#include "widgets/incident/ShareIncidentDialog.h"
#include "widgets/incident/ShareWithPeopleDialog.h"
#include "widgets/profile/ProfileSetupDialog.h"
#include "widgets/profile/UnlockDialog.h"
#include "widgets/schedule/CallDialog.h"
#include "widgets/schedule/VisitDialog.h"
#include "widgets/shell/MainWindow.h"
#include "widgets/shell/SettingsDialog.h"
#include "widgets/shell/ShortcutsDialog.h"

#include "services/IncidentService.h"
#include "services/ScheduleService.h"
#include "storage/Profile.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QVBoxLayout>

#include <functional>

using namespace liaison;

namespace {

bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || (qobject_cast<const QAbstractItemView *>(w) && !qobject_cast<const QHeaderView *>(w))
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTextEdit *>(w);
}

// Parts of a compound control that Qt announces through the control itself (a combo's line
// edit and list, a spin box's field, a tab bar's scroll arrows), and menus.
bool partOfAnother(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
            || qobject_cast<const QTabBar *>(p) || qobject_cast<const QMenu *>(p))
            return true;
        if (p->isWindow())
            break;
    }
    return false;
}

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p && !p->isWindow(); p = p->parentWidget()) {
        if (!p->objectName().isEmpty()) {
            path.prepend(p->objectName());
            if (path.size() >= 3)
                break;
        }
    }
    return QStringLiteral("%1 [%2]").arg(QLatin1String(w->metaObject()->className()),
                                         path.join(QLatin1Char('/')));
}

QStringList unnamedNow(QWidget *window, const QString &state)
{
    QStringList out;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!isInteractive(w) || !w->isVisibleTo(window) || partOfAnother(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            out << QStringLiteral("%1: %2").arg(state, describe(w));
    }
    return out;
}

QStringList unnamedControls(QWidget *window)
{
    QStringList out;
    test::walkPages(window, [&](const QString &state) { out << unnamedNow(window, state); });
    out.removeDuplicates();
    return out;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    ManualClock m_clock {1'760'000'000'000};
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_context;
    QString m_incident;

    static void expectAllNamed(QWidget *window, const QString &language)
    {
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCoreApplication::processEvents();
        const QStringList unnamed = unnamedControls(window);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(language + QStringLiteral(": no accessible name:\n  ")
                            + unnamed.join(QStringLiteral("\n  "))));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_context = test::enrolledWorkspace(m_dir, m_clock, "accessibility test passphrase");
        IncidentDraft draft;
        draft.title = QStringLiteral("Ransomware at a regional water utility");
        draft.tlp = Tlp::Amber;
        m_incident = m_context->incidents().createIncident(draft);
        m_context->incidents().addComment(m_incident, QStringLiteral("First report."));
        m_context->incidents().addIndicator(m_incident, IndicatorType::IPv4,
                                            QStringLiteral("203.0.113.45"));
    }

    void cleanupTestCase() { m_context.reset(); }

    // The check itself: an icon-only button without a name fails, a line edit named by its
    // label's buddy passes, a combo's own line edit is not counted apart from the combo.
    void checkerFindsUnnamedControls()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *icon = new QPushButton(&window);
        icon->setObjectName(QStringLiteral("iconOnly"));
        layout->addWidget(icon);
        auto *label = new QLabel(QStringLiteral("&Title"), &window);
        auto *edit = new QLineEdit(&window);
        label->setBuddy(edit);
        layout->addWidget(label);
        layout->addWidget(edit);
        auto *combo = new QComboBox(&window);
        combo->setEditable(true);
        combo->setAccessibleName(QStringLiteral("Sector"));
        layout->addWidget(combo);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList unnamed = unnamedControls(&window);
        QCOMPARE(unnamed.size(), 1);
        QVERIFY2(unnamed.first().contains(QLatin1String("iconOnly")), qPrintable(unnamed.first()));
        icon->setAccessibleName(QStringLiteral("Attach"));
        QVERIFY(unnamedControls(&window).isEmpty());
    }

    void mainWindow()
    {
        test::eachLanguage([this](const QString &language) {
            MainWindow window(*m_context);
            window.resize(1100, 700);
            expectAllNamed(&window, language);
        });
    }

    void incidentDialog()
    {
        test::eachLanguage([this](const QString &language) {
            IncidentDialog dialog(m_context->incidents(), m_incident);
            expectAllNamed(&dialog, language);
        });
    }

    void otherDialogs()
    {
        test::eachLanguage([this](const QString &language) {
            {
                SettingsDialog dialog(*m_context);
                expectAllNamed(&dialog, language);
            }
            {
                NewIncidentDialog dialog;
                expectAllNamed(&dialog, language);
            }
            {
                ProfileSetupDialog setup(m_dir.filePath(QStringLiteral("new-profile")));
                expectAllNamed(&setup, language);
            }
            {
                UnlockDialog unlock(m_dir.filePath(QStringLiteral("new-profile")));
                expectAllNamed(&unlock, language);
            }
            const auto incident = m_context->incidents().incident(m_incident);
            QVERIFY(incident);
            {
                ShareIncidentDialog share(*incident, m_context->incidents().comments(m_incident),
                                          [](const QString &id) { return id; });
                expectAllNamed(&share, language);
            }
            {
                ShareWithPeopleDialog people(*incident,
                                             {{QStringLiteral("dana"), QStringLiteral("Dana Lee"),
                                               QStringLiteral("USCERT")}},
                                             {});
                expectAllNamed(&people, language);
            }
            {
                VisitDialog visit(*m_context, QString(), QDate(2026, 3, 2));
                expectAllNamed(&visit, language);
            }
            {
                CallDialog call(*m_context, QString(), QDate(2026, 3, 2));
                expectAllNamed(&call, language);
            }
            {
                ContactDialog contact(m_context->schedule(), Contact {}, {});
                expectAllNamed(&contact, language);
            }
            {
                MainWindow window(*m_context);
                ShortcutsDialog shortcuts(&window);
                expectAllNamed(&shortcuts, language);
            }
        });
    }

    // A card and a table row are announced with their title, then TLP, scope and severity.
    void cardsAndRowsAreDescribed()
    {
        test::eachLanguage([this](const QString &language) {
            IncidentListModel model(m_context->incidents());
            QVERIFY(model.rowCount() > 0);
            int row = -1;
            for (int r = 0; r < model.rowCount(); ++r) {
                if (model.incidentAt(r).id == m_incident)
                    row = r;
            }
            QVERIFY(row >= 0);
            const QModelIndex title = model.index(row, IncidentListModel::TitleColumn);
            const QString name = title.data(Qt::AccessibleTextRole).toString();
            const QString description = title.data(Qt::AccessibleDescriptionRole).toString();
            QVERIFY2(name.contains(QLatin1String("Ransomware")), qPrintable(name));
            const QString tlp = model.index(row, IncidentListModel::TlpColumn).data().toString();
            QVERIFY2(description.contains(tlp),
                     qPrintable(language + QLatin1Char(' ') + description));
            const QString centreOnly = language == QLatin1String("fr")
                ? QStringLiteral("centre seulement")
                : QStringLiteral("centre only");
            QVERIFY2(description.contains(centreOnly, Qt::CaseInsensitive),
                     qPrintable(language + QLatin1Char(' ') + description));
            // Every column of the row is announced with the same sentence.
            QCOMPARE(model.index(row, IncidentListModel::TlpColumn)
                         .data(Qt::AccessibleDescriptionRole)
                         .toString(),
                     description);
        });
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
