import { z } from 'zod';
import { poolRules } from '../../contract/pool';
import { defineSetting } from '../settings/settings-store';

/**
 * The pool's rules, all changeable by the coordinators. Fees are the published rule of a real
 * pool: 20 € for the first hour, 10 € per further started half hour, 0.28 €/km; a cancellation
 * less than 24 hours ahead pays the booked time up to one hour.
 */
export const POOL_SETTINGS = defineSetting({
  key: 'pool.settings',
  // The save channel's rules; a key a later version drops is ignored when an old value is read.
  schema: z.object(poolRules.shape),
  defaults: {
    travelBufferMinutes: 30,
    mentalHealthNeedsPool: true,
    supervisionWithinMonths: 3,
    trainingWithinMonths: 12,
    firstHourCents: 2000,
    furtherHalfHourCents: 1000,
    kmCents: 28,
    lateCancelHours: 24,
    lateCancelPaidMinutes: 60,
    lowRatingThreshold: 3.5,
    extraLanguages: [],
  },
});

export const DEFAULT_POOL_SETTINGS = POOL_SETTINGS.defaults;
