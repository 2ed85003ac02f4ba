/*
 * The portal's own browser code, in plain JavaScript so that no frontend build is needed (decision 0002):
 * it is inlined into the head of every page by Application.configurePage, so display settings apply before
 * anything is drawn, and it defines the <portal-read-aloud> element.
 *
 * Display settings are remembered on this device (localStorage): larger text, high contrast, calm mode (no motion,
 * muted colours) and reading aloud what gets focus. The settings page changes them through window.portalDisplay.
 */
(function () {
  'use strict';

  var KEY = 'portal.display';
  var CLASSES = {
    largeText: 'portal-large-text',
    highContrast: 'portal-high-contrast',
    calm: 'portal-calm',
    speakOnFocus: 'portal-speak-on-focus'
  };
  var NAMES = Object.keys(CLASSES);

  function load() {
    var settings = {};
    var saved = {};
    try {
      saved = JSON.parse(window.localStorage.getItem(KEY) || '{}') || {};
    } catch (e) {
      saved = {};
    }
    NAMES.forEach(function (name) {
      settings[name] = saved[name] === true;
    });
    return settings;
  }

  function apply(settings) {
    var root = document.documentElement.classList;
    NAMES.forEach(function (name) {
      root.toggle(CLASSES[name], settings[name]);
    });
  }

  function set(name, on) {
    var settings = load();
    if (NAMES.indexOf(name) >= 0) {
      settings[name] = on === true;
    }
    try {
      window.localStorage.setItem(KEY, JSON.stringify(settings));
    } catch (e) {
      // Storage may be off (private mode): the setting still applies to this page.
    }
    apply(settings);
    return settings;
  }

  /** The words a person would hear for the thing that has focus. */
  function spokenText(target) {
    if (!target || !target.closest) {
      return '';
    }
    var hosts = 'vaadin-radio-button, vaadin-checkbox, vaadin-button';
    var root = target.getRootNode && target.getRootNode();
    var host = target.closest(hosts + ', a, button')
      || (root && root.host && root.host.closest ? root.host.closest(hosts) : null);
    if (host) {
      return (host.textContent || '').replace(/\s+/g, ' ').trim();
    }
    var field = target.closest('vaadin-text-field, vaadin-text-area, vaadin-email-field, vaadin-combo-box');
    var label = field ? (field.getAttribute('label') || field.label) : '';
    return (label || '').trim();
  }

  function canSpeak() {
    return 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
  }

  function speakOnFocus(event) {
    if (!load().speakOnFocus || !canSpeak()) {
      return;
    }
    var text = spokenText(event.composedPath()[0]);
    if (text) {
      window.speechSynthesis.cancel();
      var utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = document.documentElement.lang || 'en-GB';
      window.speechSynthesis.speak(utterance);
    }
  }

  /** "Leave this site quickly": forget this device's copy of the journey, then replace the page. */
  function leave(url) {
    try {
      window.localStorage.removeItem('portal.returnCode');
      window.localStorage.removeItem('portal.draft');
    } catch (e) {
      // nothing stored
    }
    if (canSpeak()) {
      window.speechSynthesis.cancel();
    }
    document.title = '';
    document.body.innerHTML = '';
    window.location.replace(url);
  }

  apply(load());
  document.addEventListener('focusin', speakOnFocus);
  window.portalDisplay = { get: load, set: set, leave: leave };

  var SPEAKER_ICON = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">'
    + '<path d="M3 9v6h4l5 4V5L7 9H3z" fill="currentColor"></path>'
    + '<path d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor"'
    + ' stroke-width="2" stroke-linecap="round"></path></svg>';

  var READ_ALOUD_STYLE = ':host { display: inline-block; } :host([hidden]) { display: none; }'
    + ' button { display: inline-flex; align-items: center; gap: 0.5em; min-height: 2.75rem; min-width: 2.75rem;'
    + ' padding: 0.4em 0.9em; font: inherit; font-size: 1rem; font-weight: 600;'
    + ' color: var(--portal-ink, #0b0c0c); background: var(--portal-surface, #ffffff);'
    + ' border: 2px solid currentColor; border-radius: 999px; cursor: pointer; }'
    + ' button:hover { background: var(--portal-hover, #e8f1fb); }'
    + ' button:focus-visible { outline: 3px solid var(--portal-focus, #ffbf47); outline-offset: 2px;'
    + ' box-shadow: 0 0 0 6px #0b0c0c; }'
    + ' svg { width: 1.5em; height: 1.5em; flex: none; }';

  /**
   * <portal-read-aloud text="..." label="Read aloud" stop-label="Stop reading">
   * A button that reads the given words aloud with the browser's own speech synthesis: nothing is sent anywhere.
   * It is hidden where the browser cannot speak.
   */
  class PortalReadAloud extends HTMLElement {
    static get observedAttributes() {
      return ['text', 'label', 'stop-label'];
    }

    connectedCallback() {
      if (!canSpeak()) {
        this.hidden = true;
        return;
      }
      if (!this.shadowRoot) {
        var shadow = this.attachShadow({ mode: 'open' });
        shadow.innerHTML = '<style>' + READ_ALOUD_STYLE + '</style><button type="button" aria-pressed="false">'
          + SPEAKER_ICON + '<span></span></button>';
        shadow.querySelector('button').addEventListener('click', () => this.toggle());
      }
      this.speaking = false;
      this.render();
    }

    disconnectedCallback() {
      if (this.speaking && canSpeak()) {
        window.speechSynthesis.cancel();
      }
      this.speaking = false;
    }

    attributeChangedCallback() {
      this.render();
    }

    render() {
      if (!this.shadowRoot) {
        return;
      }
      var label = this.getAttribute('label') || 'Read aloud';
      var stopLabel = this.getAttribute('stop-label') || 'Stop reading';
      var button = this.shadowRoot.querySelector('button');
      button.setAttribute('aria-pressed', this.speaking ? 'true' : 'false');
      button.querySelector('span').textContent = this.speaking ? stopLabel : label;
    }

    toggle() {
      var synth = window.speechSynthesis;
      if (this.speaking) {
        synth.cancel();
        this.speaking = false;
        this.render();
        return;
      }
      synth.cancel();
      var utterance = new SpeechSynthesisUtterance(this.getAttribute('text') || '');
      utterance.lang = document.documentElement.lang || 'en-GB';
      utterance.rate = 0.9;
      var done = () => {
        this.speaking = false;
        this.render();
      };
      utterance.onend = done;
      utterance.onerror = done;
      this.speaking = true;
      this.render();
      synth.speak(utterance);
    }
  }

  if (!window.customElements.get('portal-read-aloud')) {
    window.customElements.define('portal-read-aloud', PortalReadAloud);
  }
})();
