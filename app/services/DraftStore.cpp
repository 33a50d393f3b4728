#include "services/DraftStore.h"

#include "storage/Database.h"

namespace liaison {

DraftStore::DraftStore(Database &db)
    : m_db(db)
{ }

void DraftStore::save(const QString &record, const QHash<QString, QString> &fields,
                      qint64 savedAtMs)
{
    Transaction tx(m_db);
    m_db.cached("DELETE FROM drafts WHERE record = ?1").bind(1, record).exec();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        m_db.cached("INSERT INTO drafts(record, field, value, saved_at) VALUES (?1, ?2, ?3, ?4)")
            .bind(1, record)
            .bind(2, it.key())
            .bind(3, it.value())
            .bind(4, std::int64_t(savedAtMs))
            .exec();
    tx.commit();
}

QHash<QString, QString> DraftStore::load(const QString &record) const
{
    QHash<QString, QString> out;
    auto &st = m_db.cached("SELECT field, value FROM drafts WHERE record = ?1");
    st.bind(1, record);
    while (st.step())
        out.insert(st.text(0), st.text(1));
    st.reset();
    return out;
}

void DraftStore::remove(const QString &record)
{
    m_db.cached("DELETE FROM drafts WHERE record = ?1").bind(1, record).exec();
}

QStringList DraftStore::records() const
{
    QStringList out;
    auto st = m_db.prepare("SELECT DISTINCT record FROM drafts ORDER BY record");
    while (st.step())
        out << st.text(0);
    return out;
}

} // namespace liaison
