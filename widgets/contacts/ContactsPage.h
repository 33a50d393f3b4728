#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace liaison {

class ContactFilterProxy;
class ContactListModel;
class ScheduleService;
struct Contact;

// The directory of points of contact (issue #12): a sortable list with search and filters by
// centre, role and language, the selected contact's card (languages, addresses, phones, time
// zone with their local time, working hours), New / Edit / Delete, vCard import and export,
// and "Message" for a contact who uses Liaison. Remote edits arrive live (contactChanged).
class ContactsPage : public QWidget
{
    Q_OBJECT
public:
    // analysts: the hub's directory as (id, name), asked when a dialog opens.
    ContactsPage(ScheduleService &service, std::function<QList<QPair<QString, QString>>()> analysts,
                 QWidget *parent = nullptr);
    ~ContactsPage() override;

    QTableView *table() const { return m_table; }
    ContactListModel *model() const { return m_model; }
    ContactFilterProxy *proxy() const { return m_proxy; }
    // The selected row's contact (nullptr when none).
    const Contact *currentContact() const;
    // Selects a contact by id (or a derived analyst by analyst id); false when not listed.
    bool selectContact(const QString &contactId, const QString &analystId = {});
    // The card's text as shown (for tests and screen readers).
    QString cardText() const;

    // What Import vCard… and Export vCard… do once a file is chosen. Errors are shown
    // (showError), and import is whole or nothing. Export writes the selected contacts, or
    // all listed when none is selected.
    bool importFile(const QString &path);
    bool exportFile(const QString &path);

    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *messageButton() const { return m_message; }

public slots:
    void newContact();
    void editContact();
    void deleteContact();

signals:
    // Open the direct conversation with this analyst (MainWindow does, on the Chat page).
    void messageRequested(const QString &analystId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void refreshFilters();
    void updateCard();
    void updateButtons();
    void reload();
    void openDialog(const Contact &contact);
    void chooseImport();
    void chooseExport();

    ScheduleService &m_service;
    std::function<QList<QPair<QString, QString>>()> m_analysts;
    ContactListModel *m_model = nullptr;
    ContactFilterProxy *m_proxy = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_centreLabel = nullptr;
    QComboBox *m_centre = nullptr;
    QLabel *m_roleLabel = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_card = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_message = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QTimer *m_clock = nullptr; // the contact's local time on the card
};

} // namespace liaison
