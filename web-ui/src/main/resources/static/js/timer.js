// The end of a session's timer: seen (the timer turns red and pulses), announced to screen readers
// and, unless the person muted it, heard as a short chime. Shared by every kind of session.

const SOUND_KEY = 'pollinator.sound';

/**
 * Knows when a timer has just run out: exactly once per timer, and only for one this page saw
 * running, so opening a board whose timer ran out an hour ago stays quiet.
 */
export class TimerEnd {
  constructor() {
    this.seenRunning = new Set();
    this.ended = new Set();
  }

  /** Whether the timer that ends at {@code endsAt}, with {@code secondsLeft} left, ran out just now. */
  reached(endsAt, secondsLeft) {
    if (secondsLeft > 0) {
      this.seenRunning.add(endsAt);
      return false;
    }
    if (!this.seenRunning.has(endsAt) || this.ended.has(endsAt)) return false;
    this.ended.add(endsAt);
    return true;
  }
}

export function soundOn(storage = globalThis.localStorage) {
  return storage?.getItem(SOUND_KEY) !== 'off';
}

export function setSound(on, storage = globalThis.localStorage) {
  storage?.setItem(SOUND_KEY, on ? 'on' : 'off');
}

let audio = null;

/**
 * Browsers let a page play sound only after the person has interacted with it: the audio context
 * is made (or woken) on the first click or key press, ready for when the timer runs out.
 */
export function readyAudio() {
  const wake = () => {
    const Context = globalThis.AudioContext || globalThis.webkitAudioContext;
    if (!Context) return;
    audio = audio || new Context();
    if (audio.state === 'suspended') audio.resume();
  };
  document.addEventListener('pointerdown', wake, {capture: true});
  document.addEventListener('keydown', wake, {capture: true});
}

/** Plays three soft rising tones, unless muted; answers whether it played. */
export function chime() {
  if (!soundOn() || !audio) return false;
  const start = audio.currentTime + 0.05;
  [660, 880, 1320].forEach((frequency, i) => {
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.type = 'sine';
    tone.frequency.value = frequency;
    const at = start + i * 0.22;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.5);
    tone.connect(gain).connect(audio.destination);
    tone.start(at);
    tone.stop(at + 0.55);
  });
  return true;
}

/** A button that turns the chime on and off, remembered in this browser. */
export function soundToggle(t, el, onChange) {
  const on = soundOn();
  return el('button', {type: 'button', class: 'link sound-toggle', id: 'sound-toggle', 'data-focus': 'sound-toggle',
    'aria-pressed': String(on), title: t('timerSoundHint'),
    onclick: () => { setSound(!soundOn()); onChange(); }}, (on ? '🔔 ' : '🔕 ') + t('timerSound'));
}
