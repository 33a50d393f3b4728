#pragma once

#include "services/ServiceBase.h"

#include <QDateTime>
#include <QList>

namespace liaison {

struct Contact
{
    QString id;
    QString name;
    QString organisation;
    QString centre;
    QString role;
    QString email;
    QString phone;
    QString language; // "en", "fr", ...
    QString timezone; // IANA id
    QString notes;
    QString scope;
};

struct Visit
{
    QString id;
    QString title;
    QString kind; // "in_person" or "call"
    QString location;
    QDateTime startsAt; // UTC
    QDateTime endsAt; // UTC
    QString timezone; // IANA id the visit is planned in
    QString hostCentre;
    QString status; // "planned", "confirmed", "done", "cancelled"
    QString notes;
    QString scope;
};

class ScheduleService : public ServiceBase
{
    Q_OBJECT
public:
    explicit ScheduleService(OpLog &log, QObject *parent = nullptr);

    // Throws ValidationError for a missing name, a malformed e-mail or an unknown time zone.
    QString saveContact(const Contact &contact); // creates when id is empty
    void removeContact(const QString &id);
    // Throws ValidationError for an impossible date range or unknown time zone.
    QString saveVisit(const Visit &visit);
    void removeVisit(const QString &id);
    QString addAttendee(const QString &visitId, const QString &contactId);

    QList<Contact> contacts() const;
    QList<Visit> visits() const; // by start time
    QStringList attendees(const QString &visitId) const; // contact ids

signals:
    void contactChanged(const QString &id);
    void visitChanged(const QString &id);

private:
    void addOwnership(Fields &fields, bool creating, const QString &scope) const;
    void onApplied(const std::vector<RoutedChange> &changes);
};

} // namespace liaison
