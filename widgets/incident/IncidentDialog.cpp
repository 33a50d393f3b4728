#include "IncidentDialog.h"

#include "models/incident/IncidentHistoryModel.h"
#include "widgets/common/DialogSupport.h"
#include "widgets/common/UiErrors.h"
#include "widgets/incident/ChangedElsewhere.h"
#include "widgets/incident/CommentsTab.h"
#include "widgets/incident/EvidenceTab.h"
#include "widgets/incident/HistoryTab.h"
#include "widgets/incident/IncidentExport.h"
#include "widgets/incident/IncidentForm.h"
#include "widgets/incident/IndicatorsTab.h"
#include "widgets/incident/ShareIncidentDialog.h"
#include "widgets/incident/ShareWithPeopleDialog.h"
#include "widgets/incident/TasksTab.h"

#include "domain/DomainText.h"
#include "domain/Enums.h"
#include "domain/IncidentReference.h"
#include "domain/Schema.h"
#include "services/DraftStore.h"
#include "services/IncidentService.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace liaison {

IncidentDialog::IncidentDialog(IncidentService &service, const QString &incidentId, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_id(incidentId)
{
    setObjectName(QStringLiteral("incidentDialog"));
    resize(860, 640);

    m_form = new IncidentForm(this);
    connect(m_form, &IncidentForm::shareRequested, this, [this] { share(); });
    connect(m_form, &IncidentForm::exportRequested, this, [this](ExportFormat format) {
        exportIncidentsInteractively(this, m_service, {m_id}, format, QStringLiteral("incident"));
    });
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("changedNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; "
                                           "padding: 6px; border-radius: 4px; }"));
    m_notice->hide();
    m_changed = new ChangedElsewhereBanner(this);
    connect(m_changed, &ChangedElsewhereBanner::compareRequested, this,
            [this] { compareConflicts(); });

    m_indicators = new IndicatorsTab(m_service, m_id, this);
    connect(m_indicators, &IndicatorsTab::incidentRequested, this,
            &IncidentDialog::incidentRequested);
    m_comments = new CommentsTab(
        m_service, m_id, [this](const QString &analyst) { return m_service.analystName(analyst); },
        this);
    connect(m_comments, &CommentsTab::shareCommentRequested, this,
            [this](const QString &id) { shareComment(id); });
    m_tasks = new TasksTab(m_service, m_id, this);
    m_evidence = new EvidenceTab(
        m_service, m_id, [this](const QString &analyst) { return m_service.analystName(analyst); },
        this);
    m_history = new HistoryTab(m_service, m_id, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("incidentTabs"));
    m_tabs->addTab(m_indicators, QString());
    m_tabs->addTab(m_comments, QString());
    m_tabs->addTab(m_tasks, QString());
    m_tabs->addTab(m_evidence, QString());
    m_tabs->addTab(m_history, QString());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    QPushButton *saveButton = buttons->button(QDialogButtonBox::Save);
    saveButton->setShortcut(QKeySequence::Save);
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The incident's channel (made on first use), on the main window's Chat page.
    m_chatButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_chatButton->setObjectName(QStringLiteral("incidentChat"));
    connect(m_chatButton, &QPushButton::clicked, this, [this] { emit chatRequested(m_id); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_changed);
    layout->addWidget(m_notice);
    layout->addWidget(m_form);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    // After the tabs' models: the history is up to date when onChanged asks who changed it.
    connect(&m_service, &IncidentService::incidentChanged, this, &IncidentDialog::onChanged);
    load(false);
    retranslateUi();
    m_service.markSeen(m_id);
}

void IncidentDialog::setTransfer(BlobTransfer *transfer)
{
    m_evidence->setTransfer(transfer);
}

QLineEdit *IncidentDialog::titleEdit() const
{
    return m_form->titleEdit();
}

void IncidentDialog::retranslateUi()
{
    updateWindowTitle();
    m_tabs->setTabText(m_tabs->indexOf(m_indicators), tr("&Indicators"));
    m_tabs->setTabText(m_tabs->indexOf(m_comments), tr("&Comments and timeline"));
    m_tabs->setTabText(m_tabs->indexOf(m_tasks), tr("T&asks and assignees"));
    //: Tab of the incident window: files kept on the incident
    m_tabs->setTabText(m_tabs->indexOf(m_evidence), tr("&Evidence"));
    m_tabs->setTabText(m_tabs->indexOf(m_history), tr("&History"));
    //: Opens the incident's chat channel
    m_chatButton->setText(tr("Incident cha&nnel"));
}

void IncidentDialog::updateWindowTitle()
{
    if (m_reference.isEmpty())
        //: Window title: %1 is the incident title
        setWindowTitle(tr("Incident — %1").arg(m_title));
    else
        //: Window title: %1 is the incident reference (CCIRC-2026-7KQ4MX), %2 its title
        setWindowTitle(tr("%1 — %2").arg(m_reference, m_title));
}

void IncidentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void IncidentDialog::load(bool keepEdits)
{
    const auto incident = m_service.incident(m_id);
    if (!incident)
        return;
    m_title = incident->title;
    m_reference = incidentReference(incident->ownerCentre, incident->createdAt, incident->id);
    updateWindowTitle();
    QStringList named;
    for (const auto &m : m_service.members(m_id))
        named << m.name;
    m_form->load(*incident, m_service.identity().centre, keepEdits, named);
    m_comments->setIncident(incident->scope == QLatin1String(kScopeShared), incident->ownerCentre);
}

void IncidentDialog::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->show();
}

