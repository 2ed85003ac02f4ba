/*
 * A stand-in for the browser's speech synthesis, installed before the portal's own script (Page.addInitScript),
 * so browser tests can play each kind of device: no voices, a voice list that arrives late, speaking that errors,
 * speaking that never starts, and a normal read whose progress the test drives (boundary events, then the end).
 * The test sets window.__speechConfig first: { voices: [{name, lang}], late: ms or null, behaviour }.
 */
(function () {
  var config = window.__speechConfig || { voices: [], late: null, behaviour: 'normal' };
  function voice(v) {
    return { name: v.name, lang: v.lang, localService: true, default: false, voiceURI: v.name };
  }
  var ready = config.voices.map(voice);

  class StubUtterance {
    constructor(text) {
      this.text = text || '';
      this.lang = '';
      this.voice = null;
      this.rate = 1;
      this.onstart = null;
      this.onend = null;
      this.onerror = null;
      this.onboundary = null;
    }
  }

  class StubSynthesis extends EventTarget {
    constructor() {
      super();
      this.voices = config.late == null ? ready : [];
      this.speaking = false;
      this.pending = false;
      this.paused = false;
      this.current = null;
      this.spoken = [];
      this.lateScheduled = false;
    }

    getVoices() {
      return this.voices.slice();
    }

    addEventListener(type, listener, options) {
      super.addEventListener(type, listener, options);
      // The list arrives a while after someone starts waiting for it, as in a browser still loading its voices.
      if (type === 'voiceschanged' && config.late != null && !this.lateScheduled) {
        this.lateScheduled = true;
        setTimeout(() => {
          this.voices = ready;
          this.dispatchEvent(new Event('voiceschanged'));
        }, config.late);
      }
    }

    speak(utterance) {
      this.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice && utterance.voice.name });
      this.current = utterance;
      if (config.behaviour === 'never-start') {
        this.pending = true; // queued for ever, as in a browser with no speech engine behind it
        return;
      }
      if (config.behaviour === 'error') {
        setTimeout(() => utterance.onerror && utterance.onerror({ error: 'synthesis-failed', utterance: utterance }), 30);
        return;
      }
      this.pending = true;
      setTimeout(() => {
        if (this.current !== utterance) {
          return;
        }
        this.pending = false;
        this.speaking = true;
        if (utterance.onstart) {
          utterance.onstart({ utterance: utterance });
        }
      }, 30);
    }

    cancel() {
      var was = this.current;
      this.current = null;
      this.speaking = false;
      this.pending = false;
      this.paused = false;
      if (was && was.onerror) {
        was.onerror({ error: 'interrupted', utterance: was });
      }
    }

    pause() {
      this.paused = true;
    }

    resume() {
      this.paused = false;
    }

    /** The test moves the reading on: the browser reports the word starting at this character. */
    boundary(charIndex) {
      var u = this.current;
      if (u && u.onboundary) {
        u.onboundary({ name: 'word', charIndex: charIndex, utterance: u });
      }
    }

    /** The test ends the reading, as the browser does after the last word. */
    end() {
      var u = this.current;
      this.current = null;
      this.speaking = false;
      if (u && u.onend) {
        u.onend({ utterance: u });
      }
    }
  }

  var synthesis = new StubSynthesis();
  Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: StubUtterance, configurable: true, writable: true });
  window.__speech = synthesis;
})();
