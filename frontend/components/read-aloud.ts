import { LitElement, css, html } from 'lit';

/**
 * <portal-read-aloud text="..." label="Read aloud" stop-label="Stop">
 * A button that reads the given words aloud with the browser's own speech synthesis: nothing is sent anywhere.
 * It is hidden where the browser cannot speak.
 */
class PortalReadAloud extends LitElement {
  static properties = {
    text: { type: String },
    label: { type: String },
    stopLabel: { type: String, attribute: 'stop-label' },
    speaking: { state: true },
  };

  declare text: string;
  declare label: string;
  declare stopLabel: string;
  declare speaking: boolean;

  static styles = css`
    :host {
      display: inline-block;
    }
    :host([hidden]) {
      display: none;
    }
    button {
      display: inline-flex;
      align-items: center;
      gap: 0.5em;
      min-height: 2.75rem;
      min-width: 2.75rem;
      padding: 0.4em 0.9em;
      font: inherit;
      font-size: 1rem;
      font-weight: 600;
      color: var(--portal-ink, #0b0c0c);
      background: var(--portal-surface, #ffffff);
      border: 2px solid currentColor;
      border-radius: 999px;
      cursor: pointer;
    }
    button:hover {
      background: var(--portal-hover, #e8f1fb);
    }
    button:focus-visible {
      outline: 3px solid var(--portal-focus, #ffbf47);
      outline-offset: 2px;
      box-shadow: 0 0 0 6px #0b0c0c;
    }
    svg {
      width: 1.5em;
      height: 1.5em;
      flex: none;
    }
  `;

  constructor() {
    super();
    this.text = '';
    this.label = 'Read aloud';
    this.stopLabel = 'Stop reading';
    this.speaking = false;
  }

  private get canSpeak(): boolean {
    return typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.speaking && this.canSpeak) {
      window.speechSynthesis.cancel();
    }
  }

  private toggle(): void {
    const synth = window.speechSynthesis;
    if (this.speaking) {
      synth.cancel();
      this.speaking = false;
      return;
    }
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(this.text);
    utterance.lang = document.documentElement.lang || 'en-GB';
    utterance.rate = 0.9;
    const done = () => {
      this.speaking = false;
    };
    utterance.onend = done;
    utterance.onerror = done;
    this.speaking = true;
    synth.speak(utterance);
  }

  render() {
    if (!this.canSpeak) {
      this.hidden = true;
      return html``;
    }
    return html`<button type="button" aria-pressed=${this.speaking ? 'true' : 'false'} @click=${this.toggle}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M3 9v6h4l5 4V5L7 9H3z" fill="currentColor"></path>
        <path d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor"
          stroke-width="2" stroke-linecap="round"></path>
      </svg>
      <span>${this.speaking ? this.stopLabel : this.label}</span>
    </button>`;
  }
}

customElements.define('portal-read-aloud', PortalReadAloud);
