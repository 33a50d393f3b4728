#include "services/ServiceBase.h"

#include "storage/Database.h"

#include <QUuid>

#include <string>

namespace liaison {

ServiceBase::ServiceBase(OpLog &log, QObject *parent)
    : QObject(parent)
    , m_log(log)
{ }

QString ServiceBase::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void ServiceBase::commit(const QString &entity, const QString &id, Fields fields)
{
    m_log.commit({Change {entity, id, std::move(fields)}});
}

QString ServiceBase::parentOf(const char *table, const char *parentField, const QString &id) const
{
    const std::string sql
        = std::string("SELECT ") + parentField + " FROM " + table + " WHERE id = ?1";
    auto &st = m_log.database().cached(sql);
    st.bind(1, id);
    const QString parent = st.step() ? st.text(0) : QString();
    st.reset();
    return parent;
}

bool ServiceBase::rowExists(const char *table, const QString &id) const
{
    const std::string sql
        = std::string("SELECT 1 FROM ") + table + " WHERE id = ?1 AND coalesce(deleted, 0) = 0";
    auto &st = m_log.database().cached(sql);
    st.bind(1, id);
    const bool found = st.step();
    st.reset();
    return found;
}

} // namespace liaison
