import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue, TaskView } from '../../../../src-main/contract';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { useNavigate } from '../../frame/navigation-context';
import type { PageId } from '../../frame/pages';
import { formatDateTime } from '../../i18n/date-locale';
import { moduleKey } from '../../i18n/dynamic-keys';
import { taskKindKey } from '../../modules/module-keys';
import { moduleUi } from '../../modules/registry';

/**
 * "My open and overdue": the one task list of every module (call-backs, post-move contacts,
 * missing feedback …), overdue first.
 */
export function TasksPanel() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [tasks, setTasks] = useState<TaskView[] | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const lng = i18n.resolvedLanguage ?? 'de';

  const load = useCallback(async () => {
    const result = await api.tasks.mine({});
    if (result.ok) setTasks(result.value);
    else setError(result.error);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const complete = async (task: TaskView) => {
    const result = await api.tasks.complete({ id: task.id });
    if (result.ok) await load();
    else setError(result.error);
  };

  const overdue = tasks?.filter((task) => task.overdue).length ?? 0;
  return (
    <section className="panel" aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">{t('tasks:title')}</h2>
      <FormError error={error} />
      {tasks === null ? (
        <p className="muted">{t('common:loading')}</p>
      ) : tasks.length === 0 ? (
        <p className="muted">{t('tasks:none')}</p>
      ) : (
        <>
          <p className="muted">{t('tasks:summary', { count: tasks.length, overdue })}</p>
          <ul className="task-list">
            {tasks.map((task) => {
              const target = moduleUi(task.module)?.openSubject?.(task.subject) ?? null;
              return (
                <li key={task.id} className={task.overdue ? 'task task-overdue' : 'task'}>
                  <div className="task-main">
                    <span className="task-kind">{t(taskKindKey(task.kind))}</span>
                    <span className="task-title" dir="auto">
                      {task.title}
                    </span>
                  </div>
                  <div className="task-meta">
                    <span>{t(moduleKey(task.module))}</span>
                    <span>
                      {task.overdue ? <strong className="badge badge-warning">{t('tasks:overdue')}</strong> : null}{' '}
                      {t('tasks:due', { date: formatDateTime(task.dueAt, lng) })}
                    </span>
                    {task.ownerName ? <bdi>{task.ownerName}</bdi> : <span>{t('tasks:unassigned')}</span>}
                  </div>
                  <div className="task-actions">
                    {target ? (
                      <button
                        type="button"
                        className="button-secondary button-small"
                        onClick={() => navigate(target.page as PageId, target.params)}
                      >
                        {t('tasks:open')}
                        <span className="visually-hidden">: {task.title}</span>
                      </button>
                    ) : null}
                    <button type="button" className="button-secondary button-small" onClick={() => void complete(task)}>
                      {t('tasks:complete')}
                      <span className="visually-hidden">: {task.title}</span>
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
