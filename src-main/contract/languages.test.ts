import { describe, expect, it } from 'vitest';
import { consentInput } from './consent';
import { CLIENT_FORM_LANGUAGES, findLanguage, LANGUAGES, languageTagRule, textDirection, UI_LANGUAGES } from './languages';

describe('the language registry', () => {
  it('lists each code once, and the UI languages exactly as flagged', () => {
    const codes = LANGUAGES.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(LANGUAGES.filter((l) => l.uiLanguage).map((l) => l.code)).toEqual([...UI_LANGUAGES]);
    // Every UI language is also a client-form language: a form never falls behind the interface.
    for (const lng of UI_LANGUAGES) expect(CLIENT_FORM_LANGUAGES).toContain(lng);
  });

  it('offers client forms in at least twelve languages, German first', () => {
    expect(CLIENT_FORM_LANGUAGES[0]).toBe('de');
    expect(CLIENT_FORM_LANGUAGES.length).toBeGreaterThanOrEqual(12);
  });

  it('knows script direction and font, also for a regional or script tag', () => {
    expect(textDirection('fa')).toBe('rtl');
    expect(textDirection('ar-LB')).toBe('rtl');
    expect(textDirection('ku')).toBe('ltr');
    expect(textDirection('ku-Arab')).toBe('rtl');
    expect(findLanguage('ti')?.font).toBe('Noto Sans Ethiopic');
    expect(findLanguage('ar-LB')?.code).toBe('ar');
  });
});

describe('language tags as staff type them', () => {
  it('are stored in canonical case', () => {
    expect(languageTagRule.parse('KMR')).toBe('kmr');
    expect(languageTagRule.parse(' ar-lb ')).toBe('ar-LB');
    expect(languageTagRule.parse('ku-arab')).toBe('ku-Arab');
    expect(languageTagRule.parse('es-419')).toBe('es-419');
  });

  it('refuse what is no language tag, naming the rule', () => {
    for (const bad of ['', 'a', 'arabic', 'ar_LB', 'ar-', 'ar-LB-x', '12', 'de DE']) {
      const r = languageTagRule.safeParse(bad);
      expect(r.success, bad).toBe(false);
      if (!r.success) expect(r.error.issues[0]?.message).toBe('validation:language');
    }
  });
});

describe('the language of a consent form', () => {
  const consent = (formLanguage: string) => consentInput.safeParse({ givenOn: '2026-12-01', purpose: 'x', givenBy: 'dataSubject', formLanguage });
  it('is one the form exists in', () => {
    for (const lng of CLIENT_FORM_LANGUAGES) expect(consent(lng).success, lng).toBe(true);
    const r = consent('xx');
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`)).toEqual(['formLanguage:validation:formLanguage']);
  });
});