void IncidentDialog::onChanged(const QString &id, const QStringList &fields)
{
    if (id != m_id)
        return;
    for (const QString &f : fields) {
        if (m_form->isDirty(f) && !m_conflicts.contains(f))
            m_conflicts << f;
    }
    // Named in the form's order (title, summary, status...).
    const QStringList order = IncidentForm::fields();
    std::sort(m_conflicts.begin(), m_conflicts.end(), [&order](const QString &a, const QString &b) {
        return order.indexOf(a) < order.indexOf(b);
    });
    load(true);
    updateConflicts();
}

namespace {
// A field of the incident as stored, by its name (IncidentForm::fields()).
QString storedValue(const Incident &incident, const QString &field)
{
    if (field == QLatin1String("title"))
        return incident.title;
    if (field == QLatin1String("summary"))
        return incident.summary;
    if (field == QLatin1String("status"))
        return incident.status;
    if (field == QLatin1String("severity"))
        return incident.severity;
    if (field == QLatin1String("tlp"))
        return incident.tlp;
    if (field == QLatin1String("sector"))
        return incident.sector;
    if (field == QLatin1String("pap"))
        return incident.pap;
    return {};
}
} // namespace

QList<ConflictField> IncidentDialog::conflicts() const
{
    QList<ConflictField> out;
    const auto incident = m_service.incident(m_id);
    if (!incident)
        return out;
    const IncidentHistoryModel *history = m_history->model();
    const auto shown = [&](const QString &field, const QString &value) {
        // Texts as they are; keys as their labels (the history's words).
        if (field == QLatin1String("title") || field == QLatin1String("summary"))
            return value;
        return history->valueText(QStringLiteral("incident"), field, value);
    };
    for (const QString &field : m_conflicts) {
        if (!m_form->isDirty(field))
            continue;
        QString who = history->latestAuthorOf(field);
        if (who.isEmpty())
            who = tr("Someone else");
        out.append({field, who, shown(field, storedValue(*incident, field)),
                    shown(field, m_form->value(field))});
    }
    return out;
}

void IncidentDialog::updateConflicts()
{
    // A field saved or given up since is no longer in conflict.
    m_conflicts.erase(std::remove_if(m_conflicts.begin(), m_conflicts.end(),
                                     [this](const QString &f) { return !m_form->isDirty(f); }),
                      m_conflicts.end());
    m_changed->setConflicts(conflicts());
}

bool IncidentDialog::compareConflicts()
{
    QHash<QString, bool> choices;
    if (!CompareChangesDialog::ask(this, conflicts(), &choices))
        return false;
    return resolveConflicts(choices);
}

bool IncidentDialog::resolveConflicts(const QHash<QString, bool> &keepMine)
{
    QSet<QString> mine;
    for (auto it = keepMine.begin(); it != keepMine.end(); ++it) {
        if (!m_form->isDirty(it.key()))
            continue;
        if (it.value())
            mine.insert(it.key());
        else
            m_form->clearDirty(it.key()); // theirs: the box takes the stored value back
    }
    const bool saved = mine.isEmpty() || saveFields(mine);
    load(true);
    updateConflicts();
    return saved;
}

