#include "widgets/incident/ChangedElsewhere.h"

#include "widgets/common/DialogSupport.h"

#include "domain/DomainText.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace liaison {

namespace {
NextAnswer<QHash<QString, bool>> g_nextAnswer;
} // namespace

ChangedElsewhereBanner::ChangedElsewhereBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("changedElsewhere"));
    setStyleSheet(QStringLiteral("#changedElsewhere { background: #fff4ce; border-radius: 4px; }"
                                 "#changedElsewhere QLabel { color: #3b2f00; }"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("changedElsewhereText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_compare = new QPushButton(this);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    connect(m_compare, &QPushButton::clicked, this, &ChangedElsewhereBanner::compareRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_compare, 0, Qt::AlignVCenter);
    hide();
    retranslateUi();
}

void ChangedElsewhereBanner::setConflicts(const QList<ConflictField> &conflicts)
{
    m_conflicts = conflicts;
    retranslateUi();
    setVisible(!conflicts.isEmpty());
}

void ChangedElsewhereBanner::retranslateUi()
{
    //: Opens theirs and yours side by side, to keep either
    m_compare->setText(tr("Compare…"));
    m_compare->setAccessibleDescription(
        tr("Shows their value beside yours for each field, to keep either"));
    if (m_conflicts.isEmpty())
        return;
    QStringList fields;
    QStringList who;
    for (const ConflictField &c : std::as_const(m_conflicts)) {
        fields << fieldLabel(QStringLiteral("incident"), c.field);
        if (!who.contains(c.who))
            who << c.who;
    }
    const QLocale locale;
    //: %1 who (names and centres), %2 the fields (title, status...) in the UI language
    m_label->setText(tr("%1 changed the %2 while you were editing. Your text is kept: compare "
                        "to keep theirs or yours; saving keeps yours.")
                         .arg(locale.createSeparatedList(who), locale.createSeparatedList(fields)));
}

void ChangedElsewhereBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

CompareChangesDialog::CompareChangesDialog(const QList<ConflictField> &conflicts, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("compareChangesDialog"));
    setWindowTitle(tr("Compare their changes with yours"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Someone else saved these fields while you were editing them. "
                                "For each one, keep theirs (your edit is dropped) or yours (it "
                                "is saved now and replaces theirs)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const ConflictField &c : conflicts) {
        //: A field in conflict: %1 the field (title, status...)
        auto *box = new QGroupBox(tr("The %1").arg(fieldLabel(QStringLiteral("incident"), c.field)),
                                  this);
        box->setObjectName(QStringLiteral("conflict_") + c.field);
        auto *grid = new QGridLayout(box);
        //: Above their value: %1 who wrote it (name and centre)
        auto *theirsLabel = new QLabel(tr("Theirs, by %1:").arg(c.who), box);
        theirsLabel->setTextFormat(Qt::PlainText);
        theirsLabel->setWordWrap(true);
        auto *yoursLabel = new QLabel(tr("Yours, not saved:"), box);
        const auto textBox = [box](const QString &text, const QString &name) {
            auto *edit = new QPlainTextEdit(text, box);
            edit->setObjectName(name);
            edit->setReadOnly(true);
            edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 5);
            return edit;
        };
        auto *theirs = textBox(c.theirs, QStringLiteral("theirs_") + c.field);
        theirs->setAccessibleName(tr("Their value"));
        auto *yours = textBox(c.yours, QStringLiteral("yours_") + c.field);
        yours->setAccessibleName(tr("Your value"));
        auto *keepTheirs = new QRadioButton(tr("Keep theirs"), box);
        keepTheirs->setObjectName(QStringLiteral("keepTheirs_") + c.field);
        auto *keepMine = new QRadioButton(tr("Keep mine"), box);
        keepMine->setObjectName(QStringLiteral("keepMine_") + c.field);
        keepMine->setChecked(true);
        auto *group = new QButtonGroup(box);
        group->addButton(keepTheirs);
        group->addButton(keepMine);
        grid->addWidget(theirsLabel, 0, 0);
        grid->addWidget(yoursLabel, 0, 1);
        grid->addWidget(theirs, 1, 0);
        grid->addWidget(yours, 1, 1);
        grid->addWidget(keepTheirs, 2, 0);
        grid->addWidget(keepMine, 2, 1);
        m_theirs.insert(c.field, keepTheirs);
        m_mine.insert(c.field, keepMine);
        layout->addWidget(box);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyChoices"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

QHash<QString, bool> CompareChangesDialog::choices() const
{
    QHash<QString, bool> out;
    for (auto it = m_mine.begin(); it != m_mine.end(); ++it)
        out.insert(it.key(), it.value()->isChecked());
    return out;
}

QRadioButton *CompareChangesDialog::keepTheirsButton(const QString &field) const
{
    return m_theirs.value(field);
}

QRadioButton *CompareChangesDialog::keepMineButton(const QString &field) const
{
    return m_mine.value(field);
}

bool CompareChangesDialog::ask(QWidget *parent, const QList<ConflictField> &conflicts,
                               QHash<QString, bool> *choices)
{
    if (std::optional<QHash<QString, bool>> answer; g_nextAnswer.take(&answer)) {
        if (!answer)
            return false;
        *choices = *answer;
        return true;
    }
    CompareChangesDialog dialog(conflicts, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *choices = dialog.choices();
    return true;
}

void CompareChangesDialog::setNextAnswerForTesting(std::optional<QHash<QString, bool>> choices)
{
    g_nextAnswer.set(std::move(choices));
}

void CompareChangesDialog::clearAnswerForTesting()
{
    g_nextAnswer.clear();
}

} // namespace liaison
