#pragma once

#include "services/IncidentService.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;

namespace liaison {

enum class ExportFormat;

// The incident's own fields above the tabs: title, summary, status, severity, TLP, PAP (shown),
// sector, its reference,
// who owns it and who sees it, and the share and export buttons. Tracks which fields the
// analyst changed (dirty) so that a save writes only those, and a change made elsewhere to
// a field being edited keeps the analyst's text.
class IncidentForm : public QWidget
{
    Q_OBJECT
public:
    explicit IncidentForm(QWidget *parent = nullptr);

    // Shows the incident; keepEdits leaves the fields the analyst changed as they are.
    // localCentre decides whether this centre may share it.
    // named: the people of other centres it is shared with by name (TLP:RED).
    void load(const Incident &incident, const QString &localCentre, bool keepEdits,
              const QStringList &named = {});

    const QSet<QString> &dirtyFields() const { return m_dirty; }
    bool isDirty(const QString &field) const { return m_dirty.contains(field); }
    void markDirty(const QString &field) { m_dirty.insert(field); }
    void clearDirty() { m_dirty.clear(); }
    void clearDirty(const QString &field) { m_dirty.remove(field); }
    // The value in the field's box (title, summary: text; status, severity, tlp, sector:
    // the stored key), and putting one back (a draft); false when the box has no such value.
    QString value(const QString &field) const;
    bool setValue(const QString &field, const QString &value);
    // The fields edited here, by their field name.
    static QStringList fields();

    QLineEdit *titleEdit() const { return m_title; }

signals:
    void shareRequested();
    void exportRequested(liaison::ExportFormat format);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateScopeTexts();
    void retranslateSectors();
    static QString papDescription(const QString &pap);
    QComboBox *choiceBox(const QString &field) const;

    QSet<QString> m_dirty; // fields the analyst changed and has not saved
    bool m_loading = false;
    std::optional<Incident> m_incident;
    bool m_ownedHere = false;
    QStringList m_named;

    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_severityLabel = nullptr;
    QComboBox *m_severity = nullptr;
    QLabel *m_tlpLabel = nullptr;
    QComboBox *m_tlp = nullptr;
    QLabel *m_sectorLabel = nullptr;
    QComboBox *m_sector = nullptr;
    QLabel *m_pap = nullptr;
    QLabel *m_reference = nullptr;
    QString m_sectorCountry; // the country whose sectors are listed first
    QLabel *m_owner = nullptr;
    QLabel *m_scope = nullptr;
    QPushButton *m_shareButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QAction *m_exportStix = nullptr;
    QAction *m_exportCsv = nullptr;
};

} // namespace liaison
