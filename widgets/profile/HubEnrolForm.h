#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace liaison {

// The three things a hub administrator hands an analyst (liaison-hub enroll): the hub's
// address, a one-time code and the SHA-256 fingerprint of the hub's certificate. The
// fingerprint is shown back in groups for the analyst to compare with the administrator's
// copy; the sync engine then refuses any other certificate. Used by the first-run dialog and
// by Settings.
class HubEnrolForm : public QWidget
{
    Q_OBJECT
public:
    explicit HubEnrolForm(QWidget *parent = nullptr);

    QUrl url() const;
    QString code() const;
    QString fingerprint() const; // normalised ("AB:CD:…"), empty when not valid
    bool isEmpty() const; // nothing typed: enrol later
    bool isComplete() const; // ready to enrol
    // Why it is not complete (translated), empty when complete or empty.
    QString problem() const;

    // A fingerprint ("AB:CD:…") as lines of eight pairs, and a hex id as groups of four
    // ("3f9a 1c22 ab01 77de"): what people compare by eye.
    static QStringList fingerprintLines(const QString &fingerprint);
    static QString groupedHex(const QString &hex);

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *fingerprintEdit() const { return m_fingerprint; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateDisplay();

    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_fingerprintLabel = nullptr;
    QLineEdit *m_fingerprint = nullptr;
    QLabel *m_display = nullptr;
};

} // namespace liaison
