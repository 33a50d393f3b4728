#include "widgets/chat/ChatPage.h"

#include "models/chat/ChannelListModel.h"
#include "models/chat/MessageListModel.h"
#include "models/chat/PresenceLook.h"
#include "widgets/chat/AttachmentBar.h"
#include "widgets/chat/AttachmentView.h"
#include "widgets/chat/MessageDelegate.h"
#include "widgets/chat/PresenceWidgets.h"
#include "widgets/common/DialogSupport.h"
#include "widgets/common/KeyboardSupport.h"
#include "widgets/common/Theme.h"
#include "widgets/common/UiErrors.h"

#include "domain/DomainText.h"
#include "domain/Enums.h"
#include "domain/IndicatorValidator.h"
#include "domain/MessageText.h"
#include "services/ChatService.h"
#include "services/IncidentService.h"
#include "sync/Presence.h"
#include "sync/SyncEngine.h"
#include "workspace/Workspace.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace liaison {

namespace {
NextAnswer<bool> g_nextIndicators; // tests answer the "add indicators" dialog ahead
} // namespace

namespace {
// An analyst in pickers and completion: name and centre.
QString analystLabel(const ChatMember &a)
{
    //: An analyst in the chat's pickers and @ completion: %1 name, %2 their centre
    return ChatPage::tr("%1 (%2)").arg(a.name, a.centre);
}
} // namespace

void ChatPage::setNextIndicatorAnswerForTesting(std::optional<bool> answer)
{
    g_nextIndicators.set(answer);
}

// ---- composer

ChatComposer::ChatComposer(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    m_completer = new QCompleter(this);
    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                // Replace "@par" by "@handle ".
                QTextCursor c = textCursor();
                const int typed = int(wordBeforeCursor().size());
                c.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, typed);
                c.insertText(QLatin1Char('@') + index.data(Qt::UserRole).toString()
                             + QLatin1Char(' '));
                setTextCursor(c);
            });
    connect(this, &QPlainTextEdit::textChanged, this, &ChatComposer::updateCompleter);
}

void ChatComposer::setCompletions(QStandardItemModel *model)
{
    m_completer->setModel(model);
    m_completer->setCompletionRole(Qt::DisplayRole);
}

QString ChatComposer::wordBeforeCursor() const
{
    const QTextCursor c = textCursor();
    const QString block = c.block().text().left(c.positionInBlock());
    int start = int(block.size());
    while (start > 0 && !block.at(start - 1).isSpace())
        --start;
    return block.mid(start);
}

