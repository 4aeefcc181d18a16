import type { CoreModule } from '../module';
import { liftRestriction, owningModule, restrict, restrictionInForce, restrictionView } from '../privacy/restriction';
import type { Handler } from '../router/context';
import { readEnabledModules } from '../settings/installation';

export type RestrictionChannel = 'restriction.get' | 'restriction.set' | 'restriction.lift';

/**
 * Restriction of processing across the modules that declare restrictable records. Marking and
 * lifting are audited under the acting person ('restrict', with `lifted`), never with the reason.
 */
export function restrictionHandlers(modules: readonly CoreModule[]): { [C in RestrictionChannel]: Handler<C> } {
  const enabled = async (db: Parameters<typeof readEnabledModules>[0]) => {
    const on = (await readEnabledModules(db)) as readonly string[];
    return modules.filter((m) => on.includes(m.contract.id));
  };
  return {
    'restriction.get': async (input, ctx) => {
      const { db, actor } = ctx.signedIn();
      await owningModule(db, await enabled(db), actor, input.recordType, input.recordId);
      const current = await restrictionInForce(db, input.recordType, input.recordId);
      return current ? restrictionView(db, current) : null;
    },
    'restriction.set': async (input, ctx) => {
      const { db, actor, audit } = ctx.signedIn();
      const module = await owningModule(db, await enabled(db), actor, input.recordType, input.recordId);
      const made = await restrict(db, module, input.recordType, input.recordId, input.reason, actor.id, ctx.clock.now());
      await audit({ action: 'restrict', entity: input.recordType, entityId: input.recordId, details: { lifted: false } });
      return restrictionView(db, made);
    },
    'restriction.lift': async (input, ctx) => {
      const { db, actor, audit } = ctx.signedIn();
      await owningModule(db, await enabled(db), actor, input.recordType, input.recordId);
      await liftRestriction(db, input.recordType, input.recordId, actor.id, ctx.clock.now());
      await audit({ action: 'restrict', entity: input.recordType, entityId: input.recordId, details: { lifted: true } });
      return null;
    },
  };
}
