#include "widgets/incident/ShareWithPeopleDialog.h"

#include "domain/Enums.h"
#include "widgets/common/DialogSupport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace liaison {

namespace {
NextAnswer<QStringList> g_nextAnswer;
} // namespace

ShareWithPeopleDialog::ShareWithPeopleDialog(const Incident &incident,
                                             const QList<IncidentService::Member> &people,
                                             const QStringList &named, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shareWithPeopleDialog"));
    setWindowTitle(tr("Share with named people"));
    Tlp tlp {};
    const QString marking
        = parseTlp(incident.tlp, &tlp) ? tlpLabel(tlp) : tr("an unknown TLP marking");
    //: %1 is the incident title, %2 its TLP label, e.g. TLP:RED
    auto *text = new QLabel(tr("<p>“%1” is marked <b>%2</b>: it never goes to a whole centre. "
                               "The people you tick receive it, with its indicators, tasks and "
                               "the comments you share, and nobody else of their centre. Your "
                               "name is recorded as the one who released it.</p>")
                                .arg(incident.title.toHtmlEscaped(), marking),
                            this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    auto *peopleLabel = new QLabel(this);
    peopleLabel->setWordWrap(true);
    m_people = new QListWidget(this);
    m_people->setObjectName(QStringLiteral("sharePeople"));
    m_people->setAccessibleName(tr("People to share with"));
    for (const IncidentService::Member &person : people) {
        //: A person in the share dialog: %1 their name, %2 their centre's code
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(person.name, person.centre), m_people);
        item->setData(Qt::UserRole, person.analystId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(named.contains(person.analystId) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_people->count() == 0) {
        peopleLabel->setText(tr("No analyst of another centre is known yet. They appear here "
                                "once this device has synced with the hub."));
        m_people->hide();
    } else {
        peopleLabel->setText(tr("Tick the people who should receive it; untick someone to stop "
                                "sending them what is written from now on:"));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *shareButton = buttons->addButton(tr("&Share"), QDialogButtonBox::AcceptRole);
    shareButton->setObjectName(QStringLiteral("confirmSharePeople"));
    shareButton->setEnabled(m_people->count() > 0);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(peopleLabel);
    layout->addWidget(m_people, 1);
    layout->addWidget(buttons);
    resize(520, m_people->isVisible() ? 380 : 200);
}

QStringList ShareWithPeopleDialog::picked() const
{
    return checkedIds(m_people);
}

bool ShareWithPeopleDialog::ask(QWidget *parent, const Incident &incident,
                                const QList<IncidentService::Member> &people,
                                const QStringList &named, QStringList *picked)
{
    if (std::optional<QStringList> answer; g_nextAnswer.take(&answer)) {
        if (!answer)
            return false;
        *picked = *answer;
        return true;
    }
    ShareWithPeopleDialog dialog(incident, people, named, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *picked = dialog.picked();
    return true;
}

void ShareWithPeopleDialog::setNextAnswerForTesting(std::optional<QStringList> picked)
{
    g_nextAnswer.set(std::move(picked));
}

void ShareWithPeopleDialog::clearAnswerForTesting()
{
    g_nextAnswer.clear();
}

} // namespace liaison
