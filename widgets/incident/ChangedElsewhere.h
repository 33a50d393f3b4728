#pragma once

#include <QDialog>
#include <QFrame>
#include <QHash>
#include <QList>

#include <optional>

class QLabel;
class QPushButton;
class QRadioButton;

namespace liaison {

// A field of the incident that someone else changed while the analyst was editing it.
struct ConflictField
{
    QString field; // "title", "status"...
    QString who; // who wrote theirs: "Sam Hill (USCERT)"
    QString theirs; // both as the analyst reads them (labels, not keys)
    QString yours;
};

// The banner of the incident window that says someone else changed fields being edited:
// which, who, and a Compare… button to see both values and keep either.
class ChangedElsewhereBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ChangedElsewhereBanner(QWidget *parent = nullptr);

    // Shows the banner for these fields (hidden when empty).
    void setConflicts(const QList<ConflictField> &conflicts);
    QLabel *label() const { return m_label; }
    QPushButton *compareButton() const { return m_compare; }

signals:
    void compareRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<ConflictField> m_conflicts;
    QLabel *m_label = nullptr;
    QPushButton *m_compare = nullptr;
};

// Theirs beside yours for each field in conflict, with a choice per field: keep theirs (your
// edit of that field is dropped) or keep yours (it is saved, replacing theirs). Yours is the
// default, as nothing the analyst typed is dropped unless they say so.
class CompareChangesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CompareChangesDialog(const QList<ConflictField> &conflicts, QWidget *parent = nullptr);

    // field -> true to keep yours, false to keep theirs.
    QHash<QString, bool> choices() const;
    QRadioButton *keepTheirsButton(const QString &field) const;
    QRadioButton *keepMineButton(const QString &field) const;

    // Runs the dialog; false when cancelled. Tests answer ahead (nullopt: cancel).
    static bool ask(QWidget *parent, const QList<ConflictField> &conflicts,
                    QHash<QString, bool> *choices);
    static void setNextAnswerForTesting(std::optional<QHash<QString, bool>> choices);
    static void clearAnswerForTesting();

private:
    QHash<QString, QRadioButton *> m_mine;
    QHash<QString, QRadioButton *> m_theirs;
};

} // namespace liaison
