/**
 * Display settings, remembered on this device (localStorage) and applied before anything is drawn:
 * larger text, high contrast, calm mode (no motion, muted colours) and reading aloud what gets focus.
 * The settings page changes them through window.portalDisplay.
 */
type Settings = { largeText: boolean; highContrast: boolean; calm: boolean; speakOnFocus: boolean };

const KEY = 'portal.display';
const DEFAULTS: Settings = { largeText: false, highContrast: false, calm: false, speakOnFocus: false };
const CLASSES: Record<keyof Settings, string> = {
  largeText: 'portal-large-text',
  highContrast: 'portal-high-contrast',
  calm: 'portal-calm',
  speakOnFocus: 'portal-speak-on-focus',
};

function load(): Settings {
  try {
    const saved = JSON.parse(window.localStorage.getItem(KEY) || '{}');
    const settings = { ...DEFAULTS };
    (Object.keys(DEFAULTS) as (keyof Settings)[]).forEach((name) => {
      settings[name] = saved[name] === true;
    });
    return settings;
  } catch {
    return { ...DEFAULTS };
  }
}

function apply(settings: Settings): void {
  const root = document.documentElement.classList;
  (Object.keys(CLASSES) as (keyof Settings)[]).forEach((name) => root.toggle(CLASSES[name], settings[name]));
}

function set(name: keyof Settings, on: boolean): Settings {
  const settings = load();
  if (name in DEFAULTS) {
    settings[name] = on === true;
  }
  try {
    window.localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Storage may be off (private mode): the setting still applies to this page.
  }
  apply(settings);
  return settings;
}

/** The words a person would hear for the thing that has focus. */
function spokenText(target: Element | null): string {
  if (!target) {
    return '';
  }
  const host = target.closest('vaadin-radio-button, vaadin-checkbox, vaadin-button, a, button')
    || (target.getRootNode() as ShadowRoot).host?.closest?.('vaadin-radio-button, vaadin-checkbox, vaadin-button');
  if (host) {
    return (host.textContent || '').replace(/\s+/g, ' ').trim();
  }
  const field = target.closest('vaadin-text-field, vaadin-text-area, vaadin-email-field, vaadin-combo-box');
  const label = field?.getAttribute('label') || (field as { label?: string } | null)?.label;
  return (label || '').trim();
}

function speakOnFocus(event: FocusEvent): void {
  if (!load().speakOnFocus || !('speechSynthesis' in window)) {
    return;
  }
  const text = spokenText(event.composedPath()[0] as Element);
  if (text) {
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang || 'en-GB';
    window.speechSynthesis.speak(utterance);
  }
}

/** "Leave this site quickly": forget this device's copy of the journey, then replace the page. */
function leave(url: string): void {
  try {
    window.localStorage.removeItem('portal.returnCode');
    window.localStorage.removeItem('portal.draft');
  } catch {
    // nothing stored
  }
  if ('speechSynthesis' in window) {
    window.speechSynthesis.cancel();
  }
  document.title = '';
  document.body.innerHTML = '';
  window.location.replace(url);
}

apply(load());
document.addEventListener('focusin', speakOnFocus);
(window as unknown as { portalDisplay: object }).portalDisplay = { get: load, set, leave };
