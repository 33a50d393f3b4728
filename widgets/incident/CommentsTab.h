#pragma once

#include "models/incident/CommentListModel.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace liaison {

class IncidentService;

// The incident window's comments and timeline (CommentListModel) and the composer, which
// always says who will read the comment being written (internal, or shared once the incident
// is). An internal comment of this centre on a shared incident offers to be let out later
// (context menu; the window confirms and records it).
class CommentsTab : public QWidget
{
    Q_OBJECT
public:
    CommentsTab(IncidentService &service, const QString &incidentId,
                CommentListModel::NameLookup names, QWidget *parent = nullptr);

    // Whether the incident is shared, and its owner centre: what the composer may offer.
    void setIncident(bool shared, const QString &ownerCentre);
    // The comment being written (kept as a draft at lock time).
    QString composerText() const;
    bool composerShared() const;
    void setComposer(const QString &text, bool shared);

signals:
    void shareCommentRequested(const QString &commentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateComposerScope();
    void addComment();

    IncidentService &m_service;
    QString m_id;
    bool m_shared = false;
    QString m_ownerCentre;
    CommentListModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QPlainTextEdit *m_composer = nullptr;
    QPushButton *m_commentButton = nullptr;
    QCheckBox *m_commentShared = nullptr;
    QLabel *m_composerScope = nullptr;
};

} // namespace liaison
