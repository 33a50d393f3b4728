#include "sync/ChangeRouter.h"

#include "domain/Schema.h"
#include "sync/OpLog.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace liaison {

ChangeRouter::ChangeRouter(OpLog &log)
{
    connect(&log, &OpLog::changesApplied, this, &ChangeRouter::deliver);
}

ChangeRouter::~ChangeRouter() = default;

void ChangeRouter::subscribe(QObject *owner, std::initializer_list<Route> routes, Handler handler)
{
    auto subscriber = std::make_shared<Subscriber>();
    subscriber->owner = owner;
    subscriber->handler = std::move(handler);
    std::vector<std::pair<QString, Target>> targets;
    for (const Route &route : routes) {
        const QString name = QString::fromLatin1(route.entity);
        const EntityDef *def = findEntity(name);
        if (!def)
            throw std::invalid_argument(std::string("no entity ") + route.entity);
        targets.push_back({name, Target {subscriber, def, route.tag}});
    }
    for (auto &[name, target] : targets)
        m_byEntity[name].push_back(std::move(target));
    m_subscribers.push_back(subscriber);
    connect(owner, &QObject::destroyed, this, &ChangeRouter::forget, Qt::UniqueConnection);
}

void ChangeRouter::forget(QObject *owner)
{
    const auto gone = [owner](const std::shared_ptr<Subscriber> &s) {
        return s->owner.isNull() || s->owner.data() == owner;
    };
    for (auto it = m_byEntity.begin(); it != m_byEntity.end();) {
        auto &targets = it.value();
        targets.erase(std::remove_if(targets.begin(), targets.end(),
                                     [&](const Target &t) { return gone(t.subscriber); }),
                      targets.end());
        it = targets.empty() ? m_byEntity.erase(it) : std::next(it);
    }
    m_subscribers.erase(std::remove_if(m_subscribers.begin(), m_subscribers.end(), gone),
                        m_subscribers.end());
}

void ChangeRouter::deliver(const QList<AppliedChange> &changes)
{
    // Grouped once per batch; the subscribers and their shares are copied first, so that a
    // handler that subscribes, or destroys another owner, changes nothing in this delivery.
    const auto subscribers = m_subscribers;
    std::vector<std::vector<RoutedChange>> shares(subscribers.size());
    for (const AppliedChange &change : changes) {
        const auto it = m_byEntity.constFind(change.entity);
        if (it == m_byEntity.constEnd())
            continue;
        for (const Target &target : it.value()) {
            const auto at = std::find(subscribers.begin(), subscribers.end(), target.subscriber);
            if (at != subscribers.end())
                shares[std::size_t(at - subscribers.begin())].push_back(
                    {&change, target.def, target.tag});
        }
    }
    for (std::size_t i = 0; i < subscribers.size(); ++i) {
        if (shares[i].empty() || subscribers[i]->owner.isNull())
            continue;
        ++subscribers[i]->deliveries;
        subscribers[i]->handler(shares[i]);
    }
}

QList<const QObject *> ChangeRouter::ownersOf(const QString &entity) const
{
    QList<const QObject *> out;
    for (const Target &target : m_byEntity.value(entity)) {
        if (!target.subscriber->owner.isNull())
            out << target.subscriber->owner.data();
    }
    return out;
}

int ChangeRouter::deliveries(const QObject *owner) const
{
    int n = 0;
    for (const auto &s : m_subscribers) {
        if (s->owner.data() == owner)
            n += s->deliveries;
    }
    return n;
}

} // namespace liaison
