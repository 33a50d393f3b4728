#include "ShareIncidentDialog.h"

#include "domain/Enums.h"
#include "domain/Schema.h"
#include "widgets/common/DialogSupport.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace liaison {

namespace {
NextAnswer<QStringList> g_nextAnswer;
} // namespace

ShareIncidentDialog::ShareIncidentDialog(const Incident &incident,
                                         const QList<IncidentComment> &comments,
                                         const std::function<QString(const QString &)> &authorName,
                                         QWidget *parent, int stayingIndicators)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shareIncidentDialog"));
    setWindowTitle(tr("Share with the counterpart centre"));
    Tlp tlp {};
    const QString marking
        = parseTlp(incident.tlp, &tlp) ? tlpLabel(tlp) : tr("an unknown TLP marking");
    //: %1 is the incident title, %2 its TLP label, e.g. TLP:AMBER
    auto *text = new QLabel(tr("<p>“%1” is marked <b>%2</b>. Sharing it sends it, with its "
                               "indicators and tasks, to the counterpart centre. It cannot be "
                               "taken back, and your name is recorded as the one who released "
                               "it.</p>")
                                .arg(incident.title.toHtmlEscaped(), marking),
                            this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    auto *staying = new QLabel(this);
    staying->setObjectName(QStringLiteral("stayingIndicators"));
    staying->setWordWrap(true);
    //: %n indicators of the incident marked TLP:AMBER+STRICT (or TLP:RED in an incident that
    //: is not) that do not go with it
    staying->setText(tr("%n indicator(s) stay in your centre: their marking does not let them "
                        "leave it.",
                        nullptr, stayingIndicators));
    staying->setVisible(stayingIndicators > 0);
    auto *commentsLabel = new QLabel(this);
    commentsLabel->setWordWrap(true);
    m_comments = new QListWidget(this);
    m_comments->setObjectName(QStringLiteral("shareComments"));
    m_comments->setAccessibleName(tr("Internal comments to share"));
    for (const IncidentComment &c : comments) {
        if (c.kind == QLatin1String("release") || c.scope == QLatin1String(kScopeShared))
            continue;
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.occurredAt),
                                                QLocale::ShortFormat);
        //: A comment in the share dialog: %1 author, %2 date, %3 the comment's text
        auto *item = new QListWidgetItem(
            tr("%1, %2: %3").arg(authorName(c.author), when, c.body.simplified().left(200)),
            m_comments);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (m_comments->count() == 0) {
        commentsLabel->setText(tr("The incident has no internal comments."));
        m_comments->hide();
    } else {
        commentsLabel->setText(
            tr("Its comments are internal to your centre and stay behind. Tick those the "
               "counterpart centre should see:"));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *shareButton = buttons->addButton(tr("&Share"), QDialogButtonBox::AcceptRole);
    shareButton->setObjectName(QStringLiteral("confirmShare"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(staying);
    layout->addWidget(commentsLabel);
    layout->addWidget(m_comments, 1);
    layout->addWidget(buttons);
    resize(560, m_comments->isVisible() ? 420 : 200);
}

QStringList ShareIncidentDialog::pickedComments() const
{
    return checkedIds(m_comments);
}

bool ShareIncidentDialog::ask(QWidget *parent, const Incident &incident,
                              const QList<IncidentComment> &comments,
                              const std::function<QString(const QString &)> &authorName,
                              QStringList *picked, int stayingIndicators)
{
    if (std::optional<QStringList> answer; g_nextAnswer.take(&answer)) {
        if (!answer)
            return false;
        *picked = *answer;
        return true;
    }
    ShareIncidentDialog dialog(incident, comments, authorName, parent, stayingIndicators);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *picked = dialog.pickedComments();
    return true;
}

void ShareIncidentDialog::clearAnswerForTesting()
{
    g_nextAnswer.clear();
}

void ShareIncidentDialog::setNextAnswerForTesting(std::optional<QStringList> picked)
{
    g_nextAnswer.set(std::move(picked));
}

} // namespace liaison
