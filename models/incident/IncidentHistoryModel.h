#pragma once

#include "KeyedRowsModel.h"

#include "services/IncidentService.h"

#include <QHash>

namespace liaison {

// A moment as the history and the timeline show it: local date and time in the UI's
// language, with the time zone (QLocale, short format).
QString historyTimeText(qint64 msSinceEpoch);

// An incident's history in words (IncidentService::historyEdits), one row per edit, newest
// first: when (local time and zone), who (the directory's name and the centre), from which
// device (this one, one of the author's devices in the directory, or an unknown one), and
// what changed: one whole sentence per change in the UI's language, old and new values as
// the analyst reads them ("Marie Tremblay changed the severity from High to Critical.").
// It follows the service's signals for the incident and its records.
class IncidentHistoryModel : public KeyedRowsModel<HistoryEdit>
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, DeviceColumn, WhatColumn, ColumnCount };
    enum Role {
        SentencesRole = Qt::UserRole + 1 // QStringList: the edit's sentences, whole values
    };

    IncidentHistoryModel(IncidentService &service, const QString &incidentId,
                         QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void reload();
    // Who made the latest change of the incident record itself; empty when unknown.
    QString latestIncidentAuthor() const;
    // Who (name and centre) last wrote a field of the incident; empty when no op did.
    QString latestAuthorOf(const QString &field) const;

    // The sentences of one edit; elided: long texts cut to their first line (for the list).
    QStringList sentences(const HistoryEdit &edit, bool elided) const;
    // A field's value as the analyst reads it: labels for keys (status, severity, TLP, PAP,
    // sector, scope, indicator type), names for analysts, local dates and times, yes/no,
    // quoted text ("(none)" when empty).
    QString valueText(const QString &entity, const QString &field, const FieldValue &value,
                      bool elided = false) const;
    // "Marie Tremblay (CCIRC)"; "Someone at CCIRC" when the directory has no name.
    QString whoText(const QString &analyst, const QString &centre) const;
    QString deviceText(const QString &device) const;

protected:
    QString keyOf(const HistoryEdit &row) const override { return row.key(); }

private:
    QString nameOf(const QString &analyst, const QString &centre) const;
    QString sentence(const HistoryChange &change, const QString &who, bool elided) const;
    QString incidentSentence(const HistoryChange &c, const QString &who, bool elided) const;
    QString childSentence(const HistoryChange &c, const QString &who, bool elided) const;
    QString changedSentence(const HistoryChange &c, const QString &who, bool elided) const;
    QString recordText(const HistoryChange &c, const char *field, bool elided) const;

    IncidentService &m_service;
    QString m_incidentId;
    mutable QHash<QString, QString> m_names; // a few authors, many ops: one look-up each
    mutable QHash<QString, IncidentService::HistoryDevice> m_devices; // words made on demand
};

} // namespace liaison
