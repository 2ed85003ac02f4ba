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

  /**
   * On the settings page the whole row of a setting toggles it, not only its box and label: the rows are as wide as
   * the page and a press anywhere in one should do what it looks like it does (decision 0024). Presses on the box,
   * label or input are the checkbox's own; any other point of the row is passed on to its input.
   */
  function toggleFromRow(event) {
    var path = event.composedPath();
    var row = path.find(function (node) {
      return node.localName === 'vaadin-checkbox' && node.classList.contains('setting');
    });
    if (!row || !row.closest('.settings-list') || row.disabled || row.readonly) {
      return;
    }
    var own = path.some(function (node) {
      return node.localName === 'label' || node.localName === 'input' || node.localName === 'a'
        || (node.getAttribute && node.getAttribute('part') === 'checkbox');
    });
    var input = row.querySelector('input');
    if (!own && input) {
      input.click();
    }
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
  document.addEventListener('click', toggleFromRow);
  window.portalDisplay = { get: load, set: set, leave: leave };
  window.portalJourney = { keep: keep, startAgain: startAgain, hasLeft: hasLeft };
  window.portalPage = { arrive: arrive };

  var SPEAKER_ICON = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">'
    + '<path d="M3 9v6h4l5 4V5L7 9H3z" fill="currentColor"></path>'
    + '<path d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor"'
    + ' stroke-width="2" stroke-linecap="round"></path></svg>';

  var READ_ALOUD_STYLE = ':host { display: block; } :host([hidden]) { display: none; }'
    + ' .controls { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }'
    + ' button { display: inline-flex; align-items: center; gap: 0.5em; min-height: 2.75rem; min-width: 2.75rem;'
    + ' max-width: 100%; padding: 0.4em 0.9em; font: inherit; font-size: var(--portal-read-aloud-size, 1rem);'
    + ' font-weight: 600; text-align: start; overflow-wrap: anywhere;'
    + ' color: var(--portal-ink, #0b0c0c); background: var(--portal-surface, #ffffff);'
    + ' border: 2px solid currentColor; border-radius: 999px; cursor: pointer; }'
    + ' button span { min-width: 0; }'
    + ' button[hidden] { display: none; }'
    + ' button:hover { background: var(--portal-hover, #e8f1fb); }'
    + ' button[aria-pressed="true"] { color: #ffffff; background: var(--portal-brand, #1d4e89);'
    + ' border-color: var(--portal-brand, #1d4e89); }'
    + ' button:focus-visible { outline: 3px solid var(--portal-focus, #ffbf47); outline-offset: 2px;'
    + ' box-shadow: 0 0 0 6px #0b0c0c; }'
    + ' svg { width: 1.5em; height: 1.5em; flex: none; }';

  /** How long to wait for a voice list that arrives late (the browser fires `voiceschanged` when it has one). */
  var VOICE_WAIT_MS = 3000;
  /** How long speaking may take to start before the device is taken not to be reading. */
  var START_WAIT_MS = 3500;

  function primaryLanguage(tag) {
    return String(tag || '').toLowerCase().replace('_', '-').split('-')[0];
  }

  /** The voices the browser has; when the list is still empty, waits for it to arrive (or for the time out). */
  function voicesReady(timeoutMs) {
    return new Promise(function (resolve) {
      var synth = window.speechSynthesis;
      var first = synth.getVoices() || [];
      if (first.length) {
        resolve(first);
        return;
      }
      var timer = null;
      var listen = typeof synth.addEventListener === 'function';
      function changed() {
        var voices = synth.getVoices() || [];
        if (voices.length) {
          finish(voices);
        }
      }
      function finish(voices) {
        clearTimeout(timer);
        if (listen) {
          synth.removeEventListener('voiceschanged', changed);
        }
        resolve(voices);
      }
      if (listen) {
        synth.addEventListener('voiceschanged', changed);
      }
      timer = setTimeout(function () {
        finish(synth.getVoices() || []);
      }, timeoutMs);
    });
  }

  /** A voice for the page's language (Polish words in a Polish voice), or null when the device has none. */
  function voiceFor(voices, lang) {
    var wanted = String(lang || 'en-GB').toLowerCase().replace('_', '-');
    var same = voices.filter(function (v) {
      return primaryLanguage(v.lang) === primaryLanguage(wanted);
    });
    function exact(v) {
      return String(v.lang).toLowerCase().replace('_', '-') === wanted;
    }
    return same.find(function (v) { return exact(v) && v.localService; })
      || same.find(exact)
      || same.find(function (v) { return v.localService; })
      || same[0]
      || null;
  }

  /** The text cut into sentences, with where each starts and ends, so a reported boundary marks its sentence. */
  function sentencesOf(text) {
    var found = [];
    var pattern = /[^.!?\u2026]+(?:[.!?\u2026]+|$)/g;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      if (match[0].trim()) {
        found.push({ start: match.index, end: match.index + match[0].length, text: match[0].trim() });
      }
    }
    return found;
  }

  /**
   * <portal-read-aloud text="..." label="Read aloud" pause-label="Pause" stop-label="Stop reading" ...>
   * A button that reads the given words aloud with the browser's own speech synthesis: nothing is sent anywhere.
   * Its name never changes; whether it is reading is its pressed state (aria-pressed). While reading, Pause and
   * Stop appear beside it (Escape stops too) and the words being read are shown, the current sentence marked
   * wherever the browser reports where it is. When the device cannot read aloud — no voices, none for the page's
   * language, speaking fails or never starts — the button comes back up and a message in the page's own words
   * (passed in by ReadAloud.java) says so and how to turn reading aloud on. The message and the words are in
   * the light DOM so that screen readers reach them; the message is a status region, so it is announced.
   * Hidden only where the browser has no speech synthesis at all.
   */
  class PortalReadAloud extends HTMLElement {
    static get observedAttributes() {
      return ['label', 'pause-label', 'stop-label', 'now-reading-label'];
    }

    connectedCallback() {
      if (!canSpeak()) {
        this.hidden = true;
        return;
      }
      if (!this.shadowRoot) {
        var shadow = this.attachShadow({ mode: 'open' });
        shadow.innerHTML = '<style>' + READ_ALOUD_STYLE + '</style><div class="controls">'
          + '<button type="button" class="read" aria-pressed="false">' + SPEAKER_ICON + '<span></span></button>'
          + '<button type="button" class="pause" aria-pressed="false" hidden><span></span></button>'
          + '<button type="button" class="stop" hidden><span></span></button></div><slot></slot>';
        shadow.querySelector('.read').addEventListener('click', () => this.toggle());
        shadow.querySelector('.pause').addEventListener('click', () => this.pauseOrResume());
        shadow.querySelector('.stop').addEventListener('click', () => this.stop());
        this.addEventListener('keydown', (event) => {
          if (event.key === 'Escape' && this.state !== 'idle') {
            event.preventDefault();
            this.stop();
          }
        });
      }
      if (!this.words) {
        this.words = document.createElement('div');
        this.words.className = 'read-aloud-words';
        this.words.setAttribute('role', 'region');
        this.words.tabIndex = 0;
        this.words.hidden = true;
        this.status = document.createElement('div');
        this.status.className = 'read-aloud-status';
        this.status.setAttribute('role', 'status');
        this.status.setAttribute('aria-live', 'polite');
        this.status.setAttribute('aria-atomic', 'true');
        this.append(this.words, this.status);
      }
      this.run = (this.run || 0) + 1;
      this.setState('idle');
      this.render();
      // Ask early: some browsers only start loading their voice list when it is first asked for.
      window.speechSynthesis.getVoices();
    }

    disconnectedCallback() {
      if (this.state && this.state !== 'idle') {
        this.stop();
      }
    }

    attributeChangedCallback() {
      this.render();
    }

    render() {
      if (!this.shadowRoot) {
        return;
      }
      var root = this.shadowRoot;
      root.querySelector('.read span').textContent = this.getAttribute('label') || 'Read aloud';
      root.querySelector('.pause span').textContent = this.getAttribute('pause-label') || 'Pause';
      root.querySelector('.stop span').textContent = this.getAttribute('stop-label') || 'Stop reading';
      if (this.words) {
        this.words.setAttribute('aria-label', this.getAttribute('now-reading-label') || 'Now reading');
      }
    }

    /** idle, waiting (for voices), speaking or paused: the buttons follow, and focus never falls off the page. */
    setState(state) {
      this.state = state;
      this.setAttribute('state', state);
      var root = this.shadowRoot;
      var read = root.querySelector('.read');
      var pause = root.querySelector('.pause');
      var stop = root.querySelector('.stop');
      var focused = root.activeElement;
      read.setAttribute('aria-pressed', state === 'idle' ? 'false' : 'true');
      pause.hidden = !(state === 'speaking' || state === 'paused');
      pause.setAttribute('aria-pressed', state === 'paused' ? 'true' : 'false');
      stop.hidden = state === 'idle';
      if ((focused === pause && pause.hidden) || (focused === stop && stop.hidden)) {
        read.focus();
      }
    }

    toggle() {
      if (this.state === 'idle') {
        this.start();
      } else {
        this.stop();
      }
    }

    start() {
      var run = ++this.run;
      this.status.textContent = '';
      this.setState('waiting');
      voicesReady(VOICE_WAIT_MS).then((voices) => {
        if (run !== this.run) {
          return;
        }
        if (!voices.length) {
          this.fail('no-voices-message');
          return;
        }
        var voice = voiceFor(voices, document.documentElement.lang);
        if (!voice) {
          this.fail('no-language-voice-message');
          return;
        }
        this.speak(voice, run);
      });
    }

    speak(voice, run) {
      var synth = window.speechSynthesis;
      var text = this.getAttribute('text') || '';
      var utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.9;
      var started = false;
      utterance.onstart = () => {
        if (run === this.run) {
          started = true;
          this.setState('speaking');
        }
      };
      utterance.onboundary = (event) => {
        if (run === this.run) {
          this.mark(event.charIndex);
        }
      };
      utterance.onend = () => {
        if (run !== this.run) {
          return;
        }
        if (started) {
          this.stop();
        } else {
          this.fail('failed-message'); // ended without a sound: Chromium without a speech engine does this
        }
      };
      utterance.onerror = (event) => {
        if (run !== this.run) {
          return;
        }
        if (started && (event.error === 'interrupted' || event.error === 'canceled')) {
          this.stop(); // something else on the page spoke: not a fault of the device
        } else {
          this.fail('failed-message');
        }
      };
      // Keep the utterance referenced: some browsers drop its events once it is garbage-collected.
      this.utterance = utterance;
      this.showWords(text);
      this.timers = [setTimeout(() => {
        if (run === this.run && !started) {
          this.fail('failed-message'); // never started: Firefox without voices waits for ever
        }
      }, START_WAIT_MS)];
      var quiet = 0;
      this.timers.push(setInterval(() => {
        // Speaking that stops without saying so: the browser reports it is no longer speaking.
        if (run !== this.run || this.state !== 'speaking') {
          quiet = 0;
          return;
        }
        quiet = synth.speaking || synth.pending ? 0 : quiet + 1;
        if (quiet >= 3) {
          this.fail('failed-message');
        }
      }, 1000));
      var busy = synth.speaking || synth.pending;
      if (busy) {
        synth.cancel();
      }
      if (synth.paused) {
        synth.resume();
      }
      // Right after cancel() some engines drop the next utterance; a moment's pause avoids that.
      this.timers.push(setTimeout(() => {
        if (run === this.run) {
          synth.speak(utterance);
        }
      }, busy ? 150 : 0));
    }

    pauseOrResume() {
      var synth = window.speechSynthesis;
      if (this.state === 'speaking') {
        synth.pause();
        this.setState('paused');
      } else if (this.state === 'paused') {
        synth.resume();
        this.setState('speaking');
      }
    }

    /** Back to the start, quietly: what a person asked for (Stop, Escape) or the end of the words. */
    stop() {
      this.reset();
    }

    /** Back to the start, and the page says why nothing can be heard and how to change that. */
    fail(messageAttribute) {
      this.reset();
      var picture = this.getAttribute('message-picture');
      var text = document.createElement('div');
      text.className = 'read-aloud-message-text';
      [this.getAttribute(messageAttribute) || 'This device cannot read aloud.',
        this.getAttribute('how-to-message') || ''].forEach(function (words) {
        if (words) {
          var paragraph = document.createElement('p');
          paragraph.textContent = words;
          text.appendChild(paragraph);
        }
      });
      var message = document.createElement('div');
      message.className = 'read-aloud-message sentence';
      if (picture) {
        var image = document.createElement('img');
        image.src = picture;
        image.alt = '';
        image.setAttribute('aria-hidden', 'true');
        image.className = 'picture sentence-picture';
        message.appendChild(image);
      }
      message.appendChild(text);
      this.status.replaceChildren(message);
      this.setAttribute('failed', messageAttribute.replace(/-message$/, ''));
    }

    reset() {
      this.run++;
      (this.timers || []).forEach(function (timer) {
        clearTimeout(timer);
        clearInterval(timer);
      });
      this.timers = [];
      this.removeAttribute('failed');
      if (this.utterance && canSpeak()) {
        window.speechSynthesis.cancel();
      }
      this.utterance = null;
      this.words.hidden = true;
      this.words.replaceChildren();
      this.setState('idle');
    }

    showWords(text) {
      this.sentences = sentencesOf(text);
      var paragraph = document.createElement('p');
      this.sentences.forEach(function (sentence, index) {
        var span = document.createElement('span');
        span.className = 'read-aloud-sentence';
        span.textContent = sentence.text;
        sentence.element = span;
        if (index > 0) {
          paragraph.appendChild(document.createTextNode(' '));
        }
        paragraph.appendChild(span);
      });
      this.words.replaceChildren(paragraph);
      this.words.hidden = false;
    }

    /** Marks the sentence holding this character, as the browser reports its place in the words. */
    mark(charIndex) {
      var current = (this.sentences || []).find(function (s) {
        return charIndex >= s.start && charIndex < s.end;
      });
      if (!current || current.element.classList.contains('read-aloud-current')) {
        return;
      }
      this.sentences.forEach(function (s) {
        s.element.classList.remove('read-aloud-current');
      });
      current.element.classList.add('read-aloud-current');
      var top = current.element.getBoundingClientRect().top - this.words.getBoundingClientRect().top
        + this.words.scrollTop;
      if (top < this.words.scrollTop || top > this.words.scrollTop + this.words.clientHeight - 24) {
        this.words.scrollTop = Math.max(0, top - 8);
      }
    }
  }

  if (!window.customElements.get('portal-read-aloud')) {
    window.customElements.define('portal-read-aloud', PortalReadAloud);
  }
})();

