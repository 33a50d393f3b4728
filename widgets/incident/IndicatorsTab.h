#pragma once

#include "domain/Enums.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace liaison {

class IncidentService;
class IndicatorListModel;

// The incident window's indicators: the table (IndicatorListModel: marking, IOC and sighted
// check boxes, first and last seen, source, "seen elsewhere" with a link to the other
// incident), one indicator at a time (its type detected as it is typed, defanged values
// accepted), bulk paste (accepted lines leave the box; refused ones stay, numbered as they
// stand), STIX 2.1 import, copy out (defanged by default), and the marking of the selected
// indicators.
class IndicatorsTab : public QWidget
{
    Q_OBJECT
public:
    IndicatorsTab(IncidentService &service, const QString &incidentId, QWidget *parent = nullptr);

    // One indicator per line, its type guessed; returns the refused lines ("line N: reason",
    // N counted in what stays in the paste box).
    QStringList addIndicatorsFromText(const QString &text);
    // Imports the indicators of a STIX 2.1 bundle file; the count added (-1: unreadable) and
    // the report of what was skipped and why.
    int importStix(const QString &path, QString *report);

    enum class CopyForm { Defanged, Live };
    // Copies the selected indicators' values, one per line, to the clipboard; asks first when
    // one is marked above TLP:GREEN, and records the copy in the incident's timeline. False
    // when nothing was copied (nothing selected, or the analyst said no).
    bool copySelected(CopyForm form);
    // Marks the selected indicators; says when one had already reached the other centre.
    // False when refused (the reason is shown).
    bool markSelected(Tlp tlp);
    // Sets when the selected indicators were first and last seen (ms; 0: not known). False
    // when refused (last before first: the reason is shown).
    bool setSeenForSelected(qint64 firstSeen, qint64 lastSeen);

    QLabel *messageLabel() const { return m_message; }
    QLabel *detectedLabel() const { return m_detected; }

signals:
    // The analyst followed a "seen elsewhere" link.
    void incidentRequested(const QString &incidentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addIndicator();
    void importInteractively();
    void detectType();
    void openElsewhere(const QModelIndex &index);
    void editSeenInteractively();
    QStringList selectedIds() const;

    IncidentService &m_service;
    QString m_id;
    IndicatorListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_type = nullptr;
    bool m_typePicked = false; // the analyst chose the type: detection no longer moves it
    QLineEdit *m_value = nullptr;
    QLabel *m_detected = nullptr;
    QComboBox *m_tlp = nullptr;
    QCheckBox *m_ioc = nullptr;
    QCheckBox *m_sighted = nullptr;
    QPushButton *m_addButton = nullptr;
    QToolButton *m_copyButton = nullptr;
    QMenu *m_copyMenu = nullptr;
    QAction *m_copyDefanged = nullptr;
    QAction *m_copyLive = nullptr;
    QToolButton *m_markButton = nullptr;
    QPushButton *m_seenButton = nullptr;
    QMenu *m_markMenu = nullptr;
    QLabel *m_message = nullptr;
    QPlainTextEdit *m_paste = nullptr;
    QPushButton *m_pasteButton = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace liaison
