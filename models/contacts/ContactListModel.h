#pragma once

#include "services/ScheduleService.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace liaison {

// The Contacts page's list: ScheduleService::directory() (contacts typed in or imported, and
// the analysts of the hub's directory), one row each, reloaded on contactChanged (remote edits
// arrive live) and on reload() (the directory itself is local and changes at sync).
class ContactListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        OrganisationColumn,
        CentreColumn,
        RoleColumn,
        LanguagesColumn,
        EmailColumn,
        AccountColumn,
        ColumnCount
    };
    enum Roles {
        SortRole = Qt::UserRole + 1, // locale-aware text of the column
        ContactIdRole, // empty for an analyst of the directory nobody typed in
        AnalystIdRole,
        SearchTextRole, // every field the search looks in, lowercase
        LanguagesRole, // QStringList of primary tags
    };

    explicit ContactListModel(ScheduleService &service, QObject *parent = nullptr);

    void reload();
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const Contact &contactAt(int row) const { return m_rows.at(row); }
    // The row of a contact (by its id) or of a derived analyst (by its analyst id); -1.
    int rowOf(const QString &contactId, const QString &analystId = {}) const;
    // Distinct centres and roles of the rows, sorted, for the filters.
    QStringList centres() const;
    QStringList roles() const;

    // "English, French" in the UI language; a tag without a name as it is.
    static QString languagesText(const QStringList &tags);
    // What the role column shows: the contact's role, else for an analyst of the directory
    // "Team lead" or "Analyst".
    static QString roleText(const Contact &contact);
    // "Liaison analyst", "Liaison team lead", or empty for a contact without an account.
    static QString accountText(const Contact &contact);

private:
    ScheduleService &m_service;
    QList<Contact> m_rows;
};

// Search text and the centre, role and language filters (empty: any).
class ContactFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ContactFilterProxy(QObject *parent = nullptr);
    void setSearch(const QString &text);
    void setCentre(const QString &centre);
    void setRole(const QString &role);
    void setLanguage(const QString &tag);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_centre;
    QString m_role;
    QString m_language;
};

} // namespace liaison
