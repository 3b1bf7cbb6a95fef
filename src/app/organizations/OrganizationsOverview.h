// The window's first page with several organizations: "is any of them in trouble?" answered in
// a headline, then a card per organization, worst first (OrganizationOverview), in a grid that
// reflows with the window. Choosing a card opens that organization's dashboard. A view of
// OrganizationReadings: it keeps no figures of its own and works nothing out while hidden.
#pragma once

#include "core/desktop/OrganizationOverview.h"

#include <QList>
#include <QWidget>

class AppSettings;
class CardGrid;
class Clock;
class OrganizationCard;
class OrganizationReadings;
class QLabel;
class QTimer;

class OrganizationsOverview final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationsOverview)

public:
    // The readings, the settings and the clock outlive the overview.
    OrganizationsOverview(const OrganizationReadings &readings, const AppSettings &settings,
                          const Clock &clock, QWidget *parent = nullptr);

    // What is on show (brought up to date first when hidden).
    const OrganizationOverview &overview();
    const QList<OrganizationCard *> &cards() const { return m_cards; }
    OrganizationCard *card(const QString &organizationId) const;
    QLabel *headline() const { return m_headline; }
    CardGrid *grid() const { return m_grid; }
    // How often the rows were worked out: on a change while shown, never while hidden.
    int updates() const { return m_updates; }

public slots:
    // Works the rows out again soon (a change in a reading, the clock moving on); at once when
    // shown again.
    void refresh();

signals:
    void organizationChosen(const QString &organizationId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void display(const OrganizationOverview &overview);
    void applyColours();

    const OrganizationReadings &m_readings;
    const AppSettings &m_settings;
    const Clock &m_clock;
    QLabel *m_headline;
    QLabel *m_hint;
    CardGrid *m_grid;
    QTimer *m_pending;
    QList<OrganizationCard *> m_cards;
    OrganizationOverview m_overview;
    bool m_outOfDate = true;
    int m_updates = 0;
};