void ChatComposer::updateCompleter()
{
    const QString word = wordBeforeCursor();
    if (!word.startsWith(QLatin1Char('@')) || word.size() < 2 || !m_completer->model()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(word.mid(1));
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect r = cursorRect();
    r.setWidth(m_completer->popup()->sizeHintForColumn(0) + 24);
    m_completer->complete(r);
    // Enter takes the first match without an arrow key first.
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void ChatComposer::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Escape:
        case Qt::Key_Up:
        case Qt::Key_Down: event->ignore(); return; // the popup takes them
        default: break;
        }
    }
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        emit submitted();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        emit cancelled();
        return;
    }
    if (event->key() == Qt::Key_Up && toPlainText().isEmpty()) {
        emit editLastRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

// ---- page

ChatPage::ChatPage(Workspace &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("chatPage"));
    ChatService &chat = context.chat();
    m_channelModel = new ChannelListModel(chat, this);
    m_messageModel = new MessageListModel(chat, this);
    m_messageModel->setAttachments(&context.attachments());
    m_completions = new QStandardItemModel(this);

    // Rail.
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("channelFilter"));
    m_filter->setClearButtonEnabled(true);
    m_rail = new QListView(this);
    m_rail->setObjectName(QStringLiteral("channelRail"));
    m_rail->setModel(m_channelModel);
    m_rail->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rail->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rail->setTextElideMode(Qt::ElideRight);
    m_rail->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rail->setUniformItemSizes(true);
    m_newChannel = new QPushButton(this);
    m_newChannel->setObjectName(QStringLiteral("newChannel"));
    m_newDirect = new QPushButton(this);
    m_newDirect->setObjectName(QStringLiteral("newDirect"));
    auto *railBox = new QWidget(this);
    auto *railLayout = new QVBoxLayout(railBox);
    railLayout->setContentsMargins(0, 0, 0, 0);
    railLayout->addWidget(m_filter);
    railLayout->addWidget(m_rail, 1);
    railLayout->addWidget(m_newChannel);
    railLayout->addWidget(m_newDirect);

    // Conversation.
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("channelTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    m_marking = new QLabel(this);
    m_marking->setObjectName(QStringLiteral("channelMarking"));
    m_marking->setTextFormat(Qt::PlainText);
    m_marking->setMargin(3);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("channelDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_incidentButton = new QToolButton(this);
    m_incidentButton->setObjectName(QStringLiteral("openIncident"));
    m_searchButton = new QToolButton(this);
    m_searchButton->setObjectName(QStringLiteral("searchMessages"));
    m_muteButton = new QToolButton(this);
    m_muteButton->setObjectName(QStringLiteral("muteChannel"));
    m_muteButton->setCheckable(true);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_marking);
    header->addStretch(1);
    header->addWidget(m_incidentButton);
    header->addWidget(m_searchButton);
    header->addWidget(m_muteButton);

    m_messages = new QListView(this);
    m_messages->setObjectName(QStringLiteral("messageList"));
    m_messages->setModel(m_messageModel);
    m_delegate = new MessageDelegate(chat, m_messages);
    m_messages->setItemDelegate(m_delegate);
    m_attachmentView = new AttachmentView(context.attachments(), chat, this, this);
    m_delegate->setAttachmentView(m_attachmentView);
    m_attachmentView->follow(m_messages);
    m_messages->setSelectionMode(QAbstractItemView::SingleSelection);
    m_messages->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_messages->setResizeMode(QListView::Adjust);
    m_messages->setUniformItemSizes(false);
    m_messages->setWordWrap(true);
    m_messages->setMouseTracking(true);
    m_messages->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_messages->setContextMenuPolicy(Qt::CustomContextMenu);
    m_messages->installEventFilter(this);
    m_jump = new QPushButton(this);
    m_jump->setObjectName(QStringLiteral("jumpToUnread"));
    m_jump->hide();

    m_replyBar = new QLabel(this);
    m_replyBar->setObjectName(QStringLiteral("replyBar"));
    m_replyBar->setTextFormat(Qt::PlainText);
    m_replyBar->hide();
    m_cancelReply = new QToolButton(this);
    m_cancelReply->setObjectName(QStringLiteral("cancelReply"));
    m_cancelReply->hide();
    auto *replyRow = new QHBoxLayout;
    replyRow->addWidget(m_replyBar, 1);
    replyRow->addWidget(m_cancelReply);
    m_composer = new ChatComposer(this);
    m_composer->setObjectName(QStringLiteral("composer"));
    m_composer->setCompletions(m_completions);
    m_composer->setMaximumHeight(m_composer->fontMetrics().lineSpacing() * 6 + 12);
    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("sendMessage"));
    m_attachmentBar = new AttachmentBar(context.attachments(), this);
    for (QWidget *target :
         {static_cast<QWidget *>(m_composer), m_composer->viewport(), m_messages->viewport()})
        m_attachmentBar->watch(target);
    auto *composeRow = new QHBoxLayout;
    composeRow->addWidget(m_composer, 1);
    composeRow->addWidget(m_attachmentBar->attachButton(), 0, Qt::AlignBottom);
    composeRow->addWidget(m_send, 0, Qt::AlignBottom);

    m_typingLine = new TypingLine(context, this);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *conversation = new QWidget(this);
    auto *convLayout = new QVBoxLayout(conversation);
    convLayout->setContentsMargins(0, 0, 0, 0);
    convLayout->addLayout(header);
    convLayout->addWidget(m_details);
    convLayout->addWidget(m_jump);
    convLayout->addWidget(m_messages, 1);
    convLayout->addWidget(m_empty, 1);
    convLayout->addWidget(m_typingLine);
    convLayout->addLayout(replyRow);
    convLayout->addWidget(m_attachmentBar);
    convLayout->addLayout(composeRow);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(railBox);
    splitter->addWidget(conversation);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 640});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, m_channelModel, &ChannelListModel::setFilter);
    connect(m_channelModel, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the open channel selected across reloads of the rail.
        const int row = m_channelModel->rowOf(m_channel);
        if (row >= 0)
            m_rail->setCurrentIndex(m_channelModel->index(row));
        updateUnread();
        updateHeader();
    });
    connect(m_channelModel, &QAbstractItemModel::dataChanged, this, &ChatPage::updateUnread);
    connect(m_rail->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ChatPage::onChannelSelected);
    connect(m_newChannel, &QPushButton::clicked, this, &ChatPage::newChannel);
    connect(m_newDirect, &QPushButton::clicked, this, &ChatPage::newDirect);
    connect(m_send, &QPushButton::clicked, this, &ChatPage::send);
    connect(m_composer, &ChatComposer::submitted, this, &ChatPage::send);
    connect(m_composer, &ChatComposer::cancelled, this, [this] {
        if (!m_editing.isEmpty())
            m_composer->clear();
        m_replyTo.clear();
        m_editing.clear();
        updateHeader();
    });
    connect(m_composer, &ChatComposer::editLastRequested, this, [this] {
        for (int row = m_messageModel->rowCount() - 1; row >= 0; --row) {
            const QModelIndex i = m_messageModel->index(row);
            if (i.data(MessageListModel::OwnRole).toBool()
                && !i.data(MessageListModel::FailedRole).toBool()
                && !i.data(MessageListModel::DeletedRole).toBool()) {
                startEdit(i.data(MessageListModel::IdRole).toString());
                return;
            }
        }
    });
    connect(m_cancelReply, &QToolButton::clicked, m_composer, &ChatComposer::cancelled);
    connect(m_jump, &QPushButton::clicked, this, &ChatPage::jumpToFirstUnread);
    connect(m_incidentButton, &QToolButton::clicked, this, [this] {
        if (const auto ch = m_context.chat().channel(m_channel); ch && !ch->incidentId.isEmpty())
            emit openIncidentRequested(ch->incidentId);
    });
    connect(m_searchButton, &QToolButton::clicked, this, &ChatPage::searchMessages);
    connect(m_muteButton, &QToolButton::toggled, this, [this](bool muted) {
        if (m_channel.isEmpty())
            return;
        const auto ch = m_context.chat().channel(m_channel);
        if (ch && ch->muted != muted)
            runGuarded(this, [&] { m_context.chat().setMuted(m_channel, muted); });
    });
    connect(m_messages, &QListView::customContextMenuRequested, this, &ChatPage::showContextMenu);
    connect(m_delegate, &MessageDelegate::linkActivated, this, &ChatPage::activateLink);
    connect(m_delegate, &MessageDelegate::replyClicked, this,
            [this](const QString &id) { showMessage(m_channel, id); });
    // New messages: stay at the bottom if the analyst was there, and count them read.
    connect(m_messageModel, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                QScrollBar *bar = m_messages->verticalScrollBar();
                const bool atBottom = bar->value() >= bar->maximum() - 4;
                if (last == m_messageModel->rowCount() - 1 && first > 0 && atBottom) {
                    QTimer::singleShot(0, m_messages, [this] { m_messages->scrollToBottom(); });
                    markReadIfAtBottom();
                }
            });
    connect(m_messages->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &ChatPage::markReadIfAtBottom);
    // At the end of a window that moved up: the page after.
    connect(m_messages->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        QScrollBar *bar = m_messages->verticalScrollBar();
        if (value != bar->maximum() || !m_messageModel->canLoadNewer())
            return;
        const QPersistentModelIndex anchor = m_messageModel->index(m_messageModel->rowCount() - 1);
        if (m_messageModel->loadNewer() == 0)
            return;
        QTimer::singleShot(0, m_messages, [this, anchor] {
            if (anchor.isValid())
                m_messages->scrollTo(anchor, QAbstractItemView::PositionAtBottom);
        });
    });
    // At the top: the page before, keeping what the analyst looks at where it was.
    connect(m_messages->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        QScrollBar *bar = m_messages->verticalScrollBar();
        if (value != bar->minimum() || !m_messageModel->canLoadOlder())
            return;
        const int added = m_messageModel->loadOlder();
        if (added == 0)
            return;
        // Once the list has laid the new rows out (on its next pass), the message that was
        // first goes back to the top of the view.
        const QPersistentModelIndex anchor = m_messageModel->index(added);
        QTimer::singleShot(0, m_messages, [this, anchor] {
            if (!anchor.isValid())
                return;
            m_messages->doItemsLayout();
            QScrollBar *scroll = m_messages->verticalScrollBar();
            scroll->setValue(scroll->value() + m_messages->visualRect(anchor).top());
        });
    });
    connect(&chat, &ChatService::readMarkerChanged, this, [this](const QString &channelId) {
        if (channelId == m_channel)
            updateHeader();
    });
    connect(&chat, &ChatService::channelChanged, this, [this](const QString &channelId) {
        if (channelId == m_channel)
            updateHeader();
    });
    connect(&chat, &ChatService::draftChanged, this, [this](const QString &channelId) {
        // A draft from another of this analyst's devices: shown if nothing is typed here.
        if (channelId == m_channel && m_composer->toPlainText().isEmpty())
            m_composer->setPlainText(m_context.chat().draft(channelId));
    });
    // The bridge exists once this device has pulled the hub's feed (docs/CHAT.md).
    connect(&context.sync(), &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        if (state == SyncEngine::State::UpToDate && m_context.identity().isEnrolled()
            && !m_context.chat().channel(QString::fromLatin1(ChatService::kBridgeId)))
            runGuarded(this, [this] { m_context.chat().ensureBridge(); });
    });
    // What is typed is kept a moment after each key (locally, no op): a crash or a kill
    // loses at most that moment.
    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(kKeepTypingMs);
    connect(m_composer, &QPlainTextEdit::textChanged, m_typingTimer, qOverload<>(&QTimer::start));
    connect(m_typingTimer, &QTimer::timeout, this, [this] {
        if (!m_channel.isEmpty() && m_editing.isEmpty())
            runGuarded(this, [this] {
                m_context.chat().keepTyping(m_channel, m_composer->toPlainText());
            });
    });
    // The others see that this analyst is typing (a new message, not an edit).
    Presence &presence = context.presence();
    m_channelModel->setPresence(&presence);
    connect(m_composer, &QPlainTextEdit::textChanged, this, [this, &presence] {
        if (!m_channel.isEmpty() && m_editing.isEmpty() && !m_composer->document()->isEmpty())
            presence.noteTyping(m_channel);
        else
            presence.stopTyping();
    });
    connect(&presence, &Presence::presenceChanged, this, [this](const QStringList &analysts) {
        const auto ch = m_context.chat().channel(m_channel);
        const QString peer = ch ? m_context.chat().directPeer(*ch) : QString();
        if (!peer.isEmpty() && (analysts.isEmpty() || analysts.contains(peer)))
            updateHeader();
    });
    updateCompletions();
    retranslateUi();
    updateHeader();
}

