import { createHash } from 'node:crypto';
import { CONSENT_FORM_VERSION, consentFormText } from '../../contract/consent-form';
import ar from '../../../locales/ar/forms.json' with { type: 'json' };
import de from '../../../locales/de/forms.json' with { type: 'json' };
import en from '../../../locales/en/forms.json' with { type: 'json' };
import fa from '../../../locales/fa/forms.json' with { type: 'json' };
import ku from '../../../locales/ku/forms.json' with { type: 'json' };
import ps from '../../../locales/ps/forms.json' with { type: 'json' };
import ru from '../../../locales/ru/forms.json' with { type: 'json' };
import so from '../../../locales/so/forms.json' with { type: 'json' };
import ta from '../../../locales/ta/forms.json' with { type: 'json' };
import ti from '../../../locales/ti/forms.json' with { type: 'json' };
import tr from '../../../locales/tr/forms.json' with { type: 'json' };
import uk from '../../../locales/uk/forms.json' with { type: 'json' };

/*
 * The consent texts the client forms show (locales/<lng>/forms.json, every client-form language),
 * imported statically so the core hashes exactly the words the renderer prints.
 */
const FORMS: Partial<Record<string, { consent: Record<string, string> }>> = { ar, de, en, fa, ku, ps, ru, so, ta, ti, tr, uk };

/** The SHA-256 (hex) of the consent text in a language at the current version; null without a text. */
export function consentTextHash(lng: string): string | null {
  const consent = FORMS[lng]?.consent;
  if (!consent) return null;
  const text = consentFormText(lng, CONSENT_FORM_VERSION, (key) => consent[key] ?? '');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
