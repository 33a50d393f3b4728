// ScheduleService's contact directory (docs/SCHEDULE.md, "Contacts"): contacts with lists of
// addresses, phones and languages stored in the schema's text columns, their working hours, and
// the analysts of the hub's directory listed without being typed in. Visits and calls are in
// ScheduleService.cpp.
#include "services/ScheduleService.h"

#include "domain/IndicatorValidator.h"
#include "domain/Schema.h"
#include "domain/TimeZones.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <string>

namespace liaison {

namespace {
const QLatin1Char kListSeparator('\n'); // emails and phones, one per line

QStringList storedList(const QString &text, QChar separator)
{
    QStringList out;
    for (const QString &item : text.split(separator, Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

// "+1 613-555-0100", "(613) 555 0100 ext. 12", "+33 1 23 45 67 89": digits with the
// punctuation people write, an extension after x, ext or a comma.
bool isPhoneNumber(const QString &phone)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9 ().\\-/]*[0-9][0-9 ().\\-/]*"
                                                           "((x|ext\\.?|;ext=|#|,+)\\s*[0-9]+)?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    int digits = 0;
    for (const QChar c : phone)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 3 && pattern.match(phone).hasMatch();
}

// "en", "fr-CA", "EN" -> "en", "fr", "en"; empty for anything that is not a language tag.
QString primaryLanguage(const QString &tag)
{
    static const QRegularExpression pattern(QStringLiteral("^([a-z]{2,3})(-[a-z0-9]{1,8})*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(tag.trimmed());
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

bool parseTime(const QString &text, int *minutes)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,2}):([0-9]{2})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const int h = match.captured(1).toInt();
    const int m = match.captured(2).toInt();
    if (m > 59 || h > 24 || (h == 24 && m != 0))
        return false;
    *minutes = h * 60 + m;
    return true;
}
} // namespace

std::optional<QList<QPair<int, WorkingHours>>> parseWorkingHours(const QString &text)
{
    static const QRegularExpression stretch(
        QStringLiteral("^([1-7])(?:-([1-7]))?\\s+([0-9:]+)\\s*-\\s*([0-9:]+)$"));
    QList<QPair<int, WorkingHours>> out;
    const QStringList parts = text.split(QLatin1Char(','));
    if (text.trimmed().isEmpty())
        return std::nullopt;
    for (const QString &part : parts) {
        const auto match = stretch.match(part.trimmed());
        if (!match.hasMatch())
            return std::nullopt;
        const int first = match.captured(1).toInt();
        const int last = match.captured(2).isEmpty() ? first : match.captured(2).toInt();
        WorkingHours hours;
        if (last < first || !parseTime(match.captured(3), &hours.startMinute)
            || !parseTime(match.captured(4), &hours.endMinute)
            || hours.endMinute <= hours.startMinute)
            return std::nullopt;
        for (int day = first; day <= last; ++day) {
            for (const auto &known : std::as_const(out)) {
                if (known.first == day)
                    return std::nullopt;
            }
            out.append({day, hours});
        }
    }
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return out;
}

QString formatWorkingHours(const QList<QPair<int, WorkingHours>> &hours)
{
    const auto time = [](int minutes) {
        return QStringLiteral("%1:%2")
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    };
    QStringList parts;
    for (qsizetype i = 0; i < hours.size();) {
        // Consecutive days with the same hours make one range.
        qsizetype j = i;
        while (j + 1 < hours.size() && hours.at(j + 1).first == hours.at(j).first + 1
               && hours.at(j + 1).second == hours.at(i).second)
            ++j;
        const QString days = j == i
            ? QString::number(hours.at(i).first)
            : QStringLiteral("%1-%2").arg(hours.at(i).first).arg(hours.at(j).first);
        parts << days + QLatin1Char(' ') + time(hours.at(i).second.startMinute) + QLatin1Char('-')
                + time(hours.at(i).second.endMinute);
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

namespace {
Fields contactFields(const Contact &c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("organisation"), c.organisation},
            {QStringLiteral("centre"), c.centre},
            {QStringLiteral("role"), c.role},
            {QStringLiteral("email"), c.emails.join(kListSeparator)},
            {QStringLiteral("phone"), c.phones.join(kListSeparator)},
            {QStringLiteral("language"), c.languages.join(QLatin1Char(','))},
            {QStringLiteral("timezone"), c.timezone},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("working_hours"), c.workingHours},
            {QStringLiteral("analyst_id"), c.analystId}};
}
} // namespace

Contact ScheduleService::normalisedContact(const Contact &c)
{
    Contact n = c;
    n.name = c.name.simplified();
    n.emails.clear();
    for (const QString &e : c.emails) {
        const QString trimmed = e.trimmed();
        if (trimmed.isEmpty())
            continue;
        const auto check = validateIndicator(IndicatorType::Email, trimmed);
        if (!check.valid)
            throw ValidationError(QStringLiteral("email"), QStringLiteral("invalid"));
        if (!n.emails.contains(check.normalised))
            n.emails << check.normalised;
    }
    n.phones.clear();
    for (const QString &p : c.phones) {
        const QString trimmed = p.simplified();
        if (trimmed.isEmpty())
            continue;
        if (!isPhoneNumber(trimmed))
            throw ValidationError(QStringLiteral("phone"), QStringLiteral("invalid"));
        if (!n.phones.contains(trimmed))
            n.phones << trimmed;
    }
    n.languages.clear();
    for (const QString &l : c.languages) {
        if (l.trimmed().isEmpty())
            continue;
        const QString primary = primaryLanguage(l);
        if (primary.isEmpty())
            throw ValidationError(QStringLiteral("language"), QStringLiteral("invalid"));
        if (!n.languages.contains(primary))
            n.languages << primary;
    }
    // The scheduler's one rule for zones (domain/TimeZones), as for visits.
    if (!c.timezone.isEmpty() && !isKnownZone(c.timezone))
        throw ValidationError(QStringLiteral("timezone"), QStringLiteral("unknown"));
    n.workingHours = c.workingHours.simplified();
    if (!n.workingHours.isEmpty()) {
        const auto hours = parseWorkingHours(n.workingHours);
        if (!hours)
            throw ValidationError(QStringLiteral("working_hours"), QStringLiteral("invalid"));
        n.workingHours = formatWorkingHours(*hours);
    }
    n.analystId = c.analystId.trimmed();
    // The registry's rules (a name, lengths) on what would be stored.
    checkChange({QString::fromLatin1(entity::Contact), n.id, contactFields(n)}, false);
    return n;
}

QString ScheduleService::saveContact(const Contact &c)
{
    return saveContacts({c}).value(0);
}

QStringList ScheduleService::saveContacts(const QList<Contact> &list)
{
    std::vector<Change> changes;
    QStringList ids;
    for (const Contact &input : list) {
        const Contact c = normalisedContact(input);
        const bool exists = !c.id.isEmpty() && rowExists("contacts", c.id);
        if (!c.id.isEmpty() && !exists && QUuid::fromString(c.id).isNull())
            throw ValidationError(QStringLiteral("record"), QStringLiteral("not-found"));
        const QString id = c.id.isEmpty() ? newId() : c.id;
        Fields fields = contactFields(c);
        ids << id;
        if (exists) {
            fields = onlyChanged(entity::Contact, id, std::move(fields));
            addOwnership(fields, false, c.scope);
            if (!fields.empty()) {
                Change change {QString::fromLatin1(entity::Contact), id, std::move(fields)};
                checkChange(change, false);
                changes.push_back(std::move(change));
            }
            continue;
        }
        // A removed contact keeps its row: bringing it back is an edit of every field.
        auto &removed = m_log.database().cached("SELECT 1 FROM contacts WHERE id = ?1");
        removed.bind(1, id);
        const bool hadRow = removed.step();
        removed.reset();
        fields.emplace_back(QStringLiteral("deleted"), false);
        addOwnership(fields, !hadRow, c.scope);
        if (hadRow) {
            Change change {QString::fromLatin1(entity::Contact), id, std::move(fields)};
            checkChange(change, false);
            changes.push_back(std::move(change));
        } else {
            changes.push_back(
                newRecord(QString::fromLatin1(entity::Contact), id, std::move(fields)));
        }
    }
    if (!changes.empty())
        commitAll(changes);
    return ids;
}

void ScheduleService::removeContact(const QString &id)
{
    commit(QString::fromLatin1(entity::Contact), id, {{QStringLiteral("deleted"), true}});
}

namespace {
constexpr char kContactColumns[]
    = "SELECT c.id, c.name, c.organisation, c.centre, c.role, c.email, c.phone, c.language, "
      "c.timezone, c.notes, c.scope, c.working_hours, c.analyst_id, a.role FROM contacts c "
      "LEFT JOIN analysts a ON a.id = c.analyst_id "
      "WHERE coalesce(c.deleted, 0) = 0 AND c.name IS NOT NULL ";

Contact readContact(const Statement &st)
{
    Contact c;
    c.id = st.text(0);
    c.name = st.text(1);
    c.organisation = st.text(2);
    c.centre = st.text(3);
    c.role = st.text(4);
    c.emails = storedList(st.text(5), kListSeparator);
    c.phones = storedList(st.text(6), kListSeparator);
    c.languages = storedList(st.text(7), QLatin1Char(','));
    c.timezone = st.text(8);
    c.notes = st.text(9);
    c.scope = st.text(10);
    c.workingHours = st.text(11);
    c.analystId = st.text(12);
    if (c.isAnalyst())
        c.analystRole
            = st.text(13) == QLatin1String("lead") ? st.text(13) : QStringLiteral("analyst");
    return c;
}
} // namespace

QList<Contact> ScheduleService::contacts() const
{
    QList<Contact> out;
    auto st = m_log.database().prepare(
        (std::string(kContactColumns) + "ORDER BY c.name, c.id").c_str());
    while (st.step())
        out << readContact(st);
    return out;
}

std::optional<Contact> ScheduleService::contact(const QString &id) const
{
    auto st = m_log.database().prepare((std::string(kContactColumns) + "AND c.id = ?1").c_str());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readContact(st);
}

QList<Contact> ScheduleService::directory() const
{
    QList<Contact> out = contacts();
    auto st = m_log.database().prepare(
        "SELECT a.id, a.name, a.centre, a.email, a.role FROM analysts a "
        "WHERE a.id <> ?1 AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.analyst_id = a.id "
        "AND coalesce(c.deleted, 0) = 0 AND c.name IS NOT NULL)");
    st.bind(1, identity().analystId);
    while (st.step()) {
        Contact c;
        c.analystId = st.text(0);
        c.name = st.text(1);
        c.centre = st.text(2);
        if (!st.text(3).isEmpty())
            c.emails << st.text(3);
        c.analystRole
            = st.text(4) == QLatin1String("lead") ? st.text(4) : QStringLiteral("analyst");
        c.fromDirectory = true;
        out << c;
    }
    std::stable_sort(out.begin(), out.end(), [](const Contact &a, const Contact &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

QList<Visit> ScheduleService::visitsOf(const Contact &c, const QDateTime &notBefore) const
{
    QList<Visit> out;
    if (c.id.isEmpty() && c.analystId.isEmpty())
        return out;
    auto st = m_log.database().prepare(
        "SELECT v.id FROM visits v WHERE coalesce(v.deleted, 0) = 0 AND v.ends_at > ?3 AND ("
        "(?2 <> '' AND v.organiser = ?2) OR EXISTS (SELECT 1 FROM attendees t WHERE "
        "t.visit_id = v.id AND coalesce(t.deleted, 0) = 0 AND ((?1 <> '' AND t.contact_id = ?1) "
        "OR (?2 <> '' AND t.analyst_id = ?2)))) ORDER BY v.starts_at, v.id");
    st.bind(1, c.id);
    st.bind(2, c.analystId);
    st.bind(3, std::int64_t(notBefore.toMSecsSinceEpoch()));
    QStringList ids;
    while (st.step())
        ids << st.text(0);
    for (const QString &id : std::as_const(ids)) {
        if (const auto v = visit(id))
            out << *v;
    }
    return out;
}

} // namespace liaison