ChatPage::~ChatPage() = default;

void ChatPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_channelModel->reload();
    }
    QWidget::changeEvent(event);
}

void ChatPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateCompletions();
    if (m_channel.isEmpty()) {
        // The bridge first, or the first channel of the rail.
        if (!openChannel(QString::fromLatin1(ChatService::kBridgeId))) {
            for (int row = 0; row < m_channelModel->rowCount(); ++row) {
                const QModelIndex i = m_channelModel->index(row);
                if (!i.data(ChannelListModel::HeaderRole).toBool()) {
                    openChannel(i.data(ChannelListModel::IdRole).toString());
                    break;
                }
            }
        }
    }
    markReadIfAtBottom();
}

void ChatPage::retranslateUi()
{
    //: Chat rail: filter the channels by name
    m_filter->setPlaceholderText(tr("Find a channel"));
    m_newChannel->setText(tr("&New channel…"));
    m_newDirect->setText(tr("&Message someone…"));
    m_send->setText(tr("Sen&d"));
    m_incidentButton->setText(tr("Open &incident"));
    m_searchButton->setText(tr("Sea&rch…"));
    m_muteButton->setText(tr("M&ute"));
    m_muteButton->setToolTip(tr("No notifications from this channel"));
    m_cancelReply->setText(tr("Cancel"));
    m_composer->setPlaceholderText(
        tr("Write a message. Enter sends, Shift+Enter starts a new line, @ mentions someone."));
    m_empty->setText(tr("Pick a channel on the left, or make one with New channel."));
    updateHeader();
    //: Read by a screen reader: the box where a message is written
    m_composer->setAccessibleName(tr("Message to send"));
    //: Read by a screen reader: the list of channels and conversations
    m_rail->setAccessibleName(tr("Channels"));
    //: Read by a screen reader: the field that narrows the list of channels
    m_filter->setAccessibleName(tr("Filter channels"));
}

