#include "models/contacts/ContactListModel.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace liaison {

ContactListModel::ContactListModel(ScheduleService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(&m_service, &ScheduleService::contactChanged, this, &ContactListModel::reload);
    reload();
}

void ContactListModel::reload()
{
    beginResetModel();
    m_rows = m_service.directory();
    endResetModel();
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContactListModel::languagesText(const QStringList &tags)
{
    QStringList names;
    for (const QString &tag : tags) {
        if (tag == QLatin1String("en"))
            names << QCoreApplication::translate("ContactListModel", "English");
        else if (tag == QLatin1String("fr"))
            names << QCoreApplication::translate("ContactListModel", "French");
        else
            names << tag;
    }
    //: Between the languages a contact speaks: "English, French"
    return names.join(QCoreApplication::translate("ContactListModel", ", "));
}

QString ContactListModel::roleText(const Contact &c)
{
    if (!c.role.isEmpty() || !c.fromDirectory)
        return c.role;
    return c.analystRole == QLatin1String("lead")
        ? QCoreApplication::translate("ContactListModel", "Team lead")
        : QCoreApplication::translate("ContactListModel", "Analyst");
}

QString ContactListModel::accountText(const Contact &c)
{
    if (!c.isAnalyst())
        return {};
    return c.analystRole == QLatin1String("lead")
        //: A contact's Liaison account: a team lead of the hub's directory
        ? QCoreApplication::translate("ContactListModel", "Liaison team lead")
        //: A contact's Liaison account
        : QCoreApplication::translate("ContactListModel", "Liaison analyst");
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Contact &c = m_rows.at(index.row());
    switch (role) {
    case ContactIdRole: return c.id;
    case AnalystIdRole: return c.analystId;
    case LanguagesRole: return c.languages;
    case SearchTextRole:
        return QStringList {c.name,
                            c.organisation,
                            c.centre,
                            c.role,
                            roleText(c),
                            c.emails.join(QLatin1Char(' ')),
                            c.phones.join(QLatin1Char(' ')),
                            c.notes}
            .join(QLatin1Char('\n'))
            .toLower();
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && c.isAnalyst())
            return QCoreApplication::translate("ContactListModel",
                                               "Uses Liaison: you can message them directly.");
        return {};
    case Qt::DisplayRole:
    case SortRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            if (role == Qt::AccessibleTextRole && c.isAnalyst())
                //: Read out for a contact that is a Liaison analyst; %1 their name
                return QCoreApplication::translate("ContactListModel", "%1, Liaison analyst")
                    .arg(c.name);
            return c.name;
        case OrganisationColumn: return c.organisation;
        case CentreColumn: return c.centre;
        case RoleColumn: return roleText(c);
        case LanguagesColumn: return languagesText(c.languages);
        case EmailColumn: return c.email();
        case AccountColumn: return accountText(c);
        }
        return {};
    }
    return {};
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    //: Column of the contact list
    case NameColumn: return QCoreApplication::translate("ContactListModel", "Name");
    //: Column of the contact list
    case OrganisationColumn: return QCoreApplication::translate("ContactListModel", "Organisation");
    //: Column of the contact list
    case CentreColumn: return QCoreApplication::translate("ContactListModel", "Centre");
    //: Column of the contact list: what the person does
    case RoleColumn: return QCoreApplication::translate("ContactListModel", "Role");
    //: Column of the contact list
    case LanguagesColumn: return QCoreApplication::translate("ContactListModel", "Languages");
    //: Column of the contact list
    case EmailColumn: return QCoreApplication::translate("ContactListModel", "Email");
    //: Column of the contact list: whether the contact has a Liaison account
    case AccountColumn: return QCoreApplication::translate("ContactListModel", "Liaison");
    }
    return {};
}

int ContactListModel::rowOf(const QString &contactId, const QString &analystId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Contact &c = m_rows.at(i);
        if (contactId.isEmpty() ? (c.id.isEmpty() && c.analystId == analystId) : c.id == contactId)
            return i;
    }
    return -1;
}

namespace {
QStringList distinctSorted(QStringList values)
{
    values.removeAll(QString());
    values.removeDuplicates();
    std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    return values;
}
} // namespace

QStringList ContactListModel::centres() const
{
    QStringList out;
    for (const Contact &c : m_rows)
        out << c.centre;
    return distinctSorted(out);
}

QStringList ContactListModel::roles() const
{
    QStringList out;
    for (const Contact &c : m_rows)
        out << roleText(c);
    return distinctSorted(out);
}

ContactFilterProxy::ContactFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ContactListModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ContactFilterProxy::setSearch(const QString &text)
{
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void ContactFilterProxy::setCentre(const QString &centre)
{
    m_centre = centre;
    invalidateFilter();
}

void ContactFilterProxy::setRole(const QString &role)
{
    m_role = role;
    invalidateFilter();
}

void ContactFilterProxy::setLanguage(const QString &tag)
{
    m_language = tag;
    invalidateFilter();
}

bool ContactFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &parent) const
{
    const QAbstractItemModel *model = sourceModel();
    const auto value = [&](int column, int role) {
        return model->data(model->index(sourceRow, column, parent), role);
    };
    if (!m_centre.isEmpty()
        && value(ContactListModel::CentreColumn, Qt::DisplayRole).toString() != m_centre)
        return false;
    if (!m_role.isEmpty()
        && value(ContactListModel::RoleColumn, Qt::DisplayRole).toString() != m_role)
        return false;
    if (!m_language.isEmpty()
        && !value(0, ContactListModel::LanguagesRole).toStringList().contains(m_language))
        return false;
    const QString text = value(0, ContactListModel::SearchTextRole).toString();
    return std::all_of(m_words.begin(), m_words.end(),
                       [&](const QString &w) { return text.contains(w); });
}

} // namespace liaison
