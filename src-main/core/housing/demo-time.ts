import { addMinutes } from 'date-fns';
import type { Api } from '../../contract';
import type { ShiftedClock } from '../clock';

/** What a seeder needs of the demo clock (a ShiftedClock in the app, a ManualClock in tests). */
export type DemoClock = Pick<ShiftedClock, 'setNow'>;

/**
 * Walks the demo's clock through the past. Going back is free; going forward more than the
 * auto-lock time at once would lock the session (idle time is measured on the same clock), so the
 * walk forward touches the session at steps shorter than the lock time. The seeder raises its own
 * auto-lock to the maximum first to keep the number of steps small, and `finish` restores it.
 */
export class DemoTimeTravel {
  private current: Date;
  private originalLockMinutes: number | null = null;
  private stepMinutes = 0;

  constructor(
    private readonly api: Api,
    private readonly clock: DemoClock | undefined,
    private readonly now: Date,
  ) {
    this.current = now;
  }

  async start(): Promise<void> {
    if (!this.clock) return;
    const status = await this.api.session.status({});
    if (!status.ok || status.value.state !== 'unlocked') throw new Error('housing demo: not signed in');
    this.originalLockMinutes = status.value.user.autoLockMinutes;
    const raised = await this.api.settings.updateMine({ autoLockMinutes: 120 });
    if (!raised.ok) throw new Error(`housing demo: auto-lock not raised: ${raised.error.code}`);
    this.stepMinutes = 115;
  }

  /** Sets the clock to `to` (never later than the real now). Without a clock, records stay at now. */
  async to(to: Date): Promise<void> {
    if (!this.clock) return;
    const target = to > this.now ? this.now : to;
    while (addMinutes(this.current, this.stepMinutes) < target) {
      this.current = addMinutes(this.current, this.stepMinutes);
      this.clock.setNow(this.current);
      const touched = await this.api.session.touch({});
      if (!touched.ok) throw new Error(`housing demo: session lost while travelling: ${touched.error.code}`);
    }
    this.current = target;
    this.clock.setNow(target);
  }

  async finish(): Promise<void> {
    if (!this.clock) return;
    await this.to(this.now);
    if (this.originalLockMinutes !== null) {
      const restored = await this.api.settings.updateMine({ autoLockMinutes: this.originalLockMinutes });
      if (!restored.ok) throw new Error(`housing demo: auto-lock not restored: ${restored.error.code}`);
    }
  }
}