QString ChatPage::currentChannel() const
{
    return m_channel;
}

bool ChatPage::openChannel(const QString &channelId)
{
    int row = m_channelModel->rowOf(channelId);
    if (row < 0 && !m_filter->text().isEmpty()) {
        m_filter->clear();
        row = m_channelModel->rowOf(channelId);
    }
    if (row < 0)
        return false;
    m_rail->setCurrentIndex(m_channelModel->index(row));
    if (m_channel != channelId)
        onChannelSelected();
    return true;
}

void ChatPage::onChannelSelected()
{
    const QString id = m_rail->currentIndex().data(ChannelListModel::IdRole).toString();
    if (id.isEmpty() || id == m_channel)
        return;
    saveDraft();
    m_context.presence().stopTyping();
    m_channel = id;
    m_typingLine->setChannel(id);
    m_replyTo.clear();
    m_editing.clear();
    m_attachmentBar->clear(); // files picked for another channel do not follow
    // An incident's channel is brought in line with its incident when opened.
    if (const auto ch = m_context.chat().channel(id); ch && !ch->incidentId.isEmpty())
        runGuarded(this, [&] { m_context.chat().followIncident(ch->incidentId); });
    m_messageModel->setChannel(id);
    {
        const QSignalBlocker block(m_composer);
        m_composer->setPlainText(m_context.chat().draft(id));
    }
    updateHeader();
    const QString firstUnread = m_messageModel->firstUnreadAtOpen();
    const int unreadRow = firstUnread.isEmpty() ? -1 : m_messageModel->rowOf(firstUnread);
    QTimer::singleShot(0, m_messages, [this, unreadRow] {
        if (unreadRow > 0)
            m_messages->scrollTo(m_messageModel->index(unreadRow),
                                 QAbstractItemView::PositionAtTop);
        else
            m_messages->scrollToBottom();
        markReadIfAtBottom();
    });
}

void ChatPage::saveDraft()
{
    m_typingTimer->stop();
    if (m_channel.isEmpty() || !m_editing.isEmpty())
        return;
    const QString text = m_composer->toPlainText();
    runGuarded(this, [&] { m_context.chat().saveDraft(m_channel, text); });
}

