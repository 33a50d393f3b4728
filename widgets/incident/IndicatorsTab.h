#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace liaison {

class IncidentService;
class IndicatorListModel;

// The incident window's indicators: the table (IndicatorListModel), one indicator at a time
// validated per type, bulk paste (refused lines reported and kept), STIX 2.1 import.
class IndicatorsTab : public QWidget
{
    Q_OBJECT
public:
    IndicatorsTab(IncidentService &service, const QString &incidentId, QWidget *parent = nullptr);

    // One indicator per line, its type guessed; returns the refused lines ("line N: reason"),
    // which stay in the paste box.
    QStringList addIndicatorsFromText(const QString &text);
    // Imports the indicators of a STIX 2.1 bundle file; the count added (-1: unreadable) and
    // the report of what was skipped and why.
    int importStix(const QString &path, QString *report);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addIndicator();
    void importInteractively();

    IncidentService &m_service;
    QString m_id;
    IndicatorListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_value = nullptr;
    QPushButton *m_addButton = nullptr;
    QLabel *m_message = nullptr;
    QPlainTextEdit *m_paste = nullptr;
    QPushButton *m_pasteButton = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace liaison
