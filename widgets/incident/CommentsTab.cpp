#include "CommentsTab.h"

#include "widgets/common/UiErrors.h"

#include "services/IncidentService.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace liaison {

CommentsTab::CommentsTab(IncidentService &service, const QString &incidentId,
                         CommentListModel::NameLookup names, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_id(incidentId)
{
    m_model = new CommentListModel(m_service, m_id, std::move(names), this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("comments"));
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_list->indexAt(at);
        if (!index.isValid() || !index.data(CommentListModel::ShareableRole).toBool())
            return;
        QMenu menu(this);
        const QString id = index.data(CommentListModel::IdRole).toString();
        menu.addAction(tr("&Share this comment with the counterpart centre"), this,
                       [this, id] { emit shareCommentRequested(id); });
        menu.exec(m_list->viewport()->mapToGlobal(at));
    });
    m_composer = new QPlainTextEdit(this);
    m_composer->setMaximumHeight(70);
    m_composer->setObjectName(QStringLiteral("newComment"));
    m_commentButton = new QPushButton(this);
    m_commentButton->setObjectName(QStringLiteral("commentButton"));
    connect(m_commentButton, &QPushButton::clicked, this, &CommentsTab::addComment);
    m_commentShared = new QCheckBox(this);
    m_commentShared->setObjectName(QStringLiteral("commentShared"));
    m_composerScope = new QLabel(this);
    m_composerScope->setObjectName(QStringLiteral("composerScope"));
    m_composerScope->setWordWrap(true);
    connect(m_commentShared, &QCheckBox::toggled, this, [this] { updateComposerScope(); });

    auto *commentRow = new QHBoxLayout;
    commentRow->addWidget(m_composer, 1);
    commentRow->addWidget(m_commentButton, 0, Qt::AlignTop);
    auto *composerRow = new QHBoxLayout;
    composerRow->addWidget(m_composerScope, 1);
    composerRow->addWidget(m_commentShared);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(composerRow);
    layout->addLayout(commentRow);
    retranslateUi();
}

void CommentsTab::setIncident(bool shared, const QString &ownerCentre)
{
    m_shared = shared;
    m_ownerCentre = ownerCentre;
    m_commentShared->setEnabled(shared);
    if (!shared)
        m_commentShared->setChecked(false);
    updateComposerScope();
}

QString CommentsTab::composerText() const
{
    return m_composer->toPlainText();
}

bool CommentsTab::composerShared() const
{
    return m_commentShared->isChecked();
}

void CommentsTab::setComposer(const QString &text, bool shared)
{
    m_composer->setPlainText(text);
    m_commentShared->setChecked(m_shared && shared);
}

void CommentsTab::addComment()
{
    const QString body = m_composer->toPlainText().trimmed();
    if (body.isEmpty())
        return;
    const auto visibility = m_shared && m_commentShared->isChecked() ? CommentVisibility::Shared
                                                                     : CommentVisibility::Internal;
    // Kept in the box when refused (too long...), so that nothing typed is lost.
    if (runGuarded(this, [&] { m_service.addComment(m_id, body, visibility); }))
        m_composer->clear();
}

void CommentsTab::updateComposerScope()
{
    if (m_shared && m_commentShared->isChecked())
        m_composerScope->setText(tr("Shared comment: the counterpart centre will see it."));
    else if (m_shared)
        //: %1 is the analyst's own centre code
        m_composerScope->setText(
            tr("Internal comment: only %1 will see it.").arg(m_service.identity().centre));
    else
        //: %1 is a centre code
        m_composerScope->setText(
            tr("Internal comment: the incident is not shared; only %1 will see it.")
                .arg(m_ownerCentre));
}

void CommentsTab::retranslateUi()
{
    m_list->setAccessibleName(tr("Comments and timeline"));
    m_composer->setPlaceholderText(tr("Write a comment"));
    m_composer->setAccessibleName(tr("New comment"));
    m_commentButton->setText(tr("Comment"));
    m_commentShared->setText(tr("&Visible to the counterpart centre"));
    updateComposerScope();
}

void CommentsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace liaison