void ChatPage::updateHeader()
{
    const auto ch = m_context.chat().channel(m_channel);
    const bool open = ch.has_value();
    m_messages->setVisible(open);
    m_empty->setVisible(!open);
    // Archived, or taken off its member list: read only (the service would refuse it).
    const bool member = open && m_context.chat().canWrite(ch->id);
    const bool writable = member && !ch->archived;
    m_composer->setEnabled(writable);
    m_send->setEnabled(writable);
    m_attachmentBar->setEnabled(writable);
    m_searchButton->setEnabled(true);
    m_muteButton->setEnabled(open);
    m_incidentButton->setVisible(open && !ch->incidentId.isEmpty());
    if (!open) {
        m_title->clear();
        m_marking->clear();
        m_details->clear();
        m_jump->hide();
        m_replyBar->hide();
        m_cancelReply->hide();
        return;
    }
    m_title->setText(ChannelListModel::titleOf(m_context.chat(), *ch));
    m_marking->setText(tlpDisplay(ch->tlp));
    // FIRST's TLP 2.0 colours, text on black, as on the board's cards.
    const QColor colour = theme::tlpText(ch->tlp);
    m_marking->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; }")
            .arg(theme::tlpBackground().name(),
                 colour.isValid() ? colour.name() : QStringLiteral("#ffffff")));
    m_marking->setToolTip(
        //: %1 the TLP label of the channel
        tr("Messages of this channel are %1: share them only as that marking allows.")
            .arg(tlpDisplay(ch->tlp)));
    QStringList details;
    if (const QString peer = m_context.chat().directPeer(*ch); !peer.isEmpty())
        details << presence_ui::stateText(m_context.presence().stateOf(peer));
    details << scopeLabel(ch->scope);
    if (ch->ownerCentre != m_context.identity().centre)
        //: Channel header: %1 the centre that made it
        details << tr("made by %1").arg(ch->ownerCentre);
    const auto members = m_context.chat().members(m_channel);
    if (!members.isEmpty()) {
        QStringList names;
        for (const ChatMember &m : members)
            names << m.name;
        //: Channel header: %1 the names of the channel's members
        details << tr("members: %1").arg(QLocale().createSeparatedList(names));
    }
    if (!ch->topic.isEmpty())
        details << ch->topic;
    if (ch->archived)
        details << tr("archived: read only");
    else if (!member)
        //: Channel header: the analyst was taken off the channel's member list
        details << tr("you are no longer a member: read only");
    m_details->setText(details.join(QStringLiteral(" · ")));
    {
        const QSignalBlocker block(m_muteButton);
        m_muteButton->setChecked(ch->muted);
    }
    const int unread = m_context.chat().unreadCount(m_channel);
    m_jump->setVisible(unread > 0);
    m_jump->setText(tr("Jump to the first unread message (%n unread)", nullptr, unread));
    if (!m_replyTo.isEmpty() || !m_editing.isEmpty()) {
        const auto m = m_context.chat().message(m_editing.isEmpty() ? m_replyTo : m_editing);
        const QString who = m ? m_context.analystName(m->author) : QString();
        m_replyBar->setText(m_editing.isEmpty()
                                //: Above the composer: %1 author, %2 first words of the message
                                ? tr("Replying to %1: %2")
                                      .arg(who, m ? messagePlainPreview(m->body, 80) : QString())
                                : tr("Editing your message (Escape cancels)"));
        m_replyBar->show();
        m_cancelReply->show();
    } else {
        m_replyBar->hide();
        m_cancelReply->hide();
    }
}

void ChatPage::send()
{
    if (m_channel.isEmpty())
        return;
    const QString text = m_composer->toPlainText();
    const bool files = m_editing.isEmpty() && !m_attachmentBar->isEmpty();
    if (text.trimmed().isEmpty() && !files)
        return;
    bool ok = false;
    if (!m_editing.isEmpty()) {
        ok = runGuarded(this, [&] { m_context.chat().edit(m_editing, text); });
    } else if (files) {
        ok = m_attachmentBar->send(m_channel, text, m_replyTo);
    } else {
        ok = runGuarded(this, [&] { m_context.chat().send(m_channel, text, m_replyTo); });
    }
    if (!ok)
        return; // the text stays in the box
    m_composer->clear();
    m_replyTo.clear();
    m_editing.clear();
    if (m_messageModel->canLoadNewer())
        m_messageModel->setChannel(m_channel); // back to the newest, where it was sent
    m_typingTimer->stop();
    runGuarded(this, [&] { m_context.chat().saveDraft(m_channel, QString()); });
    updateHeader();
    m_messages->scrollToBottom();
    markReadIfAtBottom();
}

void ChatPage::startReply(const QString &messageId)
{
    m_editing.clear();
    m_replyTo = messageId;
    updateHeader();
    m_composer->setFocus();
}

void ChatPage::startEdit(const QString &messageId)
{
    const auto m = m_context.chat().message(messageId);
    if (!m || m->author != m_context.identity().analystId || m->deleted)
        return;
    saveDraft();
    m_replyTo.clear();
    m_editing = messageId;
    m_composer->setPlainText(m->body);
    m_composer->moveCursor(QTextCursor::End);
    updateHeader();
    m_composer->setFocus();
}

void ChatPage::deleteMessage(const QString &messageId)
{
    if (!askYesNo(this, tr("Delete message"),
                  tr("Delete this message for everyone in the channel? It stays in the audit "
                     "trail.")))
        return;
    runGuarded(this, [&] { m_context.chat().remove(messageId); });
}

