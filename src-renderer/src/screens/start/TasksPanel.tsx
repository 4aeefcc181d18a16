import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue, TaskView } from '../../../../src-main/contract';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { TaskItem } from './TaskItem';

/**
 * "My open and overdue": the one task list of every module (call-backs, post-move contacts,
 * missing feedback …), overdue first.
 */
export function TasksPanel() {
  const { t } = useTranslation();
  const [tasks, setTasks] = useState<TaskView[] | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);

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
            {tasks.map((task) => (
              <TaskItem key={task.id} task={task} onComplete={(done) => void complete(done)} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
