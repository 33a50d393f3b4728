#include "MemoryNetwork.h"

#include <algorithm>

namespace liaison::test {

struct MemoryNetwork::Connection : FrameSink
{
    struct Event
    {
        QString text;
        bool close = false; // the end of the connection (in its order with the frames)
    };
    HubProtocol *hub = nullptr;
    HubProtocol::Session *session = nullptr; // until the hub is told it is gone
    Transport *client = nullptr; // until the engine lets its transport go
    std::deque<Event> toHub;
    std::deque<Event> toClient;
    bool hubClosed = false; // the hub closed: it reads nothing more
    bool clientClosed = false; // the client closed or aborted: it sends nothing more
    QString closeReason;

    void sendText(const QString &text) override
    {
        if (!hubClosed)
            toClient.push_back({text, false});
    }
    void close(const QString &code) override
    {
        // As HubServer does: a close frame with the code as reason, after the error frame.
        hubClosed = true;
        closeReason = code;
        toClient.push_back({{}, true});
    }
    void endSession()
    {
        if (session)
            hub->closed(std::exchange(session, nullptr));
    }
};

class MemoryNetwork::Transport : public SyncTransport
{
public:
    explicit Transport(MemoryNetwork &network)
        : m_network(network)
    { }
    ~Transport() override { abort(); }

    void open(const QUrl &, const QString &) override { m_connection = m_network.connect(this); }
    void sendText(const QString &text) override
    {
        if (m_connection && !m_connection->clientClosed)
            m_connection->toHub.push_back({text, false});
    }
    void close() override
    {
        if (m_connection && !m_connection->clientClosed) {
            m_connection->clientClosed = true;
            m_connection->toHub.push_back({{}, true});
        }
    }
    void abort() override
    {
        if (!m_connection)
            return;
        const auto connection = std::exchange(m_connection, nullptr);
        connection->client = nullptr;
        connection->clientClosed = true;
        connection->toHub.clear();
        connection->toClient.clear();
        connection->endSession();
    }
    QString closeReason() const override
    {
        return m_connection ? m_connection->closeReason : QString();
    }
    void received(const QString &text) { emit textReceived(text); }
    void ended() { emit disconnected(); }

private:
    MemoryNetwork &m_network;
    std::shared_ptr<Connection> m_connection;
};

MemoryNetwork::MemoryNetwork(HubProtocol &hub)
    : m_hub(hub)
{ }

MemoryNetwork::~MemoryNetwork()
{
    for (const auto &c : m_connections)
        c->endSession();
}

SyncTransportFactory MemoryNetwork::transports()
{
    return [this] { return std::make_unique<Transport>(*this); };
}

std::shared_ptr<MemoryNetwork::Connection> MemoryNetwork::connect(Transport *client)
{
    prune();
    auto connection = std::make_shared<Connection>();
    connection->hub = &m_hub;
    connection->client = client;
    m_connections.push_back(connection);
    connection->session = m_hub.open(*connection, QStringLiteral("memory"), ++m_order);
    m_hub.hello(connection->session);
    return connection;
}

int MemoryNetwork::waiting() const
{
    int n = 0;
    for (const auto &c : m_connections)
        n += int(c->toHub.size() + c->toClient.size());
    return n;
}

int MemoryNetwork::openConnections() const
{
    return int(std::count_if(m_connections.begin(), m_connections.end(),
                             [](const auto &c) { return c->session != nullptr; }));
}

bool MemoryNetwork::deliverOne(std::mt19937_64 &rng)
{
    // Queues: 2 per connection (to the hub, to the client), the non-empty ones.
    std::vector<std::pair<std::shared_ptr<Connection>, bool>> queues;
    for (const auto &c : m_connections) {
        if (!c->toHub.empty())
            queues.emplace_back(c, true);
        if (!c->toClient.empty())
            queues.emplace_back(c, false);
    }
    if (queues.empty())
        return false;
    const auto [connection, toHub]
        = queues[std::uniform_int_distribution<std::size_t>(0, queues.size() - 1)(rng)];
    auto &queue = toHub ? connection->toHub : connection->toClient;
    const Connection::Event event = queue.front();
    queue.pop_front();
    if (toHub) {
        if (event.close) {
            // The client's close reached the hub: the session ends, the client learns it.
            connection->endSession();
            connection->toClient.push_back({{}, true});
        } else if (!connection->hubClosed && connection->session) {
            connection->hub->receiveText(connection->session, event.text);
        }
    } else if (event.close) {
        connection->endSession();
        connection->toHub.clear();
        connection->toClient.clear();
        if (Transport *client = std::exchange(connection->client, nullptr))
            client->ended();
    } else if (connection->client) {
        connection->client->received(event.text);
    }
    prune();
    return true;
}

void MemoryNetwork::prune()
{
    m_connections.erase(std::remove_if(m_connections.begin(), m_connections.end(),
                                       [](const auto &c) {
                                           return !c->session && !c->client && c->toHub.empty()
                                               && c->toClient.empty();
                                       }),
                        m_connections.end());
}

} // namespace liaison::test