bool IncidentDialog::hasUnsavedChanges() const
{
    return !m_form->dirtyFields().isEmpty();
}

bool IncidentDialog::save()
{
    const QSet<QString> changed = m_form->dirtyFields(); // a copy: saving clears them
    return saveFields(changed);
}

bool IncidentDialog::saveFields(const QSet<QString> &only)
{
    const auto wants = [&](const char *field) {
        const QString name = QLatin1String(field);
        return only.contains(name) && m_form->isDirty(name);
    };
    const auto before = m_service.incident(m_id);
    Tlp from {};
    const bool knownFrom = before && parseTlp(before->tlp, &from);
    Tlp wanted {};
    const bool tlpDirty = wants("tlp") && parseTlp(m_form->value(QStringLiteral("tlp")), &wanted)
        && !(knownFrom && wanted == from);
    QString reason;
    // Lowering TLP:AMBER+STRICT is a release of its own: asked for, with a reason on record.
    if (tlpDirty && knownFrom && from == Tlp::AmberStrict && wanted < Tlp::AmberStrict
        && !askText(this, tr("Lower the marking?"),
                    //: %1 is the new TLP label
                    tr("This incident is marked TLP:AMBER+STRICT. Lowering it to %1 lets it "
                       "be shared outside your centre. Why? (kept in the signed timeline)")
                        .arg(tlpLabel(wanted)),
                    &reason)) {
        showNotice(tr("Not saved: lowering TLP:AMBER+STRICT needs a reason."));
        return false;
    }
    try {
        // Every changed field in one transaction: a refused value saves nothing.
        IncidentEdit edit;
        if (wants("title"))
            edit.title = m_form->value(QStringLiteral("title"));
        if (wants("summary"))
            edit.summary = m_form->value(QStringLiteral("summary"));
        IncidentStatus status {};
        if (wants("status") && parseStatus(m_form->value(QStringLiteral("status")), &status))
            edit.status = status;
        Severity severity {};
        if (wants("severity")
            && parseSeverity(m_form->value(QStringLiteral("severity")), &severity))
            edit.severity = severity;
        if (tlpDirty) {
            edit.tlp = wanted;
            edit.tlpReason = reason;
        }
        if (wants("sector"))
            edit.sector = m_form->value(QStringLiteral("sector"));
        m_service.edit(m_id, edit);
    } catch (const ValidationError &e) {
        //: %1 is why, e.g. "The title is too long."
        showNotice(tr("Not saved: %1").arg(validationText(e)));
        return false;
    } catch (const std::exception &) {
        runGuarded(this, [] { throw; });
        return false;
    }
    for (const QString &field : only)
        m_form->clearDirty(field);
    m_notice->hide();
    load(true);
    updateConflicts();
    if (tlpDirty && knownFrom && wanted > from && before->scope == QLatin1String(kScopeShared)) {
        //: %1 the TLP label it had when it was shared, %2 the new one
        showNotice(tr("The counterpart centre already holds this incident: it received "
                      "it marked %1. From now on it is marked %2; tell them, as the "
                      "marking does not take back what they have.")
                       .arg(tlpLabel(from), tlpLabel(wanted)));
    }
    return true;
}

QStringList IncidentDialog::addIndicatorsFromText(const QString &text)
{
    return m_indicators->addIndicatorsFromText(text);
}

int IncidentDialog::importStix(const QString &path, QString *report)
{
    return m_indicators->importStix(path, report);
}

bool IncidentDialog::addTask(const QString &title, const QString &assignee, const QDate &due)
{
    return m_tasks->addTask(title, assignee, due);
}

bool IncidentDialog::assign(const QString &analyst)
{
    return m_tasks->assign(analyst);
}

