#include "widgets/schedule/CallDialog.h"

#include "models/schedule/CentreInfo.h"
#include "models/schedule/ScheduleEventModel.h"
#include "widgets/common/DialogSupport.h"
#include "widgets/common/KeyboardSupport.h"
#include "widgets/common/UiErrors.h"
#include "widgets/schedule/FindTimeDialog.h"

#include "domain/TimeZones.h"
#include "services/ChatService.h"
#include "services/IncidentService.h"
#include "services/ScheduleService.h"
#include "sync/OpLog.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace liaison {

namespace {
enum Column { ColName, ColCentre, ColRole, ColAnswer, Columns };

QString viewerZone()
{
    return systemZone();
}

QString answerText(const QString &rsvp)
{
    if (rsvp == QLatin1String("accepted"))
        //: An attendee's answer to a call
        return QCoreApplication::translate("CallDialog", "Accepted");
    if (rsvp == QLatin1String("declined"))
        //: An attendee's answer to a call
        return QCoreApplication::translate("CallDialog", "Declined");
    if (rsvp == QLatin1String("tentative"))
        //: An attendee's answer to a call
        return QCoreApplication::translate("CallDialog", "Tentative");
    //: An attendee who has not answered yet
    return QCoreApplication::translate("CallDialog", "No answer yet");
}
} // namespace

