#pragma once

#include "server/HubProtocol.h"
#include "sync/SyncTransport.h"

#include <deque>
#include <memory>
#include <random>
#include <vector>

namespace liaison::test {

// A deterministic in-memory network between sync engines (SyncEngine over its transport seam)
// and a hub's protocol handler (HubProtocol, the real one): every connection has a queue of
// frames each way, and nothing moves until the test delivers it, one frame at a time, picking
// the queue with its own seeded generator. Order within a queue is kept, as on a WebSocket.
// No sockets, no threads of its own, no timers.
class MemoryNetwork
{
public:
    explicit MemoryNetwork(HubProtocol &hub);
    ~MemoryNetwork();
    MemoryNetwork(const MemoryNetwork &) = delete;
    MemoryNetwork &operator=(const MemoryNetwork &) = delete;

    // For SyncEngine::setTransportFactory: each connection the engine opens joins this network.
    SyncTransportFactory transports();

    // Frames (and closes) waiting, over every connection, both ways.
    int waiting() const;
    // Delivers the first event of one non-empty queue, picked with rng; false when all are
    // empty.
    bool deliverOne(std::mt19937_64 &rng);
    // Connections the hub still holds a session for.
    int openConnections() const;

    struct Connection;
    class Transport;

private:
    friend class Transport;
    std::shared_ptr<Connection> connect(Transport *client);
    void prune();

    HubProtocol &m_hub;
    quint64 m_order = 0;
    std::vector<std::shared_ptr<Connection>> m_connections;
};

} // namespace liaison::test