/*
 * The check past the limits (decision 0026): find a number n so that SHA-256(challenge + ':' + n) starts with the
 * number of zero bits the challenge names. About a second on a phone, in small slices so the page stays responsive
 * and nothing the person typed is touched. Plain SHA-256 here (not crypto.subtle), so it works without HTTPS too.
 * window.portalProveWork(challenge) returns a Promise of the answer the server checks.
 */
(function () {
  'use strict';

  var K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
  ];
  var W = new Array(64);

  /** The first word (32 bits) of SHA-256 of an ASCII string; the leading zero bits are all the check needs. */
  function sha256Words(text) {
    var bytes = [];
    for (var c = 0; c < text.length; c++) {
      bytes.push(text.charCodeAt(c) & 0xff);
    }
    var bitLength = bytes.length * 8;
    bytes.push(0x80);
    while (bytes.length % 64 !== 56) {
      bytes.push(0);
    }
    for (var s = 7; s >= 0; s--) {
      bytes.push(s >= 4 ? 0 : (bitLength >>> (s * 8)) & 0xff);
    }
    var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    for (var block = 0; block < bytes.length; block += 64) {
      for (var i = 0; i < 16; i++) {
        var j = block + i * 4;
        W[i] = (bytes[j] << 24) | (bytes[j + 1] << 16) | (bytes[j + 2] << 8) | bytes[j + 3];
      }
      for (i = 16; i < 64; i++) {
        var w15 = W[i - 15];
        var w2 = W[i - 2];
        var s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
        var s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
        W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
      }
      var a = h[0], b = h[1], cc = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
      for (i = 0; i < 64; i++) {
        var S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        var ch = (e & f) ^ (~e & g);
        var t1 = (hh + S1 + ch + K[i] + W[i]) | 0;
        var S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        var maj = (a & b) ^ (a & cc) ^ (b & cc);
        var t2 = (S0 + maj) | 0;
        hh = g; g = f; f = e; e = (d + t1) | 0; d = cc; cc = b; b = a; a = (t1 + t2) | 0;
      }
      h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + cc) | 0; h[3] = (h[3] + d) | 0;
      h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + hh) | 0;
    }
    return h;
  }

  function leadingZeroBits(h) {
    var bits = 0;
    for (var i = 0; i < h.length; i++) {
      if (h[i] === 0) {
        bits += 32;
        continue;
      }
      return bits + Math.clz32(h[i]);
    }
    return bits;
  }

  window.portalProveWork = function (challenge) {
    var needed = parseInt(String(challenge).split('.')[2], 10) || 0;
    var n = 0;
    return new Promise(function (resolve) {
      function slice() {
        for (var tries = 0; tries < 3000; tries++, n++) {
          var answer = challenge + ':' + n;
          if (leadingZeroBits(sha256Words(answer)) >= needed) {
            resolve(answer);
            return;
          }
        }
        setTimeout(slice, 0);
      }
      setTimeout(slice, 0);
    });
  };
}());