CallDialog::CallDialog(Workspace &context, const QString &callId, const QDate &day, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_id(callId)
{
    setObjectName(QStringLiteral("callDialog"));
    m_statusLabel = new QLabel(this);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("time"));
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("zone"));
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setRange(5, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setValue(60);
    m_times = new QLabel(this);
    m_times->setObjectName(QStringLiteral("zoneTimes"));
    m_times->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_attendees = new QTableWidget(0, Columns, this);
    m_attendees->setObjectName(QStringLiteral("attendees"));
    m_attendees->verticalHeader()->hide();
    m_attendees->horizontalHeader()->setSectionResizeMode(ColName, QHeaderView::Stretch);
    m_attendees->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attendees->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attendees->setMaximumHeight(150);
    m_people = new QComboBox(this);
    m_people->setObjectName(QStringLiteral("people"));
    m_addPerson = new QPushButton(this);
    m_addPerson->setObjectName(QStringLiteral("addAttendee"));
    m_removePerson = new QPushButton(this);
    m_removePerson->setObjectName(QStringLiteral("removeAttendee"));
    m_myAnswer = new QComboBox(this);
    m_myAnswer->setObjectName(QStringLiteral("myAnswer"));
    m_link = new QLineEdit(this);
    m_link->setObjectName(QStringLiteral("link"));
    m_incident = new QComboBox(this);
    m_incident->setObjectName(QStringLiteral("incident"));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));

    auto *form = new QFormLayout;
    const auto row = [&](QLabel *&label, QWidget *field) {
        label = new QLabel(this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(m_titleLabel, m_title);
    auto *when = new QWidget(this);
    auto *whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(m_date);
    whenLayout->addWidget(m_time);
    m_findTime = new QPushButton(this);
    m_findTime->setObjectName(QStringLiteral("findTime"));
    m_findTime->setAutoDefault(false);
    whenLayout->addWidget(m_findTime);
    whenLayout->addStretch(1);
    row(m_dateLabel, when);
    m_dateLabel->setBuddy(m_date);
    row(m_zoneLabel, m_zone);
    row(m_durationLabel, m_duration);
    row(m_timesLabel, m_times);
    auto *people = new QWidget(this);
    auto *peopleLayout = new QVBoxLayout(people);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    peopleLayout->addWidget(m_attendees);
    auto *pick = new QHBoxLayout;
    pick->addWidget(m_people, 1);
    pick->addWidget(m_addPerson);
    pick->addWidget(m_removePerson);
    peopleLayout->addLayout(pick);
    row(m_attendeesLabel, people);
    m_attendeesLabel->setBuddy(m_people);
    row(m_myAnswerLabel, m_myAnswer);
    row(m_linkLabel, m_link);
    row(m_incidentLabel, m_incident);
    row(m_channelLabel, m_channel);

    auto *steps = new QHBoxLayout;
    const auto button = [&](QPushButton *&b, const char *name) {
        b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        steps->addWidget(b);
    };
    button(m_save, "save");
    button(m_confirm, "confirm");
    button(m_cancelCall, "cancelCall");
    steps->addStretch(1);
    button(m_close, "close");
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addLayout(form);
    layout->addLayout(steps);

    // The centres' zones first, then the viewer's if it is another.
    for (const ZoneChoice &z : preferredZones())
        m_zone->addItem(z.city, z.ianaId);
    if (m_zone->findData(viewerZone()) < 0)
        m_zone->addItem(zoneCity(viewerZone()), viewerZone());
    const QString myZone = centreZone(m_context.identity().centre, viewerZone());
    m_zone->setCurrentIndex(std::max(0, m_zone->findData(myZone)));
    for (const ChatMember &m : m_context.chat().directory()) {
        if (m.analystId == m_context.identity().analystId)
            continue;
        m_people->addItem(QStringLiteral("%1 (%2)").arg(m.name, m.centre), m.analystId);
    }
    m_incident->addItem(QString(), QString());
    for (const Incident &incident : m_context.incidents().incidents())
        m_incident->addItem(incident.title, incident.id);
    m_channel->addItem(QString(), QString());
    for (const Channel &c : m_context.chat().channels())
        m_channel->addItem(c.name, c.id);
    for (const char *rsvp : {"needs-action", "accepted", "tentative", "declined"})
        m_myAnswer->addItem(answerText(QString::fromLatin1(rsvp)), QString::fromLatin1(rsvp));
    m_date->setDate(day.isValid() ? day : QDate::currentDate());
    m_time->setTime(QTime(10, 0));

    connect(m_addPerson, &QPushButton::clicked, this, [this] {
        const QString id = m_people->currentData().toString();
        if (!id.isEmpty())
            addAttendee(id, false);
    });
    connect(m_removePerson, &QPushButton::clicked, this, [this] {
        if (m_attendees->currentRow() >= 0)
            m_attendees->removeRow(m_attendees->currentRow());
        updateTimes();
    });
    connect(m_findTime, &QPushButton::clicked, this, [this] { findTime(); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (save())
            runGuarded(this, [this] { m_context.schedule().confirm(m_id); });
        updateState();
    });
    connect(m_cancelCall, &QPushButton::clicked, this, [this] {
        QString reason;
        if (!askText(this, tr("Cancel the call"), tr("Why is the call cancelled?"), &reason))
            return;
        runGuarded(this, [this, reason] { m_context.schedule().cancel(m_id, reason); });
        updateState();
    });
    // My own answer goes at once: it is mine to give, whatever the rest of the form says.
    connect(m_myAnswer, &QComboBox::activated, this, [this] {
        const QString rsvp = m_myAnswer->currentData().toString();
        for (const VisitAttendee &a : m_context.schedule().attendeesOf(m_id)) {
            if (a.analystId == m_context.identity().analystId)
                runGuarded(this, [&] { m_context.schedule().setRsvp(a.id, rsvp); });
        }
        load();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &CallDialog::updateTimes);
    connect(m_time, &QTimeEdit::timeChanged, this, &CallDialog::updateTimes);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &CallDialog::updateTimes);
    connect(m_duration, &QSpinBox::valueChanged, this, &CallDialog::updateTimes);
    connect(&m_context.schedule(), &ScheduleService::visitChanged, this, [this](const QString &id) {
        if (id == m_id)
            updateState();
    });

    retranslateUi();
    load();
    resize(sizeHint().expandedTo(QSize(680, 600)));
}

QString CallDialog::organiserZone() const
{
    return m_zone->currentData().toString();
}

QDateTime CallDialog::startUtc() const
{
    return toUtc(m_date->date(), m_time->time(), organiserZone()).value_or(QDateTime());
}

void CallDialog::setStartUtc(const QDateTime &utc)
{
    const QDateTime local = inZone(utc, organiserZone());
    m_date->setDate(local.date());
    m_time->setTime(local.time());
}

void CallDialog::addAttendee(const QString &analystId, bool optional, const QString &rsvp,
                             const QString &attendeeId)
{
    for (int r = 0; r < m_attendees->rowCount(); ++r) {
        if (m_attendees->item(r, ColName)->data(Qt::UserRole).toString() == analystId)
            return;
    }
    QString centre;
    for (const ChatMember &m : m_context.chat().directory()) {
        if (m.analystId == analystId)
            centre = m.centre;
    }
    const int r = m_attendees->rowCount();
    m_attendees->insertRow(r);
    auto *name = new QTableWidgetItem(m_context.analystName(analystId));
    name->setData(Qt::UserRole, analystId);
    name->setData(Qt::UserRole + 1, attendeeId);
    m_attendees->setItem(r, ColName, name);
    auto *centreItem = new QTableWidgetItem(centre);
    centreItem->setData(Qt::UserRole, centre);
    m_attendees->setItem(r, ColCentre, centreItem);
    auto *role = new QComboBox(m_attendees);
    //: An attendee of a call who must be there
    role->addItem(tr("Required"), QStringLiteral("required"));
    //: An attendee of a call who may come
    role->addItem(tr("Optional"), QStringLiteral("optional"));
    role->setCurrentIndex(optional ? 1 : 0);
    m_attendees->setCellWidget(r, ColRole, role);
    auto *answer = new QTableWidgetItem(answerText(rsvp));
    answer->setData(Qt::UserRole, rsvp);
    m_attendees->setItem(r, ColAnswer, answer);
    m_attendees->resizeColumnsToContents();
    updateTimes();
}

QStringList CallDialog::attendeeAnalysts() const
{
    QStringList out;
    for (int r = 0; r < m_attendees->rowCount(); ++r)
        out << m_attendees->item(r, ColName)->data(Qt::UserRole).toString();
    return out;
}

void CallDialog::load()
{
    if (m_id.isEmpty()) {
        updateState();
        return;
    }
    const auto v = m_context.schedule().visit(m_id);
    if (!v) {
        updateState();
        return;
    }
    m_title->setText(v->title);
    if (m_zone->findData(v->timezone) < 0)
        m_zone->addItem(zoneCity(v->timezone), v->timezone);
    m_zone->setCurrentIndex(m_zone->findData(v->timezone));
    setStartUtc(v->startsAt);
    m_duration->setValue(int(v->startsAt.secsTo(v->endsAt) / 60));
    m_link->setText(v->url);
    m_incident->setCurrentIndex(std::max(0, m_incident->findData(v->incidentIds.value(0))));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(v->channelId)));
    m_attendees->setRowCount(0);
    for (const VisitAttendee &a : m_context.schedule().attendeesOf(m_id)) {
        if (!a.analystId.isEmpty())
            addAttendee(a.analystId, a.role == QLatin1String("optional"), a.rsvp, a.id);
    }
    updateState();
}