bool ChatPage::copyMessage(const QString &messageId)
{
    const auto m = m_context.chat().message(messageId);
    const auto ch = m_context.chat().channel(m_channel);
    if (!m || !ch || m->deleted)
        return false;
    Tlp tlp = Tlp::Green;
    parseTlp(ch->tlp, &tlp);
    if (tlpNeedsReleaseConfirmation(tlp)
        && !askYesNo(this, tr("Copy out of Liaison"),
                     //: %1 the TLP label of the channel
                     tr("This message is %1. Copy it to the clipboard, out of Liaison's "
                        "protection? Share it only as the marking allows.")
                         .arg(tlpDisplay(ch->tlp))))
        return false;
    QGuiApplication::clipboard()->setText(m->body);
    // A release of an incident's channel is recorded in the incident's timeline.
    if (!ch->incidentId.isEmpty() && tlpNeedsReleaseConfirmation(tlp))
        runGuarded(this, [&] {
            m_context.incidents().recordRelease(ch->incidentId, ReleaseAction::CopyOut);
        });
    return true;
}

void ChatPage::retryFailed(const QString &opId)
{
    runGuarded(this, [&] { m_context.chat().retry(opId); });
}

void ChatPage::dismissFailed(const QString &opId)
{
    if (askYesNo(this, tr("Delete message"),
                 tr("Delete this undelivered message? Nobody else has it.")))
        runGuarded(this, [&] { m_context.chat().dismissFailed(opId); });
}

int ChatPage::addIndicatorsFromMessage(const QString &messageId)
{
    const auto ch = m_context.chat().channel(m_channel);
    const auto m = m_context.chat().message(messageId);
    if (!ch || !m || ch->incidentId.isEmpty())
        return 0;
    const QList<FoundIndicator> found = extractIndicators(m->body);
    if (found.isEmpty())
        return 0;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add indicators to the incident"));
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("foundIndicators"));
    for (const FoundIndicator &f : found) {
        auto *item = new QListWidgetItem(
            //: %1 type of indicator, %2 its value
            tr("%1: %2").arg(indicatorTypeLabel(f.type), f.value), list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, f.type + QLatin1Char('\n') + f.value);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Indicators found in the message (recorded with the message "
                                    "as their source):"),
                                 &dialog));
    layout->addWidget(list);
    layout->addWidget(buttons);
    std::optional<bool> answer;
    if (!g_nextIndicators.take(&answer)) {
        if (dialog.exec() != QDialog::Accepted)
            return 0;
    } else if (!answer.value_or(false)) {
        return 0;
    }
    QList<IncidentService::NewIndicator> adds;
    const auto existing = m_context.incidents().indicators(ch->incidentId);
    for (const QString &entry : checkedIds(list)) {
        IncidentService::NewIndicator n;
        if (!parseIndicatorType(entry.section(QLatin1Char('\n'), 0, 0), &n.type))
            continue;
        n.value = entry.section(QLatin1Char('\n'), 1);
        n.source = QStringLiteral("message:") + messageId;
        const bool known = std::any_of(existing.cbegin(), existing.cend(), [&](const Indicator &i) {
            return i.value == n.value && i.type == indicatorTypeKey(n.type);
        });
        if (!known)
            adds << n;
    }
    int added = 0;
    runGuarded(this, [&] {
        added = int(m_context.incidents().addIndicators(ch->incidentId, adds).size());
    });
    return added;
}

void ChatPage::activateLink(const QUrl &url, const QString &messageId)
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")
        || scheme == QLatin1String("mailto")) {
        // A link in a CERT's chat may well be the phishing page under discussion.
        if (askYesNo(this, tr("Open link"),
                     //: %1 the address of the link
                     tr("Open %1 in your browser? Links in incident chat may lead to malicious "
                        "pages.")
                         .arg(url.toDisplayString())))
            QDesktopServices::openUrl(url);
        return;
    }
    if (scheme == QLatin1String("liaison-incident")) {
        const QString ref = url.path();
        for (const Incident &i : m_context.incidents().incidents()) {
            if (i.id.startsWith(ref, Qt::CaseInsensitive)) {
                emit openIncidentRequested(i.id);
                return;
            }
        }
        showError(this, tr("No incident %1 on this computer.").arg(ref));
        return;
    }
    if (scheme == QLatin1String("liaison-mention")) {
        const QString handle = url.path();
        for (const ChatMember &a : m_context.chat().directory()) {
            if (a.analystId == m_context.identity().analystId)
                continue;
            if (ChatService::isHandleOf(handle, a)) {
                QString id;
                if (runGuarded(this, [&] { id = m_context.chat().directChannel(a.analystId); }))
                    openChannel(id);
                return;
            }
        }
        return;
    }
    if (scheme == QLatin1String("liaison-indicator") && !messageId.isEmpty())
        addIndicatorsFromMessage(messageId);
}

void ChatPage::showContextMenu(const QPoint &pos)
{
    if (const auto menu = messageMenu(m_messages->indexAt(pos)))
        menu->exec(m_messages->viewport()->mapToGlobal(pos));
}

