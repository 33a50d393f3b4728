#include "widgets/schedule/VisitDialog.h"

#include "models/schedule/CentreInfo.h"
#include "models/schedule/ScheduleEventModel.h"
#include "widgets/common/DialogSupport.h"
#include "widgets/common/KeyboardSupport.h"
#include "widgets/common/UiErrors.h"
#include "widgets/print/VisitAgenda.h"

#include "domain/ScheduleChecks.h"
#include "domain/TimeZones.h"
#include "services/ChatService.h"
#include "services/IncidentService.h"
#include "sync/OpLog.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace liaison {

namespace {
enum AgendaColumn { ColTitle, ColOwner, ColStart, ColEnd, ColViewer, AgendaColumns };

QString viewerZone()
{
    return systemZone();
}

QDateTimeEdit *timeEdit(QWidget *parent, const QDateTime &wall)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    edit->setDateTime(wall);
    return edit;
}

// The wall time an edit shows, without the zone Qt would attach.
QDateTime wallOf(const QDateTimeEdit *edit)
{
    return QDateTime(edit->date(), edit->time());
}
} // namespace

VisitDialog::VisitDialog(Workspace &context, const QString &visitId, const QDate &day,
                         QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_id(visitId)
{
    setObjectName(QStringLiteral("visitDialog"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("status"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_host = new QComboBox(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_visitors = new QListWidget(this);
    m_visitors->setObjectName(QStringLiteral("visitors"));
    m_visitors->setMaximumHeight(110);
    m_start = new QDateEdit(this);
    m_start->setObjectName(QStringLiteral("firstDay"));
    m_start->setCalendarPopup(true);
    m_end = new QDateEdit(this);
    m_end->setObjectName(QStringLiteral("lastDay"));
    m_end->setCalendarPopup(true);
    m_travelBefore = new QSpinBox(this);
    m_travelBefore->setObjectName(QStringLiteral("travelBefore"));
    m_travelBefore->setRange(0, 14);
    m_travelAfter = new QSpinBox(this);
    m_travelAfter->setObjectName(QStringLiteral("travelAfter"));
    m_travelAfter->setRange(0, 14);
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("location"));
    m_purpose = new QPlainTextEdit(this);
    m_purpose->setObjectName(QStringLiteral("purpose"));
    m_purpose->setMaximumHeight(70);
    m_agenda = new QTableWidget(0, AgendaColumns, this);
    m_agenda->setObjectName(QStringLiteral("agenda"));
    m_agenda->horizontalHeader()->setSectionResizeMode(ColTitle, QHeaderView::Stretch);
    // The other zone's column shares the room left with the title (elided, whole in its
    // tooltip): sized to its text it ran past the table's edge, header and all.
    m_agenda->horizontalHeader()->setSectionResizeMode(ColViewer, QHeaderView::Stretch);
    m_agenda->verticalHeader()->hide();
    m_agenda->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addAgenda = new QPushButton(this);
    m_addAgenda->setObjectName(QStringLiteral("addAgendaItem"));
    m_removeAgenda = new QPushButton(this);
    m_removeAgenda->setObjectName(QStringLiteral("removeAgendaItem"));
    m_incidents = new QListWidget(this);
    m_incidents->setObjectName(QStringLiteral("incidents"));
    m_incidents->setMaximumHeight(80);
    m_approvals = new QLabel(this);
    m_approvals->setObjectName(QStringLiteral("approvals"));
    m_approvals->setWordWrap(true);
    m_warningsLabel = new QLabel(this);
    m_warningsLabel->setObjectName(QStringLiteral("warnings"));
    m_warningsLabel->setWordWrap(true);
    m_warningsLabel->setStyleSheet(QStringLiteral("QLabel { color: #7a4a00; }"));

    auto *form = new QFormLayout;
    const auto row = [&](QLabel *&label, QWidget *field) {
        label = new QLabel(this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(m_titleLabel, m_title);
    row(m_hostLabel, m_host);
    row(m_visitorsLabel, m_visitors);
    row(m_startLabel, m_start);
    row(m_endLabel, m_end);
    row(m_travelBeforeLabel, m_travelBefore);
    row(m_travelAfterLabel, m_travelAfter);
    row(m_locationLabel, m_location);
    row(m_purposeLabel, m_purpose);
    auto *agendaBox = new QWidget(this);
    auto *agendaLayout = new QVBoxLayout(agendaBox);
    agendaLayout->setContentsMargins(0, 0, 0, 0);
    agendaLayout->addWidget(m_agenda);
    auto *agendaButtons = new QHBoxLayout;
    agendaButtons->addWidget(m_addAgenda);
    agendaButtons->addWidget(m_removeAgenda);
    agendaButtons->addStretch(1);
    agendaLayout->addLayout(agendaButtons);
    row(m_agendaLabel, agendaBox);
    m_agendaLabel->setBuddy(m_agenda);
    row(m_incidentsLabel, m_incidents);

    auto *steps = new QHBoxLayout;
    const auto button = [&](QPushButton *&b, const char *name) {
        b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        steps->addWidget(b);
    };
    button(m_save, "save");
    button(m_propose, "propose");
    button(m_approve, "approve");
    button(m_withdraw, "withdrawApproval");
    button(m_confirm, "confirm");
    button(m_complete, "complete");
    button(m_cancelVisit, "cancelVisit");
    steps->addStretch(1);
    button(m_pdf, "agendaPdf");
    button(m_close, "close");

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addLayout(form);
    layout->addWidget(m_approvals);
    layout->addWidget(m_warningsLabel);
    layout->addLayout(steps);

    // Host centres: this device's and those of the directory.
    QStringList centres {m_context.identity().centre};
    for (const ChatMember &m : m_context.chat().directory()) {
        if (!centres.contains(m.centre))
            centres << m.centre;
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(m.name, m.centre));
        item->setData(Qt::UserRole, m.analystId);
        item->setData(Qt::UserRole + 1, m.centre);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_visitors->addItem(item);
    }
    for (const QString &c : centres)
        m_host->addItem(c, c);
    for (const Incident &incident : m_context.incidents().incidents()) {
        auto *item = new QListWidgetItem(incident.title);
        item->setData(Qt::UserRole, incident.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_incidents->addItem(item);
    }
    const QDate first = day.isValid() ? day : QDate::currentDate();
    m_start->setDate(first);
    m_end->setDate(first);

    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_pdf, &QPushButton::clicked, this, [this] { saveAgendaPdf(); });
    connect(m_addAgenda, &QPushButton::clicked, this, [this] {
        AgendaItem item;
        //: A new agenda item's title, to be edited
        item.title = tr("New item");
        const auto start = toUtc(m_start->date(), QTime(9, 0), hostZone());
        item.startsAt = start.value_or(QDateTime());
        item.endsAt = item.startsAt.addSecs(3600);
        addAgendaRow(item);
    });
    connect(m_removeAgenda, &QPushButton::clicked, this, [this] {
        const int r = m_agenda->currentRow();
        if (r < 0)
            return;
        const QString id = m_agenda->item(r, ColTitle)->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            m_removedAgenda << id;
        m_agenda->removeRow(r);
    });
    connect(m_propose, &QPushButton::clicked, this,
            [this] { runStep([this] { m_context.schedule().propose(m_id); }); });
    connect(m_approve, &QPushButton::clicked, this,
            [this] { runStep([this] { m_context.schedule().approve(m_id); }); });
    connect(m_withdraw, &QPushButton::clicked, this,
            [this] { runStep([this] { m_context.schedule().withdrawApproval(m_id); }); });
    connect(m_confirm, &QPushButton::clicked, this,
            [this] { runStep([this] { m_context.schedule().confirm(m_id); }); });
    connect(m_complete, &QPushButton::clicked, this,
            [this] { runStep([this] { m_context.schedule().complete(m_id); }); });
    connect(m_cancelVisit, &QPushButton::clicked, this, [this] {
        QString reason;
        //: Asking why a visit is cancelled
        if (!askText(this, tr("Cancel the visit"), tr("Why is the visit cancelled?"), &reason))
            return;
        runStep([this, reason] { m_context.schedule().cancel(m_id, reason); });
    });
    for (QDateEdit *edit : {m_start, m_end})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            updateWarnings();
            updateAgendaZones();
        });
    connect(m_travelBefore, &QSpinBox::valueChanged, this, &VisitDialog::updateWarnings);
    connect(m_travelAfter, &QSpinBox::valueChanged, this, &VisitDialog::updateWarnings);
    connect(m_visitors, &QListWidget::itemChanged, this, &VisitDialog::updateWarnings);
    connect(m_host, &QComboBox::currentIndexChanged, this, [this] {
        updateWarnings();
        updateAgendaZones();
    });
    // Another device's step (an approval from the other centre) shows at once.
    connect(&m_context.schedule(), &ScheduleService::visitChanged, this, [this](const QString &id) {
        if (id == m_id)
            updateState();
    });

    retranslateUi();
    load();
    resize(sizeHint().expandedTo(QSize(720, 640)));
}

QString VisitDialog::hostZone() const
{
    return centreZone(m_host->currentData().toString(), viewerZone());
}

void VisitDialog::load()
{
    if (m_id.isEmpty()) {
        m_host->setCurrentIndex(std::max(0, m_host->findData(m_context.identity().centre)));
        updateState();
        return;
    }
    const auto v = m_context.schedule().visit(m_id);
    if (!v) {
        updateState();
        return;
    }
    m_title->setText(v->title);
    m_host->setCurrentIndex(std::max(0, m_host->findData(v->hostCentre)));
    m_start->setDate(v->startDate.isValid() ? v->startDate : v->startsAt.date());
    m_end->setDate(v->endDate.isValid() ? v->endDate : v->endsAt.date());
    m_travelBefore->setValue(v->travelBefore);
    m_travelAfter->setValue(v->travelAfter);
    m_location->setText(v->location);
    m_purpose->setPlainText(v->purpose);
    QStringList visitors;
    for (const VisitAttendee &a : m_context.schedule().attendeesOf(m_id)) {
        if (a.role == QLatin1String("visitor"))
            visitors << a.analystId;
    }
    for (int i = 0; i < m_visitors->count(); ++i) {
        QListWidgetItem *item = m_visitors->item(i);
        item->setCheckState(visitors.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    }
    for (int i = 0; i < m_incidents->count(); ++i) {
        QListWidgetItem *item = m_incidents->item(i);
        item->setCheckState(v->incidentIds.contains(item->data(Qt::UserRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_agenda->setRowCount(0);
    for (const AgendaItem &a : m_context.schedule().agendaOf(m_id))
        addAgendaRow(a);
    updateState();
}

void VisitDialog::addAgendaRow(const AgendaItem &a)
{
    const int r = m_agenda->rowCount();
    m_agenda->insertRow(r);
    auto *title = new QTableWidgetItem(a.title);
    title->setData(Qt::UserRole, a.id);
    m_agenda->setItem(r, ColTitle, title);
    m_agenda->setItem(r, ColOwner, new QTableWidgetItem(a.owner));
    const QString zone = hostZone();
    const QDateTime start = inZone(a.startsAt, zone);
    const QDateTime end = inZone(a.endsAt, zone);
    auto *startEdit = timeEdit(m_agenda, QDateTime(start.date(), start.time()));
    auto *endEdit = timeEdit(m_agenda, QDateTime(end.date(), end.time()));
    m_agenda->setCellWidget(r, ColStart, startEdit);
    m_agenda->setCellWidget(r, ColEnd, endEdit);
    auto *viewer = new QTableWidgetItem;
    viewer->setFlags(Qt::ItemIsEnabled);
    m_agenda->setItem(r, ColViewer, viewer);
    connect(startEdit, &QDateTimeEdit::dateTimeChanged, this, &VisitDialog::updateAgendaZones);
    connect(endEdit, &QDateTimeEdit::dateTimeChanged, this, &VisitDialog::updateAgendaZones);
    m_agenda->resizeColumnsToContents();
    updateAgendaZones();
}

void VisitDialog::updateAgendaZones()
{
    // Both zones when they differ, or when the clocks change during the visit: the same
    // wall time is not the same offset on every day then.
    const QString host = hostZone();
    const QString viewer = viewerZone();
    const bool dst = !dstChangesBetween(host, m_start->date(), m_end->date()).isEmpty();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    //: Agenda column: the time of the item on the host's clock; %1 the host's city
    m_agenda->setHorizontalHeaderLabels(
        {tr("Title"), tr("Owner"), tr("Start (%1)").arg(zoneCity(host)),
         tr("End (%1)").arg(zoneCity(host)),
         //: Agenda column: the item's time in the viewer's zone; %1 the viewer's city
         tr("In %1").arg(zoneCity(viewer))});
    const bool both = dst || host != viewer;
    m_agenda->setColumnHidden(ColViewer, !both);
    if (!both)
        return;
    const QLocale locale;
    for (int r = 0; r < m_agenda->rowCount(); ++r) {
        auto *s = qobject_cast<QDateTimeEdit *>(m_agenda->cellWidget(r, ColStart));
        auto *e = qobject_cast<QDateTimeEdit *>(m_agenda->cellWidget(r, ColEnd));
        const auto start = toUtc(s->date(), s->time(), host);
        const auto end = toUtc(e->date(), e->time(), host);
        QString text;
        if (!start || !end) {
            //: An agenda time that clocks skip (spring forward)
            text = tr("Does not exist on the host’s clock");
        } else {
            const QDateTime vs = inZone(*start, viewer);
            const QDateTime ve = inZone(*end, viewer);
            //: An agenda item in the viewer's zone: %1 start, %2 end, %3 host offset, %4 the
            //: viewer's offset
            text = tr("%1 – %2 (host %3, here %4)")
                       .arg(locale.toString(vs, QLocale::ShortFormat),
                            locale.toString(ve.time(), QLocale::ShortFormat),
                            offsetLabel(host, *start), offsetLabel(viewer, *start));
        }
        m_agenda->item(r, ColViewer)->setText(text);
        m_agenda->item(r, ColViewer)->setToolTip(text);
    }
    Q_UNUSED(now);
}

Visit VisitDialog::formVisit() const
{
    Visit v;
    if (!m_id.isEmpty()) {
        if (const auto stored = m_context.schedule().visit(m_id))
            v = *stored;
    }
    v.kind = QStringLiteral("in_person");
    v.title = m_title->text();
    v.hostCentre = m_host->currentData().toString();
    v.timezone = hostZone();
    v.allDay = true;
    v.startDate = m_start->date();
    v.endDate = m_end->date();
    v.travelBefore = m_travelBefore->value();
    v.travelAfter = m_travelAfter->value();
    v.location = m_location->text().simplified();
    v.purpose = m_purpose->toPlainText().trimmed();
    v.incidentIds = checkedIds(m_incidents);
    return v;
}

bool VisitDialog::save()
{
    ScheduleService &schedule = m_context.schedule();
    const bool ok = runGuarded(this, [&] {
        if (m_title->text().simplified().isEmpty())
            throw ValidationError(QStringLiteral("title"), QStringLiteral("required"));
        const Visit v = formVisit();
        // Agenda times first: a refused one loses nothing of the form.
        QList<AgendaItem> items;
        const QString zone = v.timezone;
        for (int r = 0; r < m_agenda->rowCount(); ++r) {
            AgendaItem a;
            a.id = m_agenda->item(r, ColTitle)->data(Qt::UserRole).toString();
            a.title = m_agenda->item(r, ColTitle)->text();
            a.owner = m_agenda->item(r, ColOwner) ? m_agenda->item(r, ColOwner)->text() : QString();
            a.timezone = zone;
            const QDateTime s
                = wallOf(qobject_cast<QDateTimeEdit *>(m_agenda->cellWidget(r, ColStart)));
            const QDateTime e
                = wallOf(qobject_cast<QDateTimeEdit *>(m_agenda->cellWidget(r, ColEnd)));
            const auto start = toUtc(s.date(), s.time(), zone);
            const auto end = toUtc(e.date(), e.time(), zone);
            if (!start)
                throw ValidationError(QStringLiteral("starts_at"), QStringLiteral("invalid"));
            if (!end)
                throw ValidationError(QStringLiteral("ends_at"), QStringLiteral("invalid"));
            a.startsAt = *start;
            a.endsAt = *end;
            items << a;
        }
        m_id = schedule.saveVisit(v);
        // Visitors: add the newly ticked, take off the others.
        const QStringList wanted = checkedIds(m_visitors);
        QStringList present;
        for (const VisitAttendee &a : schedule.attendeesOf(m_id)) {
            if (a.role != QLatin1String("visitor"))
                continue;
            if (!wanted.contains(a.analystId))
                schedule.removeAttendee(a.id);
            else
                present << a.analystId;
        }
        for (const QString &analyst : wanted) {
            if (present.contains(analyst))
                continue;
            VisitAttendee a;
            a.analystId = analyst;
            a.name = m_context.analystName(analyst);
            a.role = QStringLiteral("visitor");
            schedule.addAttendee(m_id, a);
        }
        for (const QString &id : std::as_const(m_removedAgenda))
            schedule.removeAgendaItem(id);
        m_removedAgenda.clear();
        for (int r = 0; r < items.size(); ++r) {
            items[r].visitId = m_id;
            const QString id = schedule.saveAgendaItem(items[r]);
            m_agenda->item(r, ColTitle)->setData(Qt::UserRole, id);
        }
    });
    updateState();
    return ok;
}

void VisitDialog::runStep(const std::function<void()> &step)
{
    // A step acts on the visit as saved: the form's edits go first.
    if (!save())
        return;
    runGuarded(this, step);
    updateState();
}

QString VisitDialog::approvalsText() const
{
    if (m_id.isEmpty())
        return {};
    const ScheduleService &schedule = m_context.schedule();
    const QList<VisitApproval> approvals = schedule.approvals(m_id);
    const QLocale locale;
    QStringList lines;
    for (const QString &centre : schedule.requiredCentres(m_id)) {
        QString line;
        for (const VisitApproval &a : approvals) {
            if (a.centre == centre)
                //: Who approved a visit for a centre: %1 the centre, %2 the team lead, %3 when
                line = tr("%1: approved by %2 on %3")
                           .arg(centre, m_context.analystName(a.analystId),
                                locale.toString(a.approvedAt.toLocalTime(), QLocale::ShortFormat));
        }
        if (line.isEmpty())
            //: A centre whose team lead has not approved the visit yet; %1 the centre
            line = tr("%1: waiting for a team lead’s approval").arg(centre);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

void VisitDialog::updateState()
{
    const ScheduleService &schedule = m_context.schedule();
    const auto v = m_id.isEmpty() ? std::nullopt : schedule.visit(m_id);
    const QString stored = v ? v->status : QString();
    const QString status = v ? schedule.effectiveStatus(*v) : QStringLiteral("draft");
    //: The visit's state in its editor; %1 e.g. "Proposed"
    m_statusLabel->setText(tr("Status: %1").arg(ScheduleEventModel::statusText(status)));
    if (v && status == QLatin1String("cancelled") && !v->cancelReason.isEmpty())
        //: %1 the status, %2 why it was cancelled
        m_statusLabel->setText(
            tr("Status: %1 (%2)").arg(ScheduleEventModel::statusText(status), v->cancelReason));
    const bool closed
        = stored == QLatin1String("cancelled") || stored == QLatin1String("completed");
    const bool lead = schedule.isLead();
    const QString myCentre = m_context.identity().centre;
    bool mineApproved = false;
    if (v) {
        for (const VisitApproval &a : schedule.approvals(m_id))
            mineApproved = mineApproved || a.centre == myCentre;
    }
    const bool proposed = stored == QLatin1String("proposed");
    const bool required = v && schedule.requiredCentres(m_id).contains(myCentre);
    m_propose->setVisible(v && stored == QLatin1String("draft"));
    m_approve->setVisible(lead && proposed && required && !mineApproved);
    m_withdraw->setVisible(lead && proposed && mineApproved);
    m_confirm->setVisible(v && status == QLatin1String("approved"));
    m_complete->setVisible(v && stored == QLatin1String("confirmed"));
    m_cancelVisit->setVisible(v && !closed);
    m_pdf->setVisible(v.has_value()); // a saved visit
    m_save->setEnabled(!closed);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_title, m_host, m_visitors, m_start, m_end, m_travelBefore, m_travelAfter, m_location,
             m_purpose, m_agenda, m_addAgenda, m_removeAgenda, m_incidents})
        w->setEnabled(!closed);
    // The host centre is the owner's choice when creating; a proposed visit keeps it.
    m_host->setEnabled(!closed && (stored.isEmpty() || stored == QLatin1String("draft")));
    m_approvals->setText(approvalsText());
    m_approvals->setVisible(!m_approvals->text().isEmpty());
    updateWarnings();
}

void VisitDialog::updateWarnings()
{
    const ScheduleService &schedule = m_context.schedule();
    VisitCheck check;
    check.id = m_id;
    check.days.first = m_start->date();
    check.days.last = m_end->date();
    if (m_travelBefore->value() > 0)
        check.days.travelFirst = check.days.first.addDays(-m_travelBefore->value());
    if (m_travelAfter->value() > 0)
        check.days.travelLast = check.days.last.addDays(m_travelAfter->value());
    check.hostCentre = m_host->currentData().toString();
    check.hostTimeZone = hostZone();
    for (int i = 0; i < m_visitors->count(); ++i) {
        const QListWidgetItem *item = m_visitors->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        VisitPerson p;
        p.who = item->data(Qt::UserRole).toString();
        p.name = m_context.analystName(p.who);
        p.centre = item->data(Qt::UserRole + 1).toString();
        p.timeZone = centreZone(p.centre, check.hostTimeZone);
        check.visitors << p;
    }
    if (check.days.first.isValid() && check.days.last.isValid()
        && check.days.first <= check.days.last) {
        const QTimeZone utc = QTimeZone::utc();
        const QDateTime from = check.days.first.addDays(-30).startOfDay(utc);
        const QDateTime to = check.days.last.addDays(31).startOfDay(utc);
        for (const Visit &other : schedule.visitsBetween(from, to)) {
            if (other.id == m_id || other.kind != QLatin1String("in_person")
                || other.status == QLatin1String("cancelled") || !other.allDay)
                continue;
            OtherVisit o;
            o.id = other.id;
            o.title = other.title;
            o.days.first = other.startDate;
            o.days.last = other.endDate;
            if (other.travelBefore > 0)
                o.days.travelFirst = other.startDate.addDays(-other.travelBefore);
            if (other.travelAfter > 0)
                o.days.travelLast = other.endDate.addDays(other.travelAfter);
            for (const VisitAttendee &a : schedule.attendeesOf(other.id)) {
                if (a.role == QLatin1String("visitor"))
                    o.visitors << a.analystId;
            }
            check.otherVisits << o;
        }
        check.holidays
            = [](const QString &centre, const QDate &day) { return centreHoliday(centre, day); };
        m_warnings.clear();
        for (const ScheduleWarning &w : visitWarnings(check))
            m_warnings << w.text;
    } else {
        m_warnings.clear();
    }
    QStringList lines;
    for (const QString &w : std::as_const(m_warnings))
        //: A warning of the visit editor, in a list; %1 the sentence
        lines << tr("⚠ %1").arg(w);
    m_warningsLabel->setText(lines.join(QLatin1Char('\n')));
    m_warningsLabel->setVisible(!lines.isEmpty());
}

void VisitDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void VisitDialog::retranslateUi()
{
    setWindowTitle(m_id.isEmpty() ? tr("New visit") : tr("Visit"));
    m_titleLabel->setText(tr("&Title:"));
    m_hostLabel->setText(tr("&Host centre:"));
    //: The analysts who travel to the host centre
    m_visitorsLabel->setText(tr("V&isitors:"));
    m_startLabel->setText(tr("&First day:"));
    m_endLabel->setText(tr("&Last day:"));
    m_travelBeforeLabel->setText(tr("Travel days &before:"));
    m_travelAfterLabel->setText(tr("Travel days &after:"));
    m_locationLabel->setText(tr("L&ocation:"));
    m_purposeLabel->setText(tr("&Purpose:"));
    m_agendaLabel->setText(tr("A&genda:"));
    m_incidentsLabel->setText(tr("Linked i&ncidents:"));
    m_addAgenda->setText(tr("A&dd item"));
    m_removeAgenda->setText(tr("R&emove item"));
    m_save->setText(tr("&Save"));
    //: Visit workflow: send the draft to the other centre for approval
    m_propose->setText(tr("P&ropose"));
    //: Visit workflow: a team lead approves for their centre
    m_approve->setText(tr("Appro&ve"));
    m_withdraw->setText(tr("&Withdraw approval"));
    m_confirm->setText(tr("&Confirm"));
    //: Visit workflow: the visit took place
    m_complete->setText(tr("Co&mplete"));
    m_cancelVisit->setText(tr("Cancel visit…"));
    //: Saves the visit's agenda (days, visitors, approvals, items) as a PDF file
    m_pdf->setText(tr("Agenda as PDF…"));
    m_close->setText(tr("Close"));
    updateAgendaZones();
    updateState();
    nameFieldsByTheirLabels(this); // the lists and the agenda table
}

bool VisitDialog::saveAgendaPdf(const QString &path)
{
    if (m_id.isEmpty())
        return false;
    QString target = path;
    if (target.isEmpty()) {
        const auto visit = m_context.schedule().visit(m_id);
        QString name = visit ? visit->title : QString();
        name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral(" "));
        target = askSaveFileName(
            this, tr("Save the agenda as PDF"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(name.simplified() + QStringLiteral(".pdf")),
            //: File type filter in the save dialog
            tr("PDF files (*.pdf)"));
        if (target.isEmpty())
            return false;
    }
    QString error;
    bool saved = false;
    runGuarded(this, [&] {
        saved = saveVisitAgendaPdf(m_context.schedule(), m_id, QLocale(), target, &error);
    });
    if (saved)
        announceSavedFile(this, target);
    else if (!error.isEmpty())
        showError(this, error);
    return saved;
}

} // namespace liaison