bool CallDialog::save()
{
    ScheduleService &schedule = m_context.schedule();
    const bool ok = runGuarded(this, [&] {
        Visit v;
        if (!m_id.isEmpty()) {
            if (const auto stored = schedule.visit(m_id))
                v = *stored;
        } else {
            v.hostCentre = m_context.identity().centre;
        }
        v.kind = QStringLiteral("call");
        v.title = m_title->text();
        if (v.title.simplified().isEmpty())
            throw ValidationError(QStringLiteral("title"), QStringLiteral("required"));
        v.timezone = organiserZone();
        const auto start = toUtc(m_date->date(), m_time->time(), v.timezone);
        if (!start)
            throw ValidationError(QStringLiteral("starts_at"), QStringLiteral("invalid"));
        v.startsAt = *start;
        v.endsAt = start->addSecs(qint64(m_duration->value()) * 60);
        v.url = m_link->text().trimmed();
        const QString incident = m_incident->currentData().toString();
        v.incidentIds = incident.isEmpty() ? QStringList() : QStringList {incident};
        v.channelId = m_channel->currentData().toString();
        // A call with someone of another centre is shared with it.
        for (int r = 0; r < m_attendees->rowCount(); ++r) {
            if (m_attendees->item(r, ColCentre)->data(Qt::UserRole).toString()
                != m_context.identity().centre)
                v.scope = QStringLiteral("shared");
        }
        m_id = schedule.saveVisit(v);
        // Attendees: the rows as they are now (a changed role is a new attendee).
        QHash<QString, QString> wanted; // analyst -> role
        for (int r = 0; r < m_attendees->rowCount(); ++r) {
            auto *role = qobject_cast<QComboBox *>(m_attendees->cellWidget(r, ColRole));
            wanted.insert(m_attendees->item(r, ColName)->data(Qt::UserRole).toString(),
                          role->currentData().toString());
        }
        QStringList present;
        for (const VisitAttendee &a : schedule.attendeesOf(m_id)) {
            if (a.analystId.isEmpty())
                continue;
            if (!wanted.contains(a.analystId) || wanted.value(a.analystId) != a.role)
                schedule.removeAttendee(a.id);
            else
                present << a.analystId;
        }
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            if (present.contains(it.key()))
                continue;
            VisitAttendee a;
            a.analystId = it.key();
            a.name = m_context.analystName(it.key());
            a.role = it.value();
            schedule.addAttendee(m_id, a);
        }
    });
    if (ok)
        load();
    return ok;
}

