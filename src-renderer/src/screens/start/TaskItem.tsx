import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskView, TeamOverview } from '../../../../src-main/contract';
import { useNavigate } from '../../frame/navigation-context';
import type { PageId } from '../../frame/pages';
import { formatDateTime } from '../../i18n/date-locale';
import { moduleKey } from '../../i18n/dynamic-keys';
import { taskKindKey } from '../../modules/module-keys';
import { moduleUi } from '../../modules/registry';

interface TaskItemProps {
  task: TaskView;
  onComplete: (task: TaskView) => void;
  /** Colleagues a task can be handed to (the team view); without it, no hand-over control. */
  colleagues?: TeamOverview['colleagues'];
  onHandOver?: (task: TaskView, toUserId: number) => void;
}

/** One task of the one task list: what, about what, when, whose; open it, complete it, hand it over. */
export function TaskItem({ task, onComplete, colleagues, onHandOver }: TaskItemProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const lng = i18n.resolvedLanguage ?? 'de';
  const target = moduleUi(task.module)?.openSubject?.(task.subject) ?? null;
  // Some modules store a title as data (a document's kind, a date) and word it per language.
  const title = moduleUi(task.module)?.taskTitle?.(task, t, lng) ?? task.title;
  const candidates = (colleagues ?? []).filter((c) => c.modules.includes(task.module) && c.userId !== task.ownerUserId);
  const [to, setTo] = useState<number | ''>('');
  const selectId = useId();
  return (
    <li className={task.overdue ? 'task task-overdue' : 'task'}>
      <div className="task-main">
        <span className="task-kind">{t(taskKindKey(task.kind))}</span>
        <span className="task-title" dir="auto">
          {title}
        </span>
      </div>
      <div className="task-meta">
        <span>{t(moduleKey(task.module))}</span>
        <span>
          {task.overdue ? <strong className="badge badge-warning">{t('tasks:overdue')}</strong> : null} {t('tasks:due', { date: formatDateTime(task.dueAt, lng) })}
        </span>
        {task.ownerName ? <bdi>{task.ownerName}</bdi> : <span>{t('tasks:unassigned')}</span>}
      </div>
      <div className="task-actions">
        {target ? (
          <button type="button" className="button-secondary button-small" onClick={() => navigate(target.page as PageId, target.params)}>
            {t('tasks:open')}
            <span className="visually-hidden">: {title}</span>
          </button>
        ) : null}
        <button type="button" className="button-secondary button-small" onClick={() => onComplete(task)}>
          {t('tasks:complete')}
          <span className="visually-hidden">: {title}</span>
        </button>
        {onHandOver && candidates.length > 0 ? (
          <span className="task-handover">
            <label htmlFor={selectId} className="visually-hidden">
              {t('tasks:team.handOverTo', { title })}
            </label>
            <select id={selectId} value={to} onChange={(e) => setTo(e.target.value === '' ? '' : Number(e.target.value))}>
              <option value="">{t('tasks:team.chooseColleague')}</option>
              {candidates.map((c) => (
                <option key={c.userId} value={c.userId}>
                  {c.displayName}
                </option>
              ))}
            </select>
            <button type="button" className="button-secondary button-small" disabled={to === ''} onClick={() => to !== '' && onHandOver(task, to)}>
              {t('tasks:team.handOver')}
              <span className="visually-hidden">: {title}</span>
            </button>
          </span>
        ) : null}
      </div>
    </li>
  );
}
