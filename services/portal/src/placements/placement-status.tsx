import { useTranslation } from 'react-i18next';
import type { PlacementSummary, Task } from './placements.api.ts';

/** A placement's status as a badge. */
export function PlacementStatusBadge({ status }: { status: PlacementSummary['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`placementStatus.${status}`)}</span>;
}

/** A task's status, with "late" or "due soon" beside an open one. */
export function TaskStatusBadge({ task }: { task: Task }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`badge badge--${task.status}`}>{t(`taskStatus.${task.status}`)}</span>
      {task.lateness === 'overdue' && <span className="badge badge--overdue">{t('placement.overdue')}</span>}
      {task.lateness === 'due-soon' && (
        <span className="badge badge--due-soon">{t('placement.dueSoon')}</span>
      )}
    </>
  );
}