FindTimeDialog *CallDialog::findTime()
{
    // The organiser and the attendees, each in their centre's zone and hours, with their
    // holidays as days off and their other calls and visits as bookings.
    const ScheduleService &schedule = m_context.schedule();
    FindTimeAsk request;
    request.timeZone = organiserZone();
    request.firstDay = inZone(QDateTime::currentDateTimeUtc(), request.timeZone).date();
    request.days = 14;
    request.lengthMinutes = m_duration->value();
    request.notBefore = QDateTime::currentDateTimeUtc();
    QStringList who {m_context.identity().analystId};
    for (const QString &a : attendeeAnalysts()) {
        if (!who.contains(a))
            who << a;
    }
    QHash<QString, QString> centres;
    centres.insert(m_context.identity().analystId, m_context.identity().centre);
    for (const ChatMember &m : m_context.chat().directory())
        centres.insert(m.analystId, m.centre);
    for (int r = 0; r < m_attendees->rowCount(); ++r) {
        auto *role = qobject_cast<QComboBox *>(m_attendees->cellWidget(r, ColRole));
        if (role->currentData().toString() == QLatin1String("optional"))
            request.optional << m_attendees->item(r, ColName)->data(Qt::UserRole).toString();
    }
    const QDateTime from = request.firstDay.addDays(-1).startOfDay(QTimeZone::utc());
    const QDateTime to = request.firstDay.addDays(31 + 2).startOfDay(QTimeZone::utc());
    const QList<Visit> booked = schedule.visitsBetween(from, to);
    QHash<QString, QStringList> peopleOf;
    for (const Visit &v : booked) {
        if (v.id == m_id || v.status == QLatin1String("cancelled"))
            continue;
        QStringList people {v.organiser};
        for (const VisitAttendee &a : schedule.attendeesOf(v.id)) {
            if (a.rsvp != QLatin1String("declined"))
                people << a.analystId;
        }
        peopleOf.insert(v.id, people);
    }
    QList<Availability> availability;
    QHash<QString, QString> names;
    for (const QString &id : std::as_const(who)) {
        Availability a;
        a.who = id;
        const QString centre = centres.value(id);
        a.timeZone = centreZone(centre, viewerZone());
        for (int d = -1; d <= 31 + 1; ++d) {
            const QDate day = request.firstDay.addDays(d);
            if (!centreHoliday(centre, day).isEmpty())
                a.daysOff << day;
        }
        for (const Visit &v : booked) {
            if (peopleOf.value(v.id).contains(id))
                a.busy.append({v.startsAt, v.endsAt});
        }
        availability << a;
        names.insert(id, m_context.analystName(id));
    }
    auto *dialog = new FindTimeDialog(availability, names, request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->chosenStart().isValid())
            setStartUtc(dialog->chosenStart());
    });
    dialog->open();
    return dialog;
}

void CallDialog::updateTimes()
{
    // The same instant on every clock that matters here: mine, the organiser's, the
    // attendees' centres' and the four centres' cities.
    m_zoneLines.clear();
    const QString organiser = organiserZone();
    const auto start = toUtc(m_date->date(), m_time->time(), organiser);
    if (!start) {
        const auto gap = gapAround(m_date->date(), m_time->time(), organiser);
        if (gap) {
            const QLocale locale;
            const QDateTime before = gap->atUtc.toOffsetFromUtc(gap->oldOffsetSeconds);
            const QDateTime after = gap->atUtc.toOffsetFromUtc(gap->newOffsetSeconds);
            //: A call time that does not exist: %1 the time clocks jump from, %2 the time they
            //: jump to
            m_zoneLines << tr("This time does not exist there: clocks go from %1 to %2.")
                               .arg(locale.toString(before.time(), QLocale::ShortFormat),
                                    locale.toString(after.time(), QLocale::ShortFormat));
        } else {
            m_zoneLines << tr("This time does not exist there.");
        }
        m_times->setText(m_zoneLines.join(QLatin1Char('\n')));
        return;
    }
    const QDateTime end = start->addSecs(qint64(m_duration->value()) * 60);
    QStringList zones {viewerZone(), organiser};
    for (int r = 0; r < m_attendees->rowCount(); ++r) {
        const QString z
            = centreZone(m_attendees->item(r, ColCentre)->data(Qt::UserRole).toString(), {});
        if (!z.isEmpty())
            zones << z;
    }
    for (const char *z :
         {"America/Toronto", "America/New_York", "America/Boise", "America/St_Johns"})
        zones << QString::fromLatin1(z);
    zones.removeDuplicates();
    const QLocale locale;
    for (const QString &z : std::as_const(zones)) {
        const QDateTime s = inZone(*start, z);
        const QDateTime e = inZone(end, z);
        const QString range = s.date() == e.date()
            ? tr("%1, %2 – %3")
                  .arg(locale.toString(s.date(), QLocale::ShortFormat),
                       locale.toString(s.time(), QLocale::ShortFormat),
                       locale.toString(e.time(), QLocale::ShortFormat))
            : tr("%1 – %2").arg(locale.toString(s, QLocale::ShortFormat),
                                locale.toString(e, QLocale::ShortFormat));
        QString line;
        if (z == viewerZone())
            //: The call's time on the viewer's clock: %1 the zone, %2 the times
            line = tr("You, %1: %2").arg(zoneCaption(z, *start), range);
        else
            //: The call's time on another clock: %1 the zone, %2 the times
            line = tr("%1: %2").arg(zoneCaption(z, *start), range);
        m_zoneLines << line;
    }
    m_times->setText(m_zoneLines.join(QLatin1Char('\n')));
}