bool ChatPage::eventFilter(QObject *watched, QEvent *event)
{
    // The Menu key and Shift+F10 open the current message's menu beside it (the mouse's
    // right button goes through showContextMenu).
    if (watched == m_messages && event->type() == QEvent::ContextMenu
        && static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard) {
        QModelIndex index = m_messages->currentIndex();
        if (!index.isValid() && m_messageModel->rowCount() > 0)
            index = m_messageModel->index(m_messageModel->rowCount() - 1);
        if (const auto menu = messageMenu(index)) {
            const QRect rect = m_messages->visualRect(index);
            const QPoint at = m_messages->viewport()->rect().contains(rect.topLeft())
                ? rect.topLeft() + QPoint(24, 12)
                : QPoint(24, 12);
            menu->exec(m_messages->viewport()->mapToGlobal(at));
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

std::unique_ptr<QMenu> ChatPage::messageMenu(const QModelIndex &index)
{
    if (!index.isValid())
        return nullptr;
    auto menuOwner = std::make_unique<QMenu>(this);
    QMenu &menu = *menuOwner;
    if (index.data(MessageListModel::FailedRole).toBool()) {
        const QString op = index.data(MessageListModel::FailedOpRole).toString();
        menu.addAction(tr("&Retry"), this, [this, op] { retryFailed(op); });
        menu.addAction(tr("&Delete"), this, [this, op] { dismissFailed(op); });
        return menuOwner;
    }
    const QString id = index.data(MessageListModel::IdRole).toString();
    const bool deleted = index.data(MessageListModel::DeletedRole).toBool();
    const bool own = index.data(MessageListModel::OwnRole).toBool();
    const auto ch = m_context.chat().channel(m_channel);
    const bool writable = ch && !ch->archived;
    if (!deleted && writable)
        menu.addAction(tr("&Reply"), this, [this, id] { startReply(id); });
    if (!deleted)
        menu.addAction(tr("&Copy text"), this, [this, id] { copyMessage(id); });
    if (own && !deleted && writable) {
        menu.addAction(tr("&Edit"), this, [this, id] { startEdit(id); });
        menu.addAction(tr("&Delete…"), this, [this, id] { deleteMessage(id); });
    }
    if (index.data(MessageListModel::EditedRole).toBool() || deleted)
        menu.addAction(tr("Show &history…"), this, [this, id] {
            QStringList lines;
            for (const MessageVersion &v : m_context.chat().history(id)) {
                const QString when = QLocale().toString(
                    QDateTime::fromMSecsSinceEpoch(v.at).toLocalTime(), QLocale::ShortFormat);
                lines << (v.deleted
                              //: Message history: %1 time, %2 who deleted it
                              ? tr("%1, %2: deleted").arg(when, v.author)
                              //: Message history: %1 time, %2 author, %3 the text then
                              : tr("%1, %2:\n%3").arg(when, v.author, v.body));
            }
            QDialog dialog(this);
            dialog.setWindowTitle(tr("History of the message"));
            auto *text = new QPlainTextEdit(&dialog);
            text->setReadOnly(true);
            text->setPlainText(lines.join(QStringLiteral("\n\n")));
            auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
            connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
            auto *layout = new QVBoxLayout(&dialog);
            layout->addWidget(text);
            layout->addWidget(buttons);
            dialog.resize(520, 360);
            dialog.exec();
        });
    if (!deleted && ch && !ch->incidentId.isEmpty()
        && !extractIndicators(index.data(MessageListModel::BodyRole).toString()).isEmpty())
        menu.addAction(tr("Add &indicators to the incident…"), this,
                       [this, id] { addIndicatorsFromMessage(id); });
    // The files, as their cards offer them: from the keyboard too.
    const auto files = index.data(MessageListModel::AttachmentsRole).value<QList<ChatAttachment>>();
    if (!deleted && !files.isEmpty())
        menu.addSeparator();
    for (const ChatAttachment &file : files) {
        if (deleted)
            break;
        QString title = file.name;
        QMenu *sub = menu.addMenu(title.replace(QLatin1Char('&'), QStringLiteral("&&")));
        const QString fileId = file.id;
        for (const auto &[action, label] : m_attachmentView->actionsFor(file)) {
            const AttachmentView::Action a = action;
            sub->addAction(label, this,
                           [this, fileId, a] { m_attachmentView->trigger(fileId, a); });
        }
        //: Menu of a file in a message: copies its SHA-256 fingerprint to the clipboard
        sub->addAction(tr("Copy SHA-256"), this, [this, fileId] {
            m_attachmentView->trigger(fileId, AttachmentView::Action::CopyHash);
        });
    }
    return menuOwner;
}

void ChatPage::jumpToFirstUnread()
{
    const QString id = m_context.chat().firstUnread(m_channel);
    if (id.isEmpty())
        return;
    const int row = m_messageModel->ensureLoaded(id);
    if (row >= 0) {
        m_messages->scrollTo(m_messageModel->index(row), QAbstractItemView::PositionAtTop);
        m_messages->setCurrentIndex(m_messageModel->index(row));
    }
}

bool ChatPage::showMessage(const QString &channelId, const QString &messageId)
{
    if (!openChannel(channelId))
        return false;
    const int row = m_messageModel->ensureLoaded(messageId);
    if (row < 0)
        return false;
    const QModelIndex index = m_messageModel->index(row);
    m_messages->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_messages->setCurrentIndex(index);
    return true;
}

void ChatPage::markReadIfAtBottom()
{
    // Read means seen: the page shown, the application in front, the view at its end.
    if (m_channel.isEmpty() || !isVisible()
        || QGuiApplication::applicationState() != Qt::ApplicationActive)
        return;
    const QScrollBar *bar = m_messages->verticalScrollBar();
    if (bar->value() < bar->maximum() - 4 || m_messageModel->canLoadNewer())
        return; // not at the newest message
    if (m_context.chat().unreadCount(m_channel) > 0)
        runGuarded(this, [this] { m_context.chat().markAllRead(m_channel); });
}

void ChatPage::updateCompletions()
{
    m_completions->clear();
    for (const ChatMember &a : m_context.chat().directory()) {
        if (a.analystId == m_context.identity().analystId)
            continue;
        auto *item = new QStandardItem(analystLabel(a));
        const QString handle = ChatService::handleOf(a.name);
        item->setData(handle.isEmpty() ? a.analystId : handle, Qt::UserRole);
        m_completions->appendRow(item);
    }
}

int ChatPage::totalUnread() const
{
    return m_context.chat().totals().messages;
}

void ChatPage::updateUnread()
{
    const UnreadCounts n = m_context.chat().totals();
    emit unreadChanged(n.messages, n.mentions);
}

void ChatPage::newChannel()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New channel"));
    auto *name = new QLineEdit(&dialog);
    name->setMaxLength(100);
    auto *visibility = new QComboBox(&dialog);
    //: Who sees a new channel
    visibility->addItem(tr("My centre only"), QStringLiteral("centre"));
    visibility->addItem(tr("Every centre (shared)"), QStringLiteral("shared"));
    visibility->addItem(tr("Only the members I pick"), QStringLiteral("members"));
    auto *tlp = new QComboBox(&dialog);
    for (Tlp t : {Tlp::Clear, Tlp::Green, Tlp::Amber, Tlp::AmberStrict, Tlp::Red})
        tlp->addItem(tlpLabel(t), tlpKey(t));
    tlp->setCurrentIndex(1);
    auto *members = new QListWidget(&dialog);
    for (const ChatMember &a : m_context.chat().directory()) {
        if (a.analystId == m_context.identity().analystId)
            continue;
        auto *item = new QListWidgetItem(analystLabel(a), members);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, a.analystId);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Who sees it:"), visibility);
    form->addRow(tr("&Marking:"), tlp);
    form->addRow(tr("M&embers:"), members);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        QString id;
        if (runGuarded(&dialog, [&] {
                id = m_context.chat().createGroup(
                    name->text(), visibility->currentData().toString(),
                    tlp->currentData().toString(), checkedIds(members));
            })) {
            dialog.accept();
            openChannel(id);
        }
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.exec();
}

void ChatPage::newDirect()
{
    QStringList names;
    QStringList ids;
    for (const ChatMember &a : m_context.chat().directory()) {
        if (a.analystId == m_context.identity().analystId)
            continue;
        names << analystLabel(a);
        ids << a.analystId;
    }
    if (names.isEmpty()) {
        showError(this, tr("The hub's directory has no other analyst yet."));
        return;
    }
    bool ok = false;
    const QString picked
        = QInputDialog::getItem(this, tr("Message someone"), tr("&Analyst:"), names, 0, false, &ok);
    if (!ok)
        return;
    const QString analyst = ids.value(int(names.indexOf(picked)));
    QString id;
    if (runGuarded(this, [&] { id = m_context.chat().directChannel(analyst); }))
        openChannel(id);
}

void ChatPage::searchMessages()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Search messages"));
    auto *text = new QLineEdit(&dialog);
    auto *onlyHere = new QCheckBox(tr("Only this &channel"), &dialog);
    onlyHere->setEnabled(!m_channel.isEmpty());
    auto *results = new QListWidget(&dialog);
    auto run = [&] {
        results->clear();
        ChatSearch query;
        query.text = text->text();
        if (onlyHere->isChecked())
            query.channelId = m_channel;
        for (const ChatMessage &m : m_context.chat().search(query)) {
            const auto ch = m_context.chat().channel(m.channelId);
            const QString where = ch ? ChannelListModel::titleOf(m_context.chat(), *ch) : QString();
            //: A search result: %1 channel, %2 author, %3 time, %4 the message's first words
            auto *item = new QListWidgetItem(
                tr("%1 — %2, %3: %4")
                    .arg(where, m_context.analystName(m.author),
                         QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.sentAt).toLocalTime(),
                                            QLocale::ShortFormat),
                         messagePlainPreview(m.body, 120)),
                results);
            item->setData(Qt::UserRole, m.channelId);
            item->setData(Qt::UserRole + 1, m.id);
        }
    };
    connect(text, &QLineEdit::returnPressed, &dialog, run);
    connect(onlyHere, &QCheckBox::toggled, &dialog, run);
    connect(results, &QListWidget::itemActivated, &dialog, [&](QListWidgetItem *item) {
        dialog.accept();
        showMessage(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    auto *form = new QFormLayout;
    form->addRow(tr("&Words:"), text);
    layout->addLayout(form);
    layout->addWidget(onlyHere);
    layout->addWidget(results, 1);
    layout->addWidget(buttons);
    dialog.resize(640, 420);
    dialog.exec();
}

} // namespace liaison
