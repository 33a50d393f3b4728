#include "services/ServiceBase.h"

#include "domain/Schema.h"
#include "services/DraftStore.h"
#include "storage/Database.h"

#include <QUuid>

#include <algorithm>
#include <string>
#include <string_view>

namespace liaison {

ServiceBase::ServiceBase(OpLog &log, QObject *parent)
    : QObject(parent)
    , m_log(log)
{ }

DraftStore ServiceBase::drafts()
{
    return DraftStore(m_log.database());
}

QString ServiceBase::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

namespace {
bool isBlank(const FieldValue &value)
{
    if (std::holds_alternative<std::monostate>(value))
        return true;
    const auto *text = std::get_if<QString>(&value);
    return text && text->trimmed().isEmpty();
}
} // namespace

void ServiceBase::checkChange(const Change &change, bool creating)
{
    const EntityDef *def = findEntity(change.entity);
    if (!def)
        return;
    for (const auto &[name, value] : change.fields) {
        const FieldDef *field = def->field(name);
        if (!field)
            continue;
        if (field->required() && isBlank(value))
            throw ValidationError(name, QStringLiteral("required"));
        const auto *text = std::get_if<QString>(&value);
        if (field->maxLength > 0 && text && text->size() > field->maxLength)
            throw ValidationError(name, QStringLiteral("too-long"));
    }
    if (!creating)
        return;
    for (const FieldDef &field : def->fields) {
        if (!field.required())
            continue;
        const auto given
            = std::find_if(change.fields.begin(), change.fields.end(),
                           [&](const auto &f) { return f.first == QLatin1String(field.name); });
        if (given == change.fields.end())
            throw ValidationError(QString::fromLatin1(field.name), QStringLiteral("required"));
    }
}

void ServiceBase::commit(const QString &entity, const QString &id, Fields fields)
{
    commitAll({Change {entity, id, std::move(fields)}});
}

void ServiceBase::commitAll(const std::vector<Change> &changes)
{
    for (const Change &change : changes)
        checkChange(change, false);
    m_log.commit(changes);
}

Change ServiceBase::newRecord(const QString &entity, const QString &id, Fields fields)
{
    Change change {entity, id, std::move(fields)};
    checkChange(change, true);
    return change;
}

void ServiceBase::create(const QString &entity, const QString &id, Fields fields)
{
    m_log.commit({newRecord(entity, id, std::move(fields))});
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

Fields ServiceBase::onlyChanged(const char *entityName, const QString &id, Fields wanted) const
{
    const EntityDef *def = findEntity(QString::fromLatin1(entityName));
    if (!def || wanted.empty())
        return wanted;
    std::string sql = "SELECT ";
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        if (def->fieldIndex(wanted[i].first) < 0)
            throw std::invalid_argument("unknown field " + wanted[i].first.toStdString());
        sql += (i ? ", " : "") + wanted[i].first.toStdString();
    }
    sql += std::string(" FROM ") + def->table + " WHERE id = ?1 AND coalesce(deleted, 0) = 0";
    auto st = m_log.database().prepare(sql.c_str());
    st.bind(1, id);
    if (!st.step())
        throw ValidationError(QStringLiteral("record"), QStringLiteral("not-found"));
    Fields changed;
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        const int column = int(i);
        const FieldType type = def->fields[std::size_t(def->fieldIndex(wanted[i].first))].type;
        FieldValue stored;
        if (!st.isNull(column)) {
            if (type == FieldType::Int)
                stored = qint64(st.int64(column));
            else if (type == FieldType::Bool)
                stored = st.int64(column) != 0;
            else
                stored = st.text(column);
        }
        // Empty text is stored as NULL (Statement::bind of a null QString).
        const auto *text = std::get_if<QString>(&wanted[i].second);
        const bool sameEmpty
            = text && text->isEmpty() && std::holds_alternative<std::monostate>(stored);
        if (!sameEmpty && stored != wanted[i].second)
            changed.push_back(std::move(wanted[i]));
    }
    return changed;
}

bool ServiceBase::rowExists(const char *table, const QString &id) const
{
    // A record whose entity has no deleted field (a visit approval is withdrawn, never
    // deleted) exists once it has a row.
    bool deletable = true;
    for (const EntityDef &def : entityDefs()) {
        if (std::string_view(def.table) == table)
            deletable = def.field(QStringLiteral("deleted")) != nullptr;
    }
    const std::string sql = std::string("SELECT 1 FROM ") + table + " WHERE id = ?1"
        + (deletable ? " AND coalesce(deleted, 0) = 0" : "");
    auto &st = m_log.database().cached(sql);
    st.bind(1, id);
    const bool found = st.step();
    st.reset();
    return found;
}

} // namespace liaison
