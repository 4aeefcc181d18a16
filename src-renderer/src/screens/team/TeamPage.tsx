import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_PAGE_SIZE, type ErrorValue, type TaskView, type TeamMember, type TeamOverview } from '../../../../src-main/contract';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { Pager } from '../../components/Pager';
import { TableScroll } from '../../components/TableScroll';
import { useStatusMessage } from '../../components/use-status-message';
import { TaskItem } from '../start/TaskItem';

/**
 * The team's open and overdue tasks per person in my modules: who is behind, what waits for
 * nobody, and handing a task to a colleague (a deputy on a sick day, the next shift).
 */
export function TeamPage() {
  const { t } = useTranslation();
  const [overview, setOverview] = useState<TeamOverview | null>(null);
  const [selected, setSelected] = useState<TeamMember | null>(null);
  const [tasks, setTasks] = useState<{ rows: TaskView[]; total: number } | null>(null);
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [message, say] = useStatusMessage();

  const loadOverview = useCallback(async () => {
    const r = await api.tasks.team({});
    if (r.ok) setOverview(r.value);
    else setError(r.error);
  }, []);

  const loadTasks = useCallback(async (member: TeamMember, from: number) => {
    const r = await api.tasks.ofPerson({ userId: member.userId, offset: from });
    if (r.ok) setTasks(r.value);
    else setError(r.error);
  }, []);

  useEffect(() => {
    void loadOverview();
  }, [loadOverview]);

  const show = (member: TeamMember) => {
    setSelected(member);
    setOffset(0);
    void loadTasks(member, 0);
  };

  const refresh = async () => {
    await loadOverview();
    if (selected) await loadTasks(selected, offset);
  };

  const handOver = async (task: TaskView, toUserId: number) => {
    setError(null);
    const r = await api.tasks.handOver({ id: task.id, toUserId });
    if (!r.ok) return setError(r.error);
    say(t('tasks:team.handedOver', { title: task.title, name: r.value.ownerName ?? '' }));
    await refresh();
  };

  const complete = async (task: TaskView) => {
    setError(null);
    const r = await api.tasks.complete({ id: task.id });
    if (!r.ok) return setError(r.error);
    await refresh();
  };

  const name = (m: TeamMember) => m.displayName ?? t('tasks:unassigned');
  return (
    <>
      <PageHeading>{t('tasks:team.title')}</PageHeading>
      <p className="muted">{t('tasks:team.intro')}</p>
      <FormError error={error} />
      <p role="status" className="saved-status">
        {message}
      </p>
      {overview === null ? (
        <p className="muted">{t('common:loading')}</p>
      ) : (
        <section className="panel panel-wide" aria-labelledby="team-people">
          <h2 id="team-people">{t('tasks:team.people')}</h2>
          <TableScroll labelledBy="team-people">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('tasks:team.person')}</th>
                  <th scope="col" className="cell-number">
                    {t('tasks:team.open')}
                  </th>
                  <th scope="col" className="cell-number">
                    {t('tasks:team.overdue')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {overview.members.map((m) => (
                  <tr key={m.userId ?? 'nobody'} aria-current={selected?.userId === m.userId ? 'true' : undefined}>
                    <th scope="row">
                      <button type="button" className="link-button" onClick={() => show(m)}>
                        <bdi>{name(m)}</bdi>
                      </button>
                    </th>
                    <td className="cell-number">{m.open}</td>
                    <td className="cell-number">{m.overdue > 0 ? <strong className="badge badge-warning">{m.overdue}</strong> : 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      )}
      {selected && tasks ? (
        <section className="panel panel-wide" aria-labelledby="team-tasks">
          <h2 id="team-tasks">{t('tasks:team.tasksOf', { name: name(selected) })}</h2>
          {tasks.total === 0 ? (
            <p className="muted">{t('tasks:none')}</p>
          ) : (
            <>
              <ul className="task-list">
                {tasks.rows.map((task) => (
                  <TaskItem key={task.id} task={task} colleagues={overview?.colleagues ?? []} onComplete={(x) => void complete(x)} onHandOver={(x, to) => void handOver(x, to)} />
                ))}
              </ul>
              <Pager
                offset={offset}
                pageSize={TASK_PAGE_SIZE}
                shown={tasks.rows.length}
                total={tasks.total}
                onOffset={(next) => {
                  setOffset(next);
                  void loadTasks(selected, next);
                }}
              />
            </>
          )}
        </section>
      ) : null}
    </>
  );
}
