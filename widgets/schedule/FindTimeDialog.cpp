#include "widgets/schedule/FindTimeDialog.h"

#include "domain/FindTime.h"
#include "domain/TimeZones.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace liaison {

namespace {
constexpr int kRowHeight = 18;

QBrush presenceBrush(Presence p)
{
    switch (p) {
    case Presence::Free: return QColor(0x3c, 0x9a, 0x48);
    case Presence::DayOff: return QBrush(QColor(0x70, 0x70, 0x70), Qt::Dense4Pattern);
    case Presence::OutsideHours: return QColor(0xd8, 0xd8, 0xd8);
    case Presence::Busy: return QBrush(QColor(0x90, 0x90, 0x90), Qt::BDiagPattern);
    }
    return {};
}

class AvailabilityGrid : public QWidget
{
public:
    explicit AvailabilityGrid(QWidget *parent = nullptr);
    void setGrid(const QList<DayGrid> &grid, const QString &zone);
    Presence cellPresence(int day, int cell) const;
    const QList<DayGrid> &days() const { return m_grid; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<DayGrid> m_grid;
    QString m_zone;
};

AvailabilityGrid::AvailabilityGrid(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("availabilityGrid"));
}

void AvailabilityGrid::setGrid(const QList<DayGrid> &grid, const QString &zone)
{
    m_grid = grid;
    m_zone = zone;
    updateGeometry();
    update();
}

Presence AvailabilityGrid::cellPresence(int day, int cell) const
{
    const DayGrid &g = m_grid.at(day);
    bool dayOff = false, outside = false, busy = false;
    for (const auto &person : g.presence) {
        const Presence p = person.value(cell, Presence::OutsideHours);
        dayOff = dayOff || p == Presence::DayOff;
        outside = outside || p == Presence::OutsideHours;
        busy = busy || p == Presence::Busy;
    }
    if (dayOff)
        return Presence::DayOff;
    if (outside)
        return Presence::OutsideHours;
    if (busy)
        return Presence::Busy;
    return Presence::Free;
}

QSize AvailabilityGrid::sizeHint() const
{
    return {640, (int(m_grid.size()) + 1) * kRowHeight * fontMetrics().height() / 14 + 4};
}

void AvailabilityGrid::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QLocale locale;
    const int rowH = std::max(kRowHeight, fontMetrics().height() + 2);
    const int labelW = fontMetrics().horizontalAdvance(QStringLiteral("WWW 00 WWW")) + 6;
    const int w = width() - labelW;
    // Hours along the top (the organiser's zone), every three hours.
    for (int h = 0; h < 24; h += 3) {
        const int x = labelW + w * h / 24;
        p.setPen(palette().text().color());
        p.drawText(QRect(x, 0, w / 8, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   locale.toString(QTime(h, 0), QLocale::ShortFormat));
    }
    for (int day = 0; day < m_grid.size(); ++day) {
        const DayGrid &g = m_grid[day];
        const int y = (day + 1) * rowH;
        p.setPen(palette().text().color());
        p.drawText(QRect(0, y, labelW, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   locale.toString(g.day, QStringLiteral("ddd d MMM")));
        const int cells = g.cellCount();
        for (int c = 0; c < cells; ++c) {
            const int x0 = labelW + w * c / std::max(1, cells);
            const int x1 = labelW + w * (c + 1) / std::max(1, cells);
            p.fillRect(QRect(x0, y + 1, x1 - x0, rowH - 2), presenceBrush(cellPresence(day, c)));
        }
    }
}

} // namespace

struct FindTimeDialog::Private
{
    QList<Availability> people;
    QHash<QString, QString> names;
    FindTimeRequest request;
    QList<TimeSlot> found;
    QDateTime chosen;
    QSpinBox *days = nullptr;
    QLabel *error = nullptr;
    AvailabilityGrid *grid = nullptr;
    QListWidget *slotView = nullptr;
    QPushButton *use = nullptr;
};

FindTimeDialog::FindTimeDialog(const QList<Availability> &people,
                               const QHash<QString, QString> &names, const FindTimeAsk &ask,
                               QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    d->people = people;
    d->names = names;
    FindTimeRequest &request = d->request;
    request.timeZone = ask.timeZone;
    request.firstDay = ask.firstDay;
    request.days = ask.days;
    request.lengthMinutes = ask.lengthMinutes;
    request.stepMinutes = 30;
    request.optional = ask.optional;
    request.notBefore = ask.notBefore;
    request.maxSlots = 20;
    request.allowMissingRequired = true;
    setObjectName(QStringLiteral("findTimeDialog"));
    //: Dialog title
    setWindowTitle(tr("Find a time"));
    auto *daysLabel = new QLabel(tr("&Days to search:"), this);
    d->days = new QSpinBox(this);
    d->days->setObjectName(QStringLiteral("days"));
    d->days->setRange(1, kMaxFindTimeDays);
    d->days->setValue(request.days);
    daysLabel->setBuddy(d->days);
    auto *legend = new QLabel(this);
    legend->setWordWrap(true);
    //: Legend of the find-a-time grid; %1 the organiser's city
    legend->setText(tr("Times on the %1 clock. Green: everyone is free. Dotted: a day off "
                       "(holiday). Hatched: already booked. Light grey: outside working hours.")
                        .arg(zoneCity(request.timeZone)));
    d->error = new QLabel(this);
    d->error->setWordWrap(true);
    d->error->hide();
    d->grid = new AvailabilityGrid(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(d->grid);
    scroll->setWidgetResizable(true);
    d->slotView = new QListWidget(this);
    d->slotView->setObjectName(QStringLiteral("slots"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    d->use = buttons->addButton(tr("&Use this time"), QDialogButtonBox::AcceptRole);
    d->use->setObjectName(QStringLiteral("useSlot"));
    d->use->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->addWidget(daysLabel);
    top->addWidget(d->days);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(legend);
    layout->addWidget(d->error);
    layout->addWidget(scroll, 2);
    //: Above the list of proposed slots
    layout->addWidget(new QLabel(tr("Best times:"), this));
    layout->addWidget(d->slotView, 1);
    layout->addWidget(buttons);

    connect(d->days, &QSpinBox::valueChanged, this, &FindTimeDialog::search);
    connect(d->slotView, &QListWidget::currentRowChanged, this,
            [this](int row) { d->use->setEnabled(row >= 0); });
    connect(d->slotView, &QListWidget::itemDoubleClicked, this, [this] { d->use->click(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const int row = d->slotView->currentRow();
        if (row < 0 || row >= d->found.size())
            return;
        d->chosen = d->found.at(row).start;
        accept();
    });
    resize(760, 560);
    search();
}

void FindTimeDialog::search()
{
    d->request.days = d->days->value();
    d->slotView->clear();
    d->found.clear();
    d->error->hide();
    try {
        d->grid->setGrid(availabilityGrid(d->people, d->request), d->request.timeZone);
        d->found = findTimes(d->people, d->request);
    } catch (const ValidationError &e) {
        d->error->setText(findTimeRefusal(e));
        d->error->show();
        return;
    }
    const QLocale locale;
    for (const TimeSlot &slot : std::as_const(d->found)) {
        const QDateTime start = inZone(slot.start, d->request.timeZone);
        const QDateTime end = inZone(slot.end, d->request.timeZone);
        QString who;
        if (slot.missing.isEmpty()) {
            //: A proposed slot where every attendee is free
            who = tr("everyone free");
        } else {
            QStringList names;
            for (const Absence &a : slot.missing)
                //: Someone missing from a slot: %1 their name, %2 why (e.g. "busy")
                names << tr("%1: %2").arg(d->names.value(a.who, a.who), presenceLabel(a.why));
            who = names.join(QStringLiteral("; "));
        }
        //: A proposed slot: %1 day and start, %2 end time, %3 who is free or missing
        d->slotView->addItem(tr("%1 – %2 (%3)")
                                 .arg(locale.toString(start, QLocale::ShortFormat),
                                      locale.toString(end.time(), QLocale::ShortFormat), who));
    }
    if (d->found.isEmpty()) {
        //: Find a time found nothing
        d->error->setText(tr("No time in these days suits the attendees: search more days."));
        d->error->show();
    }
}

FindTimeDialog::~FindTimeDialog() = default;

QListWidget *FindTimeDialog::slotList() const
{
    return d->slotView;
}

QSpinBox *FindTimeDialog::daysSpin() const
{
    return d->days;
}

QList<QDateTime> FindTimeDialog::slotStarts() const
{
    QList<QDateTime> out;
    for (const TimeSlot &s : d->found)
        out << s.start;
    return out;
}

int FindTimeDialog::gridDays() const
{
    return int(d->grid->days().size());
}

QDate FindTimeDialog::gridDay(int day) const
{
    return d->grid->days().value(day).day;
}

int FindTimeDialog::gridCells(int day) const
{
    return d->grid->days().value(day).cellCount();
}

QDateTime FindTimeDialog::gridCellStart(int day, int cell) const
{
    return d->grid->days().value(day).cellStart(cell);
}

QString FindTimeDialog::gridCell(int day, int cell) const
{
    return presenceKey(d->grid->cellPresence(day, cell));
}

QDateTime FindTimeDialog::chosenStart() const
{
    return d->chosen;
}

} // namespace liaison
