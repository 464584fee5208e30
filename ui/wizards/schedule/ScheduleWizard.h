#pragma once
// Adds a schedule, or edits one: which profile, when (every N minutes or hours, daily at a time,
// on chosen weekdays at a time), from when, and whether it is on, with the next five runs shown as
// the administrator types. The pages edit one draft the wizard owns; pages keep what was typed
// when the administrator goes back. Finish stores it through ScheduleService, off the GUI thread.

#include "model/Profile.h"
#include "model/Schedule.h"

#include <QWizard>

#include <vector>

namespace ferry {
class ScheduleService;
}

namespace ferry::ui {

struct ProfileChoice {
    qint64 id = 0;
    QString name;
    QString relationshipName;
};

class ScheduleWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ProfilePageId, TimingPageId, StartPageId };

    // A new schedule when `existing` has no id; otherwise the editor for it.
    ScheduleWizard(ScheduleService* service, std::vector<ProfileChoice> profiles, const Schedule& existing,
                   QWidget* parent = nullptr);

    ScheduleService* service() const { return m_service; }
    const std::vector<ProfileChoice>& profiles() const { return m_profiles; }
    Schedule& draft() { return m_draft; }
    bool isEditing() const { return m_draft.id != 0; }
    // The preview pages show runs from now; tests pin it.
    QDateTime now() const;
    void setNow(const QDateTime& now) { m_now = now; }

signals:
    void draftChanged();
    void saved(const ferry::Schedule& schedule);

private:
    ScheduleService* m_service;
    std::vector<ProfileChoice> m_profiles;
    Schedule m_draft;
    QDateTime m_now;
};

} // namespace ferry::ui
