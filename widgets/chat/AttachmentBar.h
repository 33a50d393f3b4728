#pragma once

#include "services/ChatAttachments.h"

#include <QList>
#include <QWidget>

class QHBoxLayout;
class QImage;
class QLabel;
class QMimeData;
class QPushButton;

namespace liaison {

// The files waiting to go with the next message, above the composer: the Attach button (a
// file dialog), files dropped on the composer or the message list, and images pasted into the
// composer. A file above the hub's limit is refused at once, before anything is stored, and
// the bar says why. Each waiting file shows its name and size and can be taken off.
class AttachmentBar : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentBar(ChatAttachments &files, QWidget *parent = nullptr);

    QPushButton *attachButton() const { return m_attach; }
    // Drops on target (and its viewport) and image pastes into it come here.
    void watch(QWidget *target);

    bool addPath(const QString &path);
    bool addImage(const QImage &image);
    // Local files or an image of a drop or a paste; false when it holds neither.
    bool addMime(const QMimeData *mime);
    void removeAt(int index);
    QList<OutgoingFile> files() const { return m_files; }
    bool isEmpty() const { return m_files.isEmpty(); }
    void clear();
    QString message() const;

    // Sends the text with the waiting files; they go from the bar once sent. False (the bar
    // says why) when refused.
    bool send(const QString &channelId, const QString &text, const QString &replyTo);

signals:
    void filesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void say(const QString &text);
    QString tooLarge(const QString &name) const;

    ChatAttachments &m_service;
    QList<OutgoingFile> m_files;
    QList<qint64> m_sizes;
    QPushButton *m_attach = nullptr;
    QWidget *m_chips = nullptr;
    QHBoxLayout *m_chipLayout = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace liaison
