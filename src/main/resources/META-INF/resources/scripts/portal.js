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

  /*
   * "Leave this site quickly" (decision 0023), as GOV.UK's "Exit this page": the button or Shift pressed three
   * times. The journey's copies on this device are wiped and this tab is marked as left before the page is
   * replaced, so that Back, a reload or the back/forward cache never shows the journey again nor writes its draft
   * and return code back: a journey page restored in this tab shows the start page instead, until the person
   * deliberately starts or carries on a journey again.
   */
  var LEFT = 'portal.left';
  var JOURNEY_KEYS = ['portal.returnCode', 'portal.draft'];
  var START_AFTER_LEAVING = '/feedback?left=1';
  var leaving = false;

  function hasLeft() {
    try {
      return window.sessionStorage.getItem(LEFT) === '1';
    } catch (e) {
      return false;
    }
  }

  function wipeJourney() {
    try {
      JOURNEY_KEYS.forEach(function (key) {
        window.localStorage.removeItem(key);
      });
    } catch (e) {
      // nothing stored
    }
    try {
      window.sessionStorage.clear();
      window.sessionStorage.setItem(LEFT, '1');
    } catch (e) {
      // storage off: nothing was kept in it either
    }
  }

  function leave(url) {
    if (leaving) {
      return;
    }
    leaving = true;
    wipeJourney();
    if (canSpeak()) {
      window.speechSynthesis.cancel();
    }
    document.title = '';
    if (document.body) {
      document.body.innerHTML = '';
    }
    window.location.replace(url || 'https://www.bbc.co.uk/weather');
  }

  /** Writes the journey's copy on this device, unless the person left this site in this tab. */
  function keep(key, value) {
    if (hasLeft() || JOURNEY_KEYS.indexOf(key) < 0) {
      return;
    }
    try {
      window.localStorage.setItem(key, value);
    } catch (e) {
      // Storage may be off (private mode): the server keeps the journey.
    }
  }

  /** A new journey on purpose (Start, or a return code typed in): this tab may keep copies again. */
  function startAgain() {
    try {
      window.sessionStorage.removeItem(LEFT);
    } catch (e) {
      // nothing stored
    }
  }

  /** A journey page brought back after leaving (Back, reload, back/forward cache) shows the start page. */
  function showStartInsteadOfAJourney() {
    if (!hasLeft() || window.location.pathname.indexOf('/feedback') !== 0) {
      return false;
    }
    if (window.location.pathname === '/feedback' && /[?&]left=1/.test(window.location.search)) {
      return false;
    }
    document.documentElement.style.visibility = 'hidden';
    window.location.replace(START_AFTER_LEAVING);
    return true;
  }

  /** Shift pressed three times in a row (within a second and a half) leaves, from anywhere on a public page. */
  var shiftPresses = [];
  function shiftThreeTimes(event) {
    if (event.key !== 'Shift' || event.repeat) {
      if (event.key !== 'Shift') {
        shiftPresses = [];
      }
      return;
    }
    var now = Date.now();
    shiftPresses = shiftPresses.filter(function (t) {
      return now - t < 1500;
    });
    shiftPresses.push(now);
    if (shiftPresses.length < 3) {
      return;
    }
    shiftPresses = [];
    var button = document.querySelector('.leave-quickly');
    if (!button) {
      return;
    }
    var announcement = document.getElementById('leave-announcement');
    if (announcement) {
      announcement.textContent = button.getAttribute('data-leaving') || '';
    }
    var url = button.getAttribute('data-leave-url');
    // The button's click tells the server to forget the journey too; the page leaves at once all the same,
    // without waiting for the answer.
    button.click();
    window.setTimeout(function () {
      leave(url);
    }, 0);
  }

  /*
   * Arrival on a new page inside the portal: focus moves to the error summary when there is one, otherwise to the
   * page's main heading, and the new page's title is said in a live region (WCAG 2.4.3, 4.1.3).
   */
  var arrivals = 0;
  function arrive(announcer) {
    arrivals++;
    if (arrivals === 1) {
      return;
    }
    window.requestAnimationFrame(function () {
      var main = document.getElementById('main-content');
      if (!main) {
        return;
      }
      var target = main.querySelector('.error-summary:not([hidden])') || main.querySelector('h1');
      if (target) {
        if (!target.hasAttribute('tabindex')) {
          target.setAttribute('tabindex', '-1');
        }
        target.focus();
      }
      if (announcer) {
        announcer.textContent = '';
        window.setTimeout(function () {
          announcer.textContent = document.title;
        }, 100);
      }
    });
  }

  if (!showStartInsteadOfAJourney()) {
    apply(load());
  }
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      leaving = false;
      showStartInsteadOfAJourney();
    }
  });
  document.addEventListener('focusin', speakOnFocus);
  document.addEventListener('keydown', shiftThreeTimes);
  window.portalDisplay = { get: load, set: set, leave: leave };
  window.portalJourney = { keep: keep, startAgain: startAgain, hasLeft: hasLeft };
  window.portalPage = { arrive: arrive };

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
