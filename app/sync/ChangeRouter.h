#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <initializer_list>
#include <memory>
#include <vector>

namespace liaison {

class OpLog;
struct AppliedChange;
struct EntityDef;

// One applied change as its owner receives it: the change, the registry's definition of its
// entity, and the tag the owner gave that entity when it subscribed (its own enum value), so
// that it dispatches with a switch instead of comparing entity names.
struct RoutedChange
{
    const AppliedChange *change;
    const EntityDef *def;
    int tag;
};

// From the op log to the services that own its entities. Every batch of applied changes
// (OpLog::changesApplied, local commits and remote applies alike) is looked up here once, by
// entity, and each subscriber is called once per batch with only the changes of the entities it
// subscribed to, in the batch's order; a subscriber with nothing in a batch is not called.
// Subscribers are called in the order they subscribed, before any other receiver of
// changesApplied (the router is the op log's first connection). An entity normally has one
// owner (the service of its root record: IncidentService for an incident and its children);
// two instances of a service over one log both receive it.
class ChangeRouter : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const std::vector<RoutedChange> &)>;
    struct Route
    {
        const char *entity; // entity::Incident, ...
        int tag;
    };

    explicit ChangeRouter(OpLog &log);
    ~ChangeRouter() override;

    // Handler runs while owner lives; unknown entity names throw std::invalid_argument.
    void subscribe(QObject *owner, std::initializer_list<Route> routes, Handler handler);

    // Who receives the entity's changes, in order (empty: nobody).
    QList<const QObject *> ownersOf(const QString &entity) const;
    // How many batches the owner has been handed (each call of its handler).
    int deliveries(const QObject *owner) const;

private:
    struct Subscriber
    {
        QPointer<QObject> owner;
        Handler handler;
        int deliveries = 0;
    };
    struct Target
    {
        std::shared_ptr<Subscriber> subscriber;
        const EntityDef *def;
        int tag;
    };
    void deliver(const QList<AppliedChange> &changes);
    void forget(QObject *owner);

    std::vector<std::shared_ptr<Subscriber>> m_subscribers;
    QHash<QString, std::vector<Target>> m_byEntity;
};

} // namespace liaison
