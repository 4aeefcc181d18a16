import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_PAGE_SIZE, type ErrorValue, type TaskPage, type TaskView } from '../../../../src-main/contract';
import { api } from '../../api/transport';
import { Pager } from '../../components/Pager';
import { FormError } from '../../components/ErrorMessage';
import { TaskItem } from './TaskItem';

/**
 * "My open and overdue": the one task list of every module (call-backs, post-move contacts,
 * missing feedback …), overdue first, a page at a time with the count of all of them.
 */
export function TasksPanel() {
  const { t } = useTranslation();
  const [page, setPage] = useState<TaskPage | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);

  const load = useCallback(async (offset: number) => {
    const result = await api.tasks.mine({ offset });
    if (result.ok) {
      // A page emptied by completing its last task falls back to the one before.
      if (result.value.rows.length === 0 && offset > 0) return load(Math.max(0, offset - TASK_PAGE_SIZE));
      setPage(result.value);
    } else setError(result.error);
  }, []);

  useEffect(() => {
    void load(0);
  }, [load]);

  const complete = async (task: TaskView) => {
    const result = await api.tasks.complete({ id: task.id });
    if (result.ok) await load(page?.offset ?? 0);
    else setError(result.error);
  };

  return (
    <section className="panel" aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">{t('tasks:title')}</h2>
      <FormError error={error} />
      {page === null ? (
        <p className="muted">{t('common:loading')}</p>
      ) : page.total === 0 ? (
        <p className="muted">{t('tasks:none')}</p>
      ) : (
        <>
          <p className="muted">{t('tasks:summary', { count: page.total, overdue: page.overdue })}</p>
          <ul className="task-list">
            {page.rows.map((task) => (
              <TaskItem key={task.id} task={task} onComplete={(done) => void complete(done)} />
            ))}
          </ul>
          <Pager offset={page.offset} pageSize={page.pageSize} shown={page.rows.length} total={page.total} onOffset={(next) => void load(next)} />
        </>
      )}
    </section>
  );
}