bool IncidentDialog::share()
{
    const auto incident = m_service.incident(m_id);
    if (!incident || incident->scope == QLatin1String(kScopeShared))
        return false;
    if (incident->tlp == tlpKey(Tlp::Red))
        return shareWithPeople(*incident);
    if (const QString refusal = IncidentService::shareRefusal(incident->tlp); !refusal.isEmpty()) {
        showError(this, refusalText(QStringLiteral("tlp"), refusal));
        return false;
    }
    Tlp tlp {};
    const bool confirmFirst = !parseTlp(incident->tlp, &tlp) || tlpNeedsReleaseConfirmation(tlp);
    const QList<IncidentComment> comments = m_service.comments(m_id);
    const bool hasInternal = std::any_of(comments.begin(), comments.end(), [](const auto &c) {
        return c.kind != QLatin1String("release") && c.scope != QLatin1String(kScopeShared);
    });
    const int staying = int(m_service.indicatorsStayingInCentre(m_id).size());
    // GREEN and below with nothing internal to choose nor kept home: no question asked.
    QStringList picked;
    if ((confirmFirst || hasInternal || staying > 0)
        && !ShareIncidentDialog::ask(
            this, *incident, comments,
            [this](const QString &analyst) { return m_service.analystName(analyst); }, &picked,
            staying))
        return false;
    if (!runGuarded(this, [&] { m_service.share(m_id, picked); }))
        return false;
    load(true);
    return true;
}

bool IncidentDialog::shareWithPeople(const Incident &incident)
{
    QStringList named;
    for (const auto &m : m_service.members(m_id))
        named << m.analystId;
    QStringList picked;
    if (!ShareWithPeopleDialog::ask(this, incident, m_service.counterpartAnalysts(), named,
                                    &picked))
        return false;
    if (!runGuarded(this, [&] { m_service.setNamedAnalysts(m_id, picked); }))
        return false;
    load(true);
    return true;
}

bool IncidentDialog::shareComment(const QString &commentId)
{
    const auto incident = m_service.incident(m_id);
    Tlp tlp {};
    if (incident && parseTlp(incident->tlp, &tlp) && tlpNeedsReleaseConfirmation(tlp)
        && !askYesNo(this, tr("Share this comment?"),
                     //: %1 is the TLP label, e.g. TLP:AMBER
                     tr("The counterpart centre will see this comment, under %1. It cannot be "
                        "taken back, and your name is recorded as the one who released it.")
                         .arg(tlpLabel(tlp))))
        return false;
    return runGuarded(this, [&] { m_service.shareComments(m_id, {commentId}); });
}

QString IncidentDialog::draftRecord() const
{
    return QStringLiteral("incident/") + m_id;
}

bool IncidentDialog::saveDraft()
{
    QHash<QString, QString> fields;
    for (const QString &field : IncidentForm::fields()) {
        if (m_form->isDirty(field))
            fields.insert(field, m_form->value(field));
    }
    if (!m_comments->composerText().isEmpty()) {
        fields.insert(QStringLiteral("comment"), m_comments->composerText());
        fields.insert(QStringLiteral("comment_shared"),
                      m_comments->composerShared() ? QStringLiteral("1") : QStringLiteral("0"));
    }
    if (fields.isEmpty())
        return false;
    return runGuarded(this, [&] {
        m_service.drafts().save(draftRecord(), fields, QDateTime::currentMSecsSinceEpoch());
    });
}

bool IncidentDialog::restoreDraft()
{
    QHash<QString, QString> fields;
    if (!runGuarded(this, [&] { fields = m_service.drafts().load(draftRecord()); })
        || fields.isEmpty())
        return false;
    for (const QString &field : IncidentForm::fields()) {
        if (fields.contains(field))
            m_form->setValue(field, fields.value(field));
    }
    for (const QString &field : fields.keys()) {
        if (!field.startsWith(QLatin1String("comment")))
            m_form->markDirty(field);
    }
    if (fields.contains(QStringLiteral("comment")))
        m_comments->setComposer(fields.value(QStringLiteral("comment")),
                                fields.value(QStringLiteral("comment_shared"))
                                    == QLatin1String("1"));
    runGuarded(this, [&] { m_service.drafts().remove(draftRecord()); });
    showNotice(tr("Your unsaved edits from before Liaison locked are back. They are "
                  "not saved yet: save them, or close the window to discard them."));
    return true;
}

void IncidentDialog::done(int result)
{
    if (hasUnsavedChanges()
        && !askYesNo(this, tr("Discard your changes?"),
                     tr("You have changed this incident without saving. Close it anyway?")))
        return;
    QDialog::done(result);
}

} // namespace liaison