void CallDialog::updateState()
{
    const auto v = m_id.isEmpty() ? std::nullopt : m_context.schedule().visit(m_id);
    const QString status = v ? v->status : QStringLiteral("tentative");
    m_statusLabel->setText(tr("Status: %1").arg(ScheduleEventModel::statusText(status)));
    const bool closed = status == QLatin1String("cancelled");
    m_confirm->setVisible(v && status == QLatin1String("tentative"));
    m_cancelCall->setVisible(v && !closed);
    m_save->setEnabled(!closed);
    // My own answer, when I am on the call.
    QString mine;
    if (v) {
        for (const VisitAttendee &a : m_context.schedule().attendeesOf(m_id)) {
            if (a.analystId == m_context.identity().analystId)
                mine = a.rsvp.isEmpty() ? QStringLiteral("needs-action") : a.rsvp;
        }
    }
    m_myAnswer->setVisible(!mine.isEmpty());
    m_myAnswerLabel->setVisible(!mine.isEmpty());
    if (!mine.isEmpty())
        m_myAnswer->setCurrentIndex(std::max(0, m_myAnswer->findData(mine)));
    updateTimes();
}

void CallDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CallDialog::retranslateUi()
{
    setWindowTitle(m_id.isEmpty() ? tr("New call") : tr("Call"));
    m_titleLabel->setText(tr("&Title:"));
    //: The call's day and start time on the organiser's clock
    m_dateLabel->setText(tr("&When:"));
    m_zoneLabel->setText(tr("Organiser’s time &zone:"));
    m_durationLabel->setText(tr("&Duration:"));
    //: Unit of the duration of a call
    m_duration->setSuffix(tr(" min"));
    //: The call's time on the clocks of the viewer and the counterparts
    m_timesLabel->setText(tr("On each clock:"));
    m_attendeesLabel->setText(tr("&Attendees:"));
    m_attendees->setHorizontalHeaderLabels({tr("Name"), tr("Centre"), tr("Role"), tr("Answer")});
    m_addPerson->setText(tr("Add"));
    m_removePerson->setText(tr("Remove"));
    m_myAnswerLabel->setText(tr("&My answer:"));
    m_linkLabel->setText(tr("&Video or phone link:"));
    m_incidentLabel->setText(tr("Linked &incident:"));
    m_channelLabel->setText(tr("Linked c&hannel:"));
    m_findTime->setText(tr("&Find a time…"));
    m_save->setText(tr("&Save"));
    m_confirm->setText(tr("&Confirm"));
    m_cancelCall->setText(tr("Cancel call…"));
    m_close->setText(tr("Close"));
    for (int i = 0; i < m_myAnswer->count(); ++i)
        m_myAnswer->setItemText(i, answerText(m_myAnswer->itemData(i).toString()));
    updateState();
    //: Read by a screen reader: the time field beside the date of a call
    m_time->setAccessibleName(tr("Start time"));
    //: Read by a screen reader: the list of analysts to add as attendees
    m_people->setAccessibleName(tr("Analyst to add"));
    //: Read by a screen reader: the table of a call's attendees
    m_attendees->setAccessibleName(tr("Attendees"));
    nameFieldsByTheirLabels(this); // the date inside its row, the attendees table
}

} // namespace liaison
